"""Every edit writes off the GUI thread: with the REAL thread pool (the other GUI tests run each job
at once on the GUI thread), each statement that writes is checked against the thread it runs on.

A write on the GUI thread once froze the window behind an import (up to the 5 s busy timeout) and
let ``sqlite3.OperationalError`` escape from an undo command.
"""

from __future__ import annotations

import re
import sqlite3
import time

import pytest
from factories import make_pdf
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication
from test_labs_page import _two_summaries

from secondop_desktop.core.db import Database
from secondop_desktop.ui.operations import single_thread_pool
from secondop_desktop.ui.questions.page import QuestionsPage
from secondop_desktop.ui.records.page import RecordsPage
from secondop_desktop.ui.requests.page import RequestsPage
from secondop_desktop.ui.services import Services
from secondop_desktop.ui.symptoms.page import SymptomsPage
from secondop_desktop.ui.visit.page import VisitPage

WRITES = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|BEGIN|CREATE|DROP|ALTER)\b", re.I)


class GuiWrites:
    """The statements that write, run on the GUI thread once ``start`` was called."""

    def __init__(self) -> None:
        self.statements: list[str] = []
        self.watching = False

    def start(self) -> None:
        self.watching = True

    def watch(self, conn: sqlite3.Connection) -> None:
        app_thread = QApplication.instance().thread()

        def trace(sql: str) -> None:
            if self.watching and QThread.currentThread() == app_thread and WRITES.match(sql):
                self.statements.append(sql)

        conn.set_trace_callback(trace)


@pytest.fixture
def gui_writes(vault, monkeypatch) -> GuiWrites:
    writes = GuiWrites()
    opened = Database._open_for_this_thread

    def open_and_watch(self):
        conn = opened(self)
        writes.watch(conn)
        return conn

    monkeypatch.setattr(Database, "_open_for_this_thread", open_and_watch)
    writes.watch(vault.db.conn)  # the GUI thread's own connection, opened with the vault
    return writes


@pytest.fixture
def real_services(dialogs):
    services = Services(dialogs=dialogs, pool=single_thread_pool(),
                        view_pool=single_thread_pool(), open_url=lambda url: True)
    yield services
    services.tasks.wait()
    services.views.wait()


def settle(qtbot, services) -> None:
    """Every write handed to the pool has run and its result reached the GUI thread."""
    qtbot.waitUntil(lambda: not services.tasks.busy() and not services.views.busy(),
                    timeout=10_000)


def _show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_records_trash_undo_redo_and_details(qtbot, vault, tmp_path, real_services, gui_writes):
    ids = [vault.importer.import_file(make_pdf(tmp_path / f"scan{i}.pdf", [f"Page {i}"]))
           .document_id for i in range(3)]
    page = _show(qtbot, RecordsPage(vault, real_services))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    gui_writes.start()
    page.select_documents(ids[:2])
    page.delete_selected()
    settle(qtbot, real_services)
    assert [d.id for d in vault.documents.list(trashed=True)] == sorted(ids[:2])
    assert page.model.rowCount() == 1
    page.undo_stack.undo()
    settle(qtbot, real_services)
    assert vault.documents.list(trashed=True) == [] and page.model.rowCount() == 3
    page.undo_stack.redo()
    settle(qtbot, real_services)
    assert len(vault.documents.list(trashed=True)) == 2
    page.save_field(ids[2], "title", "Thyroid ultrasound")
    page.save_field(ids[2], "provider", "City Clinic")
    settle(qtbot, real_services)
    assert vault.documents.get(ids[2]).title == "Thyroid ultrasound"
    assert page.model.document(page.model.row_of(ids[2])).provider == "City Clinic"
    page.undo_stack.undo()
    settle(qtbot, real_services)
    assert vault.documents.get(ids[2]).provider == ""
    assert gui_writes.statements == []


def test_an_undo_during_a_long_write_never_blocks_the_window(qtbot, vault, tmp_path,
                                                             real_services, gui_writes):
    """Another connection holds the write lock (an import committing): Undo returns at once and
    its write lands once the lock is free."""
    doc = vault.importer.import_file(make_pdf(tmp_path / "scan.pdf")).document_id
    page = _show(qtbot, RecordsPage(vault, real_services))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_document(doc)
    page.delete_selected()
    settle(qtbot, real_services)
    gui_writes.start()
    importer = sqlite3.connect(vault.db.path, isolation_level=None)
    importer.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        page.undo_stack.undo()
        assert time.monotonic() - started < 0.5
        qtbot.wait(300)
        assert vault.documents.get(doc).trashed  # not yet: the lock is held
    finally:
        importer.execute("ROLLBACK")
        importer.close()
    settle(qtbot, real_services)
    assert not vault.documents.get(doc).trashed and page.model.rowCount() == 1
    assert gui_writes.statements == []


