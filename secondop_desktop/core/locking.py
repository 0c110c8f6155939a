"""Who has a vault open: a shared hold while open, and knowing when we hold it alone.

Only a process that holds the vault alone may sweep what a crash left behind: with anyone else
in it, a temp file may be an import in progress. POSIX uses ``flock`` (shared and exclusive
locks on one open file). Windows has no ``fcntl``; its ``msvcrt.locking`` offers exclusive
byte-range locks only, so there each opener holds one byte ("slot") of the lock file, and an
opener is alone when it can lock every other slot too. Where neither exists, nobody is ever
alone: nothing is swept, which costs only leftover temp files.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import ModuleType

fcntl: ModuleType | None
msvcrt: ModuleType | None
try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
try:
    import msvcrt
except ImportError:  # everywhere but Windows
    msvcrt = None

SLOTS = 64  # openers at once (the app, a few `secondop` commands); more wait for a free slot
_WAIT = 0.05


class VaultLock:
    """Held from open to close. ``alone`` is True until ``share()`` when no one else held it."""

    def __init__(self, path: Path, readonly: bool = False) -> None:
        self.alone = False
        self._fd: int | None = _open_lock_file(path, readonly)
        self._slot: int | None = None
        self._extra: list[int] = []  # slots locked only to prove we are alone
        if self._fd is None:
            return
        if fcntl is not None:
            self.alone = _flock_alone(self._fd)
        elif msvcrt is not None:
            self._slot = self._take_free_slot()
            self._extra = self._lock_other_slots()
            self.alone = len(self._extra) == SLOTS - 1

    def share(self) -> None:
        """Let others in: we keep our shared hold, and are no longer alone."""
        if self._fd is None:
            return
        if fcntl is not None and self.alone:
            fcntl.flock(self._fd, fcntl.LOCK_SH)
        for slot in self._extra:
            _unlock_byte(self._fd, slot)
        self._extra = []
        self.alone = False

    def release(self) -> None:
        if self._fd is None:
            return
        self.share()
        if self._slot is not None:
            _unlock_byte(self._fd, self._slot)
            self._slot = None
        os.close(self._fd)  # also drops a flock
        self._fd = None

    def _take_free_slot(self) -> int:
        assert self._fd is not None
        while True:  # all slots taken: someone is sweeping, which ends soon
            for slot in range(SLOTS):
                if _try_lock_byte(self._fd, slot):
                    return slot
            time.sleep(_WAIT)

    def _lock_other_slots(self) -> list[int]:
        assert self._fd is not None
        taken: list[int] = []
        for slot in range(SLOTS):
            if slot == self._slot:
                continue
            if not _try_lock_byte(self._fd, slot):
                for held in taken:
                    _unlock_byte(self._fd, held)
                return []
            taken.append(slot)
        return taken


def _open_lock_file(path: Path, readonly: bool) -> int | None:
    """The lock file's descriptor; None when a read-only vault has none (reading needs no lock)."""
    try:
        if readonly:
            return os.open(path, os.O_RDONLY)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        if readonly:
            return None
        raise


def _flock_alone(fd: int) -> bool:
    assert fcntl is not None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        fcntl.flock(fd, fcntl.LOCK_SH)
        return False


def _try_lock_byte(fd: int, offset: int) -> bool:
    assert msvcrt is not None
    os.lseek(fd, offset, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _unlock_byte(fd: int, offset: int) -> None:
    assert msvcrt is not None
    os.lseek(fd, offset, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
