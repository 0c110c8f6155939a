"""One runner of a vault's OCR queue at a time, across processes (the app, `secondop ocr`).

An exclusive lock on a file in the vault: ``flock`` on POSIX, ``msvcrt.locking`` on the first
byte on Windows (as ``core.locking.VaultLock`` does for its slots). Where neither exists, the
runner goes on alone: two runners would only read some pages twice.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from ..locking import fcntl, msvcrt  # None where the platform has no such module

_WAIT = 0.1


class RunLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def take(self, wait: bool = False) -> bool:
        """Hold the lock (waiting for another runner when ``wait``); False when it is taken."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        while True:
            if _try_lock(fd):
                self._fd = fd
                return True
            if not wait:
                os.close(fd)
                return False
            time.sleep(_WAIT)

    def release(self) -> None:
        if self._fd is None:
            return
        if msvcrt is not None and fcntl is None:
            os.lseek(self._fd, 0, os.SEEK_SET)
            msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        os.close(self._fd)  # flock goes with the descriptor
        self._fd = None


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        elif msvcrt is not None:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True
