"""Application-wide keys that work whatever has the focus.

A focused text box claims some keys for itself before any menu sees them (on Linux, Ctrl+E moves
to the end of the line), so Ctrl+E did nothing while the patient was typing. This filter lets the
window's own commands (Export, Import, the screens...) win; keys a text box needs (Delete, Undo,
copy and paste) are not in the list it is given.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class AppShortcuts(QObject):
    focus_changed = Signal()  # the focus moved within the window (what a key acts on changed)

    def __init__(self, window: QWidget, actions: list[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions  # filled as the menus are built; read at each key
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(self)
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self.window) or not self.window.isVisible():
            return  # closed, or being taken down: the focus moves as its widgets go
        if any(w is not None and w.window() is self.window for w in (old, new)):
            self.focus_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions:
            if action.isEnabled() and any(
                    key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                    for key in action.shortcuts()):
                event.ignore()  # not the text box's: the shortcut goes to the action
                return True
        return False
