"""The main window: title, menus and shortcuts, drop anywhere, vault switching, settings."""

from __future__ import annotations

from factories import make_jpeg, make_pdf
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication

from secondop_desktop.core.vault import Vault
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.settings import Settings
from secondop_desktop.ui.widgets.form_fields import DEBOUNCE_MS


def _window(qtbot, vault, services, tmp_path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    return window


def _actions(window) -> dict[str, object]:
    found = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text():
                found[action.text().replace("&", "")] = action
    return found


def test_title_follows_the_patient(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    assert window.windowTitle() == "SecondOp"
    window.visit.field("patient.name").set_text("Jane Doe")
    window.visit.field("patient.name").commit()  # saved, announced: the title follows
    assert "SecondOp" in window.windowTitle() and "Jane Doe" in window.windowTitle()


def test_menus_have_standard_shortcuts(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    actions = _actions(window)
    for text in ("New vault…", "Open vault…", "Import files…", "Import folder…",
                 "Export packet…", "Print questions…", "Print preview…", "Quit", "Undo", "Redo",
                 "Delete", "Find", "Where is my data?", "About SecondOp", "Show trash"):
        assert text in actions, text
    standard = {"New vault…": "New", "Open vault…": "Open", "Print questions…": "Print",
                "Quit": "Quit", "Undo": "Undo", "Redo": "Redo", "Delete": "Delete",
                "Find": "Find"}
    for text, name in standard.items():
        keys = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name))
        assert actions[text].shortcuts() == (keys or [QKeySequence("Ctrl+Q")]), text
        assert not actions[text].shortcut().isEmpty(), text
    assert actions["Import files…"].shortcut() == QKeySequence("Ctrl+I")
    for index, title in enumerate(("Records", "Questions", "Symptoms", "Visit"), start=1):
        assert actions[title].text() == f"&{title}"  # underlined accelerator
        assert actions[title].shortcut() == QKeySequence(f"Ctrl+{index}")
    window.records.trash_button.click()  # the menu item follows the screen's button
    assert actions["Show trash"].isChecked()
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    accelerators = [a.text().split("&")[1][0].lower() for a in view.actions() if a.text()]
    assert len(accelerators) == len(set(accelerators))  # no two items share a letter


def test_drop_on_the_window_imports_on_the_records_screen(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    window.nav.setCurrentRow(2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_pdf(tmp_path / "letter.pdf")))])
    enter = QDragEnterEvent(QPointF(30, 30), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(30, 30), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))
    assert window.current_page() is window.records
    assert vault.documents.count() == 1


