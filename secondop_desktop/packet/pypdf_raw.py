"""The one place that reads a pypdf field not in its public API: a stream's stored bytes.

pypdf has no public accessor for a stream's still-encoded data (``get_data`` decodes it, which
copying must never do), so this reads ``_data``; pyproject.toml holds pypdf to the major version
this was tested with, and tests/packet/test_fidelity.py fails if the field changes meaning.
"""

from __future__ import annotations

from pypdf.generic import StreamObject


def raw_bytes(stream: StreamObject) -> bytes:
    """A stream's data as stored (still encoded)."""
    return stream._data
