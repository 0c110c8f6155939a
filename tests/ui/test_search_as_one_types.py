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
    vault.documents.import_paths([make_pdf(tmp_path / "letter.pdf",
                                           ["Signs of pancreatitis were described."])])
    OcrQueue(vault.root, workers=1).run()  # the page's text goes into the search index
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