def test_edit_delete_and_undo_follow_the_page(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    window.records.import_paths([make_pdf(tmp_path / "a.pdf")])
    doc_id = window.records.model.documents()[0].id
    window.records.select_document(doc_id)
    actions = _actions(window)
    actions["Delete"].trigger()
    assert vault.documents.get(doc_id).trashed
    actions["Undo"].trigger()
    assert not vault.documents.get(doc_id).trashed


def test_where_is_my_data_shows_the_vault_folder(qtbot, vault, services, dialogs, opened_urls,
                                                 tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    window.show_data_location()
    assert str(vault.root) in dialogs.messages[-1][2]
    assert opened_urls[-1].toLocalFile() == str(vault.root)


def test_switching_vaults_and_remembering_it(qtbot, vault, services, dialogs, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    other = tmp_path / "other-vault"
    Vault.open(other).close()
    dialogs.folders.append(other)
    _actions(window)["Open vault…"].trigger()
    assert window.vault.root == other
    assert window.settings.last_vault == other
    window.records.import_paths([make_pdf(tmp_path / "b.pdf")])
    assert window.vault.documents.count() == 1
    window.close()
    assert window.settings.window_geometry is not None


def test_question_reference_opens_the_record_at_its_page(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    window.records.import_paths([make_pdf(tmp_path / "c.pdf", 4)])
    doc_id = window.records.model.documents()[0].id
    window.nav.setCurrentRow(1)
    signal = getattr(window.questions, "open_record_requested", None)
    if signal is not None:
        signal.emit(doc_id, 3)
    else:
        window.show_record(doc_id, 3)
    assert window.current_page() is window.records
    assert window.records.current_document().id == doc_id
    assert window.records.preview.current_page() == 3


def test_opening_another_vault_retires_the_old_screens(qtbot, vault, services, dialogs,
                                                       tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.records.import_paths([make_pdf(tmp_path / "a.pdf", 2),
                                 make_jpeg(tmp_path / "b.jpg", size=(300, 400))])
    window.records.summary_dialog.close()
    old_pages = window.pages  # every screen built, as after a while in the app
    old_records = window.records
    old_records.select_document(old_records.model.documents()[0].id)
    old_records.set_view("grid")  # thumbnails asked for again in the other view
    qtbot.keyClicks(old_records.details.fields["title"], " (typed)")  # an unsaved edit
    name = window.visit.field("patient.name").editor
    window.show_page(window.visit)
    window.activateWindow()
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, "Jane")  # typed, its save still waiting for a pause or focus to leave
    old_vault = window.vault

    Vault.open(tmp_path / "second-vault").close()
    dialogs.folders.append(tmp_path / "second-vault")
    _actions(window)["Open vault…"].trigger()

    assert window.vault is not old_vault
    with Vault.open(old_vault.root) as reopened:  # the edit was saved before the vault closed
        assert any(d.title.endswith("(typed)") for d in reopened.documents.records())
        assert reopened.patient.get().name == "Jane"
    for page in old_pages:
        assert window.stack.indexOf(page) < 0 and not page.isVisible()
    # Every screen of the new vault shows, refreshes and repaints; the old ones never wake up.
    for page in window.pages:
        assert page not in old_pages and page.vault is window.vault
        window.show_page(page)
        page.refresh()
        page.repaint()
    window.records.set_view("list")
    window.records.set_view("grid")
    window.repaint()
    qtbot.wait(DEBOUNCE_MS + 100)  # deferred deletions and the old screens' timers would run
    assert window.records.model.rowCount() == 0
    assert not [m for m in dialogs.messages if m[0] == "error"]


def _colours(image, left: int, top: int, width: int, height: int) -> set[str]:
    """The opaque colours inside a rectangle of ``image``."""
    return {image.pixelColor(x, y).name() for x in range(left, left + width)
            for y in range(top, top + height) if image.pixelColor(x, y).alpha() == 255}


def test_navigation_icons_are_the_apps_own_and_turn_white_when_selected(qtbot, vault, services,
                                                                         tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    size = window.nav.iconSize()
    for row in range(window.nav.count()):
        icon = window.nav.item(row).icon()
        assert not icon.isNull(), row
        normal = icon.pixmap(size, QIcon.Mode.Normal).toImage()
        selected = icon.pixmap(size, QIcon.Mode.Selected).toImage()
        assert "#3b4a5a" in _colours(normal, 0, 0, size.width(), size.height()), row
        assert "#ffffff" in _colours(selected, 0, 0, size.width(), size.height()), row
    # On screen, the current row draws the white icon and the others the slate one.
    window.nav.setCurrentRow(1)
    image = window.nav.viewport().grab().toImage()
    icon_areas = []
    for row in range(window.nav.count()):
        rect = window.nav.visualItemRect(window.nav.item(row))  # the icon comes before the text
        icon_areas.append(_colours(image, rect.left(), rect.top(), 2 * size.width(),
                                   rect.height()))
    assert "#ffffff" in icon_areas[1] and "#3b4a5a" not in icon_areas[1]
    assert all("#3b4a5a" in area and "#ffffff" not in area
               for row, area in enumerate(icon_areas) if row != 1)


def test_opening_a_folder_that_is_not_a_vault_makes_one_inside_it(qtbot, vault, services,
                                                                  dialogs, tmp_path):
    import stat

    window = _window(qtbot, vault, services, tmp_path)
    photos = tmp_path / "Photos"
    photos.mkdir()
    photos.chmod(0o755)
    (photos / "holiday.jpg").write_bytes(b"not ours")
    dialogs.folders.append(photos)
    dialogs.confirm_answers.append(False)
    _actions(window)["Open vault…"].trigger()
    assert window.vault.root == vault.root  # declined: nothing changed
    assert "not a SecondOp vault" in dialogs.messages[-1][2]
    dialogs.folders.append(photos)
    _actions(window)["Open vault…"].trigger()  # accepted
    assert window.vault.root == photos / "SecondOp vault"
    assert stat.S_IMODE(photos.stat().st_mode) == 0o755  # the chosen folder is untouched
    assert sorted(p.name for p in photos.iterdir()) == ["SecondOp vault", "holiday.jpg"]
    window.close()


def test_open_recent_lists_the_default_and_earlier_vaults(qtbot, vault, services, dialogs,
                                                          tmp_path):
    from secondop_desktop import paths

    window = _window(qtbot, vault, services, tmp_path)
    other = tmp_path / "other-vault"
    Vault.open(other).close()
    dialogs.folders.append(other)
    _actions(window)["Open vault…"].trigger()
    assert paths.default_vault_dir() in dialogs.places  # the dialog can reach it
    window.recent_menu.aboutToShow.emit()
    entries = {a.text(): a for a in window.recent_menu.actions()}
    assert any(text.startswith("My default vault") for text in entries)
    assert str(vault.root) in entries and not entries[str(other)].isEnabled()  # the open one
    entries[str(vault.root)].trigger()
    assert window.vault.root == vault.root
    window.close()
