"""Content-addressed file store: ``objects/ab/<sha256>``, written atomically, never rewritten.

A file is hashed while it is copied to a temporary file in ``objects/``, fsynced, renamed into
place and the folder fsynced. A crash leaves either nothing or a whole object. When the vault opens
with nobody else using it, temporary files (writes that never finished) are removed; an object no
document names is never removed but set aside in ``lost+found/``, from where it can be recovered.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .intents import ImportIntents
from .secure import fsync_dir, secure_dir, secure_file

CHUNK = 1 << 20
TEMP_PREFIX = "incoming-"
LOST_FOUND = "lost+found"  # beside objects/, in the vault folder


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    path: Path
    is_new: bool


class BlobStore:
    def __init__(self, root: Path, create: bool = True) -> None:
        self.root = secure_dir(root) if create else root
        self.lost_found = root.parent / LOST_FOUND
        # Told each new object of an import before it takes its place (its intent record).
        self.intents: ImportIntents | None = None

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put_file(self, source: Path, check_cancel: Callable[[], None] | None = None,
                 imported: bool = False) -> StoredBlob:
        """Copy ``source`` into the store; returns where it landed and whether it was new.
        ``imported``: noted in the import's intent record before it takes its place."""
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
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return self._install(tmp, digest.hexdigest(), size, imported)

    def put_bytes(self, data: bytes, sha256: str | None = None,
                  imported: bool = False) -> StoredBlob:
        """Store ``data`` (a file already read into memory; ``sha256`` if already hashed)."""
        sha = sha256 or hashlib.sha256(data).hexdigest()
        final = self.path_for(sha)
        if final.exists():  # nothing to write: it is there already
            return self._existing(sha, len(data))
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return self._install(tmp, sha, len(data), imported)

    def _existing(self, sha: str, size: int) -> StoredBlob:
        final = self.path_for(sha)
        # Another thread may have renamed it in a moment ago: durable before a row names it.
        fsync_dir(final.parent)
        return StoredBlob(sha, size, final, is_new=False)

    def _install(self, tmp: Path, sha: str, size: int, imported: bool) -> StoredBlob:
        """Rename a written, fsynced temp file into place and make the rename durable."""
        final = self.path_for(sha)
        try:
            if final.exists():
                tmp.unlink()
                return self._existing(sha, size)
            secure_file(tmp)
            if imported and self.intents is not None:
                self.intents.note(sha)
            new_folder = _move_into_place(tmp, final)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        try:
            if new_folder:  # the new folder's own name must survive a power cut too
                fsync_dir(self.root)
            fsync_dir(final.parent)
        except BaseException:
            # The rename may not be durable: take the object back out, the import is refused.
            self.remove(sha)
            raise
        return StoredBlob(sha, size, final, is_new=True)

    def settle(self, *blobs: StoredBlob | None) -> None:
        """The import that stored these is over (recorded, a duplicate, or taken back)."""
        if self.intents is not None:
            for blob in blobs:
                if blob is not None and blob.is_new:
                    self.intents.settle(blob.sha256)

    def remove(self, sha256: str) -> None:
        path = self.path_for(sha256)
        path.unlink(missing_ok=True)
        try:
            path.parent.rmdir()
        except OSError:
            pass  # the folder still holds other objects

    def all_objects(self) -> dict[str, Path]:
        found: dict[str, Path] = {}
        if not self.root.is_dir():
            return found
        for folder in self.root.iterdir():
            if folder.is_dir() and len(folder.name) == 2:
                for item in folder.iterdir():
                    found[item.name] = item
        return found

    def holds_files(self) -> bool:
        """Whether any object is stored or set aside (stops at the first one found)."""
        if self.lost_and_found():
            return True
        if not self.root.is_dir():
            return False
        return any(any(folder.iterdir()) for folder in self.root.iterdir()
                   if folder.is_dir() and len(folder.name) == 2)

    def sweep_temps(self) -> int:
        """Remove the temp files of writes that never finished; returns how many.

        Only call this while holding the vault alone: otherwise a temp file may be an import
        still in progress.
        """
        removed = 0
        for item in self.root.glob(TEMP_PREFIX + "*"):
            item.unlink(missing_ok=True)
            removed += 1
        return removed

    def set_aside(self, sha256: str) -> Path:
        """Move an object no document names into lost+found/ (never delete it)."""
        source = self.path_for(sha256)
        secure_dir(self.lost_found)
        target = self.lost_found / sha256
        if target.exists():
            if self.hash_file(target) == self.hash_file(source):  # the same bytes set aside
                source.unlink()  # before (a second crash): a copy adds nothing
                return target
            target = self.lost_found / f"{sha256}.{os.getpid()}-{id(source)}"
        os.replace(source, target)
        fsync_dir(self.lost_found)
        fsync_dir(source.parent)
        try:
            source.parent.rmdir()
        except OSError:
            pass  # the folder still holds other objects
        return target

    def lost_and_found(self) -> list[Path]:
        """What was set aside, by name."""
        if not self.lost_found.is_dir():
            return []
        return sorted(p for p in self.lost_found.iterdir() if p.is_file())

    def take_back(self, item: Path) -> StoredBlob:
        """Move a lost+found file back into the store under the hash of its bytes.

        When the store already holds the very same bytes (checked), the lost+found copy is a
        second copy of a stored file and goes; otherwise nothing leaves lost+found but by a move.
        """
        sha = self.hash_file(item)
        final = self.path_for(sha)
        if final.exists():
            if self.hash_file(final) == sha:
                item.unlink()
                fsync_dir(self.lost_found)
            return StoredBlob(sha, final.stat().st_size, final, is_new=False)
        secure_file(item)
        new_folder = _move_into_place(item, final)
        if new_folder:
            fsync_dir(self.root)
        fsync_dir(final.parent)
        fsync_dir(self.lost_found)
        return StoredBlob(sha, final.stat().st_size, final, is_new=True)

    @staticmethod
    def hash_file(path: Path) -> str:
        digest = hashlib.sha256()
        # Unbuffered: one system call per chunk. Each call lets go of the GIL and must get it
        # back, and on a hashing thread beside a busy one (the export's) that wait is the cost.
        with open(path, "rb", buffering=0) as src:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()


def _move_into_place(tmp: Path, final: Path) -> bool:
    """Rename ``tmp`` to ``final``; True when its folder had to be made first."""
    try:
        os.replace(tmp, final)
        return False
    except FileNotFoundError:  # its folder is new (or remove() just took the emptied one)
        os.replace(tmp, secure_dir(final.parent) / final.name)
        return True
