"""The Symptoms screen: its models, quick entry, filters, undoable edits and deletes, the chart."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester

from secondop_desktop.ui.operations import Changes
from secondop_desktop.ui.symptoms.model import (
    COL_SEVERITY,
    COL_SYMPTOM,
    COL_WHEN,
    SymptomChoiceModel,
    SymptomFilterModel,
    SymptomTableModel,
)
from secondop_desktop.ui.symptoms.page import SymptomsPage
from secondop_desktop.ui.widgets.row_table_model import SORT_ROLE
from secondop_desktop.ui.writes import Writer

T0 = dt.datetime(2024, 3, 1, 9, 0)
Mode = QAbstractItemModelTester.FailureReportingMode


def fill(vault, n=12, names=("Headache", "Nausea", "Fatigue")):
    for i in range(n):
        vault.symptoms.add(symptom=names[i % len(names)], severity=(i * 3) % 11,
                           at=T0 + dt.timedelta(days=i))


@pytest.fixture
def page(qtbot, vault, services):
    fill(vault)
    widget = SymptomsPage(vault, services)
    qtbot.addWidget(widget)
    return widget


def test_models_keep_the_contract(vault, services):
    fill(vault)
    model = SymptomTableModel(vault.symptoms, Writer(services, None, Changes(symptoms=True)))
    proxy = SymptomFilterModel()
    proxy.setSourceModel(model)
    choices = SymptomChoiceModel()
    testers = [QAbstractItemModelTester(m, Mode.Fatal) for m in (model, proxy, choices)]
    choices.set_names(vault.symptoms.names())
    proxy.sort(COL_WHEN)
    proxy.set_symptom("Nausea")
    proxy.set_range(dt.date(2024, 3, 3), None)
    model.add(symptom="Cough", severity=2, at=T0)
    model.remove_rows([0, 1])
    model.setData(model.index(0, COL_SEVERITY), 9)
    model.reload()
    assert testers and model.rowCount() == 11


def test_sorting_uses_raw_values(page):
    page.table.sortByColumn(COL_SEVERITY, Qt.SortOrder.AscendingOrder)
    values = [page.proxy.index(r, COL_SEVERITY).data() for r in range(page.proxy.rowCount())]
    assert values == sorted(values)
    page.table.sortByColumn(COL_WHEN, Qt.SortOrder.DescendingOrder)
    times = [page.proxy.index(r, COL_WHEN).data(SORT_ROLE) for r in range(page.proxy.rowCount())]
    assert times == sorted(times, reverse=True) and len(set(times)) == 12


def test_filter_by_symptom_and_date_range(page):
    page.symptom_filter.setCurrentText("Nausea")
    assert page.proxy.rowCount() == 4
    assert {page.proxy.index(r, COL_SYMPTOM).data() for r in range(4)} == {"Nausea"}
    page.date_from.setDate(QDate(2024, 3, 4))
    page.date_to.setDate(QDate(2024, 3, 8))
    days = {page.proxy.index(r, COL_WHEN).data()[:10] for r in range(page.proxy.rowCount())}
    assert days == {"2024-03-05", "2024-03-08"}
    assert "2 of 12" in page.count_label.text()
    # the chart follows the dates but keeps every symptom
    assert {e.at.day for e in page.chart.entries} == {4, 5, 6, 7, 8}
    page.clear_filter()
    assert page.proxy.rowCount() == 12


def test_enter_saves_a_quick_entry_and_autocompletes(page, qtbot, vault):
    form = page.entry_form
    assert "Headache" in form.names.stringList()
    form.symptom.setText("Dizziness")
    form.severity.setValue(8)
    form.set_time(dt.datetime(2024, 4, 2, 7, 30))
    form.triggers.setText("standing up")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return)
    saved = [e for e in vault.symptoms.entries() if e.symptom == "Dizziness"]
    assert [(e.severity, e.at, e.triggers) for e in saved] == [
        (8, dt.datetime(2024, 4, 2, 7, 30), "standing up")]
    assert form.symptom.text() == "" and "Saved" in form.message.text()
    assert "Dizziness" in form.names.stringList()
    assert "Dizziness" in page.choices.chosen()
    page.undo_stack.undo()
    assert not [e for e in vault.symptoms.entries() if e.symptom == "Dizziness"]


def test_severity_words_at_both_ends_and_live(page):
    form = page.entry_form
    texts = [w.text() for w in form.findChildren(type(form.severity_value))]
    assert "0 none" in texts and "10 worst imaginable" in texts
    form.severity.setValue(9)
    assert "severe" in form.severity_value.text()


def test_an_empty_symptom_is_refused_with_a_reason(page, vault):
    page.entry_form.symptom.setText("   ")
    assert page.entry_form.submit() is None
    assert page.entry_form.message.is_error
    assert "cannot be empty" in page.entry_form.message.text()
    assert vault.symptoms.count() == 12


def test_edit_in_place_is_undoable(page, vault):
    index = page.proxy.index(0, COL_SEVERITY)
    entry_id = page.proxy.id_at(0)
    before = vault.symptoms.get(entry_id).severity
    new = (before + 1) % 11
    assert page.proxy.setData(index, new)
    assert vault.symptoms.get(entry_id).severity == new
    page.undo_stack.undo()
    assert vault.symptoms.get(entry_id).severity == before
    assert page.proxy.index(0, COL_SEVERITY).data() == before
    page.undo_stack.redo()
    assert vault.symptoms.get(entry_id).severity == new


def test_an_invalid_edit_is_not_saved_and_says_why(page, vault):
    entry_id = page.proxy.id_at(0)
    assert not page.proxy.setData(page.proxy.index(0, COL_WHEN), "next tuesday")
    assert "not a date" in page.table_message.text()
    assert page.undo_stack.count() == 0
    assert vault.symptoms.get(entry_id).at.year == 2024


def test_delete_and_undo_restores_the_same_entries(page, vault):
    before = vault.symptoms.entries()
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.proxy.index(3, 0), page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows)
    page.delete_selected()
    assert vault.symptoms.count() == 10 and page.model.rowCount() == 10
    page.undo_stack.undo()
    assert vault.symptoms.entries() == before
    assert page.model.rowCount() == 12


def test_checklist_picks_the_chart_lines(page):
    assert page.chart.symptoms == sorted(["Fatigue", "Headache", "Nausea"])
    row = page.choices.names().index("Nausea")
    page.choices.setData(page.choices.index(row), Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)
    assert page.chart.symptoms == ["Fatigue", "Headache"]


def test_empty_vault_shows_an_empty_chart(qtbot, vault, services):
    page = SymptomsPage(vault, services)
    qtbot.addWidget(page)
    page.resize(900, 600)
    assert page.chart.grab().width() > 0 and page.model.rowCount() == 0


def test_log_fits_a_small_window_without_sideways_scrolling(qtbot, vault, services):
    from secondop_desktop.ui.symptoms.model import COL_NOTES, COL_TRIGGERS

    fill(vault, n=3)
    long_note = ", ".join(["woke at night with it, better after walking, worse sitting"] * 3)
    vault.symptoms.add(symptom="Headache", severity=4, at=T0, triggers="a long day, " * 8,
                       notes=long_note)
    page = SymptomsPage(vault, services)
    qtbot.addWidget(page)
    page.resize(822, 560)  # the page's share of a 1024 x 700 window
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    assert table.horizontalScrollBar().maximum() == 0
    columns = range(page.proxy.columnCount())
    assert sum(table.columnWidth(c) for c in columns) <= table.viewport().width()
    assert table.columnWidth(COL_NOTES) > table.columnWidth(COL_TRIGGERS)  # Notes takes the rest
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, COL_NOTES).data() == long_note)
    assert page.proxy.index(row, COL_NOTES).data(Qt.ItemDataRole.ToolTipRole) == long_note
    page.resize(1400, 560)
    qtbot.waitUntil(lambda: table.columnWidth(COL_NOTES) > 600)


def test_a_log_that_starts_empty_still_shows_whole_times(qtbot, vault, services):
    widget = SymptomsPage(vault, services)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    form = widget.entry_form
    form.symptom.setText("Back pain")
    form.set_time(T0)
    qtbot.keyClick(form.notes, Qt.Key.Key_Return)  # the first entry, typed on this screen
    shown = widget.table.model().index(0, COL_WHEN).data()
    needed = widget.table.fontMetrics().horizontalAdvance(shown)
    assert widget.table.columnWidth(COL_WHEN) > needed


@pytest.mark.parametrize("name", ["2026-11-27 09:00", "27 Nov 2026", "09:00", "2026-11"])
def test_a_date_typed_as_the_name_is_questioned(page, vault, dialogs, name):
    form = page.entry_form
    count = len(vault.symptoms.entries())
    form.symptom.setText(name)
    dialogs.confirm_answers.append(False)
    assert form.submit() is None
    assert dialogs.messages[-1][:2] == ("confirm", "A date as the symptom?")
    assert len(vault.symptoms.entries()) == count and form.symptom.text() == name
    dialogs.confirm_answers.append(True)  # it was meant: saved
    assert form.submit() is not None and len(vault.symptoms.entries()) == count + 1


def test_an_ordinary_name_is_not_questioned(page, dialogs):
    page.entry_form.symptom.setText("Pain after 2 km walk")
    assert page.entry_form.submit() is not None
    assert not [m for m in dialogs.messages if m[0] == "confirm"]


def test_the_click_that_closes_the_suggestions_also_focuses(page, qtbot):
    from PySide6.QtWidgets import QApplication

    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    form = page.entry_form
    form.symptom.setFocus()
    qtbot.keyClicks(form.symptom, "Hea")  # "Headache" was logged before: suggested
    popup = form.symptom.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    target = form.when.mapToGlobal(form.when.rect().center())
    qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=popup.mapFromGlobal(target))
    assert not popup.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.when)
    qtbot.keyClicks(QApplication.focusWidget(), "2026-11-27 09:00")
    assert form.when.text() == "2026-11-27 09:00" and form.symptom.text() == "Hea"


def test_a_message_under_the_form_takes_no_new_room(page, qtbot):
    page.show()
    qtbot.waitExposed(page)
    form = page.entry_form
    before = form.minimumSizeHint().height()
    form.message.show_error("The time 'x' is not a date and time; type 14 Oct 2026 09:30.")
    form.layout().activate()
    assert form.minimumSizeHint().height() == before  # the window never grows for it
