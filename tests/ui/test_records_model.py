"""The records model and its filter, with no view: Qt's model tester, sorting, search, kinds."""

from __future__ import annotations

import datetime as dt

from factories import make_jpeg, make_pdf
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from secondop_desktop.core.ocr.search import matching_ids
from secondop_desktop.ui.records.model import (
    DATE,
    PAGES,
    TITLE,
    RecordsFilter,
    RecordsModel,
)
from secondop_desktop.ui.widgets.file_drop import local_paths

MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


def _vault_with_records(vault, tmp_path):
    a = make_pdf(tmp_path / "a.pdf", ["Echocardiogram shows mild mitral regurgitation"])
    b = make_pdf(tmp_path / "b.pdf", 3)
    c = make_jpeg(tmp_path / "c.jpg", size=(200, 280))
    ids = [r.document_id for r in vault.importer.import_paths([a, b, c])]
    vault.documents.update(ids[0], title="Heart letter", kind="reports", record_date="2024-03-01",
                           provider="City Hospital")
    vault.documents.update(ids[1], title="Blood panel", kind="labs", record_date="2023-01-05",
                           notes="ask about ferritin")
    vault.documents.update(ids[2], title="Knee scan", kind="imaging", tags="knee, left")
    return ids


def _filtered(vault):
    model = RecordsModel()
    proxy = RecordsFilter()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(model, MODE)
    QAbstractItemModelTester(proxy, MODE)
    model.set_documents(vault.documents.records())
    return model, proxy


def _titles(proxy):
    return [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]


def test_model_rows_columns_and_raw_sort_values(vault, tmp_path):
    ids = _vault_with_records(vault, tmp_path)
    model, proxy = _filtered(vault)
    assert model.rowCount() == 3
    row = model.row_of(ids[1])
    assert model.index(row, PAGES).data() == "3"
    assert model.index(row, PAGES).data(proxy.sortRole()) == 3
    assert model.index(row, DATE).data(proxy.sortRole()) == "2023-01-05"
    proxy.sort(DATE, Qt.SortOrder.AscendingOrder)
    # No date sorts first, then oldest to newest.
    assert _titles(proxy) == ["Knee scan", "Blood panel", "Heart letter"]
    proxy.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(proxy) == ["Blood panel", "Heart letter", "Knee scan"]


def test_search_covers_details_and_pdf_text(vault, tmp_path):
    _vault_with_records(vault, tmp_path)
    _model, proxy = _filtered(vault)
    proxy.set_search("mitral")  # only in the PDF's text layer: found on a worker thread
    assert _titles(proxy) == []
    # Not read by the queue yet: the text layer the PDF had at import still finds it.
    proxy.set_text_hits(matching_ids(vault.db.conn, "mitral"))
    assert _titles(proxy) == ["Heart letter"]
    proxy.set_text_hits(set())
    proxy.set_search("ferritin")  # notes
    assert _titles(proxy) == ["Blood panel"]
    proxy.set_search("KNEE left")  # tags, any case, any order
    assert _titles(proxy) == ["Knee scan"]
    proxy.set_search("city hospital")  # provider
    assert _titles(proxy) == ["Heart letter"]
    proxy.set_search("nothing-like-this")
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_kind_filter_and_edits_are_searched_afresh(vault, tmp_path):
    ids = _vault_with_records(vault, tmp_path)
    model, proxy = _filtered(vault)
    proxy.set_kind("labs")
    assert _titles(proxy) == ["Blood panel"]
    proxy.set_kind(None)
    proxy.set_search("renamed")
    assert proxy.rowCount() == 0
    model.update_document(vault.documents.update(ids[2], title="Renamed knee"))
    assert _titles(proxy) == ["Renamed knee"]


def test_add_and_remove_rows(vault, tmp_path):
    ids = _vault_with_records(vault, tmp_path)
    model, proxy = _filtered(vault)
    model.remove_document(ids[0])
    assert model.row_of(ids[0]) == -1 and model.rowCount() == 2
    model.add_document(vault.documents.get(ids[0]))
    assert model.row_of(ids[0]) == 2 and proxy.rowCount() == 3


def test_local_paths_keeps_files_and_folders_only(tmp_path):
    from PySide6.QtCore import QUrl

    urls = [QUrl.fromLocalFile(str(tmp_path / "a.pdf")), QUrl("https://example.org/x.pdf"),
            QUrl.fromLocalFile(str(tmp_path)), QUrl.fromLocalFile(str(tmp_path / "a.pdf"))]
    assert local_paths(urls) == [tmp_path / "a.pdf", tmp_path]


def test_display_date_format(vault, tmp_path):
    ids = _vault_with_records(vault, tmp_path)
    model, _proxy = _filtered(vault)
    index = model.index(model.row_of(ids[0]), DATE)
    assert index.data() == dt.date(2024, 3, 1).strftime("%d %b %Y")


def test_a_file_date_is_set_in_italics_and_said_to_a_screen_reader(qapp, vault, tmp_path):
    """"29 Aug 2026 (file)" did not fit the Date column and read "29 Aug 202…"; the date now
    shows whole, in italics, and the tooltip and the accessible text say it is the file's."""
    vault.importer.import_paths([make_jpeg(tmp_path / "photo.jpg")])
    doc = vault.documents.records()[0]
    vault.db.conn.execute("UPDATE documents SET record_date = '2026-08-29', meta = "
                          "json_set(meta, '$.date_source', 'file') WHERE id = ?", (doc.id,))
    model = RecordsModel()
    model.set_documents([vault.documents.get(doc.id)])
    cell = model.index(0, DATE)
    assert model.data(cell) == "29 Aug 2026"
    assert model.data(cell, Qt.ItemDataRole.FontRole).italic()
    assert model.data(cell, Qt.ItemDataRole.AccessibleTextRole) == "29 Aug 2026 (file)"
    assert "File date" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    vault.documents.update(doc.id, record_date="2026-08-29")  # the patient's date of service
    model.set_documents([vault.documents.get(doc.id)])
    assert model.data(cell, Qt.ItemDataRole.FontRole) is None
    assert model.data(cell, Qt.ItemDataRole.AccessibleTextRole) is None
