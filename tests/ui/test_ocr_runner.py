"""Scans are read by a long-running operation on a pool of the runner's own; the status bar item
follows; pause holds it; stopping never waits; failures take the operations layer's road."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QRunnable
from scans import make_scan

from secondop_desktop.core.ocr.engine import OcrUnavailable
from secondop_desktop.core.ocr.findings import open_connection
from secondop_desktop.core.ocr.queue import RunResult
from secondop_desktop.core.ocr.search import search
from secondop_desktop.ui import ocr_runner
from secondop_desktop.ui.dialogs import BUG_TEXT
from secondop_desktop.ui.ocr_runner import OcrRunner, OcrStatus
from secondop_desktop.ui.operations import single_thread_pool
from secondop_desktop.ui.services import Services

WAIT_MS = 120_000


def _found(vault, word: str) -> list[int]:
    conn = open_connection(vault.root)
    try:
        return [hit.id for hit in search(conn, word)]
    finally:
        conn.close()


def test_the_runner_reads_the_queue_and_reports_progress(qtbot, vault, services, tmp_path):
    [first] = vault.importer.import_paths([make_scan(tmp_path / "a.png", "Echocardiogram",
                                                      size=(1200, 800))])
    runner = OcrRunner(services)
    status = OcrStatus(runner)
    qtbot.addWidget(status)
    seen: list[tuple[int, int]] = []
    runner.progress.connect(lambda done, total: seen.append((done, total)))
    labels: list[str] = []
    runner.progress.connect(lambda *_: labels.append(status.label.text()))
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        runner.attach(vault)
    assert seen == [(0, 1), (1, 1)]
    assert labels[0] == "Reading scans: 0 of 1"
    assert status.isHidden()  # done: nothing to show
    assert _found(vault, "echocardiogram") == [first.document_id]


def test_paused_reading_waits_until_resumed(qtbot, vault, services, tmp_path):
    runner = OcrRunner(services)
    status = OcrStatus(runner)
    qtbot.addWidget(status)
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        runner.attach(vault)  # nothing queued yet
    status.pause_button.click()
    assert runner.paused
    [doc] = vault.importer.import_paths([make_scan(tmp_path / "b.png", "Colonoscopy",
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
    [doc] = vault.importer.import_paths([make_scan(
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


class _Blocker(QRunnable):
    """Holds a pool's one thread until released (an import that takes its time)."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release

    def run(self) -> None:
        self.release.wait(WAIT_MS / 1000)


def test_reading_scans_takes_no_slot_from_imports_or_previews(qtbot, vault, dialogs, tmp_path):
    [doc] = vault.importer.import_paths([make_scan(tmp_path / "a.png", "Angiogram",
                                                    size=(1200, 800))])
    pool, view_pool = single_thread_pool(), single_thread_pool()
    services = Services(dialogs=dialogs, pool=pool, view_pool=view_pool)
    release = threading.Event()
    try:
        pool.start(_Blocker(release))  # both of the app's pools are busy all along
        view_pool.start(_Blocker(release))
        runner = OcrRunner(services)
        with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
            runner.attach(vault)
        assert _found(vault, "angiogram") == [doc.document_id]
    finally:
        release.set()
        pool.waitForDone()
        view_pool.waitForDone()


def _stand_in_queue(monkeypatch, run) -> None:
    """The queue replaced by ``run(queue, stop, progress)``; the runner's own code runs."""

    class Queue:
        def __init__(self, vault, engine_factory) -> None:
            self.root, self.engine_factory = vault.root, engine_factory

        def run(self, stop, progress, wait_for_other=False) -> RunResult:
            return run(self, stop, progress)

    monkeypatch.setattr(ocr_runner, "OcrQueue", Queue)


