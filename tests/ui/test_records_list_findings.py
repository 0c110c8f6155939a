"""The Records list shows what the text says: a warning on a record naming another patient, and
while searching, the page and snippet where the words are, best match first."""

from __future__ import annotations

from factories import make_pdf
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QIcon, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from test_model_queries import records_paint_queries

from secondop_desktop.core.ocr.queue import OcrQueue
from secondop_desktop.ui.records.delegates import (
    RecordTitleDelegate,
    found_line,
    marked_parts,
    near_the_match,
)
from secondop_desktop.ui.records.model import FLAG, FOUND_ROLE, HIT_ROLE, TITLE
from secondop_desktop.ui.records.page import RecordsPage

ROLE = Qt.ItemDataRole
WARNING = "Is this your record? This page names Anna Kowalska, born 1958-02-03."


def _page(qtbot, vault, services) -> RecordsPage:
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _row(page: RecordsPage, doc_id: int, column: int = TITLE):
    return page.proxy.mapFromSource(page.model.index(page.model.row_of(doc_id), column))


def _titles(page: RecordsPage) -> list[str]:
    return [page.proxy.index(r, TITLE).data() for r in range(page.proxy.rowCount())]


def _two_records(vault, tmp_path) -> tuple[int, int]:
    vault.patient.set(name="John Smith", dob="1960-03-12")
    mine, theirs = (r.document_id for r in vault.importer.import_paths([
        make_pdf(tmp_path / "mine.pdf", ["Patient: John Smith  DOB: 12/03/1960 blood results"]),
        make_pdf(tmp_path / "theirs.pdf", ["Patient: Anna Kowalska  DOB: 03/02/1958 letter"])]))
    OcrQueue(vault, workers=1).run()  # PDF text: stored without Tesseract
    return mine, theirs


