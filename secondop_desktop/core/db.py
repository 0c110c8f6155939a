"""The vault's SQLite file: schema version, ordered migrations, WAL.

``PRAGMA user_version`` holds the schema version. ``MIGRATIONS[n]`` takes a database from version
``n`` to ``n + 1``; a vault written by any older version is copied aside, then migrated in order.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import QT_TRANSLATE_NOOP, VaultError, VaultNeedsRecovery, VaultNeedsUpgrade
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

# Version 4: records requests (provider, checklist items, the records each item brought in) and
# the sent log (one row per exported packet).
SCHEMA_V4 = """
CREATE TABLE records_requests (
    id         INTEGER PRIMARY KEY,
    provider   TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    fax        TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    portal     TEXT NOT NULL DEFAULT '',
    asked      TEXT,
    method     TEXT NOT NULL DEFAULT 'letter',
    due        TEXT,
    status     TEXT NOT NULL DEFAULT 'to-ask',
    period     TEXT NOT NULL DEFAULT '',
    format     TEXT NOT NULL DEFAULT 'copies',
    send_to    TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE request_items (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES records_requests (id) ON DELETE CASCADE,
    item       TEXT NOT NULL,
    received   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (request_id, item)
);
CREATE TABLE request_links (
    item_id     INTEGER NOT NULL REFERENCES request_items (id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, document_id)
);
CREATE TABLE sent_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    path       TEXT NOT NULL,
    recipient  TEXT NOT NULL DEFAULT '',
    records    TEXT NOT NULL DEFAULT '[]',
    questions  TEXT NOT NULL DEFAULT '[]',
    pages      INTEGER NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    protected  INTEGER NOT NULL DEFAULT 0,
    options    TEXT NOT NULL DEFAULT '{}'
);
"""

# Version 5: facts read from clinical documents (C-CDA, FHIR), one row per statement per
# document; how the patient settled a difference between documents; which record a file came in.
SCHEMA_V5_CLINICAL = """
CREATE TABLE clinical_facts (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    category    TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    code        TEXT NOT NULL DEFAULT '',
    system      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT '',
    date        TEXT NOT NULL DEFAULT '',
    end_date    TEXT NOT NULL DEFAULT '',
    negated     INTEGER NOT NULL DEFAULT 0,
    details     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX clinical_facts_category ON clinical_facts (category);
CREATE INDEX clinical_facts_document ON clinical_facts (document_id);
CREATE TABLE clinical_resolutions (
    key      TEXT PRIMARY KEY,
    choice   TEXT NOT NULL CHECK (choice IN ('keep_one', 'keep_both', 'note')),
    keep     INTEGER,
    note     TEXT NOT NULL DEFAULT '',
    resolved TEXT NOT NULL
);
CREATE TABLE document_links (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    came_with   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE
);
"""

# Version 6: text and word boxes of every page (PDF text layer or OCR), full-text search over
# them (FTS5, kept in step by triggers), the OCR queue, and the filing suggested from the text.
SCHEMA_V6_PAGE_TEXT = """
CREATE TABLE page_text (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    page        INTEGER NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('pdf', 'ocr', 'none')),
    text        TEXT NOT NULL,
    words       TEXT NOT NULL DEFAULT '[]',
    width       INTEGER NOT NULL DEFAULT 0,
    height      INTEGER NOT NULL DEFAULT 0,
    rotation    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, page)
);
CREATE VIRTUAL TABLE page_search USING fts5(
    text, content = 'page_text', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
CREATE TRIGGER page_text_added AFTER INSERT ON page_text BEGIN
    INSERT INTO page_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER page_text_removed AFTER DELETE ON page_text BEGIN
    INSERT INTO page_search (page_search, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER page_text_changed AFTER UPDATE ON page_text BEGIN
    INSERT INTO page_search (page_search, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO page_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE TABLE ocr_jobs (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    state       TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed')),
    error       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE suggestions (
    document_id   INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    record_date   TEXT,
    provider      TEXT,
    kind          TEXT,
    title         TEXT,
    named_patient TEXT,
    named_dob     TEXT,
    accepted      TEXT NOT NULL DEFAULT ''
);
"""

# Version 7: the shortlist of specialists the patient considers for the second opinion.
SCHEMA_V7_SPECIALISTS = """
CREATE TABLE specialists (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    specialty      TEXT NOT NULL DEFAULT '',
    institution    TEXT NOT NULL DEFAULT '',
    board          TEXT NOT NULL DEFAULT '',
    board_checked  TEXT NOT NULL DEFAULT '',
    board_link     TEXT NOT NULL DEFAULT '',
    cases          TEXT NOT NULL DEFAULT '',
    recommended_by TEXT NOT NULL DEFAULT '',
    insurance      TEXT NOT NULL DEFAULT 'unknown',
    cost           TEXT NOT NULL DEFAULT '',
    referral       TEXT NOT NULL DEFAULT 'unknown',
    telehealth     TEXT NOT NULL DEFAULT 'unknown',
    wait_days      INTEGER,
    languages      TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    address        TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'considering'
);
"""

# Version 8: the opinions given after the visit, and the patient's decision guide: the options
# (gathered from the opinions, or the patient's own), their benefits and risks with how much each
# matters, and the next steps. Where the patient stands is a profile section ("decision.*").
SCHEMA_V8_OPINIONS = """
CREATE TABLE opinions (
    id             INTEGER PRIMARY KEY,
    by             TEXT NOT NULL,
    role           TEXT NOT NULL DEFAULT '',
    date           TEXT NOT NULL DEFAULT '',
    diagnosis      TEXT NOT NULL DEFAULT '',
    extent         TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    alternatives   TEXT NOT NULL DEFAULT '',
    benefits       TEXT NOT NULL DEFAULT '',
    risks          TEXT NOT NULL DEFAULT '',
    tests          TEXT NOT NULL DEFAULT '',
    urgency        TEXT NOT NULL DEFAULT '',
    certainty      TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    visit          INTEGER NOT NULL DEFAULT 0,
    document_id    INTEGER REFERENCES documents (id) ON DELETE SET NULL
);
CREATE TABLE decision_options (
    id       INTEGER PRIMARY KEY,
    text     TEXT NOT NULL,
    own      INTEGER NOT NULL DEFAULT 0,
    removed  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE decision_sources (
    option_id  INTEGER NOT NULL REFERENCES decision_options (id) ON DELETE CASCADE,
    opinion_id INTEGER NOT NULL REFERENCES opinions (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('recommended', 'alternative')),
    key        TEXT NOT NULL,
    PRIMARY KEY (opinion_id, role, key)
);
CREATE TABLE decision_factors (
    id         INTEGER PRIMARY KEY,
    option_id  INTEGER NOT NULL REFERENCES decision_options (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('benefit', 'risk')),
    text       TEXT NOT NULL,
    opinion_id INTEGER REFERENCES opinions (id) ON DELETE SET NULL,
    own        INTEGER NOT NULL DEFAULT 0,
    matters    INTEGER CHECK (matters BETWEEN 0 AND 5)
);
CREATE INDEX decision_factors_option ON decision_factors (option_id);
CREATE TABLE decision_steps (
    id   INTEGER PRIMARY KEY,
    what TEXT NOT NULL,
    who  TEXT NOT NULL DEFAULT '',
    due  TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0
);
"""

# A page that could not be read, and why; ``version`` is the app's that tried: a newer app tries
# once more. Scanned PDF pages read before are read again, now as they are shown (rendered, with
# /Rotate and the picture's placement): their stored words and turns were of the largest image.
# Every other record read before is filed again from its stored text (nothing is read twice):
# the date of service from the text, and suggestions of only what differs.
SCHEMA_V9_OCR_FAILURES = """
CREATE TABLE page_failures (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    page        INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    version     TEXT NOT NULL,
    PRIMARY KEY (document_id, page)
);
UPDATE ocr_jobs SET state = 'queued', error = '' WHERE document_id IN (
    SELECT p.document_id FROM page_text p JOIN documents d ON d.id = p.document_id
    WHERE d.format = 'pdf' AND p.source IN ('ocr', 'none'));
DELETE FROM page_text WHERE source IN ('ocr', 'none')
    AND document_id IN (SELECT id FROM documents WHERE format = 'pdf');
UPDATE ocr_jobs SET state = 'queued', error = '' WHERE state = 'done';
"""

MIGRATIONS: list[str] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5_CLINICAL,
                          SCHEMA_V6_PAGE_TEXT, SCHEMA_V7_SPECIALISTS, SCHEMA_V8_OPINIONS,
                          SCHEMA_V9_OCR_FAILURES]
SCHEMA_VERSION = len(MIGRATIONS)

Params = tuple[Any, ...] | dict[str, Any]


class Database:
    """The vault's SQLite file, with one connection per thread.

    SQLite connections must not be shared between threads; WAL lets each thread's connection read
    while another thread writes (``busy_timeout`` queues writers). A thread's connection is opened
    the first time it asks, and closed by ``close()`` or once its thread has ended.
    """

    def __init__(self, path: Path, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._local = threading.local()
        self._opened: list[tuple[threading.Thread, sqlite3.Connection]] = []
        self._registry = threading.Lock()  # guards the bookkeeping above, never a connection
        self._closed = False

    @property
    def conn(self) -> sqlite3.Connection:
        """The calling thread's own connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        # The owner is checked too: a new thread must never inherit an ended one's connection,
        # even where a thread-local slot outlives its thread.
        if conn is None or getattr(self._local, "owner", None) is not threading.current_thread():
            conn = self._open_for_this_thread()
        return conn

    def _open_for_this_thread(self) -> sqlite3.Connection:
        if self._closed:
            raise VaultError(QT_TRANSLATE_NOOP("Reason", "The vault has been closed."))
        conn = connect(self.path, readonly=self.readonly)
        self._local.conn = conn
        self._local.owner = threading.current_thread()
        with self._registry:
            # Threads that have ended (an import's workers) give their connections back.
            for thread, ended in [(t, c) for t, c in self._opened if not t.is_alive()]:
                ended.close()
                self._opened.remove((thread, ended))
            self._opened.append((threading.current_thread(), conn))
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All statements inside commit together or not at all."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.commit()
        except BaseException:
            # Also when COMMIT itself fails (disk full): never leave a transaction open.
            if conn.in_transaction:
                conn.rollback()
            raise

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        rows: list[sqlite3.Row] = self.conn.execute(sql, params).fetchall()
        return rows

    def connection_count(self) -> int:
        with self._registry:
            return len(self._opened)

    def close(self) -> None:
        """Close every thread's connection (the threads' work is over when a vault closes)."""
        with self._registry:
            self._closed = True
            for _thread, conn in self._opened:
                conn.close()
            self._opened.clear()
        self._local = threading.local()


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, db_path: Path | None = None) -> int:
    """Bring ``conn`` to SCHEMA_VERSION; returns the version it had. Copies the file first."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise VaultError(QT_TRANSLATE_NOOP(
            "Reason", "This vault was made by a newer version of SecondOp; please update the app "
                      "to open it."))
    if found < SCHEMA_VERSION and found > 0 and db_path is not None:
        backup = db_path.with_name(f"{db_path.name}.v{found}.bak")
        conn.execute("PRAGMA wal_checkpoint(FULL)")
        shutil.copy2(db_path, backup)
        secure_file(backup)
    for version in range(found, SCHEMA_VERSION):
        conn.executescript("BEGIN IMMEDIATE;" + MIGRATIONS[version] +
                           f"PRAGMA user_version = {version + 1}; COMMIT;")
    return found


def connect(db_path: Path, readonly: bool = False) -> sqlite3.Connection:
    """Open (creating if needed) a vault database with the settings every vault uses.

    ``readonly``: never write, not even SQLite's own -wal/-shm files when they cannot be made
    (a full disk, a read-only folder or medium).
    """
    try:
        if readonly:
            return _connect_readonly(db_path)
        # check_same_thread=False only so that Database.close() may close a thread's connection
        # from the thread that closes the vault; each connection is used by its own thread only.
        conn = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a document reported as imported survives a power cut, not only a crash.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.OperationalError as exc:
        raise VaultError(QT_TRANSLATE_NOOP(
            "Reason", "The vault database cannot be opened ({exc})."), exc=exc) from exc
    except sqlite3.DatabaseError as exc:
        raise VaultNeedsRecovery(QT_TRANSLATE_NOOP(
            "Reason", "The vault's database is damaged ({exc})"), exc=exc) from exc
    return conn


def _connect_readonly(db_path: Path) -> sqlite3.Connection:
    """``mode=ro``, which still needs to make the -shm file; where that cannot be made (a full
    disk, a read-only folder) and no write is pending in a -wal file, ``immutable=1``, which
    reads the database file alone."""
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    wal = Path(f"{db_path}-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    cannot_make_shm = (not Path(f"{db_path}-shm").exists()
                       and not os.access(db_path.parent, os.W_OK))
    if not (cannot_make_shm and not pending):
        try:
            return _configured(sqlite3.connect(uri, uri=True, check_same_thread=False,
                                               isolation_level=None))
        except sqlite3.OperationalError:
            if pending:
                raise
    return _configured(sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False,
                                       isolation_level=None))


def _configured(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails here, if at all
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def table_count(conn: sqlite3.Connection) -> int:
    count: int = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                              ).fetchone()[0]
    return count


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None when SQLite finds the file sound; else its first complaint."""
    try:
        first: str = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if first == "ok":
        return None
    # One line for a message: "*** in database main ***\nOn tree page 3 cell 29: ..."
    lines = [line for line in first.splitlines() if not line.startswith("***")] or ["damaged"]
    return lines[0][:120]


WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEAD = struct.Struct(">IIIIII")  # magic, version, page size, checkpoint, salt 1, salt 2
_WAL_HEADER_SIZE = 32  # (then two checksums)
_FRAME_HEAD = struct.Struct(">IIII")  # page, database size (non-zero: a commit), salt 1, salt 2


def wal_commits_lost(db_path: Path) -> bool:
    """Whether the -wal file holds commits SQLite did not replay: it stops at the first frame
    whose checksum fails and says nothing of the committed frames after it.

    Call with a connection open (its first read has rebuilt the -shm index) and nobody else
    writing. The index's ``mxFrame`` is the last frame SQLite kept; a commit frame of the
    current WAL generation (same salts) after it is a change that was lost.
    """
    wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
    try:
        size = wal.stat().st_size
        with open(shm, "rb") as handle:
            index = handle.read(48)
        if size <= _WAL_HEADER_SIZE or len(index) < 20:
            return False
        kept = struct.unpack_from("=I", index, 16)[0]  # native order, as SQLite writes it
        with open(wal, "rb") as handle:
            magic, _version, page_size, _seq, salt1, salt2 = _WAL_HEAD.unpack(
                handle.read(_WAL_HEAD.size))
            if magic not in WAL_MAGIC or not 512 <= page_size <= 65536:
                return False
            frame = 24 + page_size
            for number in range(kept, (size - _WAL_HEADER_SIZE) // frame):
                handle.seek(_WAL_HEADER_SIZE + number * frame)
                _page, commit, s1, s2 = _FRAME_HEAD.unpack(handle.read(_FRAME_HEAD.size))
                if commit and (s1, s2) == (salt1, salt2):
                    return True
    except (OSError, struct.error):
        return False
    return False


def open_database(db_path: Path, readonly: bool = False, expect_records: bool = False
                  ) -> Database:
    """``expect_records``: the vault holds stored files, so a database without tables is a lost
    one, never a new vault to set up."""
    db = Database(db_path, readonly)
    try:
        if expect_records and table_count(db.conn) == 0:
            raise VaultNeedsRecovery(QT_TRANSLATE_NOOP(
                "Reason", "This vault's database is empty although the vault holds stored files"))
        if readonly:
            if schema_version(db.conn) < SCHEMA_VERSION:
                raise VaultNeedsUpgrade(QT_TRANSLATE_NOOP(
                    "Reason", "This vault was made by an older version of SecondOp and is "
                              "read-only here; open it once where it can be written."))
            migrate(db.conn)  # only refuses a newer schema: nothing to write
        else:
            migrate(db.conn, db_path)
            for suffix in ("", "-wal", "-shm"):
                secure_file(Path(f"{db_path}{suffix}"))
    except sqlite3.OperationalError as exc:  # locked, disk I/O, a migration that failed
        db.close()
        raise VaultError(QT_TRANSLATE_NOOP(
            "Reason", "The vault database cannot be opened or updated ({exc})."), exc=exc) from exc
    except sqlite3.DatabaseError as exc:  # not a database, malformed
        db.close()
        raise VaultNeedsRecovery(QT_TRANSLATE_NOOP(
            "Reason", "The vault's database is damaged ({exc})"), exc=exc) from exc
    except BaseException:
        db.close()
        raise
    return db
