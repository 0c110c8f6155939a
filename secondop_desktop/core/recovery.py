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
from .errors import QT_TRANSLATE_NOOP, VaultError, VaultNeedsRecovery
from .importing import ImportResult, Outcome
from .locking import VaultLock
from .secure import fsync_dir
from .vault import DB_NAME, LOCK_NAME, Vault

log = logging.getLogger(__name__)

FILE_TABLES = ("documents", "document_files")  # rows naming a stored file by its sha256

# Every table of the schema is copied from an old database, parents first (their columns point
# upwards), except the ones listed below it; a test fails when a new table is in neither list.
SALVAGED_TABLES = (
    "documents", "document_files", "document_text", "page_text", "ocr_jobs", "page_failures",
    "suggestions",
    "clinical_facts", "clinical_resolutions", "document_links", "questions", "symptoms",
    "profile", "medications", "allergies", "timeline", "records_requests", "request_items",
    "request_links", "sent_log", "specialists",
    # the opinions after the visit and the decision guide built on them
    "opinions", "decision_options", "decision_sources", "decision_factors", "decision_steps")
NOT_SALVAGED = {
    "thumbnails": "a cache, made again when shown",
    "page_search": "the search index, rebuilt from page_text as rows are copied",
}
# Rows whose record is gone keep what they say, without the link (a question about a page).
_UNLINKED = {"questions": "document_id = NULL, page = NULL",
             "opinions": "document_id = NULL"}  # the opinion stays; its letter is gone


@dataclass
class RecoveryReport:
    old_database: Path | None = None  # where the old database was put aside
    salvaged: dict[str, int] = field(default_factory=dict)  # rows copied, by table
    damaged: dict[str, int] = field(default_factory=dict)  # tables read only up to damage
    dropped: dict[str, int] = field(default_factory=dict)  # rows whose record is gone
    rebuilt: list[ImportResult] = field(default_factory=list)  # records made from files

    def lines(self) -> list[str]:
        out: list[str] = []
        if self.old_database is not None:
            out.append(f"kept the old database as {self.old_database.name}")
        for table, count in self.salvaged.items():
            if count:
                out.append(f"kept {count} {table} rows from the old database")
        for table, count in self.damaged.items():
            out.append(f"could not salvage all of {table}: the old database is damaged there "
                       f"(kept {count} rows; the rest may still be in {self.old_database_name})")
        for table, count in self.dropped.items():
            out.append(f"left out {count} {table} rows: the record they belong to is gone")
        out += [result.line() for result in self.rebuilt]
        made = sum(r.outcome is Outcome.IMPORTED for r in self.rebuilt)
        out.append(f"recovered {made} records from stored files")
        return out

    @property
    def old_database_name(self) -> str:
        return self.old_database.name if self.old_database else "the old database"


def recover(root: Path) -> RecoveryReport:
    """Rebuild the vault in ``root`` (which nobody else may have open)."""
    root = Path(root).expanduser()
    if not root.is_dir():
        raise VaultError(QT_TRANSLATE_NOOP(
            "Reason", "There is no vault folder at {root}."), root=root)
    lock = VaultLock(root / LOCK_NAME)
    try:
        if not lock.alone:
            raise VaultError(QT_TRANSLATE_NOOP(
                "Reason", "The vault is in use: close SecondOp (and any other secondop command) "
                          "on it, then run recover again."))
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
                _salvage(report.old_database, vault, report)
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


def _salvage(old_path: Path, vault: Vault, report: RecoveryReport) -> None:
    """Copy every row the old database still yields; a damaged table gives what it can."""
    try:
        old = connect(old_path, readonly=True)
    except VaultError:
        return
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
                rows = _Rows(old, table, columns)
                for row in rows:
                    if table in FILE_TABLES and row["sha256"] not in stored:
                        continue  # its file is gone: the old database still has the row
                    count += new.execute(sql, tuple(row)).rowcount
                report.salvaged[table] = count
                if rows.damaged:
                    report.damaged[table] = count
            report.dropped = _unlink_lost_parents(new)
    finally:
        new.execute("PRAGMA foreign_keys = ON")
        old.close()


def _unlink_lost_parents(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows pointing at a row that did not come back (a record whose file is gone): dropped,
    or unlinked where they say something on their own. Their files come back as records."""
    dropped: dict[str, int] = {}
    while problems := conn.execute("PRAGMA foreign_key_check").fetchall():
        for table, rowid, _parent, _fk in problems:
            if table in _UNLINKED:
                conn.execute(f"UPDATE {table} SET {_UNLINKED[table]} WHERE rowid = ?", (rowid,))
                continue
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
            dropped[table] = dropped.get(table, 0) + 1
    return dropped


def _shared_columns(old: sqlite3.Connection, new: sqlite3.Connection, table: str) -> list[str]:
    def columns(conn: sqlite3.Connection) -> list[str]:
        try:
            return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        except sqlite3.DatabaseError:
            return []

    theirs = set(columns(old))
    return [c for c in columns(new) if c in theirs]


class _Rows:
    """Rows in table order (NOT INDEXED: an index may be what is damaged) up to any damage;
    ``damaged`` says whether reading stopped there."""

    def __init__(self, conn: sqlite3.Connection, table: str, columns: list[str]) -> None:
        self.conn, self.table, self.columns = conn, table, columns
        self.damaged = False

    def __iter__(self) -> Iterator[sqlite3.Row]:
        try:
            cursor = self.conn.execute(
                f"SELECT {', '.join(self.columns)} FROM {self.table} NOT INDEXED")
            while (row := cursor.fetchone()) is not None:
                yield row
        except sqlite3.DatabaseError:
            self.damaged = True


def _adopt_unnamed(vault: Vault) -> list[ImportResult]:
    """Records for stored files no row names; a file no format reads goes to lost+found."""
    results: list[ImportResult] = []
    known = vault._known_hashes()
    for sha in sorted(vault.blobs.all_objects()):
        if sha not in known:
            result = vault.importer.adopt(sha)
            if result.outcome is Outcome.REFUSED:
                vault.blobs.set_aside(sha)  # not a record we can read: kept, out of the way
            results.append(result)
    return results
