"""The details of one record, saved as the patient types; a bad date is pointed out in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.documents import KIND_LABELS, KINDS, Document
from ...core.errors import ValidationError
from ...core.validate import optional_date, require_text
from ...translations import QT_TRANSLATE_NOOP, shown_reason
from ..style import set_role
from ..widgets.date_field import DateField
from ..widgets.fitting_hint import FittingHint

SAVE_DELAY_MS = 600  # typing pauses this long before a save; leaving the field saves at once
# The labels and hints, in English; shown through QCoreApplication.translate("DetailsEditor", …).
LINE_FIELDS = {"title": QT_TRANSLATE_NOOP("DetailsEditor", "Title"),
               "record_date": QT_TRANSLATE_NOOP("DetailsEditor", "Date"),
               "provider": QT_TRANSLATE_NOOP("DetailsEditor", "Provider"),
               "body_part": QT_TRANSLATE_NOOP("DetailsEditor", "Body part"),
               "tags": QT_TRANSLATE_NOOP("DetailsEditor", "Tags")}
PLACEHOLDERS = {"provider": QT_TRANSLATE_NOOP("DetailsEditor", "Hospital, clinic or doctor"),
                "body_part": QT_TRANSLATE_NOOP("DetailsEditor", "e.g. lower back"),
                "tags": QT_TRANSLATE_NOOP("DetailsEditor",
                                          "Words to find it by, separated by commas")}

# core.documents.KIND_LABELS, seen by lupdate here (core has no Qt); shown in "RecordKinds".
_KIND_NAMES = [QT_TRANSLATE_NOOP("RecordKinds", "Imaging"),
               QT_TRANSLATE_NOOP("RecordKinds", "Labs"),
               QT_TRANSLATE_NOOP("RecordKinds", "Reports"),
               QT_TRANSLATE_NOOP("RecordKinds", "Other")]


def field_label(field: str) -> str:
    """The label of a line field, in the app's language."""
    return QCoreApplication.translate("DetailsEditor", LINE_FIELDS[field])

# Saves one field: (document id, field, value) -> an error reason, or "" when saved.
Saver = Callable[[int, str, object], str]


def check_value(field: str, text: str) -> object:
    """The value to store for what was typed; ValidationError with a plain reason otherwise."""
    if field == "title":
        return require_text(text, QT_TRANSLATE_NOOP("Reason", "The title"))
    if field == "record_date":
        return optional_date(text, QT_TRANSLATE_NOOP("Reason", "The date"))
    return text.strip()


def field_text(doc: Document, field: str) -> str:
    if field == "record_date":
        return doc.record_date.isoformat() if doc.record_date else ""
    if field == "tags":
        return ", ".join(doc.tags)
    return str(getattr(doc, field))


