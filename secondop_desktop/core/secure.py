"""Owner-only permissions for health data: folders 0700, files 0600 (POSIX only)."""

from __future__ import annotations

import os
from pathlib import Path

POSIX = os.name == "posix"


def secure_dir(path: Path) -> Path:
    """Create ``path`` if needed and make it readable by its owner only.

    Parent folders made on the way (the app's data folder, say) are owner-only too: their names
    (``vault``, ``demo-vault``) are nobody else's business either.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        if POSIX:
            os.chmod(folder, 0o700)
    if POSIX:
        os.chmod(path, 0o700)
    return path


def secure_file(path: Path) -> None:
    if POSIX and path.exists():
        os.chmod(path, 0o600)


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable. Windows has no directory fsync."""
    if not POSIX:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
