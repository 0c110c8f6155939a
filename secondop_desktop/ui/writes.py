"""Small edits and undo steps that write in the background, as every write does.

A screen's edits (a field saved as it is typed, a row deleted, Undo) go through ``WriteOp`` on
the one writer thread, so they run in the order they were made and never wait on the GUI thread
behind an import (a busy database once froze the window for the 5 s busy timeout and then let
``sqlite3.OperationalError`` escape from an undo command).

``Writer`` runs one write and hands its result back on the GUI thread; ``WriteCommand`` is an
undo step whose redo and undo are such writes. A refused value (``SecondOpError``) shows its one
line where the screen wants it (``failed``); anything else is our bug and gets the standard report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from ..core.errors import SecondOpError
from ..translations import shown_reason
from .operations import Changes, WriteOp
from .services import Services

Done = Callable[[Any], None]
Failed = Callable[[str], None]


class Writer:
    """Runs the writes of one screen (``initiator``) in the background and announces
    ``changes`` after each, so the other screens follow."""

    def __init__(self, services: Services, parent: QWidget | None, changes: Changes,
                 initiator: object | None = None, failed: Failed | None = None) -> None:
        self.services, self.parent, self.changes = services, parent, changes
        self.initiator = initiator if initiator is not None else parent
        self.failed = failed  # where a refused value's reason is shown (default: a dialog)

    def __call__(self, fn: Callable[[], Any], done: Done | None = None, *,
                 changes: Changes | None = None, failed: Failed | None = None) -> None:
        report = failed or self.failed

        def failure(error: BaseException) -> None:
            if isinstance(error, SecondOpError) and report is not None:
                report(shown_reason(error))
            else:
                title = QCoreApplication.translate("Writer", "Not saved")
                self.services.report_failure(self.parent, error, title)

        WriteOp(self.services, self.parent, lambda _ctx: fn(),
                self.changes if changes is None else changes, done,
                initiator=self.initiator).failure(failure).run_in_background()


class WriteCommand(QUndoCommand):
    """An undo step whose redo and undo write through ``writer``; ``done(result)`` runs on the
    GUI thread after each that succeeded. ``made``: the change was
    written before the step was pushed, so the first redo has nothing to do."""

    def __init__(self, text: str, writer: Writer, redo_fn: Callable[[], Any],
                 undo_fn: Callable[[], Any], done: Done | None = None, *,
                 made: bool = False) -> None:
        super().__init__(text)
        self.writer, self.redo_fn, self.undo_fn, self.done = writer, redo_fn, undo_fn, done
        self._skip = made

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self.writer(self.redo_fn, self.done)

    def undo(self) -> None:
        self.writer(self.undo_fn, self.done)


__all__ = ["WriteCommand", "Writer"]
