"""OCR reads what a page shows (JBIG2, CCITT, words drawn as shapes, /Rotate, a picture placed
turned, a 35,000 px fax), and one page that cannot be read fails alone: recorded with its reason,
the queue goes on, and it is tried again once after the app is updated, not at every start."""

from __future__ import annotations

import pytest
from pypdf.errors import DependencyError, LimitReachedError
from scan_pdfs import (
    make_fax_pdf,
    make_huge_fax_pdf,
    make_placed_turned_pdf,
    make_rotate_pdf,
    make_vector_text_pdf,
)
from scans import make_scan

from secondop_desktop.core import turns
from secondop_desktop.core.ocr import page_inputs as inputs
from secondop_desktop.core.ocr import queue as ocr_queue
from secondop_desktop.core.ocr import store
from secondop_desktop.core.ocr.queue import OcrQueue, failed_pages
from secondop_desktop.core.ocr.search import search

TEXT = "Radiology Department\nMRI lumbar spine\nMild disc bulge at {word} level"


def _read(vault, path):
    [result] = vault.importer.import_paths([path])
    assert result.document_id is not None, result.line
    return result.document_id


@pytest.mark.parametrize("kind, word", [("jbig2", "vertebra"), ("ccitt", "sacrum")])
def test_fax_pictures_are_read(vault, tmp_path, kind, word):
    doc_id = _read(vault, make_fax_pdf(tmp_path / f"{kind}.pdf", TEXT.format(word=word), kind))
    result = OcrQueue(vault, workers=1).run()
    assert (result.pages_read, result.failures) == (1, [])
    assert [h.id for h in search(vault.db.conn, word)] == [doc_id]


def test_words_drawn_as_shapes_are_read(vault, tmp_path):
    doc_id = _read(vault, make_vector_text_pdf(tmp_path / "outlined.pdf",
                                               TEXT.format(word="coccyx")))
    OcrQueue(vault, workers=1).run()
    assert [h.id for h in search(vault.db.conn, "coccyx")] == [doc_id]
    assert store.page_text(vault.db.conn, doc_id, 0).source == "ocr"


def test_a_page_set_upright_by_its_rotate_needs_no_turn_and_its_words_run_across(vault,
                                                                                  tmp_path):
    doc_id = _read(vault, make_rotate_pdf(tmp_path / "rotate.pdf", TEXT.format(word="pedicle")))
    OcrQueue(vault, workers=1).run()
    page = store.page_text(vault.db.conn, doc_id, 0)
    assert "pedicle" in page.text and page.rotation == 0
    assert page.width < page.height  # the page as shown: portrait
    pedicle = next(w for w in page.words if w.text == "pedicle")
    x0, y0, x1, y1 = pedicle.box
    assert x1 - x0 > 2 * (y1 - y0)  # across the upright page, not down it
    assert turns.page_turns(vault, vault.documents.get(doc_id)) == {}


def test_a_picture_placed_turned_gets_the_turn_that_shows_it_upright(vault, tmp_path):
    doc_id = _read(vault, make_placed_turned_pdf(tmp_path / "placed.pdf",
                                                 TEXT.format(word="foramen")))
    OcrQueue(vault, workers=1).run()
    page = store.page_text(vault.db.conn, doc_id, 0)
    assert "foramen" in page.text
    # Placed a quarter counter-clockwise: shown upright after a quarter clockwise (270 ccw).
    assert turns.page_turns(vault, vault.documents.get(doc_id)) == {0: 270}


def test_a_35000_pixel_fax_is_read_reduced(vault, tmp_path):
    doc_id = _read(vault, make_huge_fax_pdf(tmp_path / "huge.pdf", "Huge fax page\nvertebra"))
    result = OcrQueue(vault, workers=1).run()
    assert result.failures == []
    assert [h.id for h in search(vault.db.conn, "vertebra")] == [doc_id]