def test_a_record_naming_another_patient_is_flagged_in_the_list_and_the_grid(
        qtbot, vault, services, tmp_path):
    mine, theirs = _two_records(vault, tmp_path)
    page = _page(qtbot, vault, services)

    flag = _row(page, theirs, FLAG)
    icon = flag.data(ROLE.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert flag.data(ROLE.ToolTipRole) == WARNING
    assert flag.data(ROLE.AccessibleTextRole) == WARNING
    assert _row(page, mine, FLAG).data(ROLE.DecorationRole) is None
    assert _row(page, mine, FLAG).data(ROLE.ToolTipRole) is None
    # The flag column stands right after the title.
    header = page.table.horizontalHeader()
    assert header.visualIndex(FLAG) == header.visualIndex(TITLE) + 1
    assert not page.table.isColumnHidden(FLAG)

    # Screen readers hear it with the title; the grid (title only) shows it in the tooltip.
    title = _row(page, theirs)
    assert title.data(ROLE.AccessibleTextRole) == f"{WARNING} Theirs."
    assert title.data(ROLE.ToolTipRole).splitlines()[0] == WARNING
    assert _row(page, mine).data(ROLE.AccessibleTextRole) is None  # the title, as shown
    assert f"{WARNING} Theirs." in _accessible_cells(page.table)

    # In the grid the warning sign is painted on the thumbnail's corner.
    page.set_view("grid")
    delegate = page.grid.itemDelegate()
    assert isinstance(delegate, RecordTitleDelegate)
    plain = _painted(page, delegate, title)
    page.model.set_warnings({})
    assert _row(page, theirs, FLAG).data(ROLE.DecorationRole) is None
    assert _painted(page, delegate, title) != plain


def _accessible_cells(view) -> list[str]:
    """The names a screen reader hears for the cells of a list."""
    table = QAccessible.queryAccessibleInterface(view)
    cells = (table.child(i) for i in range(table.childCount()))
    return [cell.text(QAccessible.Text.Name) for cell in cells
            if cell.role() == QAccessible.Role.Cell]


def _painted(page: RecordsPage, delegate: RecordTitleDelegate, index) -> QImage:
    option = QStyleOptionViewItem()
    option.initFrom(page.grid)
    option.rect = page.grid.visualRect(index)
    option.rect.moveTo(QPoint(0, 0))
    option.decorationSize = page.grid.iconSize()
    option.widget = page.grid
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def test_a_search_shows_the_page_and_snippet_and_a_click_opens_that_page(
        qtbot, vault, services, tmp_path):
    [doc] = [r.document_id for r in vault.importer.import_paths([make_pdf(
        tmp_path / "letter.pdf", ["First page of the clinic letter.",
                                  "Second page: the ferritin level was low.",
                                  "Third page, signed."])])]
    OcrQueue(vault, workers=1).run()
    page = _page(qtbot, vault, services)
    assert _row(page, doc).data(FOUND_ROLE) is None  # not searching: no second line

    page.search.setText("ferritin")
    row = _row(page, doc)
    assert row.isValid()
    found = row.data(FOUND_ROLE)
    assert found.startswith("p. 2: ") and "ferritin level" in found
    assert "<b>ferritin</b>" in row.data(HIT_ROLE).snippet  # drawn in bold
    assert row.data(ROLE.ToolTipRole).splitlines()[-1] == found  # the grid's way to show it
    assert row.data(ROLE.AccessibleTextRole).startswith("Letter. p. 2: ")
    page.table.viewport().repaint()  # the second line is drawn (no crash, no query)

    rect = page.table.visualRect(row)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_document().id == doc
    assert page.preview.current_page() == 2

    page.search.clear()
    assert _row(page, doc).data(FOUND_ROLE) is None


def test_search_results_come_best_first_until_a_header_is_clicked(qtbot, vault, services,
                                                                  tmp_path):
    once, often, other = (r.document_id for r in vault.importer.import_paths([
        make_pdf(tmp_path / "a.pdf", ["A long letter about many things: the knee, the hip, "
                                      "the diet, sleep, blood pressure and ferritin, which "
                                      "was mentioned once among all of these other words."]),
        make_pdf(tmp_path / "b.pdf", ["Ferritin ferritin ferritin: low."]),
        make_pdf(tmp_path / "c.pdf", ["Nothing to see."])]))
    vault.documents.update(once, title="Alpha letter", record_date="2024-05-01")
    vault.documents.update(often, title="Beta results", record_date="2023-01-01")
    vault.documents.update(other, title="Ferritin request", record_date="2022-01-01")
    OcrQueue(vault, workers=1).run()
    page = _page(qtbot, vault, services)
    assert _titles(page) == ["Alpha letter", "Beta results", "Ferritin request"]  # newest first

    page.search.setText("ferritin")
    # Ranked by the text: the page saying it most first; a title match after the text hits.
    assert _titles(page) == ["Beta results", "Alpha letter", "Ferritin request"]
    assert page.model.ranked
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == -1  # sorted by no column while ranked

    click = QPoint(header.sectionViewportPosition(TITLE) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert not page.model.ranked
    by_title = sorted(_titles(page), reverse=header.sortIndicatorOrder()
                      == Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == TITLE
    assert _titles(page) == by_title
    page.search.setText("ferritin low")  # the patient's column holds for this search
    assert not page.model.ranked and header.sortIndicatorSection() == TITLE

    page.search.clear()
    assert header.sortIndicatorSection() == TITLE  # the column chosen stays after the search
    page.search.setText("ferritin")  # a new search is ranked again
    assert page.model.ranked
    assert _titles(page)[0] == "Beta results"


def test_painting_the_flagged_and_found_records_runs_no_query(qtbot, vault, services,
                                                              tmp_path):
    _mine, theirs = _two_records(vault, tmp_path)
    page = _page(qtbot, vault, services)
    page.search.setText("letter")
    assert _row(page, theirs).data(FOUND_ROLE) and page.model.warning(theirs)
    assert records_paint_queries(qtbot, vault, page) == []


def test_a_snippet_is_cut_into_plain_and_matched_pieces():
    assert marked_parts("…the <b>ferritin</b> level, <b>low</b>") == [
        ("…the ", False), ("ferritin", True), (" level, ", False), ("low", True)]
    assert marked_parts("no match marked") == [("no match marked", False)]


def test_the_snippet_starts_a_few_words_before_the_match():
    snippet = "…contacting the traversing left L5 <b>nerve</b> <b>root</b>. Mild canal"
    assert near_the_match(snippet) == "…traversing left L5 <b>nerve</b> <b>root</b>. Mild canal"
    assert near_the_match("the <b>knee</b>") == "the <b>knee</b>"  # already near
    assert near_the_match("nothing marked at all here today") == (
        "nothing marked at all here today")



def test_a_narrow_column_drops_words_before_the_match_until_it_shows():
    snippet = "…take omeprazole 20 mg. <b>Gabapentin</b> started at night"

    def width(text: str, _strong: bool) -> int:
        return len(text)

    wide = found_line(3, snippet, width, 60)
    assert "".join(t for t, _ in wide).startswith("p. 3: …omeprazole 20 mg. Gabapentin")
    narrow = found_line(3, snippet, width, 22)  # "p. 3: …mg. Gabapentin" fits, no more
    assert "".join(t for t, _ in narrow).startswith("p. 3: …mg. Gabapentin")
    assert ("Gabapentin", True) in narrow
    tiny = found_line(3, snippet, width, 10)  # the match as near the start as it can be
    assert "".join(t for t, _ in tiny).startswith("p. 3: …Gabapentin")
