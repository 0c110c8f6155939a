"""Application-wide keys that work whatever has the focus.

A focused text box claims some keys for itself before any menu sees them (on Linux, Ctrl+E moves
to the end of the line), so Ctrl+E did nothing while the patient was typing. This filter lets the
window's own commands (Export, Import, the screens...) win; keys a text box needs (Delete, Undo,
copy and paste) are not in the list it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class AppShortcuts(QObject):
    def __init__(self, window: QWidget, actions: list[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions  # filled as the menus are built; read at each key
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

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
