"""The OCR queue: a table in the vault, worked through by background threads.

A record gets a job when it is imported (``sync`` finds records without one, so records from any
road, and vaults from before OCR, are queued too). Each page read is committed on its own, so after
a restart or a kill the queue goes on at the first page not yet stored. A page that cannot be read
fails alone: it is stored empty with its reason (``page_failures``), the queue goes on, and it is
tried again once the app is updated, never at every start. One runner per vault at a time (a lock
file); each worker thread has its own Tesseract. The queue works through the ``Vault`` facade:
its database (one connection per thread) and its stored files.
"""

from __future__ import annotations

import logging
import os
import threading
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, UnidentifiedImageError
from pypdf.errors import DependencyError, LimitReachedError, PyPdfError

from ... import __version__
from ..errors import QT_TRANSLATE_NOOP, SecondOpError
from . import store, suggest
from .engine import Engine, OcrUnavailable, PageRead
from .page_inputs import READABLE_FORMATS, page_inputs
from .render import RenderFailed
from .run_lock import RunLock

if TYPE_CHECKING:
    import sqlite3

    from ..vault import Vault

LOCK_NAME = "ocr.lock"
# Both cores by default; the Tesseract of the tesserocr wheels has no OpenMP, so each worker
# keeps one core busy and two do not oversubscribe two cores.
DEFAULT_WORKERS = max(1, min(2, os.cpu_count() or 1))
Progress = Callable[[int, int], None]
# Stored as English (page_failures); the app shows them translated (context Reason)
TOO_LARGE = QT_TRANSLATE_NOOP("Reason", "the page is too large to read")
DAMAGED = QT_TRANSLATE_NOOP("Reason", "the page's data is damaged and cannot be read")
OURS = QT_TRANSLATE_NOOP(
    "Reason", "an error in SecondOp kept it from being read (the details are in the log)")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageTask:
    document_id: int
    page: int
    path: Path
    format: str
    problem: Exception | None = None  # the record's file could not be opened, and why


@dataclass(frozen=True)
class PageFailure:
    document_id: int
    page: int  # 0-based
    reason: str
    title: str = ""

    def line(self) -> str:
        return f"record {self.document_id} ({self.title}), page {self.page + 1}: {self.reason}"


@dataclass
class RunResult:
    pages_read: int = 0
    busy: bool = False  # another runner has the queue
    failures: list[PageFailure] = field(default_factory=list)  # pages of this run not read

    @property
    def pages_failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        """"12 pages read, 1 could not be read" (the CLI's words; the GUI says its own)."""
        read = f"{self.pages_read} page{'s' if self.pages_read != 1 else ''} read"
        return f"{read}, {self.pages_failed} could not be read" if self.failures else read


def page_failure_reason(exc: BaseException) -> str | None:
    """The patient-facing reason a page cannot be read, or None when the failure is ours."""
    if isinstance(exc, (LimitReachedError, Image.DecompressionBombError, MemoryError)):
        return TOO_LARGE
    if isinstance(exc, DependencyError):
        return QT_TRANSLATE_NOOP(
            "Reason", "the page's picture uses a compression this app cannot decode")
    if isinstance(exc, RenderFailed):
        return str(exc)
    if isinstance(exc, SecondOpError):
        return exc.reason
    if isinstance(exc, (OSError, UnidentifiedImageError, ValueError, EOFError, SyntaxError,
                        zlib.error, PyPdfError)):
        return DAMAGED
    return None


def sync(conn: sqlite3.Connection, version: str = __version__) -> int:
    """Queue every readable record that has no job yet, and the pages an older app could not
    read (this one tries them once more); returns how many records were added."""
    marks = ", ".join("?" * len(READABLE_FORMATS))
    cur = conn.execute(
        f"INSERT INTO ocr_jobs (document_id) SELECT id FROM documents WHERE format IN ({marks}) "
        "AND id NOT IN (SELECT document_id FROM ocr_jobs)", READABLE_FORMATS)
    older = conn.execute("SELECT document_id, page FROM page_failures WHERE version != ?",
                         (version,)).fetchall()
    for doc_id, page in older:
        conn.execute("DELETE FROM page_text WHERE document_id = ? AND page = ?", (doc_id, page))
        conn.execute("DELETE FROM page_failures WHERE document_id = ? AND page = ?",
                     (doc_id, page))
        conn.execute("UPDATE ocr_jobs SET state = 'queued', error = '' WHERE document_id = ?",
                     (doc_id,))
    return cur.rowcount


