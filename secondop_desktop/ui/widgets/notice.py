"""A status-bar line on what just happened ("Moved “Scan” to the trash") with an Undo button.

It describes the last action only: the next change to the undo history (another action, Undo,
Redo, or another screen's history) takes it away."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

NOTICE_MS = 12_000  # long enough to read it and reach the button


class NoticeBar(QWidget):
    def __init__(self, undo_group: QUndoGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_group = undo_group
        self.label = QLabel()
        self.label.setObjectName("noticeLabel")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo what was just done (Ctrl+Z)"))
        self.undo_button.setAccessibleDescription(
            self.tr("Undo what the status bar says was just done"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.clear)
        self._index: int | None = None  # the history's position the notice speaks of
        undo_group.indexChanged.connect(self._history_moved)
        undo_group.activeStackChanged.connect(lambda _stack: self.clear())
        self.clear()

    def show_notice(self, text: str) -> None:
        stack = self.undo_group.activeStack()
        self._index = stack.index() if stack is not None else None
        self.label.setText(text)
        self.label.show()
        self.undo_button.setVisible(self.undo_group.canUndo())
        self._timer.start()

    def _history_moved(self, index: int) -> None:
        if index != self._index:
            self.clear()

    def clear(self) -> None:
        self._index = None
        self.label.clear()
        self.label.hide()
        self.undo_button.hide()

    def text(self) -> str:
        return self.label.text()

    def _undo(self) -> None:
        self.undo_group.undo()
        self.clear()
