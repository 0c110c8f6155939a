"""Models compute cells from the rows they hold: painting a screen never queries the vault."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import make_pdf
from PySide6.QtCore import Qt

from secondop_desktop.ui.questions.model import COL_RECORD
from secondop_desktop.ui.questions.page import QuestionsPage
from secondop_desktop.ui.symptoms.page import SymptomsPage
from secondop_desktop.ui.visit.page import VisitPage


class QueryCounter:
    """Counts the SQL statements run on the GUI thread's connection (sqlite3's trace hook)."""

    def __init__(self, vault) -> None:
        self.conn = vault.db.conn  # the connection of this (the GUI) thread
        self.statements: list[str] = []

    def __enter__(self) -> QueryCounter:
        self.conn.set_trace_callback(self.statements.append)
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.set_trace_callback(None)


def _paint_every_cell(qtbot, page, view) -> None:
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    model = view.model()
    for row in range(model.rowCount()):  # each row once on screen, as scrolling would
        view.scrollTo(model.index(row, 0))
        view.viewport().repaint()
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                 Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
                 Qt.ItemDataRole.UserRole + 1):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.index(row, column).data(role)


def test_painting_200_linked_questions_runs_no_query(qtbot, vault, services, tmp_path):
    docs = [vault.importer.import_file(make_pdf(tmp_path / f"r{i}.pdf", [f"Record {i}"]))
            .document_id for i in range(5)]
    for i in range(200):
        q = vault.questions.add(text=f"Question {i} about this record?", priority=1 + i % 3,
                                category="other")
        vault.questions.update(q.id, document_id=docs[i % 5], page=1 + i % 2)
    page = QuestionsPage(vault, services)
    qtbot.addWidget(page)
    assert not page.table.isColumnHidden(COL_RECORD)
    with QueryCounter(vault) as counter:
        _paint_every_cell(qtbot, page, page.table)
        page.top_view.viewport().repaint()
    assert page.model.rowCount() == 200
    assert page.proxy.index(0, COL_RECORD).data() == "R0, page 1"  # the linked title
    assert counter.statements == []


@pytest.mark.parametrize("screen", ["symptoms", "visit"])
def test_painting_the_other_lists_runs_no_query(qtbot, vault, services, screen):
    for i in range(50):
        vault.symptoms.add(at=dt.datetime(2026, 10, 1 + i % 28, 8, 0), symptom=f"S{i % 4}",
                           severity=i % 11)
        vault.medications.add(name=f"Medicine {i}", dose="5 mg")
    page = SymptomsPage(vault, services) if screen == "symptoms" else VisitPage(vault, services)
    qtbot.addWidget(page)
    view = page.table if screen == "symptoms" else page.medication_list.table
    _paint_every_cell(qtbot, page, view)  # shown: what showing starts in the background runs
    with QueryCounter(vault) as counter:
        _paint_every_cell(qtbot, page, view)
    assert view.model().rowCount() == 50
    assert counter.statements == []


def test_painting_the_records_runs_no_query_once_thumbnails_are_made(
        qtbot, vault, services, tmp_path):
    from secondop_desktop.ui.records.page import RecordsPage

    for i in range(30):
        vault.importer.import_file(make_pdf(tmp_path / f"r{i}.pdf", [f"Record {i}"]))
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    statements = records_paint_queries(qtbot, vault, page)
    assert page.model.rowCount() == 30
    assert all(page.thumbnails.has_icon(page.model.document(r).id) for r in range(30))
    assert statements == []


def records_paint_queries(qtbot, vault, page) -> list[str]:
    """The statements run while every cell of the Records list and grid is painted, once the
    thumbnails the first paint asked for are made."""
    for mode in ("list", "grid"):  # the first paint asks for thumbnails: background work
        page.set_view(mode)
        _paint_every_cell(qtbot, page, page.current_view())
    page.thumbnails.flush()
    with QueryCounter(vault) as counter:
        for mode in ("list", "grid"):
            page.set_view(mode)
            _paint_every_cell(qtbot, page, page.current_view())
    return counter.statements
