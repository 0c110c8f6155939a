"""The Records screen with what the text says: full-text search opens the page the words are on,
suggestions are marked until used or dismissed, and another patient's page is flagged."""

from __future__ import annotations

from factories import make_jpeg, make_pdf
from PySide6.QtCore import QItemSelectionModel
from scans import LAB_REPORT, make_scan

from secondop_desktop.core.ocr.queue import OcrQueue
from secondop_desktop.ui.records.page import RecordsPage


def _page(qtbot, vault, services) -> RecordsPage:
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.show()  # the suggestions panel is checked for being shown
    return page


def _select(page: RecordsPage, doc_id: int) -> None:
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(doc_id), 0))
    page.table.selectionModel().setCurrentIndex(
        row, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def test_search_finds_scan_words_and_opens_the_page_they_are_on(qtbot, vault, services,
                                                                tmp_path):
    page = _page(qtbot, vault, services)
    page.import_paths([
        make_pdf(tmp_path / "letter.pdf", ["First page of the clinic letter, nothing here.",
                                           "Second page about the knee and the hip joints.",
                                           "Third page: signs of pancreatitis were described."]),
        make_scan(tmp_path / "scan.png", "Endoscopy showed gastritis\nBiopsy taken",
                  size=(1400, 900))])
    OcrQueue(vault, workers=1).run()

    page.search.setText("pancreatitis")
    assert page.proxy.rowCount() == 1
    letter = page.proxy.document_at(page.proxy.index(0, 0))
    _select(page, letter.id)
    assert page.preview.current_page() == 3
    assert "<b>pancreatitis</b>" in page.text_hits[letter.id].snippet

    page.search.setText("gastritis")  # read from the scan, in no field of the record
    assert [page.proxy.document_at(page.proxy.index(r, 0)).original_name
            for r in range(page.proxy.rowCount())] == ["scan.png"]
    page.search.clear()
    assert page.proxy.rowCount() == 2


def test_suggestions_are_marked_until_used_and_another_patient_is_flagged(qtbot, vault,
                                                                          services, tmp_path):
    vault.patient.set(name="John Smith", dob="1960-03-12")
    page = _page(qtbot, vault, services)
    page.import_paths([make_scan(tmp_path / "scan_0001.png",
                                 LAB_REPORT.replace("John Smith", "Anna Kowalska"),
                                 size=(1400, 1100))])
    doc = page.model.documents()[0]
    _select(page, doc.id)
    assert page.findings_panel.isHidden()  # not read yet: nothing to say

    OcrQueue(vault, workers=1).run()
    page.refresh_findings()
    panel = page.findings_panel
    assert panel.isVisible()
    assert panel.warning.text() == ("Is this your record? This page names Anna Kowalska, "
                                    "born 1960-03-12.")
    assert "Title: Full blood count" in panel.suggestion.text()
    assert "Date:" not in panel.suggestion.text()  # set already: the record had no date
    assert panel.text_date.text() == "Date of service read from the text: 2024-02-14."

    panel.use_button.click()
    assert page.details.fields["title"].text() == "Full blood count"
    assert page.details.fields["record_date"].text() == "2024-02-14"
    assert page.details.fields["provider"].text() == "St Mary's Hospital Laboratory"
    assert panel.suggestion.isHidden()  # an ordinary value now
    assert panel.warning.isVisible()  # the identity question stays until the record is fixed
    page.undo_stack.undo()  # one step takes back every value it filled in
    restored = vault.documents.get(doc.id)
    assert (restored.title, restored.provider, restored.record_date.isoformat()) == (
        "Scan 0001", "", "2024-02-14")  # the date the text gave stays: the app set it


def test_the_export_dialog_flags_a_record_naming_another_patient(qtbot, vault, services,
                                                                 tmp_path):
    from secondop_desktop.ui.export.dialog import ExportDialog

    vault.patient.set(name="John Smith", dob="1960-03-12")
    vault.importer.import_paths([
        make_pdf(tmp_path / "mine.pdf", ["Patient: John Smith  DOB: 12/03/1960 blood results"]),
        make_pdf(tmp_path / "theirs.pdf", ["Patient: Anna Kowalska  DOB: 03/02/1958 letter"])])
    OcrQueue(vault, workers=1).run()
    dialog = ExportDialog(vault, services)
    qtbot.addWidget(dialog)
    tips = {item.text(): item.toolTip() for item in dialog.record_items()}
    assert tips == {"Mine": "", "Theirs": "Is this your record? This page names Anna Kowalska, "
                                           "born 1958-02-03."}


def test_fields_the_patient_set_get_no_suggestion(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    page.import_paths([make_scan(tmp_path / "scan_0002.png", LAB_REPORT, size=(1400, 1100))])
    doc = page.model.documents()[0]
    assert doc.open_fields() == {"title", "kind", "record_date", "provider"}
    vault.documents.update(doc.id, title="My blood test", provider="Dr Lee")
    OcrQueue(vault, workers=1).run()
    page.refresh()
    page.refresh_findings()
    _select(page, doc.id)
    text = page.findings_panel.suggestion.text()
    dated = vault.documents.get(doc.id)
    assert dated.record_date.isoformat() == "2024-02-14" and dated.has_text_date  # the app's
    assert "Title:" not in text and "Provider:" not in text  # the patient's own
    assert vault.documents.get(doc.id).open_fields() == {"kind", "record_date"}


def test_a_file_date_on_the_day_the_text_names_is_offered_as_the_date_of_service(vault,
                                                                               tmp_path):

    from secondop_desktop.core.ocr.findings import Findings, open_changes
    from secondop_desktop.core.ocr.suggest import Suggestion

    vault.importer.import_paths([make_jpeg(tmp_path / "photo.jpg")])
    doc = vault.documents.list()[0]
    vault.db.conn.execute("UPDATE documents SET record_date = '2026-10-22', kind = 'labs', meta = "
                          "json_set(meta, '$.date_source', 'file') WHERE id = ?", (doc.id,))
    doc = vault.documents.get(doc.id)
    found = Findings(Suggestion(record_date="2026-10-22"), None)
    assert doc.has_file_date and open_changes(doc, found) == {"record_date": "2026-10-22"}
    vault.documents.update(doc.id, record_date="2026-10-22")  # used: the patient's date now
    assert open_changes(vault.documents.get(doc.id), found) == {}
    # "Other" is what the text says when it says nothing: no reason to change a guessed kind.
    vague = Findings(Suggestion(kind="other"), None)
    assert "kind" in doc.open_fields() and open_changes(doc, vague) == {}


def test_a_search_overtaken_by_the_next_key_stops_mid_query(vault):
    import threading

    import pytest

    from secondop_desktop.ui.operations import Cancelled
    from secondop_desktop.ui.records.from_text import search_text

    with vault.db.transaction() as conn:
        conn.execute("INSERT INTO documents (id, sha256, original_name, format, kind, title, "
                     "pages, size, imported_at) VALUES (1, 'x', 'a.jpg', 'jpeg', 'labs', 'A', "
                     "2000, 1, '2026-01-01T00:00:00')")
        conn.executemany("INSERT INTO page_text (document_id, page, source, text, words, width, "
                         "height, rotation) VALUES (1, ?, 'ocr', ?, '[]', 10, 10, 0)",
                         [(page, f"potassium result {page}") for page in range(2000)])
    typed_on = threading.Event()
    typed_on.set()
    with pytest.raises(Cancelled):  # interrupted inside SQLite, not after the whole query
        search_text(vault, "potassium", typed_on)
    ids, hits = search_text(vault, "potassium", threading.Event())  # the connection still works
    assert ids == {1} and 1 in hits


def test_the_details_say_which_pages_could_not_be_read_and_why(qtbot, vault, tmp_path,
                                                              monkeypatch):
    from pypdf.errors import LimitReachedError

    from secondop_desktop.core.ocr import queue
    from secondop_desktop.ui.records.from_text import FindingsPanel, load_findings

    [result] = vault.importer.import_paths([make_jpeg(tmp_path / "fax.jpg")])

    def too_large(*_args):
        raise LimitReachedError("limit")

    monkeypatch.setattr(queue, "page_inputs", too_large)
    OcrQueue(vault, workers=1).run()
    found = load_findings(vault)[result.document_id]
    assert found.unread_pages == ((1, queue.TOO_LARGE),)
    assert found.as_json()["unread_pages"] == [{"page": 1, "reason": queue.TOO_LARGE}]
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_for(vault.documents.get(result.document_id), found)
    assert not panel.isHidden() and not panel.unread.isHidden()
    assert panel.unread.text().startswith("Page 1 could not be read: the page is too large")


def test_a_date_read_from_the_text_is_said_and_the_file_date_is_one_click_away(qtbot, vault,
                                                                               tmp_path):
    from secondop_desktop.ui.records.from_text import FindingsPanel, load_findings

    letter = make_pdf(tmp_path / "letter.pdf", ["Orthopaedic clinic\nDate of service: "
                                                 "14/02/2024\nThe knee is better."],
                      creation="D:20250301120000")
    [result] = vault.importer.import_paths([letter])
    OcrQueue(vault, workers=1).run()
    doc = vault.documents.get(result.document_id)
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_for(doc, load_findings(vault).get(doc.id))
    assert not panel.isHidden() and not panel.text_date.isHidden()
    assert panel.text_date.text() == "Date of service read from the text: 2024-02-14."
    assert "Date:" not in panel.suggestion.text()  # in place, not offered
    with qtbot.waitSignal(panel.use) as used:
        panel.undo_date_button.click()
    assert used.args == [doc.id, {"record_date": "2025-03-01"}]
