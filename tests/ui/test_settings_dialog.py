"""Edit > Settings…: the OCR languages present and used, their folder, reading on or off; the
app's own language."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QKeySequence

from secondop_desktop.core.ocr import engine
from secondop_desktop.core.ocr.engine import user_tessdata
from secondop_desktop.translations import resolve
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.settings import Settings
from secondop_desktop.ui.settings_dialog import SettingsDialog

WAIT_MS = 120_000


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def bundled(tmp_path, monkeypatch):
    """The English model as the app carries it (a stand-in: only names are looked at here)."""
    folder = tmp_path / "bundled"
    folder.mkdir()
    (folder / "eng.traineddata").write_bytes(b"model")
    monkeypatch.setattr(engine, "bundled_tessdata", lambda: folder)
    return folder


def _drop_language(code: str = "xyz") -> None:
    user_tessdata().mkdir(parents=True, exist_ok=True)
    (user_tessdata() / f"{code}.traineddata").write_bytes(b"model")


def _dialog(qtbot, settings, services) -> SettingsDialog:
    dialog = SettingsDialog(settings, services)
    qtbot.addWidget(dialog)
    return dialog


def _menu_action(window, text: str):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(text)


def test_the_dialog_lists_a_language_file_dropped_into_the_languages_folder(
        qtbot, settings, services, bundled):
    assert list(_dialog(qtbot, settings, services).language_boxes) == ["eng"]
    _drop_language("xyz")
    dialog = _dialog(qtbot, settings, services)
    assert list(dialog.language_boxes) == ["eng", "xyz"]
    assert dialog.language_boxes["eng"].text() == "English (eng)"
    assert dialog.language_boxes["xyz"].text() == "xyz"
    assert all(box.isChecked() for box in dialog.language_boxes.values())
    assert dialog.folder_path.text() == str(user_tessdata())
    assert dialog.no_languages.isHidden()


def test_unticking_a_language_leaves_it_out_of_the_readers_language_string(
        qtbot, vault, settings, services, bundled):
    _drop_language("xyz")
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ocr is not None and not window.ocr.running,
                    timeout=WAIT_MS)
    assert window.ocr.engine_language() == "eng+xyz"

    action = _menu_action(window, "Settings…")
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcuts() == (keys or [QKeySequence("Ctrl+,")])
    assert action.isEnabled()
    action.trigger()
    dialog = window.settings_dialog
    assert dialog.isVisible()
    dialog.language_boxes["xyz"].click()
    assert settings.ocr_skipped_languages == ["xyz"]
    assert window.ocr.skipped_languages == ["xyz"]
    assert window.ocr.engine_language() == "eng"
    # The last language ticked stays ticked: a reader needs one.
    assert not dialog.language_boxes["eng"].isEnabled()
    dialog.language_boxes["xyz"].click()
    assert window.ocr.engine_language() == "eng+xyz"
    assert dialog.language_boxes["eng"].isEnabled()

    dialog.automatic.click()  # off: the reader leaves the queue alone
    assert settings.ocr_automatic is False and window.ocr.automatic is False
    window.close()


def test_the_languages_chosen_are_remembered(tmp_path, qtbot, settings, services, bundled):
    _drop_language("xyz")
    _drop_language("deu")
    dialog = _dialog(qtbot, settings, services)
    dialog.language_boxes["deu"].click()
    dialog.automatic.click()
    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.ocr_skipped_languages == ["deu"] and again.ocr_automatic is False
    reopened = _dialog(qtbot, again, services)
    assert not reopened.language_boxes["deu"].isChecked()
    assert reopened.language_boxes["xyz"].isChecked()
    assert not reopened.automatic.isChecked()


def test_open_languages_folder_makes_it_owner_only_and_shows_it(qtbot, settings, services,
                                                               opened_urls, bundled):
    folder = user_tessdata()
    assert not folder.exists()
    dialog = _dialog(qtbot, settings, services)
    dialog.open_folder_button.click()
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert opened_urls == [QUrl.fromLocalFile(str(folder))]


@pytest.mark.parametrize("extra", [[], ["xyz", "abc", "def"]])
def test_every_wrapped_line_has_room_when_shown(qtbot, settings, services, bundled, extra):
    for code in extra:
        _drop_language(code)
    dialog = _dialog(qtbot, settings, services)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: len(dialog.language_boxes) == 1 + len(extra))  # listed later
    qtbot.wait(50)  # the layout settles
    for label in (dialog.folder_label, dialog.languages_label, dialog.folder_path,
                  dialog.language_note):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    # The boxes added later pushed the lines below them down instead of overlapping them.
    last = list(dialog.language_boxes.values())[-1]
    assert last.geometry().bottom() < dialog.folder_label.geometry().top()


def _choose_app_language(dialog: SettingsDialog, code: str) -> None:
    dialog.app_language.setCurrentIndex(dialog.app_language.findData(code))
    dialog.app_language.activated.emit(dialog.app_language.currentIndex())


def test_the_app_language_is_chosen_in_settings_for_the_next_start(tmp_path, qtbot, settings,
                                                                   services, bundled):
    dialog = _dialog(qtbot, settings, services)
    choices = [dialog.app_language.itemText(i) for i in range(dialog.app_language.count())]
    assert choices == ["System", "English", "Deutsch", "Español"]
    assert dialog.app_language.currentData() == ""  # by default, the system's language
    assert "next time SecondOp starts" in dialog.language_note.text()

    _choose_app_language(dialog, "es")
    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.language == "es" and resolve(again.language) == "es"  # what the start installs
    reopened = _dialog(qtbot, again, services)
    assert reopened.app_language.currentText() == "Español"

    _choose_app_language(reopened, "")
    assert Settings(QSettings(str(tmp_path / "settings.ini"),
                              QSettings.Format.IniFormat)).language == ""
