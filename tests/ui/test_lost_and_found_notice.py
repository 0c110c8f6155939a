"""A vault that set stored files aside tells the patient so when it opens, and offers them back;
a vault whose database is lost says to run `secondop recover`."""

from __future__ import annotations

import os

from factories import crashed_with_damaged_wal, make_pdf
from PySide6.QtCore import QSettings

from secondop_desktop.core.vault import DB_NAME, Vault
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.settings import Settings


def _window(qtbot, vault, services, tmp_path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    return window


def test_opening_a_vault_with_files_set_aside_offers_to_recover_them(qtbot, vault, services,
                                                                     dialogs, tmp_path):
    other = tmp_path / "other"
    with Vault.open(other) as crashed:  # a whole file, renamed in, never recorded
        crashed.blobs.put_bytes(make_pdf(tmp_path / "letter.pdf", ["Letter"]).read_bytes())
    window = _window(qtbot, vault, services, tmp_path)
    window.switch_vault(other)
    kinds = [(level, title) for level, title, _ in dialogs.messages]
    assert kinds == [("confirm", "Files set aside"), ("info", "Files recovered")]
    assert "1 stored file that" in dialogs.messages[0][2]  # one file: said so
    assert window.vault.documents.count() == 1 and window.vault.lost_and_found() == []


def test_declining_keeps_the_files_in_lost_and_found(qtbot, vault, services, dialogs, tmp_path):
    other = tmp_path / "other"
    with Vault.open(other) as crashed:
        crashed.blobs.put_bytes(b"%PDF-1.4 not really")
    dialogs.confirm_answers.append(False)
    window = _window(qtbot, vault, services, tmp_path)
    window.switch_vault(other)
    assert window.vault.documents.count() == 0 and len(window.vault.lost_and_found()) == 1


def test_a_vault_that_lost_its_database_says_what_to_do(qtbot, vault, services, dialogs,
                                                        tmp_path):
    other = tmp_path / "other"
    with Vault.open(other) as lost:
        lost.importer.import_file(make_pdf(tmp_path / "letter.pdf", ["Letter"]))
    (other / DB_NAME).unlink()
    window = _window(qtbot, vault, services, tmp_path)
    window.switch_vault(other)
    [(level, _title, text)] = dialogs.messages
    assert level == "error" and "secondop recover" in text
    assert window.vault is vault  # the open vault stays
    assert not (other / DB_NAME).exists()


def test_a_read_only_vault_says_so_when_it_opens(qtbot, vault, services, dialogs, tmp_path,
                                                 monkeypatch):
    other = tmp_path / "other"
    Vault.open(other).close()
    real_access = os.access  # (tests run as root, for whom chmod does not bind)
    monkeypatch.setattr(os, "access", lambda path, how, **kw: False if how == os.W_OK
                        else real_access(path, how, **kw))
    window = _window(qtbot, vault, services, tmp_path)
    window.switch_vault(other)
    assert window.vault.readonly
    assert [(level, title) for level, title, _ in dialogs.messages] == [("info",
                                                                         "Read-only vault")]


def test_a_vault_whose_wal_lost_changes_says_so_when_it_opens(qtbot, vault, services, dialogs,
                                                              tmp_path):
    crashed = crashed_with_damaged_wal(tmp_path, 35, damage_frame=30)
    window = _window(qtbot, vault, services, tmp_path)
    window.switch_vault(crashed)
    [(level, title, text)] = dialogs.messages
    assert (level, title) == ("error", "Recent changes may be lost")
    assert "your last backup, made" in text and "File > Restore" in text
