"""Writing a file whole or not at all: a temporary name beside it, fsync, then rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically[T](target: Path, write: Callable[[Path], T]) -> T:
    """``write(temp_path)`` writes the file beside ``target``; then it is renamed into place.

    On any failure the temp file is removed and ``target`` is left as it was. Returns what
    ``write`` returned.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        result = write(tmp)
        with open(tmp, "rb") as written:  # durable before it takes the real name
            os.fsync(written.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result
