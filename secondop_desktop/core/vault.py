"""Vault: the one facade the GUI, the packet and the CLI talk to.

A vault is a folder holding ``vault.sqlite3`` and ``objects/``. Opening one creates it if needed
and migrates an older schema. When no other process has it open and SQLite finds the database
sound, it removes the temp files of writes that never finished and sets aside, in
``lost+found/``, any stored file no record names. A folder with stored files but no usable
database is never opened as a new vault: ``VaultNeedsRecovery`` says to run ``secondop recover``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from .backup import last_backup
from .blobs import BlobStore
from .clinical import ClinicalStore
from .db import Database, open_database, quick_check, wal_commits_lost
from .decision import DecisionGuide
from .documents import VAULT_DB_NAME, DocumentStore
from .errors import QT_TRANSLATE_NOOP, VaultError, VaultNeedsRecovery
from .importing import Importer, ImportResult, Outcome
from .intents import ImportIntents, uncommitted
from .locking import VaultLock
from .opinions import OpinionStore
from .profile import (
    AllergyStore,
    Appointment,
    KeyValueSection,
    MedicationStore,
    Profile,
    TimelineStore,
)
from .questions import QuestionStore
from .requests import RequestStore
from .secure import fsync_dir, secure_dir
from .sent_log import SentLog
from .specialists import SpecialistStore
from .symptoms import SymptomStore
from .workfiles import WORK_DIR
from .workfiles import sweep_all as sweep_work_files

DB_NAME = VAULT_DB_NAME
LOCK_NAME = "vault.lock"
OBJECTS = "objects"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Problem:
    """One finding of ``verify``: missing, corrupt or orphaned."""

    kind: str
    detail: str
    fails: bool = True  # False: said for the record, the records themselves are intact

    def line(self) -> str:
        return f"{self.kind}: {self.detail}"


class Vault:
    def __init__(self, root: Path, db: Database, lock: VaultLock) -> None:
        self.root = root
        self.db = db
        self.readonly = db.readonly
        self._lock: VaultLock | None = lock
        self.blobs = BlobStore(root / OBJECTS, create=not db.readonly)
        self._intents = ImportIntents(root / WORK_DIR)
        self.blobs.intents = self._intents
        self.rolled_back = 0  # objects of interrupted imports this open took back
        self.changes_lost: str | None = None  # said when a damaged -wal lost commits
        self.documents = DocumentStore(db, self.blobs)
        self.importer = Importer(self.documents)
        self.questions = QuestionStore(db)
        self.symptoms = SymptomStore(db)
        self.patient = KeyValueSection(db, "patient", Profile)
        self.appointment = KeyValueSection(db, "appointment", Appointment)
        self.medications = MedicationStore(db)
        self.allergies = AllergyStore(db)
        self.timeline = TimelineStore(db)
        self.set_aside: list[Path] = []  # what this open moved to lost+found
        self.requests = RequestStore(db)
        self.sent = SentLog(db)
        self.clinical = ClinicalStore(db)
        self.specialists = SpecialistStore(db)
        self.decision = DecisionGuide(db)
        self.opinions = OpinionStore(db, self.decision)  # each change gathers the options

    @classmethod
    def open(cls, root: Path | str, create: bool = True, readonly: bool = False) -> Vault:
        """Open (or create) the vault in ``root``.

        ``readonly``: write nothing at all (no lock file, no -wal, no permission change), for
        commands that only read; a vault folder we may not write to is opened this way too.
        """
        root = Path(root).expanduser()
        if root.exists() and not root.is_dir():
            raise VaultError(QT_TRANSLATE_NOOP(
                "Reason", "{root} is a file, not a folder for a vault."), root=root)
        readonly = readonly or (root.is_dir() and not os.access(root, os.W_OK))
        has_files = holds_stored_files(root)
        if not (root / DB_NAME).exists():
            if has_files:
                raise VaultNeedsRecovery(QT_TRANSLATE_NOOP(
                    "Reason", "This vault's database is missing although the vault holds stored "
                              "files"))
            if readonly or not create:
                raise VaultError(QT_TRANSLATE_NOOP(
                    "Reason", "There is no SecondOp vault in {root}."), root=root)
        if not readonly:
            try:
                secure_dir(root)
                secure_dir(root / OBJECTS)
            except OSError as exc:
                raise VaultError(QT_TRANSLATE_NOOP(
                    "Reason", "The vault folder {root} cannot be used ({strerror})."),
                    root=root, strerror=exc.strerror) from exc
        lock = VaultLock(root / LOCK_NAME, readonly)
        try:
            db = open_database(root / DB_NAME, readonly, expect_records=has_files)
        except BaseException:
            lock.release()
            raise
        vault = cls(root, db, lock)
        try:
            vault._check_wal(lock.alone)
            # What killed exports, backups and restores left (by process: safe while shared;
            # also read-only: removing frees a full disk, and a read-only medium says no).
            sweep_work_files(root)
            if lock.alone and not readonly:  # no other process can be half-way through an import
                vault._sweep()
        except BaseException:
            vault.close()
            raise
        lock.share()
        return vault

    def _check_wal(self, alone: bool) -> None:
        """SQLite replays a -wal file up to its first damaged frame and says nothing of the
        commits after it: find them (only with nobody else writing), keep a copy of the damaged
        file (SQLite removes the -wal itself once the vault is closed) and say so at every open
        until that copy is deleted."""
        db_path = self.root / DB_NAME
        wal = Path(f"{db_path}-wal")
        kept = sorted(self.root.glob(f"{DB_NAME}-wal.{LOST_WAL}-*"))
        if alone and wal_commits_lost(db_path):
            log.error("the -wal file of %s holds commits SQLite could not replay", self.root)
            try:
                kept.append(wal if self.readonly else _keep_aside(wal, kept))
            except OSError as exc:  # a full disk: said all the same
                log.error("could not keep the damaged -wal: %s", exc.strerror)
                kept.append(wal)
        if not kept:
            return
        last = last_backup(self.db)
        backup = (f"your last backup, made {last:%d %b %Y %H:%M}," if last
                  else "a backup, if you have one,")
        self.changes_lost = (
            f"Recent changes to this vault may have been lost: its -wal file was damaged, so "
            f"the changes saved last could not be read (the damaged file is kept as "
            f"{kept[-1].name}). Compare with {backup} and restore it into a new folder "
            "(File > Restore…, or `secondop restore`) if something is missing.")

    def _sweep(self) -> None:
        """Temp files of unfinished writes go; objects no record names are set aside. Only on a
        database SQLite finds sound: a damaged one could "forget" records that exist."""
        problem = quick_check(self.db.conn)
        if problem is not None:
            log.error("not sweeping %s: quick_check found %s", self.root, problem)
            raise VaultNeedsRecovery(QT_TRANSLATE_NOOP(
                "Reason", "The vault's database is damaged ({problem})"), problem=problem)
        if swept := self.blobs.sweep_temps():
            log.info("removed %d temp files of unfinished imports", swept)
        known = self._known_hashes()
        self._roll_back_interrupted_imports(known)
        self._forget_pdf_passwords()
        for sha in sorted(self.blobs.all_objects()):
            if sha not in known:
                self.set_aside.append(self.blobs.set_aside(sha))
                log.warning("no record names object %s: moved to lost+found", sha)

    def _roll_back_interrupted_imports(self, known: set[str]) -> None:
        """An object an import noted and no row names was never recorded: the import was
        killed before its commit, and the file is still where it was imported from."""
        notes, never_recorded = uncommitted(self.root / WORK_DIR, known)
        for sha in sorted(never_recorded):
            if self.blobs.path_for(sha).exists():
                self.blobs.remove(sha)
                self.rolled_back += 1
        for note in notes:
            note.unlink(missing_ok=True)
        if self.rolled_back:
            fsync_dir(self.blobs.root)
            log.info("took back %d files of imports that were interrupted", self.rolled_back)

    def _forget_pdf_passwords(self) -> None:
        """Passwords older versions kept with a PDF's record go once its decrypted copy is in
        readable/ (backups carry that copy); secure_delete overwrites the old bytes."""
        rows = self.db.query("SELECT id, sha256 FROM documents WHERE "
                             "json_extract(meta, '$.pdf_password') IS NOT NULL")
        done = [r["id"] for r in rows if self.documents.has_readable_copy(r["sha256"])]
        if not done:
            return
        conn = self.db.conn
        conn.execute("PRAGMA secure_delete = ON")
        try:
            with self.db.transaction():
                conn.executemany("UPDATE documents SET meta = json_remove(meta, "
                                 "'$.pdf_password') WHERE id = ?", [(i,) for i in done])
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the old pages out of the -wal
        finally:
            conn.execute("PRAGMA secure_delete = OFF")
        log.info("forgot the kept passwords of %d PDFs (their copies are in readable/)",
                 len(done))

    def close(self) -> None:
        self._intents.close()
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _known_hashes(self) -> set[str]:
        return {sha for sha, _id, _name in self.documents.stored_objects()}

    # -- lost+found ----------------------------------------------------------------------------
    def lost_and_found(self) -> list[Path]:
        """Stored files no record named, set aside when the vault was opened."""
        return self.blobs.lost_and_found()

    def recover_lost(self, item: Path) -> ImportResult:
        """Make a record of a file in lost+found (its format is read again)."""
        blob = self.blobs.take_back(item)
        result = self.importer.adopt(blob.sha256)
        if result.outcome is Outcome.REFUSED and blob.is_new:
            self.blobs.set_aside(blob.sha256)  # not a record we can read: back where it was
        return result

    def recover_all_lost(self) -> list[ImportResult]:
        return [self.recover_lost(item) for item in self.lost_and_found()]

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
        _notes, unfinished = uncommitted(self.root / WORK_DIR, set(known))
        for sha, path in sorted(on_disk.items()):
            if sha in unfinished:
                problems.append(Problem("unfinished import", f"{path.relative_to(self.root)}: "
                                        "copied in by an import that did not finish; it is "
                                        "taken back when the vault is next opened alone",
                                        fails=False))
            elif sha not in known:
                problems.append(Problem("orphaned", f"{path.relative_to(self.root)}: no record "
                                        "names it (`secondop recover` makes it a record)"))
        if self.changes_lost:
            problems.append(Problem("lost changes", self.changes_lost))
        for item in self.lost_and_found():
            where = item.relative_to(self.root)
            if (copy_of := known.get(item.name.split(".")[0])) is not None:
                problems.append(Problem("lost+found", f"{where}: a copy of the file of record "
                                        f"{copy_of[0]}, set aside before it was imported "
                                        "again (the record is intact)", fails=False))
                continue
            problems.append(Problem("lost+found", f"{where}: no record names it (`secondop "
                                    "recover` makes it a record)"))
        return problems


LOST_WAL = "lost"


def _keep_aside(wal: Path, kept: list[Path]) -> Path:
    """A copy of the damaged -wal (0600), once: the same bytes kept before are not copied."""
    data = wal.read_bytes()
    for earlier in kept:
        if earlier.stat().st_size == len(data) and earlier.read_bytes() == data:
            return earlier
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = wal.with_name(f"{wal.name}.{LOST_WAL}-{stamp}-{os.getpid()}")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    return target


def holds_stored_files(root: Path) -> bool:
    """Whether ``root`` holds any stored file: in objects/ or set aside in lost+found/."""
    return BlobStore(root / OBJECTS, create=False).holds_files()
