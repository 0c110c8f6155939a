"""One way to run work off the GUI thread, with progress and cancel.

``runner.start(fn, on_finished, on_progress)`` runs ``fn(ctx)`` on a single worker thread (database
work is serialised, as in Anki) and calls ``on_finished(result, error)`` back on the GUI thread.
``fn`` reports with ``ctx.progress(done, total, payload)`` (or, for many small items,
``ctx.progress_batched``, which sends them in lists at most every PROGRESS_INTERVAL) and stops
early when ``ctx.check_cancel()`` raises ``Cancelled``. Tests swap in ``SynchronousRunner`` to
run tasks inline.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Batched progress from a worker thread reaches the GUI at most this often (seconds).
PROGRESS_INTERVAL = 0.05

Finished = Callable[[Any, BaseException | None], None]
Progress = Callable[[int, int, Any], None]


class Cancelled(Exception):
    """Raised by ``TaskContext.check_cancel`` once Cancel was pressed."""


class _Signals(QObject):
    progress = Signal(int, int, object)
    finished = Signal(object, object)


class TaskContext:
    def __init__(self, signals: _Signals | None = None, progress: Progress | None = None,
                 batch_interval: float = 0.0) -> None:
        self._signals = signals
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

    def progress(self, done: int, total: int, payload: Any = None) -> None:
        if self._signals is not None:
            self._signals.progress.emit(done, total, payload)
        elif self._progress is not None:
            self._progress(done, total, payload)

    def progress_batched(self, done: int, total: int, item: Any) -> None:
        """Report one item of many: the items since the last report go out together as a list,
        at most once per interval (every time when run inline) and always with the last one, so
        a fast worker never floods the GUI thread with updates."""
        self._batch.append(item)
        if done >= total or time.monotonic() - self._batch_sent >= self._batch_interval:
            self.flush_progress(done, total)

    def flush_progress(self, done: int, total: int) -> None:
        """Send the items still held back (before stopping early, for example)."""
        if self._batch:
            batch, self._batch = self._batch, []
            self._batch_sent = time.monotonic()
            self.progress(done, total, batch)


class Task:
    """A started task: keep it to cancel it."""

    def __init__(self, ctx: TaskContext, signals: _Signals | None = None) -> None:
        self.ctx = ctx
        self.signals = signals
        self.done = False

    def cancel(self) -> None:
        self.ctx.cancel()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], ctx: TaskContext, signals: _Signals):
        super().__init__()
        self.fn, self.ctx, self.signals = fn, ctx, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.ctx)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, not lost
            self.signals.finished.emit(None, exc)
        else:
            self.signals.finished.emit(result, None)


class TaskRunner:
    """Runs tasks on one background thread; results come back on the GUI thread."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        if pool is None:
            pool = QThreadPool()
            pool.setMaxThreadCount(1)
        self.pool = pool
        self._running: set[Task] = set()

    def start(self, fn: Callable[[TaskContext], Any], on_finished: Finished,
              on_progress: Progress | None = None) -> Task:
        signals = _Signals()
        ctx = TaskContext(signals, batch_interval=PROGRESS_INTERVAL)
        task = Task(ctx, signals)
        self._running.add(task)

        def finished(result: Any, error: BaseException | None) -> None:
            task.done = True
            self._running.discard(task)
            on_finished(result, error)

        signals.finished.connect(finished)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self.pool.start(_Job(fn, ctx, signals))
        return task

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (shutdown and tests only)."""
        return self.pool.waitForDone(msecs)


class SynchronousRunner(TaskRunner):
    """Runs each task inline on the calling thread: deterministic tests, no waiting."""

    def __init__(self) -> None:
        self._running = set()

    def make_context(self, on_progress: Progress | None) -> TaskContext:
        """The context a task sees; tests override it, e.g. to press Cancel part-way."""
        return TaskContext(progress=on_progress)

    def start(self, fn: Callable[[TaskContext], Any], on_finished: Finished,
              on_progress: Progress | None = None) -> Task:
        ctx = self.make_context(on_progress)
        task = Task(ctx)
        try:
            result = fn(ctx)
        except BaseException as exc:  # noqa: BLE001
            task.done = True
            on_finished(None, exc)
        else:
            task.done = True
            on_finished(result, None)
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        return True
