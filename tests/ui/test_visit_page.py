"""The Visit screen: checks as you type, saves without a button, undo, and its lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtTest import QAbstractItemModelTester

from secondop_desktop.ui.operations import Changes
from secondop_desktop.ui.visit.models import (
    ALLERGIES,
    EVENT_DATE,
    MED_DOSE,
    MEDICATIONS,
    TIMELINE,
    list_model,
)
from secondop_desktop.ui.visit.page import VisitPage
from secondop_desktop.ui.writes import Writer

Mode = QAbstractItemModelTester.FailureReportingMode


@pytest.fixture
def page(qtbot, vault, services):
    widget = VisitPage(vault, services)
    qtbot.addWidget(widget)
    return widget


def type_into(qtbot, field, text: str) -> None:
    editor = field.editor
    editor.clear()
    qtbot.keyClicks(editor, text)


def test_shows_what_is_stored(qtbot, vault, services):
    vault.patient.set(name="Ada Lovelace", dob="1950-12-10", diagnosis="Stage II")
    vault.appointment.set(when="2025-03-14T09:30")
    page = VisitPage(vault, services)
    qtbot.addWidget(page)
    assert page.field("patient.name").text() == "Ada Lovelace"
    assert page.field("patient.diagnosis").text() == "Stage II"
    assert page.field("appointment.when").text() == "2025-03-14 09:30"


def test_a_bad_date_says_why_as_you_type_and_is_not_saved(page, qtbot, vault):
    field = page.field("patient.dob")
    type_into(qtbot, field, "1980-02-30")
    assert field.message.is_error and "not a date" in field.message.text()
    field.editor.editingFinished.emit()
    assert vault.patient.get().dob == ""
    assert page.undo_stack.count() == 0
    field.editor.setText("2990-01-01")
    assert "future" in field.message.text()
    type_into(qtbot, field, "1980-02-29")
    assert not field.message.is_error
    field.editor.editingFinished.emit()
    assert vault.patient.get().dob == "1980-02-29"


def test_saves_after_a_pause_without_a_button(page, qtbot, vault):
    field = page.field("appointment.specialist")
    type_into(qtbot, field, "Dr Roth")
    qtbot.waitUntil(lambda: vault.appointment.get().specialist == "Dr Roth", timeout=3000)


def test_multi_line_text_saves_when_focus_leaves(page, qtbot, vault):
    field = page.field("patient.reason")
    field.editor.setPlainText("I want to know if surgery can wait.")
    field.commit()
    assert vault.patient.get().reason == "I want to know if surgery can wait."


def test_field_edits_undo_and_redo(page, qtbot, vault):
    field = page.field("appointment.when")
    type_into(qtbot, field, "2025-05-06 14:00")
    field.commit()
    type_into(qtbot, field, "2025-05-07 10:15")
    field.commit()
    assert vault.appointment.get().when == "2025-05-07T10:15"
    page.undo_stack.undo()
    assert vault.appointment.get().when == "2025-05-06T14:00"
    assert field.text() == "2025-05-06 14:00"
    page.undo_stack.undo()
    assert vault.appointment.get().when == "" and field.text() == ""
    page.undo_stack.redo()
    assert vault.appointment.get().when == "2025-05-06T14:00"


def test_saves_of_one_editing_session_are_one_undo_step(page, qtbot, vault):
    field = page.field("patient.contact")
    field.editor.setText("555")
    field.commit(final=False)  # the pause while typing
    field.editor.setText("555 1234")
    field.commit()  # focus leaves
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert vault.patient.get().contact == ""


def test_name_and_birth_date_tell_the_window(page, qtbot):
    with qtbot.waitSignal(page.patient_changed, timeout=1000):
        page.field("patient.name").editor.setText("Ada")
        page.field("patient.name").commit()
    with qtbot.assertNotEmitted(page.patient_changed):
        page.field("patient.contact").editor.setText("ada@example.org")
        page.field("patient.contact").commit()
    with qtbot.waitSignal(page.patient_changed, timeout=1000):
        page.undo_stack.undo()  # undoing the contact: not the name ...
        page.undo_stack.undo()  # ... then the name is


def test_list_models_keep_the_contract(vault, services):
    writer = Writer(services, None, Changes(medications=True))
    vault.medications.add(name="Letrozole", dose="2.5 mg")
    for store, spec in ((vault.medications, MEDICATIONS), (vault.allergies, ALLERGIES),
                        (vault.timeline, TIMELINE)):
        model = list_model(store, spec, writer)
        tester = QAbstractItemModelTester(model, Mode.Fatal)
        assert tester and model.columnCount() == len(spec.columns)
        assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(spec.columns))]
    model = list_model(vault.medications, MEDICATIONS, writer)
    QAbstractItemModelTester(model, Mode.Fatal)
    model.add(name="Vitamin D")
    model.setData(model.index(0, MED_DOSE), "5 mg")
    model.remove_rows([1])
    assert [m.dose for m in vault.medications.entries()] == ["5 mg"]


def test_add_with_enter_then_remove_and_undo(page, qtbot, vault):
    section = page.medication_list
    section.inputs[0].setText("Metformin")
    section.inputs[1].setText("500 mg")
    section.inputs[3].setText("2024-01-15")
    qtbot.keyClick(section.inputs[4], Qt.Key.Key_Return)
    [med] = vault.medications.entries()
    assert (med.name, med.dose, med.since) == ("Metformin", "500 mg", "2024-01-15")
    assert section.inputs[0].text() == ""
    section.table.selectRow(0)
    section.remove_selected()
    assert vault.medications.entries() == []
    page.undo_stack.undo()
    assert vault.medications.entries() == [med]
    page.undo_stack.undo()  # and the add itself
    assert vault.medications.entries() == [] and page.medications.rowCount() == 0


def test_a_list_row_with_a_bad_date_is_refused(page, vault):
    section = page.timeline_list
    section.inputs[0].setText("last spring")
    section.inputs[1].setText("First symptom")
    assert not section.add()
    assert "not a date" in section.message.text()
    assert section.inputs[1].text() == "First symptom"  # nothing typed is lost
    assert vault.timeline.entries() == []


def test_list_edit_in_place_validates_and_undoes(page, vault):
    page.timeline_list.inputs[0].setText("2024-11-02")
    page.timeline_list.inputs[1].setText("Found a lump")
    page.timeline_list.add()
    index = page.timeline.index(0, EVENT_DATE)
    assert not page.timeline.setData(index, "2024-13-01")
    assert "not a date" in page.timeline_list.message.text()
    assert page.timeline.setData(index, "2024-10-30")
    assert vault.timeline.entries()[0].date == "2024-10-30"
    page.undo_stack.undo()
    assert vault.timeline.entries()[0].date == "2024-11-02"


def test_lists_fit_a_narrow_window_without_a_sideways_scroll_bar(page, qtbot):
    page.resize(860, 700)
    page.show()
    qtbot.waitExposed(page)
    for section in (page.medication_list, page.allergy_list, page.timeline_list):
        header = section.table.horizontalHeader()
        assert header.length() <= section.table.viewport().width(), section.title()


def test_shutdown_saves_fields_still_waiting_for_their_pause(page, vault):
    page.field("patient.contact").editor.setText("+44 20 7946 0000")
    page.field("appointment.companion").editor.setText("My sister")
    assert vault.patient.get().contact == ""  # not saved yet: the pause has not passed
    page.shutdown()
    assert vault.patient.get().contact == "+44 20 7946 0000"
    assert vault.appointment.get().companion == "My sister"


class _GermanSexes(QTranslator):
    WORDS = {"Female": "Weiblich", "Male": "Männlich"}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return self.WORDS.get(source) if context == "VisitPage" else None


def test_a_choice_reads_in_the_apps_language_and_is_stored_in_english(qapp, qtbot, vault,
                                                                     services):
    """The packet's cover prints the stored word in the packet's language: a German window
    that stored "Weiblich" would print it untranslated in an English packet."""
    translator = _GermanSexes()
    qapp.installTranslator(translator)
    try:
        vault.patient.set(sex="Female")
        page = VisitPage(vault, services)
        qtbot.addWidget(page)
        field = page.field("patient.sex")
        assert field.editor.currentText() == "Weiblich"
        field.editor.setCurrentIndex(field.editor.findText("Männlich"))
        field.editor.activated.emit(field.editor.currentIndex())
        qtbot.waitUntil(lambda: vault.patient.get().sex == "Male", timeout=3000)
        assert field.editor.currentText() == "Männlich"
        field.editor.setEditText("nonbinary")  # a word of the patient's own stays as typed
        field.editor.lineEdit().editingFinished.emit()
        qtbot.waitUntil(lambda: vault.patient.get().sex == "nonbinary", timeout=3000)
    finally:
        qapp.removeTranslator(translator)
