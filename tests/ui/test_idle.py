"""Selecting any record leaves the app idle: no layout or paint feeding itself in a loop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

from secondop_desktop.core.vault import Vault
from secondop_desktop.demo import ensure_demo_vault
from secondop_desktop.ui.main_window import PAGE_TITLES, MainWindow
from secondop_desktop.ui.settings import Settings

WATCHED = (QEvent.Type.Paint, QEvent.Type.LayoutRequest)
STILL_MS = 100  # no paint or layout for this long: settled
SETTLE_MS = 3000  # settled by then, or painting feeds itself
QUIET_MS = 200  # then watched for this long: a loop repaints many times in it


class EventCounter(QObject):
    """Counts paint and layout events reaching any object of the application."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in WATCHED:
            self.count += 1
        return False


def settles(qtbot, counter: EventCounter) -> bool:
    """Wait until the application has been still for STILL_MS; False if it never is."""
    for _ in range(SETTLE_MS // STILL_MS):
        counter.count = 0
        qtbot.wait(STILL_MS)
        if counter.count == 0:
            return True
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
    counter = EventCounter()
    QApplication.instance().installEventFilter(counter)
    try:
        for row in range(page.proxy.rowCount()):
            doc = page.proxy.document_at(page.proxy.index(row, 0))
            page.select_document(doc.id)
            # The preview settles (pages render, scroll bars find their place): a tenth of a
            # second without a paint or a layout comes soon, unless they feed each other.
            assert settles(qtbot, counter), f"{doc.title}: paint/layout events never stop"
            counter.count = 0
            qtbot.wait(QUIET_MS)
            assert counter.count < 3, f"{doc.title}: {counter.count} paint/layout events idle"
    finally:
        QApplication.instance().removeEventFilter(counter)
    window.close()
    vault.close()
