"""Content-addressed file store: ``objects/ab/<sha256>``, written atomically, never rewritten.

A file is hashed while it is copied to a temporary file in ``objects/``, fsynced, renamed into
place and the folder fsynced. A crash leaves either nothing or a whole object; temporary files and
objects that no document names are swept when the vault opens with nobody else using it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .secure import fsync_dir, secure_dir, secure_file

CHUNK = 1 << 20
TEMP_PREFIX = "incoming-"


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    path: Path
    is_new: bool


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = secure_dir(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put_file(self, source: Path, check_cancel: Callable[[], None] | None = None) -> StoredBlob:
        """Copy ``source`` into the store; returns where it landed and whether it was new."""
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                while chunk := src.read(CHUNK):
                    if check_cancel:
                        check_cancel()
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.exists():
                tmp.unlink()
                return StoredBlob(sha, size, final, is_new=False)
            folder = secure_dir(final.parent)
            secure_file(tmp)
            os.replace(tmp, final)
            fsync_dir(folder)
            return StoredBlob(sha, size, final, is_new=True)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def remove(self, sha256: str) -> None:
        path = self.path_for(sha256)
        path.unlink(missing_ok=True)
        try:
            path.parent.rmdir()
        except OSError:
            pass  # the folder still holds other objects

    def all_objects(self) -> dict[str, Path]:
        found: dict[str, Path] = {}
        for folder in self.root.iterdir():
            if folder.is_dir() and len(folder.name) == 2:
                for item in folder.iterdir():
                    found[item.name] = item
        return found

    def sweep(self, known: set[str]) -> int:
        """Remove temporary files and objects no document refers to; returns how many."""
        removed = 0
        for item in self.root.glob(TEMP_PREFIX + "*"):
            item.unlink(missing_ok=True)
            removed += 1
        for sha in self.all_objects():
            if sha not in known:
                self.remove(sha)
                removed += 1
        return removed

    @staticmethod
    def hash_file(path: Path) -> str:
        digest = hashlib.sha256()
        with open(path, "rb") as src:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()
