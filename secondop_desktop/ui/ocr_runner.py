"""Reading scans in the background: the vault's OCR queue as a long-running operation of the
operations layer, its progress in the status bar ("Reading scans: 12 of 40"), pause and resume.

The operation runs on a pool of its own with one thread, so that a long queue never takes the
slot of an import, a thumbnail or a preview. The queue is persistent, so stopping (pause, closing
the app, even a crash) loses at most the pages being read; the next start goes on from there. The
GUI thread only cancels and receives signals: it never waits for a page.

Failures take the operations layer's one road: a condition we recognise (OCR not available here)
is said in the status bar; anything else is our bug, logged with its traceback by the worker and
reported in the standard dialog.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..core.errors import SecondOpError
from ..core.ocr.engine import Engine, language_string
from ..core.ocr.queue import OcrQueue, RunResult
from ..core.vault import Vault
from ..translations import QT_TRANSLATE_NOOP, shown_reason
from .operations import Pool, QueryOp, Runner, Task, TaskContext, single_thread_pool
from .services import Services

FAILURE_TITLE = QT_TRANSLATE_NOOP("OcrRunner", "Reading scans stopped")  # shown translated


class OcrRunner(QObject):
    progress = Signal(int, int)  # pages stored, pages queued
    finished = Signal(int, int)  # a run ended: pages read, pages that could not be read
    idle = Signal()  # the queue is empty (or paused): suggestions may have changed
    unavailable = Signal(str)  # OCR cannot run here, and why

    def __init__(self, services: Services, parent: QObject | None = None,
                 pool: Pool | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.vault: Vault | None = None
        self.paused = False
        self.automatic = True  # read on opening a vault and after each import (Settings)
        self.skipped_languages: list[str] = []  # models present that the reader leaves out
        self._runner = Runner(pool if pool is not None else single_thread_pool())
        self._task: Task | None = None
        self._again = False  # kicked while running: run once more when this run ends

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done

    def engine_language(self) -> str:
        """Tesseract's language string for the next run ("eng+deu")."""
        return language_string(self.skipped_languages)

    @property
    def root(self) -> Path | None:
        """The folder of the vault followed (None: none)."""
        return self.vault.root if self.vault is not None else None

    def attach(self, vault: Vault) -> None:
        """Follow this vault (the one just opened) and read what its queue holds."""
        self.stop()
        self.vault = vault
        self.kick()

    def kick(self) -> None:
        """New records may be queued: read them (now, or right after the current run)."""
        if self.vault is None or self.paused or not self.automatic:
            return
        if self.running:
            self._again = True
            return
        self._again = False
        self._start(self.vault)

    def set_automatic(self, on: bool) -> None:
        """Read scans on their own (the default), or leave the queue alone."""
        self.automatic = on
        if on:
            self.kick()
        else:
            self._cancel()

    def pause(self) -> None:
        self.paused = True
        self._cancel()

    def resume(self) -> None:
        self.paused = False
        self.kick()

    def stop(self) -> None:
        """Leave the vault: stop after the pages being read, never waiting for them (they are
        committed, or read again next time)."""
        self._cancel()
        self._again = False
        self.vault = None

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _start(self, vault: Vault) -> None:
        skipped = list(self.skipped_languages)

        def work(ctx: TaskContext) -> RunResult:
            # Looked up here, off the GUI thread: it lists the model folders.
            engine = partial(Engine, language_string(skipped))
            return OcrQueue(vault, engine_factory=engine).run(
                ctx.cancel_event, lambda done, total: ctx.progress(done, total),
                wait_for_other=False)

        op = QueryOp(self.services, self._window(), work, title=self.tr(FAILURE_TITLE),
                     runner=self._runner)
        task = op.task
        op.success(lambda result: self._ended(task, result))
        op.failure(lambda error: self._failed(task, error))
        op.with_progress(lambda done, total, _payload: self._progress(task, done, total))
        self._task = task  # before it starts: a pool in a test runs it at once
        op.run_in_background()

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _progress(self, task: Task, done: int, total: int) -> None:
        if task is self._task:
            _say(self.progress, done, total)

    def _failed(self, task: Task, error: BaseException) -> None:
        """A condition we recognise goes to the status bar; our bug to the standard dialog.
        A run left behind (its vault closed meanwhile) may fail on the closed database: the
        worker logged it, and nobody is told."""
        if task is not self._task or self.vault is None:
            pass
        elif isinstance(error, SecondOpError):
            _say(self.unavailable, shown_reason(error))
        else:
            try:
                parent = self._window()
            except RuntimeError:  # the window is gone: the log has the traceback
                parent = None
            self.services.report_failure(parent, error,
                                         QCoreApplication.translate("OcrRunner", FAILURE_TITLE))
        self._ended(task)

    def _ended(self, task: Task, result: RunResult | None = None) -> None:
        if task is not self._task:
            return  # a run left behind (another vault opened meanwhile)
        if result is not None and (result.pages_read or result.failures):
            _say(self.finished, result.pages_read, result.pages_failed)
        if self._again and self.vault is not None and not self.paused and self.automatic:
            self._again = False
            self._start(self.vault)
            return
        _say(self.idle)


def _say(signal: SignalInstance, *args: object) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the window is gone meanwhile: nobody left to tell
        pass


class OcrStatus(QWidget):
    """Status-bar item: the queue's progress with a pause/resume button; hidden when idle."""

    def __init__(self, runner: OcrRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.label = QLabel()
        self.label.setObjectName("ocrProgress")
        self.pause_button = QToolButton()
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.clicked.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.pause_button)
        runner.progress.connect(self._progress)
        runner.idle.connect(self._idle)
        runner.unavailable.connect(self._unavailable)
        runner.finished.connect(self._finished)
        self.hide()

    def _progress(self, done: int, total: int) -> None:
        if total and done < total:
            self.label.setText(self.tr("Reading scans: {done} of {total}").format(done=done,
                                                                                total=total))
            self.label.setToolTip("")
            self.pause_button.setText(self.tr("Pause"))
            self.pause_button.show()
            self.show()
        else:
            self.hide()

    def _idle(self) -> None:
        if self.runner.paused:
            self.label.setText(self.tr("Reading scans: paused"))
            self.pause_button.setText(self.tr("Resume"))
        elif not self.pause_button.isHidden():  # a reason why OCR cannot run stays shown
            self.hide()

    def _finished(self, read: int, failed: int) -> None:
        """Pages that could not be read are said, and stay said until the next run; their
        reasons are in each record's details."""
        if not failed:
            return
        pages = self.tr("%n page(s) read", "", read)
        self.label.setText(self.tr("{read}, %n could not be read", "", failed).format(read=pages))
        self.label.setToolTip(self.tr("The reasons are shown in each record's details."))
        self.pause_button.hide()
        self.show()

    def _unavailable(self, reason: str) -> None:
        self.label.setText(reason)
        self.pause_button.hide()
        self.show()

    def _toggle(self) -> None:
        if self.runner.paused:
            self.runner.resume()
        else:
            self.runner.pause()
            if not self.runner.running:
                self._idle()  # no run to end and say so
