"""The Visit screen: the patient, why a second opinion, the appointment, and the lists that feed
the packet's summary page (medications, allergies, key events). Everything saves as it is typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.profile import KeyValueSection
from ...translations import QT_TRANSLATE_NOOP
from ..operations import Changes
from ..style import set_role
from ..widgets.date_field import DateField
from ..widgets.fitting_hint import fit_hint
from ..widgets.form_fields import AutosaveField, Editor
from ..widgets.list_section import ListSection
from ..widgets.page import Page
from ..widgets.row_table_model import RowTableModel
from ..writes import Writer
from .from_records import FromRecordsSection
from .models import ALLERGIES, MEDICATIONS, TIMELINE, list_model, shown
from .none_known import NoneKnownBox

# Offered in the app's language; what is picked (or typed) is stored as the patient's own words.
SEX_CHOICES = ("", QT_TRANSLATE_NOOP("VisitPage", "Female"), QT_TRANSLATE_NOOP("VisitPage", "Male"),
               QT_TRANSLATE_NOOP("VisitPage", "Intersex"),
               QT_TRANSLATE_NOOP("VisitPage", "Prefer not to say"))
FORM_WIDTH = 520


def _line(*hints: str) -> QLineEdit:
    """A line whose hint is the first of ``hints`` that fits it (in full in its tooltip)."""
    return fit_hint(QLineEdit(), *hints) if hints else QLineEdit()


def _text(hint: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(placeholderText=hint)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def _sex_combo() -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    for choice in SEX_CHOICES:  # shown in the app's language, stored in English (the packet's
        # cover prints it in the packet's language)
        combo.addItem(QCoreApplication.translate("VisitPage", choice) if choice else "", choice)
    line = combo.lineEdit()
    assert line is not None  # editable
    line.setPlaceholderText(QCoreApplication.translate("VisitPage", "optional"))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, "muted")
    return label


def _align_labels(*boxes: QGroupBox) -> None:
    """One label width for the forms of a column, so that their fields start at one edge."""
    labels: list[QLabel] = []
    for box in boxes:
        form = box.layout()
        assert isinstance(form, QFormLayout)  # made by VisitPage._form
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                labels.append(label)
    width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(width)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class VisitPage(Page):
    title = "Visit"
    patient_changed = Signal()  # the patient's name or date of birth was saved

    def __init__(self, vault, services, parent=None) -> None:
        super().__init__(vault, services, parent)
        self.fields: dict[str, AutosaveField] = {}
        # The lists write in the background; what changed is announced below, list by list.
        self.writer = writer = Writer(services, self, Changes())
        self.medications = list_model(vault.medications, MEDICATIONS, writer, self.undo_stack,
                                      self)
        self.allergies = list_model(vault.allergies, ALLERGIES, writer, self.undo_stack, self)
        self.timeline = list_model(vault.timeline, TIMELINE, writer, self.undo_stack, self)
        for model, changes in self._list_changes():
            model.changed.connect(lambda c=changes: self.announce(c))
        self._build()
        self.from_records.refresh()

    # -- layout --------------------------------------------------------------------------------
    def _form(self, title: str, section: KeyValueSection,
              rows: list[tuple[str, str, Editor]], note: str = "") -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        for key, label, editor in rows:
            field = AutosaveField(section, key, editor, self.undo_stack, label, self.writer,
                                  self)
            field.saved.connect(self._field_saved)
            self.fields[f"{section.prefix}.{key}"] = field
            caption = QLabel(label)
            caption.setBuddy(editor)  # a screen reader names the field by its label
            editor.setAccessibleName(label)
            line = editor.lineEdit() if isinstance(editor, QComboBox) else None
            if line is not None:
                line.setAccessibleName(label)  # typed into: named too
            if isinstance(editor, (QLineEdit, QPlainTextEdit)) and editor.placeholderText():
                editor.setAccessibleDescription(editor.placeholderText())
            form.addRow(caption, field.widget)
        if note:
            form.addRow("", _note(note))
        return box

    def _build(self) -> None:
        patient = self._form(self.tr("Patient"), self.vault.patient, [
            ("name", self.tr("Name"), _line(self.tr("Full name, as on your records"))),
            ("dob", self.tr("Date of birth"), DateField(hint=self.tr("e.g. 14 Jun 1971"))),
            ("sex", self.tr("Sex"), _sex_combo()),
            ("contact", self.tr("Contact"),
             _line(self.tr("Phone or email (optional)"), self.tr("optional"))),
            ("address", self.tr("Postal address"), _text(
                self.tr("Street, town, postcode: printed on your letters"), lines=2)),
        ])
        why = self._form(self.tr("Why a second opinion"), self.vault.patient, [
            ("diagnosis", self.tr("Under review"),
             _text(self.tr("The diagnosis or treatment plan you were given"))),
            ("reason", self.tr("In your words"), _text(
                self.tr("Why you want another specialist to look at it"), lines=4)),
            ("goals", self.tr("What matters to me"), _text(
                self.tr("Your goals and values, e.g. Keep teaching; protect my voice"), lines=3)),
        ], note=self.tr("What matters to you is printed on the packet's cover and on your question "
                   "sheet."))
        appointment = self._form(self.tr("Appointment"), self.vault.appointment, [
            ("specialist", self.tr("Specialist"), _line(self.tr("Dr …"))),
            ("specialty", self.tr("Specialty"), _line(self.tr("e.g. oncology, cardiology"))),
            ("facility", self.tr("Facility"), _line(self.tr("Hospital or practice"))),
            ("when", self.tr("Date and time"), DateField(with_time=True)),
            ("address", self.tr("Address"), _text(self.tr("Street, town"), lines=2)),
            ("companion", self.tr("Who comes along"),
             _line(self.tr("Name of a relative or friend"))),
            ("referring", self.tr("Referred by"),
             _line(self.tr("The doctor who sent you (optional)"), self.tr("optional"))),
        ], note=self.tr("Bring someone along to take notes, so you can listen to the specialist."))
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)  # the column's top lines up with the lists beside it
        for box in (patient, why, appointment):
            left.addWidget(box)
        left.addStretch(1)
        _align_labels(patient, why, appointment)

        self.medication_list = ListSection(self.medications, shown(MEDICATIONS))
        self.allergy_list = ListSection(self.allergies, shown(ALLERGIES))
        self.timeline_list = ListSection(self.timeline, shown(TIMELINE))
        for section in (self.medication_list, self.allergy_list, self.timeline_list):
            section.table.selectionModel().selectionChanged.connect(self.actions_changed)
        self.no_medications = NoneKnownBox(
            self.vault.medications, self.medications, self.tr("I take no medications"),
            Writer(self.services, self, Changes(medications=True)))
        self.no_allergies = NoneKnownBox(self.vault.allergies, self.allergies,
                                         self.tr("No known allergies"),
                                         Writer(self.services, self, Changes(allergies=True)))
        self.from_records = FromRecordsSection(self.vault, self.services)
        self.from_records.hide()  # until imported records give it something to show
        right = QVBoxLayout()
        right.addWidget(self.medication_list, 3)
        right.addWidget(self.no_medications)
        right.addWidget(self.allergy_list, 2)
        right.addWidget(self.no_allergies)
        right.addWidget(self.from_records, 3)
        right.addWidget(self.timeline_list, 3)

        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setMaximumWidth(FORM_WIDTH)
        left_widget.setMinimumWidth(330)  # with the lists beside it, fits a 1024-pixel window
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(16, 12, 16, 12)
        columns.setSpacing(16)
        columns.addWidget(left_widget, 2)
        columns.addLayout(right, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setStyleSheet(
            "QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }")

    # -- behaviour -----------------------------------------------------------------------------
    def _field_saved(self, key: str, _value: str) -> None:
        field = self.sender()
        if not isinstance(field, AutosaveField):
            return
        patient = field.section is self.vault.patient
        self.announce(Changes(profile=True) if patient else Changes(appointment=True))
        if patient and key in ("name", "dob"):
            self.patient_changed.emit()

    def _list_changes(self) -> list[tuple[RowTableModel, Changes]]:
        return [(self.medications, Changes(medications=True)),
                (self.allergies, Changes(allergies=True)),
                (self.timeline, Changes(timeline=True))]

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """What another part of the app changed (this page's own edits are on screen)."""
        if changes.records:  # imported records bring medications and allergies to compare
            self.from_records.refresh()
        if initiator is self:
            return
        for field in self.fields.values():
            patient = field.section is self.vault.patient
            if changes.profile if patient else changes.appointment:
                field.reload()
        for model, flag in self._list_changes():
            if changes | flag == changes:  # the flag is among the changes
                model.reload()

    def field(self, name: str) -> AutosaveField:
        """A field by its stored name, e.g. 'patient.dob' or 'appointment.when'."""
        return self.fields[name]

    def _focused_list(self) -> ListSection | None:
        """The list whose table has the focus (Del removes its selected rows)."""
        return next((section for section in (self.medication_list, self.allergy_list,
                                             self.timeline_list) if section.table.hasFocus()),
                    None)

    def delete_selected(self) -> None:
        section = self._focused_list()
        if section is not None:
            section.remove_selected()

    def can_delete(self) -> bool:
        section = self._focused_list()
        return section is not None and bool(section.selected_rows())

    def save_pending(self) -> None:
        for field in self.fields.values():
            field.commit()
        for section in (self.medication_list, self.allergy_list, self.timeline_list):
            if any(edit.text().strip() for edit in section.inputs):
                section.add()  # a half-typed row: added when it can be, else pointed out

    def pending_problems(self) -> list[tuple[str, QWidget]]:
        problems: list[tuple[str, QWidget]] = []
        for field in self.fields.values():
            if field.check() is None:
                problems.append((self.tr("“{field}” is not saved: {reason}").format(
                    field=field.label, reason=field.message.text()), field.editor))
        for section in (self.medication_list, self.allergy_list, self.timeline_list):
            if any(edit.text().strip() for edit in section.inputs):
                problems.append((self.tr("The row typed under {list} is not added: {reason}")
                                 .format(list=section.title(), reason=section.message.text()),
                                 section.inputs[0]))
        return problems

    def shutdown(self) -> None:
        """Save every field still waiting for its pause, before the vault closes."""
        for field in self.fields.values():
            field.commit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Imports happen on the Records screen: what they brought shows when the patient
        comes here."""
        super().showEvent(event)
        self.from_records.refresh()

    def refresh(self) -> None:
        for field in self.fields.values():
            field.reload()
        for model in (self.medications, self.allergies, self.timeline):
            model.reload()
        self.no_medications.reload()
        self.no_allergies.reload()
        self.from_records.refresh()