def requeue(conn: sqlite3.Connection, document_id: int) -> None:
    """Read a record again from scratch (after its pages changed)."""
    conn.execute("DELETE FROM page_text WHERE document_id = ?", (document_id,))
    conn.execute("DELETE FROM page_failures WHERE document_id = ?", (document_id,))
    conn.execute("INSERT INTO ocr_jobs (document_id) VALUES (?) ON CONFLICT (document_id) "
                 "DO UPDATE SET state = 'queued', error = ''", (document_id,))


def counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """(pages stored, pages known) over queued records: "Reading scans: 12 of 40"."""
    row = conn.execute(
        "SELECT coalesce(sum(d.pages), 0), coalesce(sum((SELECT count(*) FROM page_text p "
        "WHERE p.document_id = d.id)), 0) FROM ocr_jobs j JOIN documents d ON d.id = j.document_id"
        " WHERE j.state = 'queued'").fetchone()
    return int(row[1]), int(row[0])


def failed_pages(conn: sqlite3.Connection, document_id: int | None = None) -> list[PageFailure]:
    """The pages that could not be read, with why (of one record, or of all)."""
    where, params = ("WHERE f.document_id = ?", (document_id,)) if document_id else ("", ())
    rows = conn.execute(
        "SELECT f.document_id, f.page, f.reason, d.title FROM page_failures f JOIN documents d "
        f"ON d.id = f.document_id {where} ORDER BY f.document_id, f.page", params).fetchall()
    return [PageFailure(int(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in rows]


class OcrQueue:
    def __init__(self, vault: Vault, workers: int = DEFAULT_WORKERS,
                 engine_factory: Callable[[], Engine] = Engine,
                 version: str = __version__) -> None:
        self.vault = vault
        self.workers = workers
        self.engine_factory = engine_factory
        self.version = version
        self._local = threading.local()
        self._engines: list[Engine] = []

    def run(self, stop: threading.Event | None = None, progress: Progress | None = None,
            wait_for_other: bool = False) -> RunResult:
        """Read every queued page, then return; ``stop`` ends it between pages."""
        lock = RunLock(self.vault.root / LOCK_NAME)
        if not lock.take(wait=wait_for_other):
            return RunResult(busy=True)
        try:
            with self.vault.db.transaction() as conn:
                sync(conn, self.version)
            return self._work(stop or threading.Event(), progress or (lambda *_: None))
        finally:
            for engine in self._engines:
                engine.close()
            self._engines.clear()
            lock.release()

    def _tasks(self, conn: sqlite3.Connection) -> Iterator[PageTask]:
        jobs = conn.execute(
            "SELECT d.id, d.format, d.pages FROM ocr_jobs j JOIN documents d "
            "ON d.id = j.document_id WHERE j.state = 'queued' ORDER BY d.id").fetchall()
        for doc_id, fmt, pages in jobs:
            done = store.pages_done(conn, doc_id)
            missing = [p for p in range(pages) if p not in done]
            if not missing:
                with self.vault.db.transaction():
                    self._finish(conn, doc_id)
                continue
            path, problem = Path(), None
            try:  # an encrypted or repaired PDF is read through its readable copy
                path = self.vault.documents.readable_path(doc_id)
            except Exception as exc:  # noqa: BLE001 - each page fails with it, sorted there
                problem = exc
            for page in missing:
                yield PageTask(doc_id, page, path, fmt, problem)

    def _work(self, stop: threading.Event, progress: Progress) -> RunResult:
        conn = self.vault.db.conn
        result = RunResult()
        done, total = counts(conn)
        progress(done, total)
        tasks = self._tasks(conn)
        with ThreadPoolExecutor(self.workers, thread_name_prefix="ocr") as pool:
            running: dict[Future[tuple[str, PageRead]], PageTask] = {}
            while True:
                while not stop.is_set() and len(running) < self.workers * 2:
                    task = next(tasks, None)
                    if task is None:
                        break
                    running[pool.submit(self._read, task)] = task
                if not running:
                    break
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    task = running.pop(future)
                    try:
                        source, read = future.result()
                    except OcrUnavailable:
                        raise  # not the page's fault: nothing can be read here
                    except Exception as exc:  # noqa: BLE001 - this page fails, the queue goes on
                        result.failures.append(self._failed(conn, task, exc))
                    else:
                        self._store(conn, task, source, read)
                        result.pages_read += 1
                    done += 1
                    progress(done, total)
        return result

    def _read(self, task: PageTask) -> tuple[str, PageRead]:
        """On a worker: the page's own text, or what the engine reads from its picture."""
        if task.problem is not None:
            raise task.problem
        page = next(page_inputs(task.path, task.format, {task.page}), None)
        if page is None:
            return "none", PageRead("")
        if page.image is None:
            return ("pdf" if page.text else "none"), PageRead(page.text or "")
        engine = getattr(self._local, "engine", None)
        if engine is None:
            engine = self._local.engine = self.engine_factory()
            self._engines.append(engine)
        return "ocr", engine.read(page.image, page.dpi)

    def _failed(self, conn: sqlite3.Connection, task: PageTask, exc: Exception) -> PageFailure:
        """Record why the page was not read: stored empty, with its reason and our version."""
        reason = page_failure_reason(exc)
        if reason is None:  # ours: logged once here; the page waits for the next version
            log.error("page %d of record %d could not be read", task.page + 1, task.document_id,
                      exc_info=exc)
            reason = OURS
        with self.vault.db.transaction():
            conn.execute("INSERT INTO page_failures (document_id, page, reason, version) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT (document_id, page) DO UPDATE SET "
                         "reason = excluded.reason, version = excluded.version",
                         (task.document_id, task.page, reason, self.version))
            self._save(conn, task, "none", PageRead(""))
        title = conn.execute("SELECT title FROM documents WHERE id = ?",
                             (task.document_id,)).fetchone()
        return PageFailure(task.document_id, task.page, reason, str(title[0]) if title else "")

    def _store(self, conn: sqlite3.Connection, task: PageTask, source: str,
               read: PageRead) -> None:
        with self.vault.db.transaction():
            conn.execute("DELETE FROM page_failures WHERE document_id = ? AND page = ?",
                         (task.document_id, task.page))
            self._save(conn, task, source, read)

    def _save(self, conn: sqlite3.Connection, task: PageTask, source: str,
              read: PageRead) -> None:
        """Store the page; the last one of its record closes the job (in the caller's
        transaction)."""
        store.save_page(conn, task.document_id, task.page, source, read)
        pages = conn.execute("SELECT pages FROM documents WHERE id = ?",
                             (task.document_id,)).fetchone()
        if pages and len(store.pages_done(conn, task.document_id)) >= pages[0]:
            self._finish(conn, task.document_id)

    def _finish(self, conn: sqlite3.Connection, document_id: int) -> None:
        """Every page stored: suggest the filing from the whole text, close the job (failed,
        with how many pages, when some could not be read). In the caller's transaction."""
        found = suggest.store_suggestions(conn, document_id,
                                          store.document_text(conn, document_id))
        suggest.apply_service_date(conn, document_id, found)
        failed = conn.execute("SELECT count(*) FROM page_failures WHERE document_id = ?",
                              (document_id,)).fetchone()[0]
        state, error = (("failed", f"{failed} page{'s' if failed != 1 else ''} could not be "
                         "read") if failed else ("done", ""))
        conn.execute("UPDATE ocr_jobs SET state = ?, error = ? WHERE document_id = ?",
                     (state, error, document_id))
