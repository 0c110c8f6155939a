"""Reading a pypdf stream as stored: its bytes (a field not in pypdf's public API) and filters.

pypdf has no public accessor for a stream's still-encoded data (``get_data`` decodes it, which
copying must never do), so this reads ``_data``; pyproject.toml holds pypdf to the major version
this was tested with, and tests/packet/test_fidelity.py fails if the field changes meaning.
"""

from __future__ import annotations

from pypdf.generic import ArrayObject, StreamObject


def raw_bytes(stream: StreamObject) -> bytes:
    """A stream's data as stored (still encoded)."""
    return stream._data


def filters_of(stream: StreamObject) -> list[str]:
    """The stream's filter names, in the order they apply."""
    value = stream.get("/Filter")
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, ArrayObject) else [str(value)]
