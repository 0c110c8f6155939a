"""Pages shown upright: turned as OCR found them, or by hand (undoable); the thumbnail follows, the
packet too, and the stored file never changes."""

from __future__ import annotations

import hashlib

from factories import make_jpeg, make_pdf
from pypdf import PdfReader
from PySide6.QtCore import Qt
from windows import open_records_page, open_window

from secondop_desktop.core.ocr.engine import PageRead
from secondop_desktop.core.ocr.store import save_page
from secondop_desktop.packet.export import PacketOptions, export_packet
from secondop_desktop.ui.records.thumbnails import THUMB_PX, make_thumbnail

LANDSCAPE = (1400, 1000)  # a letter scanned lying on its side, at 150 dpi
PORTRAIT = (1000, 1400)


def _read_as(vault, doc_id: int, page: int, rotation: int) -> None:
    """What the OCR queue stores for a page it found lying turned."""
    with vault.db.transaction() as conn:
        save_page(conn, doc_id, page, "ocr", PageRead("Clinic letter", [], 300, 420, rotation))


def _landscape_scan(page, tmp_path):
    page.import_paths([make_jpeg(tmp_path / "letter.jpg", size=LANDSCAPE)])
    [doc] = page.model.documents()
    return doc


def _shown(page) -> tuple[int, int]:
    image = page.preview.image_view.image
    return image.width(), image.height()


def _fills_top_edge(image) -> bool:
    """The framed thumbnail's page reaches its top edge (a portrait page does)."""
    return image.pixelColor(THUMB_PX // 2, 1).alpha() > 0


def test_a_page_ocr_found_lying_sideways_is_previewed_upright(qtbot, vault, services,
                                                             tmp_path):
    [result] = vault.importer.import_paths([make_jpeg(tmp_path / "letter.jpg",
                                                       size=LANDSCAPE)])
    doc = vault.documents.get(result.document_id)
    assert not _fills_top_edge(make_thumbnail(vault, doc))  # landscape, as stored
    _read_as(vault, doc.id, 0, 90)

    page = open_records_page(qtbot, vault, services)
    assert page.select_document(doc.id)
    width, height = _shown(page)
    assert width < height  # a portrait page, though the stored image is landscape
    assert _fills_top_edge(make_thumbnail(vault, doc))


def test_when_ocr_finishes_the_thumbnail_and_the_preview_turn(qtbot, vault, services, tmp_path):
    page = open_records_page(qtbot, vault, services)
    doc = _landscape_scan(page, tmp_path)
    page.select_document(doc.id)
    qtbot.waitUntil(lambda: page.thumbnails.has_icon(doc.id), timeout=3000)
    assert _shown(page) == LANDSCAPE

    _read_as(vault, doc.id, 0, 270)
    page.refresh_findings()  # what the window calls once the queue ran dry

    qtbot.waitUntil(lambda: page.thumbnails.has_icon(doc.id), timeout=3000)
    assert page.thumbnails._turns[doc.id][1] == 270
    assert _shown(page) == PORTRAIT


def test_rotate_by_hand_overrides_ocr_undo_restores_and_the_packet_follows(qtbot, vault,
                                                                          services, tmp_path):
    page = open_records_page(qtbot, vault, services)
    doc = _landscape_scan(page, tmp_path)
    stored = vault.documents.path(doc)
    before = hashlib.sha256(stored.read_bytes()).hexdigest()
    page.select_document(doc.id)
    _read_as(vault, doc.id, 0, 90)  # OCR guessed wrong: the page was upright
    page.refresh_findings()
    assert _shown(page) == PORTRAIT
    preview = page.preview
    assert preview.rotate_left_button.isVisible() and preview.can_turn()

    preview.rotate_right()
    assert _shown(page) == LANDSCAPE
    assert vault.documents.get(doc.id).meta["turns"] == {"0": 0}
    assert _packet_page_size(vault, tmp_path)[0] > _packet_page_size(vault, tmp_path)[1]

    page.undo_stack.undo()
    assert _shown(page) == PORTRAIT
    assert "turns" not in vault.documents.get(doc.id).meta
    assert _packet_page_size(vault, tmp_path)[0] < _packet_page_size(vault, tmp_path)[1]

    page.undo_stack.redo()
    assert _shown(page) == LANDSCAPE
    preview.rotate_left()
    preview.rotate_left()
    assert _shown(page) == LANDSCAPE  # turned around: landscape still
    assert vault.documents.get(doc.id).meta["turns"] == {"0": 180}
    assert page.undo_stack.undoText() == "Rotate page 1 left"
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == before == doc.sha256


def test_rotating_a_pdf_page_turns_that_page_only(qtbot, vault, services, tmp_path):
    page = open_records_page(qtbot, vault, services)
    page.import_paths([make_pdf(tmp_path / "report.pdf", ["One", "Two", "Three"])])
    [doc] = page.model.documents()
    page.show_document(doc.id, 2)
    pdf = page.preview.pdf
    portrait = pdf.pagePointSize(1)
    assert portrait.width() < portrait.height()

    page.preview.rotate_left()

    assert pdf.pageCount() == 3 and page.preview.current_page() == 2
    turned = pdf.pagePointSize(1)
    assert (turned.width(), turned.height()) == (portrait.height(), portrait.width())
    assert pdf.pagePointSize(0) == portrait
    assert vault.documents.get(doc.id).meta["turns"] == {"1": 90}
    page.undo_stack.undo()
    assert page.preview.pdf.pagePointSize(1) == portrait


def _packet_page_size(vault, tmp_path) -> tuple[float, float]:
    out = export_packet(vault, tmp_path / "packet.pdf", PacketOptions(sections={"records"})).path
    box = PdfReader(out).pages[0].mediabox
    return float(box.width), float(box.height)


def test_ctrl_r_and_ctrl_l_turn_the_page_shown(qtbot, vault, services, tmp_path):
    [result] = vault.importer.import_paths([make_jpeg(tmp_path / "letter.jpg",
                                                       size=LANDSCAPE)])
    window = open_window(qtbot, vault, services, tmp_path, active=True)
    assert window.records.select_document(result.document_id)
    qtbot.waitUntil(lambda: window.turn_actions[1].isEnabled())

    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert _shown(window.records) == PORTRAIT
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _shown(window.records) == LANDSCAPE
    assert vault.documents.get(result.document_id).meta["turns"] == {"0": 0}