class DetailsEditor(QWidget):
    def __init__(self, save: Saver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.document: Document | None = None
        self._loading = False
        self._dirty: set[str] = set()
        # Invalid text typed for a record that was left: kept, shown again on return, and
        # reported when the window closes (doc id -> field -> text).
        self.drafts: dict[int, dict[str, str]] = {}
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        for field in LINE_FIELDS:
            label = field_label(field)
            edit = DateField() if field == "record_date" else QLineEdit()
            edit.setObjectName(f"details_{field}")
            edit.setAccessibleName(label)
            # Any change but our own loading (a screen reader sets the text: no textEdited).
            edit.textChanged.connect(lambda _t, f=field: self._edited(f))
            edit.editingFinished.connect(self.save_now)
            self.fields[field] = edit
            error = QLabel()
            error.setObjectName("fieldError")
            set_role(error, "error")
            error.setWordWrap(True)
            error.hide()
            self.errors[field] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(edit)
            box.addWidget(error)
            form.addRow(label, box)  # no colons, like the other screens' forms
            if field == "record_date":  # says "File date" while the date is the file's own
                self.date_label = cast(QLabel, form.labelForField(box))
            if field == "title":
                self.kind = QComboBox()
                self.kind.setAccessibleName(self.tr("Kind"))
                for kind in KINDS:
                    self.kind.addItem(QCoreApplication.translate("RecordKinds",
                                                                 KIND_LABELS[kind]), kind)
                self.kind.activated.connect(self._kind_chosen)
                form.addRow(self.tr("Kind"), self.kind)
        for field, hint in PLACEHOLDERS.items():
            # "Suchwörter, durch Kommas getrennt" is longer than a 1024-pixel window's field:
            # then the field's name, the hint in full in its tooltip
            FittingHint(self.fields[field], self.tr(hint), self.tr(LINE_FIELDS[field]))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What this record says, what to ask about it…"))
        self.notes.setFixedHeight(72)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        form.addRow(self.tr("Notes"), self.notes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(form)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.set_document(None)

    def set_document(self, doc: Document | None) -> None:
        """Show ``doc`` (None: nothing selected). Unsaved typing for the previous one is saved."""
        if self.document is not None and doc is not None and doc.id == self.document.id \
                and self._dirty:
            self.document = doc  # keep what is being typed; the row only refreshed
            return
        self.save_now()
        self._keep_drafts()
        self.document = doc
        self._loading = True
        for field, edit in self.fields.items():
            text = field_text(doc, field) if doc else ""
            if isinstance(edit, DateField):
                edit.show_date(text)  # 14.10.2026 in German; read back to the same date
            else:
                edit.setText(text)
            self._show_error(field, "")
        for field, text in (self.drafts.pop(doc.id, {}) if doc else {}).items():
            self.fields[field].setText(text)
            self._dirty.add(field)
        file_date = doc is not None and doc.has_file_date
        self.date_label.setText(self.tr("File date") if file_date else field_label("record_date"))
        # The same words as the list's tooltip on such a date (records/model.py).
        self.fields["record_date"].setToolTip(self.tr(
            "File date: when the file was made, not necessarily the date of service. Type the "
            "date of service in the details to replace it.") if file_date else "")
        self.kind.setCurrentIndex(KINDS.index(doc.kind) if doc else -1)  # blank: no record
        self.notes.setPlainText(doc.notes if doc else "")
        self._loading = False
        self.setEnabled(doc is not None)
        if self._dirty:
            self.save_now()  # shows again why the kept text is not saved

    def _edited(self, field: str) -> None:
        if self._loading or self.document is None:
            return
        self._dirty.add(field)
        self._timer.start()

    def _kind_chosen(self, _index: int) -> None:
        if self.document is not None and self.kind.currentData() != self.document.kind:
            self._save(self.document.id, "kind", self.kind.currentData())

    def save_now(self) -> None:
        self._timer.stop()
        if self.document is None:
            self._dirty.clear()
            return
        dirty, self._dirty = self._dirty, set()
        for field in sorted(dirty):
            text = self.notes.toPlainText() if field == "notes" else self._text(field)
            try:
                value = check_value(field, text)
            except ValidationError as exc:
                self._show_error(field, shown_reason(exc))
                continue
            reason = self._save(self.document.id, field, value)
            if field in self.errors:
                self._show_error(field, reason)

    def _keep_drafts(self) -> None:
        if self.document is None:
            return
        kept = {field: self.fields[field].text() for field in self.fields if self.error(field)}
        if kept:
            self.drafts[self.document.id] = kept

    def pending(self) -> list[tuple[int, str, str]]:
        """(record id, field label, reason) for text typed and not saved because it is invalid."""
        found = [(self.document.id, field_label(f), self.error(f)) for f in self.fields
                 if self.document is not None and self.error(f)]
        for doc_id, fields in self.drafts.items():
            found += [(doc_id, field_label(f),
                       self.tr("“{text}” is kept, not saved").format(text=text))
                      for f, text in fields.items()]
        return found

    def discard_drafts(self, doc_id: int) -> None:
        self.drafts.pop(doc_id, None)

    def _text(self, field: str) -> str:
        edit = self.fields[field]
        return edit.core_text() if isinstance(edit, DateField) else edit.text()

    def _show_error(self, field: str, reason: str) -> None:
        label = self.errors[field]
        label.setText(reason)
        label.setVisible(bool(reason))
        set_role(self.fields[field], "error" if reason else None)

    def error(self, field: str) -> str:
        """The reason shown under ``field`` ('' when its value is fine)."""
        return self.errors[field].text()
