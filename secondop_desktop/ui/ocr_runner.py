"""Reading scans in the background: the vault's OCR queue on a thread of its own, its progress in
the status bar ("Reading scans: 12 of 40"), pause and resume.

The queue is persistent, so stopping (pause, closing the app, even a crash) loses at most the
pages being read; the next start goes on from there. The GUI thread only sets events and receives
signals: it never waits for a page.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..core.errors import SecondOpError
from ..core.ocr.queue import OcrQueue

log = logging.getLogger(__name__)


class OcrRunner(QObject):
    progress = Signal(int, int)  # pages stored, pages queued
    idle = Signal()  # the queue is empty (or paused): suggestions may have changed
    unavailable = Signal(str)  # OCR cannot run here, and why

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root: Path | None = None
        self.paused = False
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._again = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def attach(self, root: Path) -> None:
        """Follow this vault (the one just opened) and read what its queue holds."""
        self.stop()
        self.root = Path(root)
        self._stop = threading.Event()
        self.kick()

    def kick(self) -> None:
        """New records may be queued: read them (now, or right after the current run)."""
        if self.root is None or self.paused:
            return
        if self.running:
            self._again.set()
            return
        self._again.clear()
        self._thread = threading.Thread(target=self._run, args=(self.root, self._stop),
                                        name="ocr-queue", daemon=True)
        self._thread.start()

    def pause(self) -> None:
        self.paused = True
        self._stop.set()

    def resume(self) -> None:
        self.paused = False
        self._stop = threading.Event()
        self.kick()

    def stop(self) -> None:
        """Leave the vault: stop after the pages being read, never waiting for them (they are
        committed, or read again next time)."""
        self._stop.set()
        self._again.clear()
        self.root = None

    def _run(self, root: Path, stop: threading.Event) -> None:
        try:
            while True:
                OcrQueue(root).run(stop, lambda done, total: self._say(self.progress, done, total),
                                   wait_for_other=False)
                if stop.is_set() or not self._again.is_set():
                    break
                self._again.clear()
        except SecondOpError as exc:
            self._say(self.unavailable, exc.reason)
        except Exception:  # our bug: logged with its traceback, the app goes on without OCR
            log.exception("reading scans failed")
        finally:
            self._say(self.idle)

    @staticmethod
    def _say(signal, *args: object) -> None:
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
        self.pause_button.setText("Pause")
        self.pause_button.clicked.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.pause_button)
        runner.progress.connect(self._progress)
        runner.idle.connect(self._idle)
        runner.unavailable.connect(self._unavailable)
        self.hide()

    def _progress(self, done: int, total: int) -> None:
        if total and done < total:
            self.label.setText(f"Reading scans: {done} of {total}")
            self.pause_button.setText("Pause")
            self.show()
        else:
            self.hide()

    def _idle(self) -> None:
        if self.runner.paused:
            self.label.setText("Reading scans: paused")
            self.pause_button.setText("Resume")
        else:
            self.hide()

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
