"""The Requests screen: the table model, the editor, overdue rows, drops and letters."""

from __future__ import annotations

import datetime as dt

from factories import make_pdf
from pdf_inspect import page_texts
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QPushButton

from secondop_desktop.packet.request_letter import Letter
from secondop_desktop.ui.requests.letters import new_printer, print_letter
from secondop_desktop.ui.requests.model import (
    COL_DUE,
    COL_MISSING,
    COL_STATUS,
    OVERDUE_ROLE,
    OVERDUE_TINT,
    RequestsModel,
)
from secondop_desktop.ui.requests.page import RequestsPage, receive_files

TODAY = dt.date.today()


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _page(qtbot, vault, services) -> RequestsPage:
    page = RequestsPage(vault, services)
    qtbot.addWidget(page)
    return page


def test_model_contract_and_overdue_cells(qtbot, vault):
    vault.requests.add("City Pathology", "pathology-slides", asked=TODAY - dt.timedelta(days=45))
    vault.requests.add("GP", "notes,labs", asked=TODAY)
    model = RequestsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_requests(vault.requests.list())
    assert model.rowCount() == 2 and model.overdue_count() == 1
    late = model.index(0, COL_DUE)
    assert model.data(late, OVERDUE_ROLE) is True
    assert model.data(late, Qt.ItemDataRole.BackgroundRole) == OVERDUE_TINT
    assert "Overdue" in model.data(late, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, COL_DUE), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, COL_MISSING)) == "Visit notes, Lab results"
    assert model.data(model.index(0, COL_STATUS)) == "Asked (letter)"


def test_editor_saves_fields_checklist_and_received(qtbot, vault, services):
    page = _page(qtbot, vault, services)
    overdue: list[int] = []
    page.overdue_changed.connect(overdue.append)
    page.new_request()
    editor = page.editor
    _type(qtbot, editor.lines["provider"], "University Spine Centre")
    _type(qtbot, editor.lines["department"], "Radiology")
    _type(qtbot, editor.asked, (TODAY - dt.timedelta(days=40)).isoformat())
    editor._suggest_due()
    assert editor.due.text() == (TODAY - dt.timedelta(days=10)).isoformat()
    for row in range(editor.items.count()):
        item = editor.items.item(row)
        if item.text() in ("Imaging reports", "Imaging on CD/DVD or download"):
            item.setCheckState(Qt.CheckState.Checked)
        else:
            item.setCheckState(Qt.CheckState.Unchecked)
    editor.status.setCurrentIndex(editor.status.findData("asked"))
    editor.status.activated.emit(editor.status.currentIndex())  # as a choice in the list does
    qtbot.waitUntil(lambda: vault.requests.list()[0].provider != "New provider")  # a pause saves
    [saved] = vault.requests.list()
    assert saved.provider == "University Spine Centre" and saved.department == "Radiology"
    assert [i.item for i in saved.items] == ["imaging-reports", "imaging-cd"]
    assert saved.overdue() and overdue[-1] == 1
    assert "1 overdue" in page.summary.text()
    editor.received.item(0).setCheckState(Qt.CheckState.Checked)
    page.save_now()
    assert vault.requests.get(saved.id).status == "partly-received"
    assert editor.status.currentData() == "partly-received"  # the form follows


def test_bad_date_is_explained_and_not_saved(qtbot, vault, services):
    page = _page(qtbot, vault, services)
    page.new_request()
    _type(qtbot, page.editor.asked, "3 Nov")
    assert not page.save_now()
    assert "not a date" in page.editor.message.text()
    assert vault.requests.list()[0].asked is None
    [(problem, _field)] = page.pending_problems()  # said before the window closes
    assert "not saved" in problem and "not a date" in problem


def test_link_a_record_from_the_records(qtbot, vault, services, tmp_path):
    doc = vault.importer.import_file(make_pdf(tmp_path / "cd.pdf")).document_id
    vault.requests.add("Imaging Centre", "imaging-cd", asked=TODAY)
    page = _page(qtbot, vault, services)
    assert page.editor.records.currentData() == doc
    page.editor.link_button.click()
    request = vault.requests.list()[0]
    assert request.status == "received" and request.items[0].records == [doc]
    assert "records 1" in page.editor.received.item(0).text()


