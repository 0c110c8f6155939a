"""The packet's OCR'd pages carry their words invisibly under the image: pdftotext reads them."""

from __future__ import annotations

import subprocess

import pytest
from pypdf import PdfReader
from scans import make_scan

from secondop_desktop.core.ocr.engine import Word
from secondop_desktop.core.ocr.queue import OcrQueue
from secondop_desktop.core.ocr.store import PageText
from secondop_desktop.packet import text_layer
from secondop_desktop.packet.export import PacketOptions, export_packet

TEXT = "Consultant Neurologist\nElectromyography shows radiculopathy\nReview in clinic"


def _pdftotext(path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path),
                           "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize(("rotate", "fmt"), [(0, "JPEG"), (90, "PNG"), (180, "JPEG")])
def test_the_packet_page_of_a_scan_yields_its_words(vault, tmp_path, rotate, fmt):
    scan = make_scan(tmp_path / f"scan.{fmt.lower()}", TEXT, rotate=rotate, fmt=fmt,
                     size=(1500, 1100))
    [result] = vault.importer.import_paths([scan])
    OcrQueue(vault, workers=1).run()

    out = export_packet(vault, tmp_path / "packet.pdf",
                        PacketOptions(sections={"records"})).path
    pages = PdfReader(out).pages
    scan_page = next(i for i, p in enumerate(pages, start=1) if "/SOText" in
                     p["/Resources"]["/XObject"])
    words = _pdftotext(out, scan_page)
    for word in ("Electromyography", "radiculopathy", "Neurologist"):
        assert word in words
    assert "Electromyography shows radiculopathy" in " ".join(words.split())  # reading order
    assert result.document_id


def test_without_ocr_the_image_page_has_no_text_layer(vault, tmp_path):
    vault.importer.import_paths([make_scan(tmp_path / "scan.png", TEXT, size=(1500, 1100))])
    out = export_packet(vault, tmp_path / "packet.pdf", PacketOptions(sections={"records"})).path
    assert all("/SOText" not in p["/Resources"]["/XObject"] for p in PdfReader(out).pages)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_every_word_lands_inside_the_image_rectangle(rotation):
    width, height = (800, 1000) if rotation in (0, 180) else (1000, 800)
    page = PageText(1, 0, "ocr", "a b", [Word("corner", (0, 0, 100, 40)),
                                         Word("far", (width - 60, height - 30, width, height))],
                    width, height, rotation)
    rect = (50.0, 70.0, 400.0, 500.0)
    a, b, c, d, e, f = text_layer.placement_matrix(page, rect)
    for word in page.words:
        for ux, uy in ((word.box[0], word.box[1]), (word.box[2], word.box[3])):
            x, y = a * ux + c * uy + e, b * ux + d * uy + f
            assert 50 - 1e-6 <= x <= 450 + 1e-6 and 70 - 1e-6 <= y <= 570 + 1e-6
    assert b"3 Tr" in text_layer.operators(page, rect)  # invisible


def test_a_scanned_pdf_and_combined_scans_get_the_layer_too(vault, tmp_path):
    from scans import scan_image

    from secondop_desktop.core import pages

    scanned_pdf = tmp_path / "scanner.pdf"  # a scanner's PDF: one picture per page, no text
    scan_image("Cholecystectomy was uneventful", (1500, 1100)).save(scanned_pdf, "PDF",
                                                                      resolution=300)
    letters = [make_scan(tmp_path / f"letter{i}.jpg", f"Letter page {i}\n{word}", fmt="JPEG",
                         size=(1500, 1100))
               for i, word in ((1, "Appendicitis"), (2, "Peritonitis"))]
    pdf_id, *letter_ids = [r.document_id for r in
                           vault.importer.import_paths([scanned_pdf, *letters])]
    OcrQueue(vault, workers=1).run()
    combined = pages.combine(vault, letter_ids)

    out = export_packet(vault, tmp_path / "packet.pdf", PacketOptions(sections={"records"})).path
    reader = PdfReader(out)
    layered = [i for i, p in enumerate(reader.pages, start=1)
               if "/SOText" in p["/Resources"]["/XObject"]]
    text = " ".join(_pdftotext(out, i) for i in layered)
    for word in ("Cholecystectomy", "Appendicitis", "Peritonitis"):
        assert word in text
    assert len(layered) == 3 and pdf_id and combined
