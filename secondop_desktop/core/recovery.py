"""``secondop recover``: rebuild a vault's records from its stored files.

The old database (missing, empty or damaged) is renamed aside, never deleted. A new one is made;
whatever rows the old one still yields (titles, notes, questions, symptoms, the profile...) are
copied over, and every stored file no row names (in objects/ or lost+found/) becomes a record
again by reading its format, as an import does.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .db import connect, open_database, quick_check
from .documents import ImportResult, Outcome
from .errors import VaultError, VaultNeedsRecovery
from .locking import VaultLock
from .secure import fsync_dir
from .vault import DB_NAME, LOCK_NAME, Vault

# Tables worth saving from an old database, parents first (document_id columns point upwards).
# Thumbnails are a cache and are made again.
log = logging.getLogger(__name__)

FILE_TABLES = ("documents", "document_files")  # rows naming a stored file by its sha256

SALVAGED_TABLES = ("documents", "document_files", "document_text", "questions", "symptoms",
                   "profile", "medications", "allergies", "timeline",
                   # the opinions after the visit and the decision guide built on them
                   "opinions", "decision_options", "decision_sources", "decision_factors",
                   "decision_steps")


@dataclass
class RecoveryReport:
    old_database: Path | None = None  # where the old database was put aside
    salvaged: dict[str, int] = field(default_factory=dict)  # rows copied, by table
    rebuilt: list[ImportResult] = field(default_factory=list)  # records made from files

    def lines(self) -> list[str]:
        out: list[str] = []
        if self.old_database is not None:
            out.append(f"kept the old database as {self.old_database.name}")
        for table, count in self.salvaged.items():
            if count:
                out.append(f"kept {count} {table} rows from the old database")
        out += [result.line() for result in self.rebuilt]
        made = sum(r.outcome is Outcome.IMPORTED for r in self.rebuilt)
        out.append(f"recovered {made} records from stored files")
        return out


def recover(root: Path) -> RecoveryReport:
    """Rebuild the vault in ``root`` (which nobody else may have open)."""
    root = Path(root).expanduser()
    if not root.is_dir():
        raise VaultError(f"There is no vault folder at {root}.")
    lock = VaultLock(root / LOCK_NAME)
    try:
        if not lock.alone:
            raise VaultError("The vault is in use: close SecondOp (and any other secondop "
                             "command) on it, then run recover again.")
        report = RecoveryReport()
        if not _is_sound(root / DB_NAME):
            report.old_database = _put_aside(root / DB_NAME)
            log.warning("rebuilding %s; the old database is kept as %s", root,
                        report.old_database)
        vault = Vault(root, open_database(root / DB_NAME), lock)
        try:
            for item in vault.lost_and_found():  # back in the store: old rows may name them
                vault.blobs.take_back(item)
            if report.old_database is not None:
                report.salvaged = _salvage(report.old_database, vault)
            report.rebuilt = _adopt_unnamed(vault)
        finally:
            vault.db.close()
    finally:
        lock.release()
    return report


def _is_sound(db_path: Path) -> bool:
    """A database that opens, has its tables and passes SQLite's quick check."""
    if not db_path.exists():
        return False
    try:
        db = open_database(db_path, expect_records=True)
    except VaultNeedsRecovery:
        return False
    try:
        return quick_check(db.conn) is None
    finally:
        db.close()


def _put_aside(db_path: Path) -> Path | None:
    """Rename the database with its -wal and -shm (kept as a set, so the -wal still applies)."""
    if not db_path.exists():
        for suffix in ("-wal", "-shm"):  # without their database these mean nothing, but keep
            leftover = Path(f"{db_path}{suffix}")
            if leftover.exists():
                leftover.rename(_free_name(leftover, "orphaned"))
        return None
    aside = _free_name(db_path, "damaged")
    for suffix in ("-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            part.rename(Path(f"{aside}{suffix}"))
    db_path.rename(aside)
    fsync_dir(db_path.parent)
    return aside


def _free_name(path: Path, why: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{why}-{stamp}")
    number = 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        number += 1
        candidate = path.with_name(f"{path.name}.{why}-{stamp}-{number}")
    return candidate


def _salvage(old_path: Path, vault: Vault) -> dict[str, int]:
    """Copy every row the old database still yields; a damaged table gives what it can."""
    try:
        old = connect(old_path, readonly=True)
    except VaultError:
        return {}
    copied: dict[str, int] = {}
    stored = set(vault.blobs.all_objects())
    new = vault.db.conn
    new.execute("PRAGMA foreign_keys = OFF")  # parents may be lost; fixed up below
    try:
        with vault.db.transaction():
            for table in SALVAGED_TABLES:
                columns = _shared_columns(old, new, table)
                if not columns:
                    continue
                count = 0
                sql = (f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                       f"VALUES ({', '.join('?' * len(columns))})")
                for row in _rows(old, table, columns):
                    if table in FILE_TABLES and row["sha256"] not in stored:
                        continue  # its file is gone: the old database still has the row
                    count += new.execute(sql, tuple(row)).rowcount
                copied[table] = count
            for orphaned in ("document_files", "document_text"):  # their record is gone:
                new.execute(f"DELETE FROM {orphaned} WHERE document_id NOT IN "  # files come
                            "(SELECT id FROM documents)")  # back as records of their own
            new.execute("UPDATE questions SET document_id = NULL, page = NULL WHERE "
                        "document_id NOT IN (SELECT id FROM documents)")
            new.execute("UPDATE opinions SET document_id = NULL WHERE "  # its letter is gone
                        "document_id NOT IN (SELECT id FROM documents)")
    finally:
        new.execute("PRAGMA foreign_keys = ON")
        old.close()
    return copied


def _shared_columns(old: sqlite3.Connection, new: sqlite3.Connection, table: str) -> list[str]:
    def columns(conn: sqlite3.Connection) -> list[str]:
        try:
            return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        except sqlite3.DatabaseError:
            return []

    theirs = set(columns(old))
    return [c for c in columns(new) if c in theirs]


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[sqlite3.Row]:
    """Rows in table order (NOT INDEXED: an index may be what is damaged) up to any damage."""
    try:
        cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} NOT INDEXED")
        while (row := cursor.fetchone()) is not None:
            yield row
    except sqlite3.DatabaseError:
        return


def _adopt_unnamed(vault: Vault) -> list[ImportResult]:
    """Records for stored files no row names; a file no format reads goes to lost+found."""
    results: list[ImportResult] = []
    known = vault._known_hashes()
    for sha in sorted(vault.blobs.all_objects()):
        if sha not in known:
            result = vault.documents.adopt(sha)
            if result.outcome is Outcome.REFUSED:
                vault.blobs.set_aside(sha)  # not a record we can read: kept, out of the way
            results.append(result)
    return results
