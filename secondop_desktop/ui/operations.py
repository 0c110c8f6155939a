"""One way to run work off the GUI thread, and one way to hear what changed.

In the manner of Anki's ``aqt/operations``::

    QueryOp(services, parent, read_fn, success=show).run_in_background()
    WriteOp(services, parent, write_fn, Changes(records=True)).success(done).run_in_background()

``read_fn(ctx)`` / ``write_fn(ctx)`` run on a pool thread; ``success(result)`` or
``failure(error)`` run on the GUI thread. Without a failure callback, a condition we recognise
(a ``SecondOpError``) shows its one-line reason and anything else (our bug) shows one standard
dialog; either way the worker has logged the traceback of a bug, as Picard's ``util/thread.py``
does. After a write (whether it succeeded or stopped part-way) ``services.changes`` announces
what it changed, and every screen refreshes what it shows from that announcement.

``ctx.progress(done, total, payload)`` reports (``ctx.progress_batched`` for many small items:
sent in lists at most every PROGRESS_INTERVAL) and ``ctx.check_cancel()`` raises ``Cancelled``
once Cancel was pressed. Tests swap only the pool (a pool that runs each job at once on the
calling thread), so the code below runs in every test.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, Self

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from ..core.errors import SecondOpError

log = logging.getLogger(__name__)

# Batched progress from a worker thread reaches the GUI at most this often (seconds).
PROGRESS_INTERVAL = 0.05
# Background threads are this nice (Linux): an import's workers on a 2-core machine otherwise
# starve the window's thread, and the threads Qt paints large areas with, for tens of ms.
BACKGROUND_NICENESS = 10
# How long (seconds) a Python thread runs before one that waits for Python's lock gets it. The
# window's thread asks for the lock at every call into Python while it paints (each row's data,
# each delegate); behind busy workers it waited up to Python's default 5 ms each time, and a
# repaint of the records list during an import stood still for 50-100 ms.
BACKGROUND_SWITCH_INTERVAL = 0.001

Finished = Callable[[Any, BaseException | None], None]
Progress = Callable[[int, int, Any], None]


class Cancelled(Exception):
    """Raised by ``TaskContext.check_cancel`` once Cancel was pressed."""


def is_cancel(error: BaseException) -> bool:
    # Imported here: the window's first worker (opening the vault) starts without it.
    from ..core.importing import ImportCancelled

    return isinstance(error, Cancelled | ImportCancelled)


def is_our_bug(error: BaseException) -> bool:
    """Anything but a condition we recognise (a reason for the patient) or a cancel."""
    return not (isinstance(error, SecondOpError) or is_cancel(error))


# -- what changed ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Changes:
    """What a write changed in the vault (Anki's OpChanges): each screen refreshes what it shows
    from these flags, whoever made the change."""

    records: bool = False
    questions: bool = False
    symptoms: bool = False
    profile: bool = False  # the patient and the reason for the second opinion
    appointment: bool = False
    medications: bool = False
    allergies: bool = False
    timeline: bool = False
    requests: bool = False  # records requests and what came in for them
    sent: bool = False  # the log of packets sent (exported)
    specialists: bool = False  # the shortlist of specialists (and which one was chosen)
    opinions: bool = False  # the opinions after the visit and the decision guide

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in dataclasses.fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))

    @property
    def visit(self) -> bool:
        """Anything the Visit screen shows."""
        return (self.profile or self.appointment or self.medications or self.allergies
                or self.timeline)


class ChangeBus(QObject):
    """Announces every change to the vault, once it is made."""

    # (Changes, initiator): the initiator (a screen, a dialog) may skip what it updated itself.
    operation_did_execute = Signal(object, object)

    def announce(self, changes: Changes, initiator: object | None = None) -> None:
        if changes:
            self.operation_did_execute.emit(changes, initiator)


# -- running in the background ---------------------------------------------------------------------
class TaskContext:
    """What a background function gets: progress reports and the Cancel button."""

    def __init__(self, progress: Progress | None = None, batch_interval: float = 0.0) -> None:
        self._progress = progress
        self._cancel = threading.Event()
        self._batch_interval = batch_interval
        self._batch: list[Any] = []
        self._batch_sent = float("-inf")  # the first report goes out at once

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancel(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    @property
    def cancel_event(self) -> threading.Event:
        """Set once Cancel was pressed: for work that stops between its own steps when told by
        an event (the OCR queue) rather than by ``check_cancel``."""
        return self._cancel

    def progress(self, done: int, total: int, payload: Any = None) -> None:
        if self._progress is not None:
            self._progress(done, total, payload)

    def progress_batched(self, done: int, total: int, item: Any) -> None:
        """Report one item of many: the items since the last report go out together as a list,
        at most once per interval and always with the last one, so a fast worker never floods
        the GUI thread with updates."""
        self._batch.append(item)
        if done >= total or time.monotonic() - self._batch_sent >= self._batch_interval:
            self.flush_progress(done, total)

    def flush_progress(self, done: int, total: int) -> None:
        """Send the items still held back (before stopping early, for example)."""
        if self._batch:
            batch, self._batch = self._batch, []
            self._batch_sent = time.monotonic()
            self.progress(done, total, batch)


class _Signals(QObject):
    progress = Signal(int, int, object)
    finished = Signal(object, object)


class Task:
    """Work handed to a runner: keep it to cancel it. ``done`` once its result was delivered."""

    def __init__(self) -> None:
        self.signals = _Signals()
        # Reports are signals: from a pool thread they are queued to the GUI thread.
        self.ctx = TaskContext(self.signals.progress.emit, batch_interval=PROGRESS_INTERVAL)
        self.done = False

    def cancel(self) -> None:
        self.ctx.cancel()


def yield_to_the_window() -> None:
    """Make the calling background thread (and the threads it starts: they inherit it) nicer
    than the GUI thread, and have Python hand its lock around every 1 ms from the first
    background work on (the setting is the process's). Linux gives each thread a niceness of
    its own; elsewhere only the lock's interval changes."""
    on_the_gui_thread = threading.current_thread() is threading.main_thread()  # a fake pool
    if on_the_gui_thread:
        return
    if sys.getswitchinterval() > BACKGROUND_SWITCH_INTERVAL:
        sys.setswitchinterval(BACKGROUND_SWITCH_INTERVAL)
    if not sys.platform.startswith("linux"):
        return
    thread = threading.get_native_id()
    try:
        if os.getpriority(os.PRIO_PROCESS, thread) < BACKGROUND_NICENESS:
            os.setpriority(os.PRIO_PROCESS, thread, BACKGROUND_NICENESS)
    except OSError:  # not allowed here (a sandbox): the work runs as it is
        log.debug("background thread priority left as it is", exc_info=True)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], task: Task) -> None:
        super().__init__()
        self.fn, self.task = fn, task
        self.setAutoDelete(True)

    def run(self) -> None:
        yield_to_the_window()
        try:
            result = self.fn(self.task.ctx)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, not lost
            if is_our_bug(exc):
                log.error("Background work failed", exc_info=exc)
            self.task.signals.finished.emit(None, exc)
        else:
            self.task.signals.finished.emit(result, None)


