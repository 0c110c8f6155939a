"""Errors have one road: our bugs go to the log with their traceback and reach the patient as
ours (never as a damaged file); recognised conditions keep their reason; no record contents in
the log."""

from __future__ import annotations

import logging
import os
import sys
import threading

import pytest
from factories import make_pdf
from PySide6.QtCore import QSettings

from secondop_desktop import logs, paths
from secondop_desktop.cli import commands as cli
from secondop_desktop.core import formats
from secondop_desktop.core.vault import Vault
from secondop_desktop.ui.dialogs import BUG_TEXT
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.records.page import RecordsPage
from secondop_desktop.ui.services import Services
from secondop_desktop.ui.settings import Settings


@pytest.fixture
def log_path(tmp_path):
    path = logs.setup_logging(tmp_path / "logs")
    yield path
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, logs._PrivateFileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


def _log_text(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def _inject_reader_bug(monkeypatch) -> None:
    """A bug in a format reader: what a typo in new parsing code would do."""
    real = formats.inspect

    def broken(path, *args, **kwargs):
        if "secret" in path.name:
            return 1 / 0
        return real(path, *args, **kwargs)

    monkeypatch.setattr(formats, "inspect", broken)


def test_a_bug_in_a_format_reader_is_logged_and_reported_as_ours(
        qtbot, vault, services, dialogs, tmp_path, monkeypatch, log_path):
    _inject_reader_bug(monkeypatch)
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    good = make_pdf(tmp_path / "z_letter.pdf", ["Dear patient, your results are normal."])
    page.import_paths([make_pdf(tmp_path / "secret_scan.pdf", ["Diagnosis: private"]), good])
    assert [m[:2] for m in dialogs.messages] == [("bug", BUG_TEXT)]  # the standard dialog
    assert "ZeroDivisionError" in dialogs.messages[0][2]
    assert not any("damaged" in m[2] for m in dialogs.messages)
    # The file after the one that hit the bug still goes in; the summary says which was ours.
    assert page.model.rowCount() == 1 and not page.importing
    assert page.model.document(0).original_name == "z_letter.pdf"
    assert [r.name for r in page.last_summary.refused] == ["secret_scan.pdf"]
    assert "problem of its own" in page.last_summary.text()
    text = _log_text(log_path)
    assert "Traceback" in text and "ZeroDivisionError" in text and "broken" in text
    assert "Diagnosis" not in text and "results are normal" not in text  # no record contents
    if os.name == "posix":
        assert (log_path.stat().st_mode & 0o777) == 0o600


def test_the_real_pool_brings_an_injected_bug_to_the_log_and_the_dialog(
        qtbot, vault, tmp_path, monkeypatch, log_path):
    from fakes import ScriptedDialogs

    _inject_reader_bug(monkeypatch)
    dialogs = ScriptedDialogs()
    services = Services(dialogs=dialogs)  # real threads
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.import_paths([make_pdf(tmp_path / "secret.pdf")])
    qtbot.waitUntil(lambda: not page.importing and bool(dialogs.messages), timeout=10_000)
    assert [m[0] for m in dialogs.messages] == ["bug"]
    assert "ZeroDivisionError" in _log_text(log_path)
    page.shutdown()


def test_a_damaged_file_keeps_its_reason(qtbot, vault, services, dialogs, tmp_path, log_path):
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00" * 64)
    page.import_paths([broken])
    assert dialogs.messages == []
    assert page.last_summary.refused[0].reason  # the patient-facing reason, in the summary
    assert "Traceback" not in _log_text(log_path)


def test_uncaught_exceptions_go_to_the_log_and_the_report(log_path, monkeypatch):
    reports: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logs.install_excepthooks(reports.append)
    try:
        raise KeyError("gui-thread-bug")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    thread = threading.Thread(target=lambda: {}["worker-thread-bug"], name="worker")
    thread.start()
    thread.join()
    text = _log_text(log_path)
    assert "gui-thread-bug" in text and "worker-thread-bug" in text and "worker" in text
    assert len(reports) == 1 and "KeyError" in reports[0]  # only the GUI thread's is shown


def test_help_shows_the_log_folder(qtbot, vault, services, opened_urls, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    action = next(a for m in window.menuBar().actions() for a in m.menu().actions()
                  if a.text().replace("&", "") == "Show log folder")
    assert action.isEnabled()
    action.trigger()
    assert [u.toLocalFile() for u in opened_urls] == [str(paths.log_dir())]
    assert paths.log_dir().is_dir()


def test_a_bug_in_the_cli_is_logged_with_its_traceback(tmp_path, monkeypatch, capsys):
    def broken(_vault, _args):
        raise ZeroDivisionError("cli bug")

    monkeypatch.setattr(cli, "cmd_list", broken)
    Vault.open(tmp_path / "v").close()
    code = cli.main(["--vault", str(tmp_path / "v"), "list"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED
    assert "something went wrong in SecondOp" in err and "Traceback" not in err
    log_path = logs.log_file()
    assert log_path is not None and str(paths.log_dir()) in str(log_path)
    assert "ZeroDivisionError: cli bug" in _log_text(log_path)


def test_the_standard_dialog_says_it_is_ours_and_copies_the_details(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from secondop_desktop.ui.dialogs import DialogService

    seen: list[str] = []

    def press_copy() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Copy details").click()

    QTimer.singleShot(0, press_copy)
    DialogService().bug(None, "Traceback: ZeroDivisionError")
    assert seen == [BUG_TEXT]
    assert QGuiApplication.clipboard().text() == "Traceback: ZeroDivisionError"
