"""The Questions screen: its model, undo, reorder, the visit, suggestions, links and printing."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtTest import QAbstractItemModelTester

from secondop_desktop.ui.questions import printing
from secondop_desktop.ui.questions.model import (
    COL_ANSWER,
    COL_ASKED,
    COL_PRIORITY,
    COL_RECORD,
    COL_TEXT,
    MIME_TYPE,
    AddedRole,
)
from secondop_desktop.ui.questions.page import QuestionsPage


@pytest.fixture
def page(qtbot, vault, services):
    widget = QuestionsPage(vault, services)
    qtbot.addWidget(widget)
    return widget


def texts(page) -> list[str]:
    return [page.model.question(r).text for r in range(page.model.rowCount())]


def add(page, text: str, priority: int = 2, category: str = "other") -> int:
    made: list = []
    assert page.model.add(text, priority, category, added=made.append)
    return made[0].id


def test_model_contract_holds_through_edits(page):
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(page.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    a, b = add(page, "A?"), add(page, "B?")
    page.model.edit(b, "priority", 1)
    page.model.move([a], 0)
    page.model.delete([a])
    page.undo_stack.undo()
    assert page.model.rowCount() == 2


def test_add_from_entry_saves_at_once_and_refuses_blank_and_duplicate(page, vault):
    page.entry.setText("What stage is it?")
    page.entry.returnPressed.emit()
    assert [q.text for q in vault.questions.list()] == ["What stage is it?"]
    assert page.entry.text() == ""
    page.entry.setText("what stage  is it?")
    page.add_from_entry()
    assert vault.questions.count() == 1
    assert "already" in page.message.text()
    page.entry.setText("   ")
    page.add_from_entry()
    assert "cannot be empty" in page.message.text()


def test_priority_edit_reorders_and_undo_restores(page, vault):
    first, second = add(page, "First?"), add(page, "Second?")
    index = page.model.index(page.model.row_of(second), COL_PRIORITY)
    assert page.model.setData(index, 1)
    assert texts(page) == ["Second?", "First?"]
    assert vault.questions.get(second).priority == 1
    assert page.model.is_top(0) and not page.model.is_top(1)
    page.undo_stack.undo()
    assert texts(page) == ["First?", "Second?"]
    assert vault.questions.get(second).priority == 2
    assert first  # both still there


def test_keyboard_move_persists_order_and_is_undoable(page, vault, qtbot):
    ids = [add(page, f"Q{i}?") for i in range(3)]
    page.show()
    page.select_question(ids[2])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [q.id for q in vault.questions.list()] == [ids[0], ids[2], ids[1]]
    page.move_selected(-1)
    assert texts(page) == ["Q2?", "Q0?", "Q1?"]
    page.move_selected(+1)
    assert texts(page) == ["Q0?", "Q2?", "Q1?"]
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert texts(page) == ["Q0?", "Q2?", "Q1?"]
    page.undo_stack.undo()
    assert [q.id for q in vault.questions.list()] == ids


def test_drop_moves_within_a_priority_and_never_changes_one(page, vault):
    must = add(page, "Must?", priority=1)
    later = add(page, "Later?", priority=3)
    also_later = add(page, "Also later?", priority=3)
    data = QMimeData()
    data.setData(MIME_TYPE, f"[{later}]".encode())
    page.proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert texts(page) == ["Must?", "Later?", "Also later?"]  # not above a must-ask one
    assert vault.questions.get(later).priority == 3
    assert "change its priority" in page.message.text()
    data.setData(MIME_TYPE, f"[{also_later}]".encode())
    page.proxy.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert texts(page) == ["Must?", "Also later?", "Later?"]
    assert vault.questions.get(also_later).priority == 3
    assert page.model.mimeData([page.model.index(0, COL_TEXT)]).data(MIME_TYPE).data() == (
        f"[{must}]".encode())


def test_delete_is_undoable_with_answer_and_place(page, vault):
    ids = [add(page, f"Q{i}?") for i in range(3)]
    vault.questions.update(ids[1], answer="Yes")
    page.model.sync()
    page.select_question(ids[1])
    page.delete_selected()
    assert vault.questions.count() == 2
    page.undo_stack.undo()
    assert [q.id for q in vault.questions.list()] == ids
    assert vault.questions.get(ids[1]).answer == "Yes"
    page.undo_stack.redo()
    assert texts(page) == ["Q0?", "Q2?"]


def test_visit_asked_answer_and_unanswered_filter_with_undo(page, vault):
    a, b = add(page, "A?"), add(page, "B?")
    assert page.model.setData(page.model.index(0, COL_ASKED), Qt.CheckState.Checked.value,
                              Qt.ItemDataRole.CheckStateRole)
    assert vault.questions.get(a).asked
    page.select_question(b)
    page.answer_edit.setPlainText("Probably not needed")
    assert page.mapper.submit()  # leaving the field saves it
    page.answered_by_edit.setText("Dr Stone")
    assert page.mapper.submit()
    assert vault.questions.get(b).answer == "Probably not needed"
    assert vault.questions.get(b).answered_by == "Dr Stone"
    page.only_unanswered.setChecked(True)
    assert page.proxy.rowCount() == 0
    page.undo_stack.undo()  # answered by
    page.undo_stack.undo()  # answer
    assert page.proxy.rowCount() == 1
    page.undo_stack.undo()  # asked
    assert page.proxy.rowCount() == 2
    assert "2 not yet answered" in page.count_label.text()
    assert page.model.data(page.model.index(1, COL_ANSWER)) == ""


def test_suggestion_picked_twice_is_added_once(page, vault):
    page.suggestion_category.setCurrentIndex(page.suggestion_category.findData("tests"))
    index = page.suggestions.index(0)
    page.add_suggestion(index)
    page.add_suggestion(index)
    listed = vault.questions.list()
    assert [q.text for q in listed] == [page.suggestions.items()[0]]
    assert listed[0].category == "tests"
    assert page.suggestions.data(index, AddedRole)
    assert page.count_label.text() == "1 question, 1 not yet answered"
    page.undo_stack.undo()
    assert vault.questions.count() == 0


def test_link_to_record_shows_title_and_click_opens_it(page, vault, tmp_path, qtbot):
    from factories import make_pdf

    result = vault.importer.import_file(make_pdf(tmp_path / "ct.pdf", pages=3))
    doc = vault.documents.get(result.document_id)
    qid = add(page, "What does the CT show?")
    page.refresh()
    assert page.table.isColumnHidden(COL_RECORD)  # no link yet: no empty column
    page.select_question(qid)
    page.record_combo.setCurrentIndex(page.record_combo.findData(doc.id))
    page.record_page.setValue(2)
    page.record_page.editingFinished.emit()
    assert (vault.questions.get(qid).document_id, vault.questions.get(qid).page) == (doc.id, 2)
    assert not page.table.isColumnHidden(COL_RECORD)
    cell = page.proxy.index(0, COL_RECORD)
    assert doc.title in cell.data()
    with qtbot.waitSignal(page.open_record_requested) as blocker:
        page._cell_clicked(cell)
    assert blocker.args == [doc.id, 2]
    page.undo_stack.undo()
    assert vault.questions.get(qid).document_id is None
    assert page.table.isColumnHidden(COL_RECORD)


def test_print_questions_dialog_accepted_prints_to_pdf(page, vault, tmp_path):
    for i in range(25):
        add(page, f"Printed question number {i + 1}, which is long enough to wrap onto a "
                  "second line of the sheet when it is printed?", priority=1 + i % 3)
    vault.patient.set(name="Ana Ruiz")
    out = tmp_path / "printed.pdf"

    def accept(printer: QPrinter) -> bool:  # what the user does in the system dialog
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    page.services.dialogs.print_setup = accept
    page.print_questions()
    reader = PdfReader(out)
    assert len(reader.pages) > 1
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Printed question number 25," in text and "Ana Ruiz" in text


def test_print_questions_cancelled_prints_nothing(page, tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(printing, "print_sheet", lambda *a: started.append(a))
    page.print_questions()
    assert started == []


def test_print_preview_paints_the_sheet(page, vault):
    for i in range(25):
        add(page, f"Preview question {i}: what would you advise in my situation and why?")
    shown = page.services.dialogs.previews
    page.print_preview()
    preview = shown[0].findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() > 1
    shown[0].deleteLater()


def test_printing_failure_is_reported_not_raised(page, dialogs, tmp_path):
    def accept(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "missing-folder" / "x.pdf"))
        return True

    dialogs.print_setup = accept
    page.print_questions()
    assert dialogs.messages and dialogs.messages[0][:2] == ("error", "Printing failed")


def test_suggestions_are_ticked_from_the_list_without_querying_the_vault(page, vault,
                                                                          monkeypatch):
    page.suggestion_category.setCurrentIndex(page.suggestion_category.findData("tests"))
    first, second = page.suggestions.items()[:2]
    add(page, first.upper())  # same words, other case: already in the list
    index = page.suggestions.index(0)

    def no_query(*_args, **_kwargs):
        raise AssertionError("painting the suggestions queried the vault")

    monkeypatch.setattr(vault.questions, "list", no_query)
    monkeypatch.setattr(vault.questions, "find_text", no_query)
    assert page.suggestions.data(index, AddedRole)
    assert not page.suggestions.data(page.suggestions.index(1), AddedRole), second


def test_move_and_delete_are_visible_buttons_and_in_the_context_menu(page, vault):
    must = add(page, "Must?", priority=1)
    first, _second = add(page, "First?"), add(page, "Second?")
    up, down, delete = page.row_buttons
    assert not any(b.isEnabled() for b in page.row_buttons)  # nothing selected
    assert "Alt+Up" in up.toolTip() and "Alt+Down" in down.toolTip()
    assert "Alt+Up" in page.keys_hint.text()  # discoverable without hovering
    menu = [a.text().split("\t")[0].replace("&", "") for a in page.table.actions()]
    assert menu == ["Move up", "Move down", "Delete"]
    page.select_question(first)
    assert not up.isEnabled() and down.isEnabled()  # a must-ask one is above: no crossing
    down.click()
    assert texts(page) == ["Must?", "Second?", "First?"]
    assert vault.questions.get(first).priority == 2
    delete.click()
    assert vault.questions.count() == 2 and must


def test_find_filters_the_list_and_never_adds_a_question(page, vault):
    add(page, "Is surgery needed?")
    add(page, "What about physiotherapy?")
    page.focus_search()
    assert page.filter.hasFocus() or page.filter.selectedText() == ""
    page.filter.setText("physio")
    assert page.proxy.rowCount() == 1
    page.filter.returnPressed.emit()
    assert vault.questions.count() == 2  # Enter in the filter adds nothing


def test_suggestions_show_no_checkbox(page):
    index = page.suggestions.index(0)
    assert page.suggestions.data(index, Qt.ItemDataRole.CheckStateRole) is None
    assert not page.suggestions.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
