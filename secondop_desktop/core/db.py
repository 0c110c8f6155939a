"""The vault's SQLite file: schema version, ordered migrations, WAL.

``PRAGMA user_version`` holds the schema version. ``MIGRATIONS[n]`` takes a database from version
``n`` to ``n + 1``; a vault written by any older version is copied aside, then migrated in order.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import VaultError
from .secure import secure_file

SCHEMA_V1 = """
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE,
    original_name TEXT NOT NULL,
    format        TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('imaging', 'labs', 'reports', 'other')),
    title         TEXT NOT NULL,
    record_date   TEXT,
    provider      TEXT NOT NULL DEFAULT '',
    body_part     TEXT NOT NULL DEFAULT '',
    tags          TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    pages         INTEGER NOT NULL,
    size          INTEGER NOT NULL,
    imported_at   TEXT NOT NULL,
    trashed       INTEGER NOT NULL DEFAULT 0,
    meta          TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE questions (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL,
    priority    INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
    category    TEXT NOT NULL DEFAULT 'other',
    position    INTEGER NOT NULL,
    asked       INTEGER NOT NULL DEFAULT 0,
    answer      TEXT NOT NULL DEFAULT '',
    answered_by TEXT NOT NULL DEFAULT '',
    document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    page        INTEGER
);
CREATE TABLE symptoms (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    symptom  TEXT NOT NULL,
    severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
    duration TEXT NOT NULL DEFAULT '',
    triggers TEXT NOT NULL DEFAULT '',
    notes    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX symptoms_at ON symptoms (at);
CREATE TABLE profile (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE medications (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    dose      TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '',
    since     TEXT NOT NULL DEFAULT '',
    purpose   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE allergies (
    id        INTEGER PRIMARY KEY,
    substance TEXT NOT NULL,
    reaction  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE timeline (
    id   INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    what TEXT NOT NULL
);
"""

# Version 2: searchable text of PDFs and a thumbnail cache, so search and the records list need
# not reopen the files.
SCHEMA_V2 = """
CREATE TABLE document_text (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    text        TEXT NOT NULL
);
CREATE TABLE thumbnails (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    size        INTEGER NOT NULL,
    png         BLOB NOT NULL,
    PRIMARY KEY (document_id, size)
);
"""

# Version 3: an imaging study is one record however many files it has; the files after its
# first (which documents.sha256 names) are its members here, each kept as its own object.
SCHEMA_V3 = """
CREATE TABLE document_files (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sha256      TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    meta        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX document_files_document ON document_files (document_id);
"""

MIGRATIONS: list[str] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3]
SCHEMA_VERSION = len(MIGRATIONS)


class Database:
    """One SQLite connection shared by the GUI and its worker, serialised by a lock."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All statements inside commit together or not at all."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.commit()
            except BaseException:
                # Also when COMMIT itself fails (disk full): never leave a transaction open.
                if self.conn.in_transaction:
                    self.conn.rollback()
                raise

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, db_path: Path | None = None) -> int:
    """Bring ``conn`` to SCHEMA_VERSION; returns the version it had. Copies the file first."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise VaultError(
            "This vault was made by a newer version of SecondOp; please update the app to open it."
        )
    if found < SCHEMA_VERSION and found > 0 and db_path is not None:
        backup = db_path.with_name(f"{db_path.name}.v{found}.bak")
        conn.execute("PRAGMA wal_checkpoint(FULL)")
        shutil.copy2(db_path, backup)
        secure_file(backup)
    for version in range(found, SCHEMA_VERSION):
        conn.executescript("BEGIN IMMEDIATE;" + MIGRATIONS[version] +
                           f"PRAGMA user_version = {version + 1}; COMMIT;")
    return found


def connect(db_path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) a vault database with the settings every vault uses."""
    try:
        conn = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a document reported as imported survives a power cut, not only a crash.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.DatabaseError as exc:
        raise VaultError(f"The vault database cannot be opened ({exc}).") from exc
    return conn


def open_database(db_path: Path) -> Database:
    conn = connect(db_path)
    try:
        migrate(conn, db_path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise VaultError(f"The vault database is damaged ({exc}).") from exc
    except BaseException:
        conn.close()
        raise
    for suffix in ("", "-wal", "-shm"):
        secure_file(Path(f"{db_path}{suffix}"))
    return Database(conn)