def test_stopping_never_waits_for_the_pages_being_read(qtbot, vault, services, monkeypatch):
    told, release = threading.Event(), threading.Event()

    def run(_queue, stop, progress) -> RunResult:
        progress(0, 3)
        stop.wait(WAIT_MS / 1000)
        told.set()
        release.wait(WAIT_MS / 1000)  # the page being read takes its time
        return RunResult(pages_read=1)

    _stand_in_queue(monkeypatch, run)
    runner = OcrRunner(services)
    with qtbot.waitSignal(runner.progress, timeout=WAIT_MS):
        runner.attach(vault)
    runner.stop()  # returns while the page is still being read
    assert runner.running and runner.root is None
    assert told.wait(WAIT_MS / 1000)  # the run heard it
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        release.set()
    assert not runner.running


def _failing_run(qtbot, vault, services, monkeypatch, error: Exception) -> OcrStatus:
    """The status-bar item of a run that fails with ``error``, once the run has ended."""
    def run(_queue, _stop, _progress) -> RunResult:
        raise error

    _stand_in_queue(monkeypatch, run)
    runner = OcrRunner(services)
    status = OcrStatus(runner)
    qtbot.addWidget(status)
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        runner.attach(vault)
    return status


def test_a_bug_while_reading_is_logged_and_reported_in_the_standard_dialog(
        qtbot, vault, services, dialogs, monkeypatch, caplog):
    with caplog.at_level(logging.ERROR):
        status = _failing_run(qtbot, vault, services, monkeypatch,
                              ZeroDivisionError("a bug of ours"))
    [(level, text, details)] = dialogs.messages
    assert (level, text) == ("bug", BUG_TEXT) and "ZeroDivisionError" in details
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    assert status.isHidden()


def test_ocr_not_available_is_said_in_the_status_bar(qtbot, vault, services, dialogs,
                                                     monkeypatch):
    status = _failing_run(qtbot, vault, services, monkeypatch, OcrUnavailable(
        "Reading scans needs tesserocr; it is not installed."))
    assert dialogs.messages == []  # a condition we know: no dialog
    assert not status.isHidden()  # and it stays said after the run ended
    assert status.label.text() == "Reading scans needs tesserocr; it is not installed."


def test_the_reader_uses_the_languages_left_on(qtbot, vault, services, monkeypatch):
    from secondop_desktop.core.ocr import engine

    monkeypatch.setattr(engine, "languages", lambda folder=None: ["deu", "eng", "xyz"])
    used: list[str] = []
    monkeypatch.setattr(ocr_runner, "Engine", lambda lang: used.append(lang))
    _stand_in_queue(monkeypatch, lambda queue, _stop, _progress:
                    queue.engine_factory() or RunResult())
    runner = OcrRunner(services)
    runner.skipped_languages = ["xyz"]
    assert runner.engine_language() == "deu+eng"
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        runner.attach(vault)
    assert used == ["deu+eng"]


def test_reading_automatically_can_be_switched_off(qtbot, vault, services, monkeypatch):
    runs: list[object] = []
    _stand_in_queue(monkeypatch, lambda queue, _stop, _progress: runs.append(queue.root)
                    or RunResult())
    runner = OcrRunner(services)
    runner.set_automatic(False)
    runner.attach(vault)
    runner.kick()  # after an import
    assert runs == [] and not runner.running
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        runner.set_automatic(True)
    assert runs == [vault.root]


def test_pages_that_could_not_be_read_are_said_in_the_status_bar_and_stay_said(
        qtbot, vault, services, dialogs, monkeypatch):
    from secondop_desktop.core.ocr.queue import PageFailure

    failure = PageFailure(1, 0, "the page is too large to read", "Fax")
    _stand_in_queue(monkeypatch, lambda _queue, _stop, _progress:
                    RunResult(pages_read=12, failures=[failure]))
    runner = OcrRunner(services)
    status = OcrStatus(runner)
    qtbot.addWidget(status)
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        runner.attach(vault)
    assert status.label.text() == "12 pages read, 1 could not be read"
    assert not status.isHidden() and dialogs.messages == []  # the page's, not our bug
