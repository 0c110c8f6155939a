"""The keys people press: Del in every list that deletes, a selection that follows Del and entering
a list, the screens' Ctrl+number from any field, a slider that shows it has the focus."""

from __future__ import annotations

import datetime as dt

from factories import make_pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from windows import activate, open_window

from secondop_desktop.ui.main_window import MainWindow


def _window(qtbot, vault, services, tmp_path) -> MainWindow:
    window = open_window(qtbot, vault, services, tmp_path)
    window.resize(1200, 800)
    activate(qtbot, window)
    return window


def _records(qtbot, window, tmp_path, names: str):
    """The Records screen after importing one PDF per letter of ``names``."""
    records = window.records
    records.import_paths([make_pdf(tmp_path / f"{name}.pdf", [name]) for name in names])
    records.summary_dialog.close()
    activate(qtbot, window)
    return records


def _press_del(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def test_del_deletes_the_selected_symptom_entry(qtbot, vault, services, tmp_path):
    for hour in (8, 9):
        vault.symptoms.add(symptom="Palpitations", severity=5, at=dt.datetime(2026, 11, 2, hour))
    window = _window(qtbot, vault, services, tmp_path)
    page = window.symptoms
    window.show_page(page)
    page.table.selectRow(0)
    _press_del(qtbot, page.table)
    assert [e.at.hour for e in vault.symptoms.entries()] == [8]  # the newest was listed first
    assert page.selected_rows() == [0]  # the next one: Del goes on down the log
    _press_del(qtbot, page.table)
    assert vault.symptoms.entries() == [] and not window.delete_action.isEnabled()


def test_del_removes_medication_and_allergy_rows(qtbot, vault, services, tmp_path):
    for name in ("Levothyroxine", "Vitamin D", "Metformin"):
        vault.medications.add(name=name)
    vault.allergies.add(substance="Penicillin")
    window = _window(qtbot, vault, services, tmp_path)
    page = window.visit
    window.show_page(page)
    page.medication_list.table.selectRow(1)
    _press_del(qtbot, page.medication_list.table)
    assert [m.name for m in vault.medications.entries()] == ["Levothyroxine", "Metformin"]
    assert page.medication_list.selected_rows() == [1]  # the one below: Del goes on
    _press_del(qtbot, page.medication_list.table)
    assert page.medication_list.selected_rows() == [0]  # the last one gone: the one above
    page.allergy_list.table.selectRow(0)
    _press_del(qtbot, page.allergy_list.table)
    assert vault.allergies.entries() == []
    page.medication_list.inputs[0].setFocus()  # Del in a text box deletes a character
    qtbot.waitUntil(page.medication_list.inputs[0].hasFocus)
    assert not window.delete_action.isEnabled()


def test_del_in_the_records_list_selects_the_next_record(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    records = _records(qtbot, window, tmp_path, "abc")
    first, second = (records.proxy.document_at(records.proxy.index(r, 0)) for r in (0, 1))
    records.select_document(first.id)
    _press_del(qtbot, records.table)
    assert vault.documents.get(first.id).trashed
    assert [d.id for d in records.selected_documents()] == [second.id]
    assert records.preview.document is not None and records.preview.document.id == second.id
    last = records.proxy.document_at(records.proxy.index(records.proxy.rowCount() - 1, 0))
    records.select_document(last.id)
    _press_del(qtbot, records.table)  # the last one: the one before it is selected
    assert len(records.selected_documents()) == 1


def test_entering_the_records_list_selects_a_record(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    records = _records(qtbot, window, tmp_path, "ab")
    records.table.selectionModel().clear()
    records.search.setFocus()
    qtbot.waitUntil(records.search.hasFocus)
    qtbot.keyClick(records.search, Qt.Key.Key_Down)  # from the search box down to the list
    assert records.table.hasFocus()
    assert [i.row() for i in records.table.selectionModel().selectedRows()] == [0]
    records.table.selectionModel().clear()
    records.search.setFocus()
    qtbot.waitUntil(records.search.hasFocus)
    records.table.setFocus(Qt.FocusReason.TabFocusReason)  # Tab into it
    qtbot.waitUntil(records.table.hasFocus)
    assert [i.row() for i in records.table.selectionModel().selectedRows()] == [0]
    qtbot.keyClick(records.table, Qt.Key.Key_Down)
    assert [i.row() for i in records.table.selectionModel().selectedRows()] == [1]


def test_ctrl_number_switches_screens_from_the_page_box(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    records = window.records
    records.import_paths([make_pdf(tmp_path / "letter.pdf", ["One", "Two", "Three"])])
    records.summary_dialog.close()
    activate(qtbot, window)
    records.show_document(records.model.documents()[0].id, 2)
    records.preview.page_box.setFocus()
    qtbot.waitUntil(records.preview.page_box.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 5


def test_the_severity_slider_shows_it_has_the_focus(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    window.show_page(window.symptoms)
    slider = window.symptoms.entry_form.severity
    window.symptoms.entry_form.symptom.setFocus()
    qtbot.waitUntil(lambda: not slider.hasFocus())
    unfocused = slider.grab().toImage()
    slider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(slider.hasFocus)
    qtbot.wait(20)
    assert slider.grab().toImage() != unfocused
