"""One action per command, enabled when it applies, with feedback; keys work from any focus."""

from __future__ import annotations

from factories import make_jpeg, make_pdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from windows import activate, open_window

from secondop_desktop.ui.main_window import PAGE_TITLES, MainWindow


def _window(qtbot, vault, services, tmp_path) -> MainWindow:
    return open_window(qtbot, vault, services, tmp_path, active=True)


def _with_records(qtbot, window, tmp_path, count: int = 2):
    files = [make_pdf(tmp_path / f"letter{i}.pdf") for i in range(count - 1)]
    files.append(make_jpeg(tmp_path / "scan.jpg"))
    window.records.import_paths(files)
    window.records.summary_dialog.close()
    activate(qtbot, window)
    return window.records.model.documents()


def _menu(window, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "").split("\t")[0] == text:
                return action
    raise KeyError(text)


def test_no_key_is_claimed_twice(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    assert len(window.pages) == len(PAGE_TITLES)  # every screen built: their actions count too
    seen: dict[str, QAction] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            name = key.toString()
            assert name not in seen or seen[name] is action, f"{name}: {action.text()} and " \
                                                             f"{seen[name].text()}"
            seen[name] = action
    window.close()


def test_del_trashes_with_a_notice_and_undo(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    page = window.records
    delete = _menu(window, "Delete")
    assert not delete.isEnabled()  # empty vault: nothing to delete
    docs = _with_records(qtbot, window, tmp_path)
    page.select_document(docs[0].id)
    assert delete.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert vault.documents.get(docs[0].id).trashed
    assert "to the trash" in window.notice.text() and docs[0].title in window.notice.text()
    assert not window.notice.undo_button.isHidden()
    window.notice.undo_button.click()
    assert not vault.documents.get(docs[0].id).trashed
    window.close()


def test_grid_context_menu_edit_delete_and_restore_work(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    page = window.records
    docs = _with_records(qtbot, window, tmp_path)
    window.set_records_view("grid")
    page.grid.setCurrentIndex(page.proxy.index(0, 0))  # as a click in the grid selects
    first = page.selected_documents()[0]
    assert page.trash_action.isEnabled()
    page.trash_action.trigger()  # the grid's right-click "Move to trash"
    assert vault.documents.get(first.id).trashed
    page.grid.setCurrentIndex(page.proxy.index(0, 0))
    second = page.selected_documents()[0]
    _menu(window, "Delete").trigger()
    assert vault.documents.get(second.id).trashed
    # The last record went: the trash stays reachable, not the first-run screen.
    assert page.screens.currentWidget() is not page.empty
    assert page.view_stack.currentWidget() is page.nothing_shown
    page.nothing_shown.button.click()  # "Show trash"
    assert page.showing_trash
    assert not page.restore_button.isEnabled()  # nothing selected yet
    page.grid.setCurrentIndex(page.proxy.index(0, 0))
    assert page.restore_button.isEnabled()
    page.restore_button.click()
    assert len([d for d in (first, second) if not vault.documents.get(d.id).trashed]) == 1
    assert "Restored" in window.notice.text()
    assert {d.id for d in docs} >= {first.id, second.id}
    window.close()


def test_delete_forever_is_never_the_default(qtbot, vault, services, dialogs, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    page = window.records
    docs = _with_records(qtbot, window, tmp_path)
    page.select_document(docs[0].id)
    page.delete_selected()
    page.set_showing_trash(True)
    page.select_document(docs[0].id)
    dialogs.confirm_answers.append(False)
    page.delete_selected()
    assert dialogs.destructive == [True]
    window.close()


def test_where_is_my_data_has_no_cancel(qtbot, vault, services, dialogs, tmp_path, opened_urls):
    window = _window(qtbot, vault, services, tmp_path)
    _menu(window, "Where is my data?").trigger()
    assert dialogs.messages[-1][0] == "inform"  # a message with one action and Close
    assert opened_urls
    window.close()


def test_window_keys_work_while_typing(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    calls = []
    _menu(window, "Export packet…").triggered.disconnect()
    _menu(window, "Export packet…").triggered.connect(lambda: calls.append("export"))
    for page in window.pages:
        for box in page.findChildren(QLineEdit):
            if not box.isVisibleTo(page):
                continue
            window.show_page(page)
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
            assert calls, f"Ctrl+E did nothing in {box.objectName() or box.placeholderText()}"
            calls.clear()
    window.close()


def test_find_goes_to_a_filter_box_on_every_screen(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    for page in (window.records, window.questions):
        window.show_page(page)
        qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        focused = QApplication.focusWidget()
        assert isinstance(focused, QLineEdit)
        assert "search" in focused.accessibleName().lower() \
            or "filter" in focused.accessibleName().lower(), focused.accessibleName()
    window.close()


def test_tables_are_one_tab_stop(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    for page in window.pages:
        for view in page.findChildren(QAbstractItemView):
            assert not view.tabKeyNavigation(), f"{page.title}: {view.objectName()}"
    window.close()


def test_standard_delete_key_is_edit_delete(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)
    assert _menu(window, "Delete").shortcuts() == keys
    assert window.records.trash_action.shortcuts() == []  # shown in its menu, not claimed
    window.close()


def test_down_from_the_search_box_goes_to_the_first_record_found(qtbot, vault, services,
                                                                 tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    page = window.records
    docs = _with_records(qtbot, window, tmp_path)
    window.show_page(page)
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, docs[-1].title)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table
    assert page.current_document().id == page.proxy.document_at(page.proxy.index(0, 0)).id
    assert page.preview.document is not None  # selected: shown and ready to edit
    window.close()
