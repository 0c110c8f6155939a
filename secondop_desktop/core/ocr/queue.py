"""The OCR queue: a table in the vault, worked through by background threads.

A record gets a job when it is imported (``sync`` finds records without one, so records from any
road, and vaults from before OCR, are queued too). Each page read is committed on its own, so after
a restart or a kill the queue goes on at the first page not yet stored. One runner per vault at a
time (a lock file); each worker thread has its own Tesseract, the one writing thread its own
SQLite connection.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from ..db import connect
from ..documents import READABLE_FOLDER, VAULT_DB_NAME
from . import store, suggest
from .engine import Engine, PageRead
from .page_inputs import READABLE_FORMATS, page_inputs

LOCK_NAME = "ocr.lock"
# Both cores by default: Tesseract is told to use one thread each (OMP_THREAD_LIMIT), so two
# workers keep two cores busy without oversubscribing them.
DEFAULT_WORKERS = max(1, min(2, os.cpu_count() or 1))
Progress = Callable[[int, int], None]
# Conditions of a stored file that make a page unreadable (the page is stored empty, not retried).
_PAGE_ERRORS = (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError,
                EOFError, SyntaxError, zlib.error)

try:
    import fcntl
except ImportError:  # Windows: one app instance per vault is all there is
    fcntl = None  # type: ignore[assignment]


@dataclass(frozen=True)
class PageTask:
    document_id: int
    page: int
    path: Path
    format: str


@dataclass
class RunResult:
    pages_read: int = 0
    busy: bool = False  # another runner has the queue


def sync(conn: sqlite3.Connection) -> int:
    """Queue every readable record that has no job yet; returns how many were added."""
    marks = ", ".join("?" * len(READABLE_FORMATS))
    cur = conn.execute(
        f"INSERT INTO ocr_jobs (document_id) SELECT id FROM documents WHERE format IN ({marks}) "
        "AND id NOT IN (SELECT document_id FROM ocr_jobs)", READABLE_FORMATS)
    return cur.rowcount


def requeue(conn: sqlite3.Connection, document_id: int) -> None:
    """Read a record again from scratch (after its pages changed)."""
    conn.execute("DELETE FROM page_text WHERE document_id = ?", (document_id,))
    conn.execute("INSERT INTO ocr_jobs (document_id) VALUES (?) ON CONFLICT (document_id) "
                 "DO UPDATE SET state = 'queued', error = ''", (document_id,))


def counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """(pages stored, pages known) over queued records: "Reading scans: 12 of 40"."""
    row = conn.execute(
        "SELECT coalesce(sum(d.pages), 0), coalesce(sum((SELECT count(*) FROM page_text p "
        "WHERE p.document_id = d.id)), 0) FROM ocr_jobs j JOIN documents d ON d.id = j.document_id"
        " WHERE j.state = 'queued'").fetchone()
    return int(row[1]), int(row[0])


class OcrQueue:
    def __init__(self, root: Path, workers: int = DEFAULT_WORKERS,
                 engine_factory: Callable[[], Engine] = Engine) -> None:
        self.root = Path(root)
        self.workers = workers
        self.engine_factory = engine_factory
        self._local = threading.local()
        self._engines: list[Engine] = []

    def run(self, stop: threading.Event | None = None, progress: Progress | None = None,
            wait_for_other: bool = False) -> RunResult:
        """Read every queued page, then return; ``stop`` ends it between pages."""
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        lock = self._take_lock(wait_for_other)
        if lock is False:
            return RunResult(busy=True)
        conn = connect(self.root / VAULT_DB_NAME)
        try:
            conn.execute("BEGIN IMMEDIATE")
            sync(conn)
            conn.execute("COMMIT")
            return self._work(conn, stop or threading.Event(), progress or (lambda *_: None))
        finally:
            conn.close()
            for engine in self._engines:
                engine.close()
            self._engines.clear()
            if isinstance(lock, int):
                os.close(lock)

    def _take_lock(self, wait_for_other: bool) -> int | bool | None:
        if fcntl is None:
            return None
        fd = os.open(self.root / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait_for_other else fcntl.LOCK_NB))
        except OSError:
            os.close(fd)
            return False
        return fd

    def _tasks(self, conn: sqlite3.Connection) -> Iterator[PageTask]:
        from ..blobs import BlobStore

        blobs = BlobStore(self.root / "objects")
        jobs = conn.execute(
            "SELECT d.id, d.sha256, d.format, d.pages FROM ocr_jobs j JOIN documents d "
            "ON d.id = j.document_id WHERE j.state = 'queued' ORDER BY d.id").fetchall()
        for doc_id, sha, fmt, pages in jobs:
            done = store.pages_done(conn, doc_id)
            missing = [p for p in range(pages) if p not in done]
            if not missing:
                self._finish(conn, doc_id)
            # An encrypted or repaired PDF is read through the readable copy made at import.
            readable = self.root / READABLE_FOLDER / f"{sha}.pdf"
            path = readable if fmt == "pdf" and readable.exists() else blobs.path_for(sha)
            for page in missing:
                yield PageTask(doc_id, page, path, fmt)

    def _work(self, conn: sqlite3.Connection, stop: threading.Event,
              progress: Progress) -> RunResult:
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
                    source, read = future.result()
                    self._store(conn, task, source, read)
                    result.pages_read += 1
                    done += 1
                    progress(done, total)
        return result

    def _read(self, task: PageTask) -> tuple[str, PageRead]:
        """On a worker: the page's own text, or what the engine reads from its image."""
        try:
            page = next(page_inputs(task.path, task.format, {task.page}), None)
        except _PAGE_ERRORS:
            return "none", PageRead("")
        if page is None:
            return "none", PageRead("")
        if page.image is None:
            return ("pdf" if page.text else "none"), PageRead(page.text or "")
        engine = getattr(self._local, "engine", None)
        if engine is None:
            engine = self._local.engine = self.engine_factory()
            self._engines.append(engine)
        return "ocr", engine.read(page.image, page.dpi)

    def _store(self, conn: sqlite3.Connection, task: PageTask, source: str,
               read: PageRead) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            store.save_page(conn, task.document_id, task.page, source, read)
            pages = conn.execute("SELECT pages FROM documents WHERE id = ?",
                                 (task.document_id,)).fetchone()
            if pages and len(store.pages_done(conn, task.document_id)) >= pages[0]:
                self._finish(conn, task.document_id, in_transaction=True)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _finish(self, conn: sqlite3.Connection, document_id: int,
                in_transaction: bool = False) -> None:
        """Every page stored: suggest the filing from the whole text, close the job."""
        if not in_transaction:
            conn.execute("BEGIN IMMEDIATE")
        suggest.store_suggestions(conn, document_id, store.document_text(conn, document_id))
        conn.execute("UPDATE ocr_jobs SET state = 'done' WHERE document_id = ?", (document_id,))
        if not in_transaction:
            conn.execute("COMMIT")
