"""OCR: scans (upright, sideways, upside down) are read in the queue and found by their words."""

from __future__ import annotations

import pytest
from factories import make_pdf
from scans import make_scan

from secondop_desktop.core.ocr import store
from secondop_desktop.core.ocr.findings import open_connection
from secondop_desktop.core.ocr.queue import OcrQueue, counts
from secondop_desktop.core.ocr.search import match_query, matching_ids, search

PAGE = (1400, 1000)
TEXT = "Radiology Department\nMRI lumbar spine\nMild disc bulge at L4 vertebra"


@pytest.fixture
def conn(vault):
    connection = open_connection(vault.root)
    yield connection
    connection.close()


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_a_generated_scan_is_found_by_a_word_in_it_however_it_lies(vault, conn, tmp_path,
                                                                   rotate):
    scan = make_scan(tmp_path / f"scan{rotate}.png", TEXT, rotate=rotate, size=PAGE)
    [result] = vault.importer.import_paths([scan])
    assert counts(conn) == (0, 0)  # nothing queued until the queue looks

    assert OcrQueue(vault, workers=1).run().pages_read == 1

    [hit] = search(conn, "vertebra")
    assert (hit.id, hit.page) == (result.document_id, 1)
    assert "[vertebra]" in hit.snippet
    page = store.page_text(conn, result.document_id, 0)
    assert page.source == "ocr"
    assert page.rotation == (360 - rotate) % 360  # turned back upright before reading
    words = [w.text for w in page.words]
    assert "lumbar" in words and "bulge" in words
    job = conn.execute("SELECT state FROM ocr_jobs").fetchone()
    assert job["state"] == "done"


def test_pdf_text_and_scans_are_searched_alike_best_first_without_the_trash(vault, conn,
                                                                            tmp_path):
    pdf = make_pdf(tmp_path / "letter.pdf", pages=[
        "Clinic letter about the knee. Nothing about the back on this page.",
        "The sciatica has improved; sciatica returns when sitting; sciatica again."])
    scan = make_scan(tmp_path / "scan.png", "Sciatica on the left side", size=PAGE)
    trashed = make_scan(tmp_path / "old.png", "Old sciatica note kept in trash", size=PAGE)
    ids = [r.document_id for r in vault.importer.import_paths([pdf, scan, trashed])]
    vault.documents.set_trashed(ids[2], True)
    OcrQueue(vault, workers=2).run()

    hits = search(conn, "sciatica")
    assert [h.id for h in hits] == [ids[0], ids[1]]  # three mentions rank above one
    assert hits[0].page == 2
    assert store.page_text(conn, ids[0], 0).source == "pdf"
    assert search(conn, "sciat")  # the last word is a prefix: results come while typing
    assert [h.id for h in search(conn, "sciatica", limit=1)] == [ids[0]]
    assert matching_ids(conn, "sciatica") == set(ids)  # the list filter: all, trash too
    assert search(conn, '" OR ( *') == [] and match_query("") is None
    # A one-letter last word waits for the next letter; the words before it still search.
    assert match_query("s") is None and match_query("sciatica l") == '"sciatica"*'
    assert [h.id for h in search(conn, "sciatica l")] == [ids[0], ids[1]]


def test_a_record_is_read_once_and_a_new_import_is_queued_on_the_next_run(vault, conn,
                                                                          tmp_path):
    first = make_scan(tmp_path / "a.png", "Potassium result", size=PAGE)
    vault.importer.import_paths([first])
    queue = OcrQueue(vault, workers=1)
    assert queue.run().pages_read == 1
    assert queue.run().pages_read == 0
    vault.importer.import_paths([make_scan(tmp_path / "b.png", "Sodium result", size=PAGE)])
    assert queue.run().pages_read == 1
    assert [h.title for h in search(conn, "sodium")] == ["B"]


def test_a_second_runner_leaves_the_queue_to_the_first(vault, tmp_path):
    vault.importer.import_paths([make_scan(tmp_path / "a.png", "Calcium", size=PAGE)])
    import fcntl
    import os

    fd = os.open(vault.root / "ocr.lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        assert OcrQueue(vault).run().busy
    finally:
        os.close(fd)
    assert OcrQueue(vault).run().pages_read == 1


def test_blank_and_tiny_pages_are_stored_empty_and_not_read_again(vault, conn, tmp_path):
    from PIL import Image

    blank, tiny = tmp_path / "blank.png", tmp_path / "tiny.png"
    Image.new("L", (1200, 1600), 255).save(blank)
    Image.new("L", (2, 2), 0).save(tiny)
    ids = [r.document_id for r in vault.importer.import_paths([blank, tiny])]
    queue = OcrQueue(vault, workers=2)
    assert queue.run().pages_read == 2
    assert [store.page_text(conn, i, 0).text for i in ids] == ["", ""]
    assert queue.run().pages_read == 0


def test_an_encrypted_pdf_is_searched_through_its_readable_copy(vault, conn, tmp_path):
    from factories import make_qpdf_encrypted_pdf

    pdf = make_qpdf_encrypted_pdf(tmp_path / "portal.pdf",
                                  text="Thyroglobulin antibodies were raised on this occasion")
    [result] = vault.importer.import_paths([pdf])
    assert result.document_id is not None
    OcrQueue(vault, workers=1).run()
    assert [h.id for h in search(conn, "thyroglobulin")] == [result.document_id]
