"""Vault: the one facade the GUI, the packet and the CLI talk to.

A vault is a folder holding ``vault.sqlite3`` and ``objects/``. Opening one creates it if needed,
migrates an older schema, and (when no other process has it open) sweeps what a crash left behind.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .blobs import BlobStore
from .db import Database, open_database
from .documents import VAULT_DB_NAME, DocumentStore
from .errors import VaultError
from .profile import (
    AllergyStore,
    Appointment,
    KeyValueSection,
    MedicationStore,
    Profile,
    TimelineStore,
)
from .questions import QuestionStore
from .secure import secure_dir
from .symptoms import SymptomStore

DB_NAME = VAULT_DB_NAME
LOCK_NAME = "vault.lock"

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; leftovers are swept at the next lone open
    fcntl = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Problem:
    """One finding of ``verify``: missing, corrupt or orphaned."""

    kind: str
    detail: str

    def line(self) -> str:
        return f"{self.kind}: {self.detail}"


class Vault:
    def __init__(self, root: Path, db: Database, lock_fd: int | None) -> None:
        self.root = root
        self.db = db
        self._lock_fd = lock_fd
        self.blobs = BlobStore(root / "objects")
        self.documents = DocumentStore(db, self.blobs)
        self.questions = QuestionStore(db)
        self.symptoms = SymptomStore(db)
        self.patient = KeyValueSection(db, "patient", Profile)
        self.appointment = KeyValueSection(db, "appointment", Appointment)
        self.medications = MedicationStore(db)
        self.allergies = AllergyStore(db)
        self.timeline = TimelineStore(db)

    @classmethod
    def open(cls, root: Path | str, create: bool = True) -> Vault:
        root = Path(root).expanduser()
        if not (root / DB_NAME).exists():
            if not create:
                raise VaultError(f"There is no SecondOp vault in {root}.")
            if root.exists() and not root.is_dir():
                raise VaultError(f"{root} is a file, not a folder for a vault.")
        try:
            secure_dir(root)
            secure_dir(root / "objects")
        except OSError as exc:
            raise VaultError(f"The vault folder {root} cannot be used ({exc.strerror}).") from exc
        lock_fd, alone = _lock(root / LOCK_NAME)
        try:
            db = open_database(root / DB_NAME)
        except BaseException:
            _unlock(lock_fd)
            raise
        vault = cls(root, db, lock_fd)
        if alone:  # still exclusive: no other process can be half-way through an import
            vault.blobs.sweep(vault._known_hashes())
        _share(lock_fd)
        return vault

    def close(self) -> None:
        self.db.close()
        _unlock(self._lock_fd)
        self._lock_fd = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _known_hashes(self) -> set[str]:
        return {sha for sha, _id, _name in self.documents.stored_objects()}

    def verify(self) -> list[Problem]:
        """Re-hash every object: missing or corrupt files, and files no document names."""
        problems: list[Problem] = []
        known = {}
        for sha, doc_id, name in self.documents.stored_objects():
            known[sha] = (doc_id, name)
        on_disk = self.blobs.all_objects()
        for sha, (doc_id, name) in known.items():
            label = f"record {doc_id} ({name})"
            path = on_disk.get(sha)
            if path is None:
                problems.append(Problem("missing", f"{label}: its file is gone"))
                continue
            try:
                intact = BlobStore.hash_file(path) == sha
            except OSError as exc:
                problems.append(Problem("corrupt", f"{label}: its file cannot be read "
                                                   f"({exc.strerror or exc})"))
                continue
            if not intact:
                problems.append(Problem("corrupt", f"{label}: its file has changed on disk"))
        for sha, path in sorted(on_disk.items()):
            if sha not in known:
                problems.append(Problem("orphaned", f"{path.relative_to(self.root)}"))
        return problems


def _lock(path: Path) -> tuple[int | None, bool]:
    """Try for an exclusive lock (nobody else has the vault open); else take a shared one."""
    if fcntl is None:
        return None, True
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd, True
    except OSError:
        fcntl.flock(fd, fcntl.LOCK_SH)
        return fd, False


def _share(fd: int | None) -> None:
    """Others may open the vault too while we hold it; only a lone opener sweeps."""
    if fcntl is not None and fd is not None:
        fcntl.flock(fd, fcntl.LOCK_SH)


def _unlock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)
