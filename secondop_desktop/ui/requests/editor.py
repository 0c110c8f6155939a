"""The form of one records request: provider, contact, dates, checklist, and what came in.

It saves as the patient types, like every other screen: ``edited`` says something changed (the
page saves after a pause, on leaving the request or the screen, and before a letter is made).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.requests import FORMATS, ITEMS, METHODS, STATUSES, RecordsRequest, default_due
from ...local_format import date_text
from ...translations import QT_TRANSLATE_NOOP
from ..style import set_role
from ..widgets.date_field import DateField
from ..widgets.form_fields import name_fields_by_their_labels
from .model import label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_FIELDS = {"provider": QT_TRANSLATE_NOOP("RequestEditor", "Provider"),
               "department": QT_TRANSLATE_NOOP("RequestEditor", "Department"),
               "phone": QT_TRANSLATE_NOOP("RequestEditor", "Phone"),
               "fax": QT_TRANSLATE_NOOP("RequestEditor", "Fax"),
               "email": QT_TRANSLATE_NOOP("RequestEditor", "Email"),
               "portal": QT_TRANSLATE_NOOP("RequestEditor", "Portal"),
               "period": QT_TRANSLATE_NOOP("RequestEditor", "Period"),
               "send_to": QT_TRANSLATE_NOOP("RequestEditor", "Send to")}


class WheelScrollsTheForm(QObject):
    """The mouse wheel over a choice the patient is not working in scrolls the form: it once
    changed "How" from Letter to In person on the way down to the notes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and not watched.hasFocus():
            event.ignore()  # to the scroll area around the form
            return True
        return False


def _combo(choices: dict[str, str], context: str) -> QComboBox:
    combo = QComboBox()
    combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not by the wheel: see WheelScrollsTheForm
    # A long choice ("Electronic copies (download or email)", longer in German) is elided here
    # and whole in the open list: the form stays narrow beside the list.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    for key, text in choices.items():
        combo.addItem(label(context, text), key)
    return combo


def _field(key: str) -> str:
    return QCoreApplication.translate("RequestEditor", LINE_FIELDS[key])


