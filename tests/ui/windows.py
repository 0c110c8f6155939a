"""The main window as the GUI tests open it: its own settings file, closed by qtbot."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.settings import Settings


def open_window(qtbot, vault, services, tmp_path, *, active: bool = False) -> MainWindow:
    """A shown window on ``vault``; ``active``: keys reach its shortcuts (it has the focus)."""
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    window.show()
    if active:
        activate(qtbot, window)
    return window


def activate(qtbot, window) -> None:
    """Keys reach a window's shortcuts only while it is the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_records_page(qtbot, vault, services):
    """The Records screen alone, shown at a desktop size."""
    from secondop_desktop.ui.records.page import RecordsPage

    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page