def test_dropping_files_on_the_list_links_them(qtbot, vault, services, tmp_path):
    request = vault.requests.add("City Pathology", "pathology-reports", asked=TODAY)
    page = _page(qtbot, vault, services)
    pdf = make_pdf(tmp_path / "pathology.pdf", ["Report"])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    target = page.table.viewport()
    enter = QDragEnterEvent(QPointF(target.rect().center()), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(target.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    got = vault.requests.get(request.id)
    assert got.status == "received" and got.items[0].records == [vault.documents.list()[0].id]
    # the same file again counts as the record it duplicates
    assert receive_files(vault, request.id, [pdf]) == [vault.documents.list()[0].id]


def test_save_and_print_the_letter(qtbot, vault, services, dialogs, tmp_path):
    vault.patient.set(name="Jane Doe")
    vault.requests.add("City Pathology", "pathology-slides", asked=TODAY)
    page = _page(qtbot, vault, services)
    out = tmp_path / "letter.pdf"
    dialogs.save_paths.append(out)
    page.save_letter()
    assert "Pathology slides/blocks" in page_texts(out)[0]
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_letter(printer, Letter.of(vault, vault.requests.list()[0])) == 1
    printed = " ".join(page_texts(tmp_path / "printed.pdf")[0].split())
    assert "Request for a copy of my medical records" in printed and "Jane Doe" in printed


def test_delete_asks_first(qtbot, vault, services, dialogs):
    vault.requests.add("GP", "notes")
    page = _page(qtbot, vault, services)
    dialogs.confirm_answers.append(False)
    page.delete_selected()
    assert len(vault.requests.list()) == 1
    page.delete_selected()
    assert vault.requests.list() == [] and not page.editor.isEnabled()


def test_what_is_typed_is_kept_without_a_save_button(qtbot, vault, services, dialogs, tmp_path):
    """Provider, address and notes typed and left (another screen, another request, a letter)
    are stored, and the letter is addressed to what the form shows."""
    vault.patient.set(name="Jane Doe")
    vault.requests.add("GP", "notes")
    page = _page(qtbot, vault, services)
    page.show()
    page.new_request()
    qtbot.waitUntil(lambda: page.editor.request is not None
                    and page.editor.request.provider == "New provider")
    _type(qtbot, page.editor.lines["provider"], "Thyroid Clinic")
    page.editor.notes.setFocus()
    qtbot.keyClicks(page.editor.notes, "Ask for the 2025 ultrasound too")
    page.hide()  # another screen: no Save was pressed
    [request] = [r for r in vault.requests.list() if r.provider != "GP"]
    assert request.provider == "Thyroid Clinic"
    assert request.notes == "Ask for the 2025 ultrasound too"
    page.show()
    _type(qtbot, page.editor.lines["department"], "Endocrinology")
    out = tmp_path / "letter.pdf"
    dialogs.save_paths.append(out)
    page.save_letter()
    text = " ".join(page_texts(out)[0].split())
    assert "Thyroid Clinic" in text and "Endocrinology" in text and "New provider" not in text
    assert not any(b.text() == "Save" for b in page.findChildren(QPushButton))


def test_typing_on_while_a_save_is_written_keeps_the_cursor(qtbot, vault, services):
    vault.requests.add("GP", "notes")
    page = _page(qtbot, vault, services)
    page.editor.notes.setFocus()
    qtbot.keyClicks(page.editor.notes, "first")
    page.save_now()  # a pause in typing
    qtbot.keyClicks(page.editor.notes, " second")
    assert page.editor.notes.toPlainText() == "first second"
    page.save_now()
    assert vault.requests.list()[0].notes == "first second"


def test_scrolling_the_form_changes_no_choice(qtbot, vault, services):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    vault.requests.add("GP", "notes")
    page = _page(qtbot, vault, services)
    page.show()
    how = page.editor.method
    before = how.currentData()
    center = QPointF(how.rect().center())
    wheel = QWheelEvent(center, QPointF(how.mapToGlobal(center.toPoint())), QPoint(),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(how, wheel)
    assert how.currentData() == before and not page._dirty
    page.editor.address.setFocus()
    qtbot.waitUntil(page.editor.address.hasFocus)
    qtbot.keyClick(page.editor.address, Qt.Key.Key_Tab)  # on to the next field, no tab typed
    assert page.editor.address.toPlainText() == "" and not page.editor.address.hasFocus()


def test_text_a_screen_reader_sets_is_kept(qtbot, vault, services):
    """Assistive technology sets a field's text through the accessibility interface (no key is
    pressed): that is typing too, and it is saved like it."""
    from PySide6.QtGui import QAccessible

    vault.requests.add("New provider", "notes")
    page = _page(qtbot, vault, services)
    page.show()
    provider = QAccessible.queryAccessibleInterface(page.editor.lines["provider"])
    provider.setText(QAccessible.Text.Value, "Thyroid Clinic")
    page.hide()
    assert vault.requests.list()[0].provider == "Thyroid Clinic"


def test_notes_typed_just_before_quitting_are_kept(qtbot, vault, services, tmp_path):
    from windows import open_window

    vault.requests.add("Riverside Hospital", "notes")
    window = open_window(qtbot, vault, services, tmp_path)
    window.show_page(window.requests)
    notes = window.requests.editor.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Ask them for the CD too")
    window.close()  # Ctrl+Q at once: no pause in typing, no Save
    assert vault.requests.list()[0].notes == "Ask them for the CD too"