class RequestEditor(QWidget):
    """Shows one request; ``values()`` reads what was typed; ``edited`` when the patient changed
    any of it (never while a request is being shown)."""

    edited = Signal()
    link_requested = Signal(str, int)  # item key, record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request: RecordsRequest | None = None
        self._showing = False
        self.lines = {key: QLineEdit() for key in LINE_FIELDS}
        self.lines["period"].setPlaceholderText(
            self.tr("e.g. 2023 to now, or the visits of March 2024"))
        self.lines["send_to"].setPlaceholderText(self.tr("Empty: to my address"))
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(54)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(54)
        for text in (self.address, self.notes):
            text.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.asked = DateField()  # the language's own form (14.10.2026), the month in words too
        self.due = DateField(hint=self.tr("e.g. 14 Oct 2026 (30 days after asking)"))
        self.asked.editingFinished.connect(self._suggest_due)
        self.method = _combo(METHODS, "RequestMethods")
        self.status = _combo(STATUSES, "RequestStatuses")
        self.format = _combo(FORMATS, "RequestFormats")
        self.items = QListWidget()
        for key, words in ITEMS.items():
            item = QListWidgetItem(label("RequestItems", words), self.items)
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.items.setFixedHeight(190)
        # Every item readable in whole (German and Spanish ones are longer): the form asks for
        # that width, which the page gives it beside the list.
        self.items.setMinimumWidth(self.items.sizeHintForColumn(0) + 2 * self.items.frameWidth()
                                   + 4)
        self.received = QListWidget()
        self.received.setFixedHeight(120)
        self.records = QComboBox()
        self.records.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A long record title must not widen the form past a small window's edge.
        self.records.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.records.setMinimumContentsLength(12)
        self.link_button = QPushButton(self.tr("Received as this record"))
        self.link_button.clicked.connect(self._link)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("formMessage")

        form = QFormLayout()
        for key in ("provider", "department"):
            form.addRow(_field(key), self.lines[key])
        form.addRow(self.tr("Address"), self.address)
        for key in ("phone", "fax", "email", "portal"):
            form.addRow(_field(key), self.lines[key])
        form.addRow(self.tr("Asked on"), self.asked)
        form.addRow(self.tr("How"), self.method)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Ask for"), self.items)
        form.addRow(_field("period"), self.lines["period"])
        form.addRow(self.tr("Format"), self.format)
        form.addRow(_field("send_to"), self.lines["send_to"])
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Received"), self.received)
        link = QVBoxLayout()  # one above the other: the form stays narrow beside the list
        link.addWidget(self.records)
        link.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow("", link)
        name_fields_by_their_labels(form)
        self.records.setAccessibleName(self.tr("Record received"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)  # above the form: seen without scrolling
        layout.addLayout(form)
        self._watch()
        self._wheel_guard = WheelScrollsTheForm(self)
        for combo in (self.method, self.status, self.format, self.records):
            combo.installEventFilter(self._wheel_guard)
        self.show_request(None, [])

    def _watch(self) -> None:
        """Every change the patient makes is an edit: typed, pasted, or set by a screen reader
        (which sets the text: no textEdited), never while a request is being shown."""
        for edit in (*self.lines.values(), self.asked, self.due):
            edit.textChanged.connect(self._edited)
        for text in (self.address, self.notes):
            text.textChanged.connect(self._edited)
        for combo in (self.method, self.status, self.format):
            combo.activated.connect(self._edited)
        for view in (self.items, self.received):
            view.itemChanged.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._showing and self.request is not None:
            self.edited.emit()

    def show_request(self, request: RecordsRequest | None,
                     records: list[tuple[int, str]]) -> None:
        """Fill the form; ``records`` are (id, title) choices for linking what came in."""
        self._showing = True
        try:
            self._fill(request, records)
        finally:
            self._showing = False

    def _fill(self, request: RecordsRequest | None, records: list[tuple[int, str]]) -> None:
        self.request = request
        self.setEnabled(request is not None)
        self.message.clear()
        r = request
        for key, edit in self.lines.items():
            edit.setText(getattr(r, key) if r else "")
            edit.setCursorPosition(0)  # a long name shows its start
        self.address.setPlainText(r.address if r else "")
        self.notes.setPlainText(r.notes if r else "")
        self.asked.show_date(r.asked.isoformat() if r and r.asked else "")
        self.due.show_date(r.due.isoformat() if r and r.due else "")
        for combo, value in ((self.method, r.method if r else "letter"),
                             (self.status, r.status if r else "to-ask"),
                             (self.format, r.format if r else "copies")):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        asked = {i.item for i in r.items} if r else set()
        for row in range(self.items.count()):
            item = self.items.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in asked
                               else Qt.CheckState.Unchecked)
        self.records.clear()
        for record_id, title in records:
            self.records.addItem(f"{record_id}: {title}", record_id)
        self._fill_received(r)

    def saved(self, request: RecordsRequest) -> None:
        """What was typed is stored: the status follows what came in (the fields stay as
        they are, with the cursor where the patient is typing)."""
        if self.request is None or request.id != self.request.id:
            return
        self.request = request
        self._showing = True
        try:
            if not self.status.hasFocus():
                self.status.setCurrentIndex(max(0, self.status.findData(request.status)))
            if [i.item for i in request.items] != list(self.received_items()):
                self._fill_received(request)  # the checklist changed: so did what can come in
        finally:
            self._showing = False

    def _fill_received(self, r: RecordsRequest | None) -> None:
        self.received.clear()
        for request_item in (r.items if r else []):
            text = label("RequestItems", request_item.label)
            if request_item.records:
                text = self.tr("{item} – records {numbers}").format(
                    item=text, numbers=", ".join(map(str, request_item.records)))
            entry = QListWidgetItem(text, self.received)
            entry.setData(KEY_ROLE, request_item.item)
            entry.setCheckState(Qt.CheckState.Checked if request_item.received
                                else Qt.CheckState.Unchecked)
        if self.received.count():
            self.received.setCurrentRow(0)
        self.link_button.setEnabled(self.records.count() > 0 and r is not None and bool(r.items))

    def values(self) -> dict[str, object]:
        """What the form holds, as RequestStore.update takes it (validated there)."""
        values: dict[str, object] = {key: edit.text() for key, edit in self.lines.items()}
        values.update(
            address=self.address.toPlainText(), notes=self.notes.toPlainText(),
            asked=self.asked.core_text(), due=self.due.core_text(),
            method=self.method.currentData(), status=self.status.currentData(),
            format=self.format.currentData(), items=self.checked_items())
        return values

    def checked_items(self) -> list[str]:
        return [self.items.item(row).data(KEY_ROLE) for row in range(self.items.count())
                if self.items.item(row).checkState() == Qt.CheckState.Checked]

    def received_items(self) -> dict[str, bool]:
        return {self.received.item(row).data(KEY_ROLE):
                self.received.item(row).checkState() == Qt.CheckState.Checked
                for row in range(self.received.count())}

    def show_error(self, reason: str) -> None:
        set_role(self.message, "error" if reason else None)
        self.message.setText(reason)

    def _suggest_due(self) -> None:
        if self.due.text().strip():
            return
        try:
            asked = dt.date.fromisoformat(self.asked.core_text())
        except ValueError:
            return
        self.due.setText(date_text(default_due(asked)))
        self._edited()

    def _link(self) -> None:
        current = self.received.currentItem()
        record_id = self.records.currentData()
        if current is not None and record_id is not None:
            self.link_requested.emit(current.data(KEY_ROLE), int(record_id))
