"""Edit > Undo wherever the last action can be undone.

Each screen keeps its own undo history (Undo on the Records screen takes back a Records edit).
When the screen shown has nothing to undo, Edit > Undo takes back the most recent action made on
another screen, and shows that screen first: a deletion on the Symptoms screen stays undoable
from the Requests screen (the menu item was greyed out there).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoGroup, QUndoStack


class UndoAnywhere(QObject):
    def __init__(self, group: QUndoGroup, show: Callable[[QUndoStack], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group, self.show = group, show
        self._order = itertools.count(1)
        self._done: dict[QUndoStack, int] = {}  # stack -> when its last action was (re)done
        self.action = QAction(self._label(None), self)
        self.action.triggered.connect(self.undo)
        group.activeStackChanged.connect(self._update)
        group.indexChanged.connect(self._update)
        self._update()

    def watch(self, stack: QUndoStack) -> None:
        """A screen's history, added to the group."""
        stack.indexChanged.connect(lambda _index, s=stack: self._stack_changed(s))
        stack.destroyed.connect(lambda _obj=None, s=stack: self._done.pop(s, None))

    def forget(self, stack: QUndoStack) -> None:
        self._done.pop(stack, None)
        self._update()

    def _stack_changed(self, stack: QUndoStack) -> None:
        self._done[stack] = next(self._order)
        self._update()

    def target(self) -> QUndoStack | None:
        """The history Undo acts on: the screen's own, else the latest other that can undo."""
        active = self.group.activeStack()
        if active is not None and active.canUndo():
            return active
        others = [s for s in self.group.stacks() if s.canUndo()]
        return max(others, key=lambda s: self._done.get(s, 0), default=None)

    def undo(self) -> None:
        stack = self.target()
        if stack is None:
            return
        if stack is not self.group.activeStack():
            self.show(stack)  # the screen where it happened, so the patient sees it undone
        stack.undo()

    def _label(self, stack: QUndoStack | None) -> str:
        text = stack.undoText() if stack is not None else ""
        return QCoreApplication.translate("UndoAnywhere", "&Undo %1").replace("%1", text) \
            if text else QCoreApplication.translate("UndoAnywhere", "&Undo")

    def _update(self, *_args: object) -> None:
        if not shiboken6.isValid(self.group) or not shiboken6.isValid(self.action):
            return  # the window is closing: its screens' histories go with it
        stack = self.target()
        self.action.setEnabled(stack is not None)
        self.action.setText(self._label(stack))


__all__ = ["UndoAnywhere"]
