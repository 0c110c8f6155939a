"""Dragging files shows where they go; a list that shows nothing says why and what to do."""

from __future__ import annotations

from factories import make_pdf
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from test_records_page import _page


def test_dragging_files_highlights_the_drop_target(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_pdf(tmp_path / "a.pdf")))])
    highlight = page.drop_target.highlight
    assert not highlight.isVisible()
    QApplication.sendEvent(page, QDragEnterEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier))
    assert highlight.isVisible() and "Drop" in highlight.text()
    assert highlight.geometry().width() > page.width() * 0.9
    QApplication.sendEvent(page, QDragLeaveEvent())
    assert not highlight.isVisible()
    QApplication.sendEvent(page, QDragEnterEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(page, QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier))
    assert not highlight.isVisible() and vault.documents.count() == 1


def test_an_empty_search_and_an_empty_trash_say_what_to_do(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    page.import_paths([make_pdf(tmp_path / "a.pdf")])
    page.summary_dialog.close()
    page.search.setText("no such words anywhere")
    note = page.nothing_shown
    assert page.view_stack.currentWidget() is note
    assert "No records match" in note.heading.text()
    note.button.click()  # "Clear the search"
    assert page.search.text() == "" and page.view_stack.currentWidget() is page.table
    page.set_showing_trash(True)
    assert page.view_stack.currentWidget() is note
    assert "trash is empty" in note.heading.text().lower()
    note.button.click()  # "Back to my records"
    assert not page.showing_trash


def test_empty_state_import_buttons_work(qtbot, vault, services, dialogs, tmp_path):
    page = _page(qtbot, vault, services)
    dialogs.files.append([make_pdf(tmp_path / "a.pdf")])
    buttons = [b for b in page.empty.findChildren(type(page.import_button))
               if b.text() == "Import files…"]
    buttons[0].click()
    assert vault.documents.count() == 1