def test_a_huge_image_scan_is_read_in_bands_within_the_pixel_budget(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_RENDER_PIXELS", 1_000_000)
    scan = make_scan(tmp_path / "big.png", "Reduced but read", size=(2400, 1800))
    [page] = inputs.page_inputs(scan, "png")
    assert page.image is not None and page.image.width * page.image.height <= 1_000_000
    assert page.image.size == (800, 600) and page.dpi == 100  # a third of 300 dpi


def _failing_pages(monkeypatch, failures: dict[str, BaseException]) -> None:
    """Pages of the named files raise as a real page would (the rest are read as ever)."""
    real = ocr_queue.page_inputs

    def page_inputs(path, fmt, pages=None):
        for name, error in failures.items():
            if path.read_bytes().find(name.encode()) >= 0:
                raise error
        return real(path, fmt, pages)

    monkeypatch.setattr(ocr_queue, "page_inputs", page_inputs)


def test_one_bad_page_fails_alone_is_recorded_and_retried_once_after_an_update(
        vault, tmp_path, monkeypatch, caplog):
    from factories import make_pdf

    bad = make_pdf(tmp_path / "fax.pdf", ["MARKER-JBIG2"])
    huge = make_pdf(tmp_path / "huge.pdf", ["MARKER-HUGE"])
    ours = make_pdf(tmp_path / "ours.pdf", ["MARKER-OURS"])
    good = make_scan(tmp_path / "good.png", "Potassium result", size=(1400, 1000))
    ids = [_read(vault, p) for p in (bad, huge, ours, good)]
    _failing_pages(monkeypatch, {
        "MARKER-JBIG2": DependencyError("jbig2dec binary is not available."),
        "MARKER-HUGE": LimitReachedError("limit reached"),
        "MARKER-OURS": RuntimeError("a bug of ours")})

    result = OcrQueue(vault, workers=2).run()
    assert result.pages_read == 1 and result.pages_failed == 3
    assert result.summary() == "1 page read, 3 could not be read"
    assert [h.id for h in search(vault.db.conn, "potassium")] == [ids[3]]
    reasons = {f.document_id: f.reason for f in failed_pages(vault.db.conn)}
    assert reasons == {ids[0]: "the page's picture uses a compression this app cannot decode",
                       ids[1]: ocr_queue.TOO_LARGE, ids[2]: ocr_queue.OURS}
    assert "a bug of ours" in caplog.text  # ours: logged with its traceback
    states = dict(vault.db.query("SELECT document_id, state FROM ocr_jobs").__iter__())
    assert [states[i] for i in ids] == ["failed", "failed", "failed", "done"]
    assert ocr_queue.counts(vault.db.conn)[1] == 0  # nothing left queued

    again = OcrQueue(vault, workers=1).run()  # the next start: not tried again
    assert (again.pages_read, again.failures) == (0, [])

    monkeypatch.undo()  # the update fixed it
    updated = OcrQueue(vault, workers=1, version="99.0").run()
    assert updated.pages_read == 3 and updated.failures == []
    assert failed_pages(vault.db.conn) == []
    assert [h.id for h in search(vault.db.conn, "MARKER-HUGE")] == [ids[1]]


def test_a_page_failing_after_an_update_waits_for_the_next_one(vault, tmp_path, monkeypatch):
    from factories import make_pdf

    doc_id = _read(vault, make_pdf(tmp_path / "fax.pdf", ["MARKER-JBIG2"]))
    _failing_pages(monkeypatch, {"MARKER-JBIG2": DependencyError("no jbig2dec")})
    assert OcrQueue(vault, workers=1, version="1.0").run().pages_failed == 1
    assert OcrQueue(vault, workers=1, version="1.1").run().pages_failed == 1  # once more
    assert OcrQueue(vault, workers=1, version="1.1").run().pages_failed == 0  # then it waits
    [failure] = failed_pages(vault.db.conn, doc_id)
    assert failure.page == 0 and "fax" in failure.line().lower()


def test_the_queue_leaves_the_environment_alone_and_reads_through_the_vault(vault, tmp_path,
                                                                           monkeypatch):
    import os

    from secondop_desktop.core.ocr.run_lock import RunLock

    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    _read(vault, make_scan(tmp_path / "a.png", "Calcium", size=(1400, 1000)))
    held = RunLock(vault.root / ocr_queue.LOCK_NAME)
    assert held.take()
    try:
        assert OcrQueue(vault, workers=1).run().busy  # one runner per vault at a time
    finally:
        held.release()
    assert OcrQueue(vault, workers=1).run().pages_read == 1
    assert "OMP_THREAD_LIMIT" not in os.environ
    assert [h.title for h in search(vault.db.conn, "calcium")] == ["A"]  # the vault's own


def test_an_updated_vault_reads_its_scanned_pdf_pages_again_as_they_are_shown(tmp_path):
    """Pages read before from their largest picture (wrong for /Rotate, a picture placed turned,
    JBIG2) are read again once; text layers and image scans stay as they were."""
    import sqlite3

    from secondop_desktop.core import db as dbmod
    from secondop_desktop.core.vault import Vault

    index = dbmod.MIGRATIONS.index(dbmod.SCHEMA_V9_OCR_FAILURES)
    path = tmp_path / "vault" / "vault.sqlite3"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    for script in dbmod.MIGRATIONS[:index]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {index}")
    for doc_id, fmt in ((1, "pdf"), (2, "png")):
        conn.execute("INSERT INTO documents (id, sha256, original_name, format, kind, title, "
                     "pages, size, imported_at) VALUES (?, ?, 'f', ?, 'other', 'T', 2, 1, "
                     "'2026-01-01T00:00:00')", (doc_id, f"{doc_id:064d}", fmt))
        conn.execute("INSERT INTO ocr_jobs (document_id, state) VALUES (?, 'done')", (doc_id,))
    conn.executemany("INSERT INTO page_text (document_id, page, source, text) VALUES "
                     "(?, ?, ?, ?)", [(1, 0, "pdf", "its own text"), (1, 1, "ocr", "read"),
                                      (2, 0, "ocr", "scan"), (2, 1, "none", "")])
    conn.commit()
    conn.close()
    vault = Vault.open(tmp_path / "vault")
    try:
        rows = vault.db.query("SELECT document_id, page FROM page_text ORDER BY 1, 2")
        assert [tuple(r) for r in rows] == [(1, 0), (2, 0), (2, 1)]
        states = dict(tuple(r) for r in vault.db.query("SELECT document_id, state FROM ocr_jobs"))
        assert states == {1: "queued", 2: "queued"}  # 2: filed again from its stored text
        OcrQueue(vault, workers=1, engine_factory=_no_engine).run()  # 1 has no file: it fails
        assert store.page_text(vault.db.conn, 2, 0).text == "scan"  # not read again
    finally:
        vault.close()


def _no_engine():
    raise AssertionError("a page was read again")


def test_a_scanned_page_is_rendered_at_the_scans_own_resolution(tmp_path):
    pdf = make_fax_pdf(tmp_path / "fax.pdf", TEXT.format(word="lamina"), "ccitt")
    [page] = inputs.page_inputs(pdf, "pdf")
    assert page.image is not None and page.dpi == 150  # the scan's own resolution
    assert page.image.size == (1240, 1755)  # A4 (595 x 842 pt) at 150 dpi, as shown
    [drawn] = inputs.page_inputs(make_vector_text_pdf(tmp_path / "v.pdf", "Words"), "pdf")
    assert drawn.dpi == 300 and drawn.image is not None  # no picture: at the reading dpi


def test_a_huge_jpeg_is_decoded_reduced_with_its_resolution_scaled(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_RENDER_PIXELS", 1_000_000)
    scan = make_scan(tmp_path / "big.jpg", "Reduced", fmt="JPEG", size=(2400, 1800))
    [page] = inputs.page_inputs(scan, "jpeg")
    assert page.image is not None and page.image.width * page.image.height <= 1_000_000
    assert page.dpi == round(300 * page.image.width / 2400)
