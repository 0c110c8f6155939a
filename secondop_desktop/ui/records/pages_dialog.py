"""What the Combine and Split dialogs share: a note on undo, OK and Cancel, and a busy line.

OK does not close the dialog: it emits ``confirmed``; the work runs in the background while the
dialog says so, and the dialog closes when it is done (``accept``) or failed (``reject``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)


class PagesDialog(QDialog):
    confirmed = Signal()

    def __init__(self, title: str, ok_text: str, intro: str, note: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.working = False
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.busy_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: one core call
        self.busy.setAccessibleName(self.tr("Working"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok_button is not None
        self.ok_button = ok_button
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)

        # The intro, then the subclass's controls (added to ``body_layout``); the note, the busy
        # line (hidden until OK) and the buttons follow.
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.body_layout.addWidget(intro_label)
        self.busy_row = QWidget()
        busy_layout = QHBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy, 1)
        self.busy_row.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.buttons)

    def _confirm(self) -> None:
        if self.ok_button.isEnabled() and not self.working:
            self.confirmed.emit()

    def set_working(self, text: str) -> None:
        """The work runs: say so, and take no more input until it is done."""
        self.working = True
        self.busy_label.setText(text)
        self.busy_row.show()
        self.body.setEnabled(False)
        self.buttons.setEnabled(False)

    def finish(self, made: bool) -> None:
        """The work is done (``made``) or failed (its reason is shown by the caller)."""
        self.working = False
        if made:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if not self.working:  # Escape while the work runs: it finishes first
            super().reject()
