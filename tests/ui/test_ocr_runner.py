"""Scans are read on a thread of the runner's own; the status bar item follows; pause holds it."""

from __future__ import annotations

from scans import make_scan

from secondop_desktop.core.ocr.findings import open_connection
from secondop_desktop.core.ocr.search import search
from secondop_desktop.ui.ocr_runner import OcrRunner, OcrStatus

WAIT_MS = 120_000


def _found(vault, word: str) -> list[int]:
    conn = open_connection(vault.root)
    try:
        return [hit.id for hit in search(conn, word)]
    finally:
        conn.close()


def test_the_runner_reads_the_queue_and_reports_progress(qtbot, vault, tmp_path):
    [first] = vault.documents.import_paths([make_scan(tmp_path / "a.png", "Echocardiogram",
                                                      size=(1200, 800))])
    runner = OcrRunner()
    status = OcrStatus(runner)
    qtbot.addWidget(status)
    seen: list[tuple[int, int]] = []
    runner.progress.connect(lambda done, total: seen.append((done, total)))
    labels: list[str] = []
    runner.progress.connect(lambda *_: labels.append(status.label.text()))
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        runner.attach(vault.root)
    assert seen == [(0, 1), (1, 1)]
    assert labels[0] == "Reading scans: 0 of 1"
    assert status.isHidden()  # done: nothing to show
    assert _found(vault, "echocardiogram") == [first.document_id]


def test_paused_reading_waits_until_resumed(qtbot, vault, tmp_path):
    runner = OcrRunner()
    status = OcrStatus(runner)
    qtbot.addWidget(status)
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        runner.attach(vault.root)  # nothing queued yet
    status.pause_button.click()
    assert runner.paused
    [doc] = vault.documents.import_paths([make_scan(tmp_path / "b.png", "Colonoscopy",
                                                    size=(1200, 800))])
    runner.kick()  # an import finished: paused, so nothing starts
    assert not runner.running and _found(vault, "colonoscopy") == []
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        status.pause_button.click()
    assert not runner.paused
    assert _found(vault, "colonoscopy") == [doc.document_id]


def test_the_window_reads_scans_once_its_screens_are_up_and_the_records_learn_of_it(
        qtbot, vault, services, tmp_path):
    from PySide6.QtCore import QSettings

    from secondop_desktop.ui.main_window import MainWindow
    from secondop_desktop.ui.settings import Settings

    vault.patient.set(name="John Smith", dob="1960-03-12")
    [doc] = vault.documents.import_paths([make_scan(
        tmp_path / "scan.png", "Patient: Anna Kowalska DOB: 03/02/1958\nClinic letter",
        size=(1400, 900))])
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ocr is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: doc.document_id in window.records.findings, timeout=WAIT_MS)
    found = window.records.findings[doc.document_id]
    assert found.identity_warning == "This page names Anna Kowalska, born 1958-02-03"
    window.close()
    assert window.ocr.root is None  # left the vault: a late "done" refreshes nothing
