"""The form of one opinion. It saves as one types: a pause in typing, Enter, or leaving a field
asks the page to store what changed (``save_requested``); the page does so off the GUI thread.

A date that cannot be read shows its reason under the form and is not sent (the other fields
still are); so does an empty name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.opinions import LIST_FIELDS, ROLES, TEXT_FIELDS, Opinion
from ...core.questions import Question
from ...core.validate import optional_partial_date, require_text
from ...translations import QT_TRANSLATE_NOOP, shown_reason
from ..widgets.date_field import list_form, locale_to_iso
from ..widgets.form_fields import MessageLabel, name_fields_by_their_labels

SAVE_AFTER_MS = 800
LINE_FIELDS = ("extent", "urgency", "certainty")
Editor = QLineEdit | QPlainTextEdit


class OpinionEditor(QWidget):
    save_requested = Signal(int, dict)  # opinion id, the fields that changed
    import_requested = Signal()  # import the written opinion (a letter) and link it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opinion: Opinion | None = None
        self._filling = False
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("e.g. Dr Okafor"))
        self.role = QComboBox()
        self.role.addItem(self.tr("(not said)"), "")
        for key, label in ROLES.items():
            self.role.addItem(QCoreApplication.translate("Opinion", label), key)
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("20 Nov 2026, Nov 2026 or 2026"))
        self.texts: dict[str, Editor] = {}
        for key in TEXT_FIELDS:
            if key in LINE_FIELDS:
                self.texts[key] = QLineEdit()
            else:
                box = QPlainTextEdit()
                box.setTabChangesFocus(True)
                box.setFixedHeight(76 if key in (*LIST_FIELDS, "notes") else 58)
                if key in LIST_FIELDS:
                    box.setPlaceholderText(self.tr("One per line"))
                self.texts[key] = box
        self.visit = QCheckBox(self.tr("My question list was answered at this visit"))
        self.record = QComboBox()
        # a long record title must not widen the form
        self.record.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.record.setMinimumContentsLength(16)
        self.record.setAccessibleName(self.tr("The written opinion (a record)"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import the written opinion (a letter, a PDF) "
                                              "and link it; or drop it onto the list"))
        self.import_button.clicked.connect(self.import_requested)
        record_row = QHBoxLayout()
        record_row.setContentsMargins(0, 0, 0, 0)
        record_row.addWidget(self.record, 1)
        record_row.addWidget(self.import_button)
        self.message = MessageLabel()
        self.answers = QLabel("")
        self.answers.setWordWrap(True)
        self.answers.setObjectName("visitAnswers")
        self.answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)

        form = QFormLayout()
        form.addRow(self.tr("Who"), self.by)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("When"), self.date)
        for key, label in TEXT_FIELDS.items():
            form.addRow(QCoreApplication.translate("Opinion", label), self.texts[key])
        form.addRow(self.tr("Written opinion"), record_row)
        form.addRow("", self.visit)
        name_fields_by_their_labels(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.answers)
        layout.addStretch(1)
        edits: list[Editor] = [self.by, self.date, *self.texts.values()]
        for edit in edits:
            edit.textChanged.connect(self._edited)
            if isinstance(edit, QLineEdit):
                edit.editingFinished.connect(self.save_now)
            else:
                edit.installEventFilter(self)
        for combo in (self.role, self.record):
            combo.activated.connect(lambda _i: self.save_now())
        self.visit.toggled.connect(lambda _on: self.save_now())
        self.show_opinion(None, [], [])

    # -- showing -------------------------------------------------------------------------------
    def show_opinion(self, opinion: Opinion | None, answers: list[Question],
                     records: list[tuple[int, str]]) -> None:
        """Fill the form (another opinion chosen, or a change made elsewhere)."""
        self._timer.stop()
        self.opinion = opinion
        self.setEnabled(opinion is not None)
        self._filling = True
        try:
            o = opinion
            self.by.setText(o.by if o else "")
            self.role.setCurrentIndex(max(0, self.role.findData(o.role if o else "")))
            self.date.setText(list_form(o.date) if o else "")  # 20.11.2026, Nov. 2026
            for key, edit in self.texts.items():
                value = getattr(o, key) if o else ""
                if isinstance(edit, QPlainTextEdit):
                    edit.setPlainText(value)
                else:
                    edit.setText(value)
            self.visit.setChecked(bool(o and o.visit))
            self.record.clear()
            self.record.addItem(self.tr("(not received yet)"), None)
            for record_id, title in records:
                self.record.addItem(f"{record_id}: {title}", record_id)
            self.record.setCurrentIndex(max(0, self.record.findData(o.document_id if o
                                                                     else None)))
        finally:
            self._filling = False
        self.message.clear_message()
        self.show_answers(answers)

    def show_answers(self, answers: list[Question]) -> None:
        if not answers:
            self.answers.setText(self.tr("No answers from the visit belong to this opinion. "
                                         "(Answers are written down on the Questions screen.)")
                                 if self.opinion and self.opinion.visit else "")
            return
        lines = [self.tr("Answers to my questions at this visit:")]
        lines += [f"• {q.text}\n   → {q.answer}" for q in answers]
        self.answers.setText("\n".join(lines))

    def saved(self, opinion: Opinion) -> None:
        """What the vault now holds for the opinion shown: the base of the next changes."""
        if self.opinion is not None and opinion.id == self.opinion.id:
            self.opinion = opinion

    # -- saving --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return False

    def _edited(self, *_args: object) -> None:
        if not self._filling and self.opinion is not None:
            self.problem()
            self._timer.start()

    def values(self) -> dict[str, Any]:
        """Everything the form holds, as the store takes it."""
        out: dict[str, Any] = {"by": self.by.text(), "role": self.role.currentData() or "",
                               "date": locale_to_iso(self.date.text()),
                               "visit": self.visit.isChecked(),
                               "document_id": self.record.currentData()}
        for key, edit in self.texts.items():
            out[key] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return out

    def problem(self) -> str:
        """Why what is typed cannot all be saved ('' when it can); shown under the form."""
        try:
            require_text(self.by.text(), QT_TRANSLATE_NOOP("Reason", "Who gave the opinion"))
            optional_partial_date(locale_to_iso(self.date.text()),
                                  QT_TRANSLATE_NOOP("Reason", "The opinion's date"))
        except ValidationError as exc:
            self.message.show_error(shown_reason(exc))
            return shown_reason(exc)
        self.message.clear_message()
        return ""

    def changes(self) -> dict[str, Any]:
        """The fields that differ from what is stored, leaving out one that cannot be saved."""
        opinion = self.opinion
        if opinion is None:
            return {}
        out = {}
        for key, value in self.values().items():
            stored = getattr(opinion, key)
            typed = value.strip() if isinstance(value, str) else value
            if key == "date" and typed:
                try:
                    typed = optional_partial_date(typed)
                except ValidationError:
                    continue
            if key == "by" and not typed:
                continue
            if typed != stored:
                out[key] = typed
        return out

    def save_now(self) -> None:
        self._timer.stop()
        if self._filling or self.opinion is None:
            return
        self.problem()
        changes = self.changes()
        if changes:
            self.save_requested.emit(self.opinion.id, changes)

    def show_error(self, reason: str) -> None:
        self.message.show_error(reason)
