"""What an import is writing: each new object's hash is noted before it takes its place in
``objects/``, so that the next start can take back the objects of an import that was killed
before its row was committed (the file is still where the patient imported it from).

One note file per process in the vault's ``work/`` folder: a line with the hash before an
object takes its place, a line ``+hash`` once its import is settled (its row committed, or the
object taken back), and the file goes when the vault is closed. At an open with no other process
in the vault, an object noted, never settled, and named by no row was never recorded. An object
whose row was committed and then lost (a -wal file lost) is settled: it is set aside, as before.
"""

from __future__ import annotations

import os
import re
import secrets
import threading
from pathlib import Path
from typing import TextIO

from .secure import secure_dir

SUFFIX = ".import-intent"
_NAME = re.compile(r"\d+-[0-9a-f]{8}" + re.escape(SUFFIX))
_SHA = re.compile(r"[0-9a-f]{64}")


class ImportIntents:
    """This process's note file, made at the first object it stores."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._handle: TextIO | None = None
        self._path: Path | None = None
        self._lock = threading.Lock()  # import workers store objects at once

    def note(self, sha256: str) -> None:
        """Called before a new object is renamed into place."""
        with self._lock:
            if self._handle is None:
                secure_dir(self.folder)
                path = self.folder / f"{os.getpid()}-{secrets.token_hex(4)}{SUFFIX}"
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                self._path = path
                self._handle = os.fdopen(fd, "a")
            self._write(sha256)

    def settle(self, sha256: str) -> None:
        """Its import is over: recorded, a duplicate, or taken back."""
        with self._lock:
            if self._handle is not None:
                self._write("+" + sha256)

    def _write(self, line: str) -> None:
        assert self._handle is not None
        self._handle.write(line + "\n")
        self._handle.flush()  # in the system's hands: survives a kill (not a power cut)

    def close(self) -> None:
        """Every import of this process is over: its notes go."""
        with self._lock:
            if self._handle is not None and self._path is not None:
                self._handle.close()
                self._path.unlink(missing_ok=True)
                self._handle = self._path = None


def uncommitted(folder: Path, named: set[str]) -> tuple[list[Path], set[str]]:
    """The note files of processes gone and the hashes they name that no row names. Only while
    holding the vault alone."""
    notes = sorted(p for p in folder.glob(f"*{SUFFIX}") if _NAME.fullmatch(p.name)) \
        if folder.is_dir() else []
    noted: set[str] = set()
    settled: set[str] = set()
    for note in notes:
        try:
            lines = note.read_text(errors="replace").split()
        except OSError:
            continue
        noted.update(line for line in lines if _SHA.fullmatch(line))
        settled.update(line[1:] for line in lines if _SHA.fullmatch(line[1:]))
    return notes, noted - settled - named
