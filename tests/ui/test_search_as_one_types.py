"""Search as one types: the words in the records are looked up on a thread of their own, so an
answer never waits behind an import or any other write."""

from __future__ import annotations

import threading

from factories import make_pdf
from fakes import ScriptedDialogs

from secondop_desktop.core.ocr.queue import OcrQueue
from secondop_desktop.ui.operations import Task
from secondop_desktop.ui.records.page import RecordsPage
from secondop_desktop.ui.services import Services


def test_a_search_is_answered_while_a_write_is_running(qtbot, vault, tmp_path):
    vault.importer.import_paths([make_pdf(tmp_path / "letter.pdf",
                                           ["Signs of pancreatitis were described."])])
    OcrQueue(vault, workers=1).run()  # the page's text goes into the search index
    services = Services(dialogs=ScriptedDialogs())  # the real pools
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    gate = threading.Event()
    services.tasks.run(Task(), lambda _ctx: gate.wait(30), lambda _result, _error: None)
    try:
        page.search.setText("pancrea")
        qtbot.waitUntil(lambda: bool(page.text_hits), timeout=10_000)
        assert not gate.is_set() and services.tasks.busy()  # the write still holds its thread
        [hit] = page.text_hits.values()
        assert "<b>pancreatitis</b>" in hit.snippet
    finally:
        gate.set()
        page.shutdown()


def test_a_key_only_starts_the_search_and_its_answer_filters_the_list(qtbot, vault, tmp_path):
    vault.importer.import_paths([make_pdf(tmp_path / f"{name}.pdf", [f"A letter about {name}"])
                                  for name in ("knee", "hip")])
    services = Services(dialogs=ScriptedDialogs())
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded and page.proxy.rowCount() == 2, timeout=10_000)
    gate = threading.Event()  # the search thread is busy (a search still running)
    services.searches.run(Task(), lambda _ctx: gate.wait(30), lambda _result, _error: None)
    try:
        page.search.setText("knee")  # returns at once: the GUI thread filtered nothing yet
        assert page.proxy.rowCount() == 2
        gate.set()
        qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=10_000)
        assert page.proxy.document_at(page.proxy.index(0, 0)).original_name == "knee.pdf"
    finally:
        gate.set()
        page.shutdown()
