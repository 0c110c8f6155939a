"""Page turns: the patient's turn overrides the OCR's; a PDF page's /Rotate counts; a picture
drawn turned by its page is left as the file shows it."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject

from secondop_desktop.core import turns
from secondop_desktop.core.ocr.engine import PageRead
from secondop_desktop.core.ocr.store import save_page


def _ocr(vault, doc_id: int, page: int, rotation: int) -> None:
    with vault.db.transaction() as conn:
        save_page(conn, doc_id, page, "ocr", PageRead("words", [], 10, 10, rotation))


def _scanned_pdf(picture: tuple[int, int], page: tuple[float, float], rotate: int = 0
                 ) -> PdfReader:
    writer = PdfWriter()
    blank = writer.add_blank_page(*page)
    image = StreamObject()
    image.update({NameObject("/Type"): NameObject("/XObject"),
                  NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(picture[0]),
                  NameObject("/Height"): NumberObject(picture[1])})
    blank[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
        {NameObject("/Im0"): writer._add_object(image)})})
    if rotate:
        blank.rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return PdfReader(out)


def test_the_patients_turn_overrides_the_ocrs_and_taking_it_back_restores_it(vault, tmp_path):
    path = tmp_path / "scan.png"
    Image.new("L", (300, 200), 255).save(path)
    [result] = vault.documents.import_paths([path])
    doc_id = result.document_id
    _ocr(vault, doc_id, 0, 270)
    assert turns.page_turns(vault, vault.documents.get(doc_id)) == {0: 270}

    turns.set_hand_turn(vault, doc_id, 0, 0)  # the patient says: it was upright after all
    doc = vault.documents.get(doc_id)
    assert turns.hand_turns(doc) == {0: 0} and turns.page_turns(vault, doc) == {}
    turns.set_hand_turn(vault, doc_id, 0, 450)
    assert turns.page_turn(vault, vault.documents.get(doc_id), 0) == 90

    turns.set_hand_turn(vault, doc_id, 0, None)
    doc = vault.documents.get(doc_id)
    assert "turns" not in doc.meta and turns.page_turns(vault, doc) == {0: 270}


def test_a_scanned_pdf_pages_turn_counts_its_rotate_and_skips_a_picture_drawn_turned():
    portrait = (612.0, 792.0)
    [upright] = _scanned_pdf((850, 1100), portrait).pages
    assert turns.scan_turn(upright, 90) == 90
    [rotated] = _scanned_pdf((850, 1100), portrait, rotate=90).pages
    assert turns.scan_turn(rotated, 0) == 90  # shown a quarter clockwise: turned back
    assert turns.scan_turn(rotated, 270) == 0  # the /Rotate already sets it upright
    [drawn_turned] = _scanned_pdf((1100, 850), portrait).pages
    assert turns.scan_turn(drawn_turned, 90) is None


def test_combine_and_split_carry_the_patients_turns_to_the_new_pages(vault, tmp_path):
    from factories import make_jpeg, make_pdf

    from secondop_desktop.core import pages

    photo = make_jpeg(tmp_path / "photo.jpg", size=(400, 300))
    report = make_pdf(tmp_path / "report.pdf", ["One", "Two"])
    photo_id, report_id = (r.document_id for r in vault.documents.import_paths([photo, report]))
    turns.set_hand_turn(vault, photo_id, 0, 270)
    turns.set_hand_turn(vault, report_id, 1, 90)

    combined = pages.combine(vault, [report_id, photo_id])
    assert turns.hand_turns(vault.documents.get(combined)) == {1: 90, 2: 270}
    first, second = pages.split(vault, combined, [3])
    assert turns.hand_turns(vault.documents.get(first)) == {1: 90}
    assert turns.hand_turns(vault.documents.get(second)) == {0: 270}