def test_questions_add_edit_move_delete_and_undo(qtbot, vault, real_services, gui_writes):
    page = _show(qtbot, QuestionsPage(vault, real_services))
    gui_writes.start()
    for text in ("Is surgery needed?", "What else could it be?"):
        qtbot.keyClicks(page.entry, text)
        qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    settle(qtbot, real_services)
    assert [q.text for q in vault.questions.list()] == ["Is surgery needed?",
                                                        "What else could it be?"]
    first = vault.questions.list()[0].id
    page.model.edit(first, "answer", "Not now")
    page.model.edit(first, "priority", 1)
    page.select_question(first)
    page.delete_selected()
    settle(qtbot, real_services)
    assert [q.text for q in vault.questions.list()] == ["What else could it be?"]
    page.undo_stack.undo()
    settle(qtbot, real_services)
    restored = vault.questions.get(first)
    assert (restored.answer, restored.priority) == ("Not now", 1)
    assert page.model.rowCount() == 2
    assert gui_writes.statements == []


def test_requests_typed_saved_linked_and_deleted(qtbot, vault, tmp_path, real_services,
                                                 dialogs, gui_writes):
    doc = vault.importer.import_file(make_pdf(tmp_path / "letter.pdf")).document_id
    page = _show(qtbot, RequestsPage(vault, real_services))
    gui_writes.start()
    page.new_request()
    settle(qtbot, real_services)
    page.editor.lines["provider"].selectAll()
    qtbot.keyClicks(page.editor.lines["provider"], "Thyroid Clinic")
    page.hide()  # leaving the screen saves
    settle(qtbot, real_services)
    assert [r.provider for r in vault.requests.list()] == ["Thyroid Clinic"]
    page.show()
    page.editor.records.setCurrentIndex(page.editor.records.findData(doc))
    page.editor.link_button.click()
    settle(qtbot, real_services)
    assert vault.requests.list()[0].items[0].records == [doc]
    page.delete_selected()
    settle(qtbot, real_services)
    assert vault.requests.list() == []
    assert gui_writes.statements == []


def test_symptoms_and_visit_lists(qtbot, vault, tmp_path, real_services, dialogs, gui_writes):
    symptoms = _show(qtbot, SymptomsPage(vault, real_services))
    visit = _show(qtbot, VisitPage(vault, real_services))
    _two_summaries(vault, tmp_path)
    visit.from_records.refresh()
    settle(qtbot, real_services)
    gui_writes.start()
    form = symptoms.entry_form
    qtbot.keyClicks(form.symptom, "Palpitations")
    qtbot.keyClick(form.symptom, Qt.Key.Key_Return)
    settle(qtbot, real_services)
    assert [e.symptom for e in vault.symptoms.list()] == ["Palpitations"]
    symptoms.table.selectRow(0)
    symptoms.delete_selected()
    settle(qtbot, real_services)
    assert vault.symptoms.list() == [] and symptoms.model.rowCount() == 0
    symptoms.undo_stack.undo()
    settle(qtbot, real_services)
    assert symptoms.model.rowCount() == 1
    qtbot.keyClicks(visit.medication_list.inputs[0], "Levothyroxine")
    qtbot.keyClick(visit.medication_list.inputs[0], Qt.Key.Key_Return)
    settle(qtbot, real_services)
    assert [m.name for m in vault.medications.list()] == ["Levothyroxine"]
    visit.from_records.difference_table.selectRow(0)
    visit.from_records.keep_both_button.click()
    settle(qtbot, real_services)
    assert len(vault.clinical.unresolved()) == 1
    assert gui_writes.statements == []


def test_visit_fields_and_none_known(qtbot, vault, real_services, gui_writes):
    visit = _show(qtbot, VisitPage(vault, real_services))
    gui_writes.start()
    name = visit.field("patient.name")
    name.editor.setFocus()
    qtbot.keyClicks(name.editor, "Jane Doe")
    name.commit()
    visit.no_allergies.click()
    settle(qtbot, real_services)
    assert vault.patient.get().name == "Jane Doe"
    assert vault.allergies.state().name == "NONE_KNOWN" and visit.no_allergies.isChecked()
    visit.undo_stack.undo()
    settle(qtbot, real_services)
    assert vault.patient.get().name == "" and name.editor.text() == ""
    assert gui_writes.statements == []