class Pool(Protocol):
    """What a runner needs of a QThreadPool (tests pass one that runs each job at once)."""

    def start(self, runnable: QRunnable, priority: int = 0) -> None: ...

    def waitForDone(self, msecs: int = -1) -> bool: ...  # noqa: N802 - Qt's name


def single_thread_pool() -> QThreadPool:
    """Work that must not overlap (database writes, in order, as in Anki) runs here."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


class Runner:
    """Runs functions on a pool; their results and reports come back on the GUI thread."""

    def __init__(self, pool: Pool | None = None) -> None:
        self.pool: Pool = pool if pool is not None else single_thread_pool()
        self._running: set[Task] = set()

    def run(self, task: Task, fn: Callable[[TaskContext], Any], on_finished: Finished,
            on_progress: Progress | None = None) -> Task:
        self._running.add(task)  # keeps its signals alive until the result is delivered

        def finished(result: Any, error: BaseException | None) -> None:
            task.done = True
            self._running.discard(task)
            on_finished(result, error)

        task.signals.finished.connect(finished)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        self.pool.start(_Job(fn, task))
        return task

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (shutdown only)."""
        return self.pool.waitForDone(msecs)


# -- operations ------------------------------------------------------------------------------------
class _Services(Protocol):
    """The parts of ``ui.services.Services`` an operation uses."""

    @property
    def tasks(self) -> Runner: ...

    @property
    def views(self) -> Runner: ...

    @property
    def changes(self) -> ChangeBus: ...

    def report_failure(self, parent: QWidget | None, error: BaseException,
                       title: str = ...) -> None: ...


class QueryOp[T]:
    """Reads in the background; ``success(result)`` on the GUI thread.

    ``views=True`` runs it beside the work on the open vault (thumbnails, previews, opening
    another vault), so that it never waits behind an import. ``runner`` runs it on a runner of
    the caller's own instead: long work (reading scans) that must take no slot from either.
    """

    def __init__(self, services: _Services, parent: QWidget | None,
                 op: Callable[[TaskContext], T], success: Callable[[T], None] | None = None,
                 *, title: str = "SecondOp", views: bool = False,
                 runner: Runner | None = None) -> None:
        self.services, self.parent, self.op = services, parent, op
        self.title, self.views, self.runner = title, views, runner
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: Progress | None = None
        self.task = Task()

    def success(self, fn: Callable[[T], None]) -> Self:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Self:
        """Replace the standard report (the traceback of a bug is logged all the same)."""
        self._failure = fn
        return self

    def with_progress(self, fn: Progress) -> Self:
        self._progress = fn
        return self

    def run_in_background(self) -> Task:
        runner = self.runner or (self.services.views if self.views else self.services.tasks)
        return runner.run(self.task, self.op, self._finished, self._progress)

    def _finished(self, result: Any, error: BaseException | None) -> None:
        if error is None:
            if self._success is not None:
                self._success(result)
        elif self._failure is not None:
            self._failure(error)
        else:
            self.services.report_failure(self.parent, error, self.title)


class WriteOp[T](QueryOp[T]):
    """Writes in the background, then announces ``changes`` (also after a failure or a cancel:
    what was written before stays written). ``changes`` may be a function of the result."""

    def __init__(self, services: _Services, parent: QWidget | None,
                 op: Callable[[TaskContext], T], changes: Changes | Callable[[T | None], Changes],
                 success: Callable[[T], None] | None = None, *, title: str = "SecondOp",
                 initiator: object | None = None) -> None:
        super().__init__(services, parent, op, success, title=title)
        self.changes = changes
        self.initiator = initiator if initiator is not None else parent

    def _finished(self, result: Any, error: BaseException | None) -> None:
        try:
            super()._finished(result, error)
        finally:
            changes = self.changes(result) if callable(self.changes) else self.changes
            self.services.changes.announce(changes, self.initiator)


__all__ = ["Cancelled", "ChangeBus", "Changes", "QueryOp", "Runner", "Task", "TaskContext",
           "WriteOp", "is_cancel", "is_our_bug", "single_thread_pool"]
