"""Page turns: the patient's turn overrides the OCR's (which is of the page as shown)."""

from __future__ import annotations

from PIL import Image

from secondop_desktop.core import turns
from secondop_desktop.core.ocr.engine import PageRead
from secondop_desktop.core.ocr.store import save_page


def _ocr(vault, doc_id: int, page: int, rotation: int) -> None:
    with vault.db.transaction() as conn:
        save_page(conn, doc_id, page, "ocr", PageRead("words", [], 10, 10, rotation))


def test_the_patients_turn_overrides_the_ocrs_and_taking_it_back_restores_it(vault, tmp_path):
    path = tmp_path / "scan.png"
    Image.new("L", (300, 200), 255).save(path)
    [result] = vault.importer.import_paths([path])
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


def test_every_records_ocr_turns_read_at_once_are_each_records_own(vault, tmp_path):
    ids = []
    for name in ("a.png", "b.png", "c.png"):
        Image.new("L", (300, 200), 255).save(tmp_path / name)
        [result] = vault.importer.import_paths([tmp_path / name])
        ids.append(result.document_id)
    _ocr(vault, ids[0], 0, 270)
    _ocr(vault, ids[1], 0, 0)
    every = turns.every_ocr_rotation(vault)
    assert every == {ids[0]: {0: 270}, ids[1]: {0: 0}}  # the third: not read yet
    for doc_id in ids:
        doc = vault.documents.get(doc_id)
        assert turns.page_turns(vault, doc, every.get(doc_id, {})) == turns.page_turns(vault, doc)


def test_combine_and_split_carry_the_patients_turns_to_the_new_pages(vault, tmp_path):
    from factories import make_jpeg, make_pdf

    from secondop_desktop.core import pages

    photo = make_jpeg(tmp_path / "photo.jpg", size=(400, 300))
    report = make_pdf(tmp_path / "report.pdf", ["One", "Two"])
    photo_id, report_id = (r.document_id for r in vault.importer.import_paths([photo, report]))
    turns.set_hand_turn(vault, photo_id, 0, 270)
    turns.set_hand_turn(vault, report_id, 1, 90)

    combined = pages.combine(vault, [report_id, photo_id])
    assert turns.hand_turns(vault.documents.get(combined)) == {1: 90, 2: 270}
    first, second = pages.split(vault, combined, [3])
    assert turns.hand_turns(vault.documents.get(first)) == {1: 90}
    assert turns.hand_turns(vault.documents.get(second)) == {0: 270}
