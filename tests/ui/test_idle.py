"""Selecting any record leaves the app idle: no layout or paint feeding itself in a loop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

from secondop_desktop.core.vault import Vault
from secondop_desktop.demo import ensure_demo_vault
from secondop_desktop.ui.main_window import PAGE_TITLES, MainWindow
from secondop_desktop.ui.settings import Settings

WATCHED = (QEvent.Type.Paint, QEvent.Type.LayoutRequest)


class EventCounter(QObject):
    """Counts paint and layout events reaching any object of the application."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in WATCHED:
            self.count += 1
        return False


def test_selecting_every_demo_record_leaves_the_app_idle(qtbot, services, tmp_path):
    ensure_demo_vault(tmp_path / "demo")
    vault = Vault.open(tmp_path / "demo")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.records
    qtbot.waitUntil(lambda: len(window.built_pages()) == len(PAGE_TITLES))  # built lazily
    # The demo's scans are read once the screens are up; idle means after that, too.
    qtbot.waitUntil(lambda: window.ocr is not None and not window.ocr.running, timeout=180_000)
    qtbot.wait(300)
    counter = EventCounter()
    for row in range(page.proxy.rowCount()):
        doc = page.proxy.document_at(page.proxy.index(row, 0))
        page.select_document(doc.id)
        qtbot.wait(300)  # the preview settles: pages render, scroll bars find their place
        QApplication.instance().installEventFilter(counter)
        counter.count = 0
        qtbot.wait(1000)
        QApplication.instance().removeEventFilter(counter)
        assert counter.count < 10, f"{doc.title}: {counter.count} paint/layout events while idle"
    window.close()
    vault.close()
