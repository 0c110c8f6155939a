"""Combine and split: a new PDF record, originals kept in the trash, question links follow the
page, and undo takes it all back."""

from __future__ import annotations

import pytest
from factories import make_jpeg, make_pdf, make_png
from pypdf import PdfReader

from secondop_desktop.core import pages
from secondop_desktop.core.errors import ValidationError


def _ids(results) -> list[int]:
    return [r.document_id for r in results]


def test_combine_three_scanned_pages_in_the_chosen_order_and_undo(vault, tmp_path):
    files = [make_jpeg(tmp_path / "p1.jpg", text="one", gps=True),
             make_png(tmp_path / "p2.png", size=(600, 800), mode="RGB"),
             make_jpeg(tmp_path / "p3.jpg", text="three")]
    first, second, third = _ids(vault.importer.import_paths(files))
    question = vault.questions.add(text="What is on page two?", priority=1,
                                   document_id=second, page=1)

    combined = pages.combine(vault, [third, first, second], title="Letter from Dr Lee")

    doc = vault.documents.get(combined)
    assert (doc.title, doc.format, doc.pages) == ("Letter from Dr Lee", "pdf", 3)
    assert [d.id for d in vault.documents.list()] == [combined]  # originals: in the trash
    assert all(vault.documents.path(i).exists() for i in (first, second, third))
    moved = vault.questions.get(question.id)
    assert (moved.document_id, moved.page) == (combined, 3)
    pdf = PdfReader(vault.documents.path(combined))
    first_image = next(iter(pdf.pages[1]["/Resources"]["/XObject"].values())).get_object()
    assert first_image["/Filter"] == "/DCTDecode"
    scanned = (tmp_path / "p1.jpg").read_bytes()
    kept = first_image._data
    assert kept[-2000:] == scanned[-2000:]  # the compressed picture, byte for byte
    assert b"Exif" not in kept  # but no EXIF block (GPS) comes along

    assert sorted(pages.undo(vault, [combined])) == sorted([first, second, third])
    assert sorted(d.id for d in vault.documents.list()) == sorted([first, second, third])
    back = vault.questions.get(question.id)
    assert (back.document_id, back.page) == (second, 1)
    assert vault.documents.get(combined).trashed  # kept too, never deleted


def test_split_a_pdf_keeps_question_links_on_their_page_and_undo(vault, tmp_path):
    pdf = make_pdf(tmp_path / "bundle.pdf", [f"Report {i} text on page {i}" for i in range(1, 6)])
    [doc_id] = _ids(vault.importer.import_paths([pdf]))
    question = vault.questions.add(text="Page four?", priority=2, document_id=doc_id, page=4)

    parts = pages.split(vault, doc_id, [3])

    assert [vault.documents.get(i).pages for i in parts] == [2, 3]
    assert [vault.documents.get(i).title for i in parts] == ["Bundle (part 1)", "Bundle (part 2)"]
    moved = vault.questions.get(question.id)
    assert (moved.document_id, moved.page) == (parts[1], 2)
    assert "Report 4" in PdfReader(vault.documents.path(parts[1])).pages[1].extract_text()
    assert "Report 4" in vault.documents.text(parts[1])  # searchable in the list, as imported
    assert "Report 4" not in vault.documents.text(parts[0])
    assert vault.documents.get(doc_id).trashed

    assert pages.undo(vault, parts) == [doc_id]
    back = vault.questions.get(question.id)
    assert (back.document_id, back.page) == (doc_id, 4)
    assert not vault.documents.get(doc_id).trashed


def test_text_already_read_comes_along(vault, tmp_path):
    from secondop_desktop.core.ocr.findings import open_connection
    from secondop_desktop.core.ocr.queue import OcrQueue
    from secondop_desktop.core.ocr.search import search

    files = [make_pdf(tmp_path / "a.pdf", ["Angiography report with enough words here"]),
             make_pdf(tmp_path / "b.pdf", ["Second letter mentions stenosis of the artery"])]
    a, b = _ids(vault.importer.import_paths(files))
    OcrQueue(vault, workers=1).run()
    combined = pages.combine(vault, [a, b])
    conn = open_connection(vault.root)
    try:
        [hit] = search(conn, "stenosis")
        assert (hit.id, hit.page) == (combined, 2)
    finally:
        conn.close()
    assert OcrQueue(vault, workers=1).run().pages_read == 0  # nothing to read again


@pytest.mark.parametrize("bad", [[], [1], [1, 1]])
def test_combine_needs_two_different_records(vault, bad):
    with pytest.raises(ValidationError):
        pages.combine(vault, bad)


def test_split_points_must_be_inside_the_record(vault, tmp_path):
    [doc_id] = _ids(vault.importer.import_paths([make_pdf(tmp_path / "x.pdf", 3)]))
    for bad in ([1], [4], []):
        with pytest.raises(ValidationError, match="pages 2 to 3"):
            pages.split(vault, doc_id, bad)
    with pytest.raises(ValidationError, match="Only records made by"):
        pages.undo(vault, [doc_id])


def test_redo_makes_a_taken_back_combine_and_split_again(vault, tmp_path):
    files = [make_jpeg(tmp_path / "a.jpg", text="a"), make_jpeg(tmp_path / "b.jpg", text="b")]
    a, b = _ids(vault.importer.import_paths(files))
    question = vault.questions.add(text="About b?", priority=1, document_id=b, page=1)
    combined = pages.combine(vault, [a, b])
    pages.undo(vault, [combined])

    assert pages.redo(vault, [combined]) == [combined]

    assert [d.id for d in vault.documents.list()] == [combined]
    assert vault.documents.get(a).trashed and vault.documents.get(b).trashed
    moved = vault.questions.get(question.id)
    assert (moved.document_id, moved.page) == (combined, 2)

    [doc_id] = _ids(vault.importer.import_paths([make_pdf(tmp_path / "five.pdf", 5)]))
    on_four = vault.questions.add(text="Page four?", priority=2, document_id=doc_id, page=4)
    parts = pages.split(vault, doc_id, [3])
    pages.undo(vault, parts)
    pages.redo(vault, parts)
    assert vault.documents.get(doc_id).trashed
    assert not any(vault.documents.get(i).trashed for i in parts)
    moved = vault.questions.get(on_four.id)
    assert (moved.document_id, moved.page) == (parts[1], 2)
    with pytest.raises(ValidationError, match="Only records made by"):
        pages.redo(vault, [doc_id])
