"""A scan fed sideways or upside down comes out upright in the packet: a portrait page, its words
in reading order, the title line at the top; the stored file stays byte for byte as imported."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from render import pdfium_pages
from scans import make_scan, scan_image

from secondop_desktop.core.ocr.queue import OcrQueue
from secondop_desktop.core.turns import set_hand_turn
from secondop_desktop.packet.export import PacketOptions, export_packet
from secondop_desktop.packet.stamps import HEADER_BAND, STAMP_BAND

TEXT = "Consultant Neurologist\nElectromyography shows radiculopathy\nReview in clinic"
PORTRAIT = (1100, 1500)  # a portrait letter, scanned at 300 dpi
DPI = 40


def _pdftotext(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path),
                           "-"], capture_output=True, text=True, check=True).stdout


def _scan_page(path: Path) -> int:
    """The 1-based number of the packet page carrying a text layer."""
    pages = PdfReader(path).pages
    return next(i for i, p in enumerate(pages, start=1)
                if "/SOText" in p["/Resources"]["/XObject"])


def _ink_centre(path: Path, number: int) -> tuple[float, float, tuple[float, float]]:
    """Where the ink of the record's content sits between the margin bands: its mean x and y
    as fractions of the content area (0, 0: top left), and the page's size in points."""
    page = pdfium_pages(path, DPI)[number - 1].convert("L")
    size = PdfReader(path).pages[number - 1].mediabox
    scale = DPI / 72
    top, bottom = round((HEADER_BAND + 4) * scale), page.height - round((STAMP_BAND + 4) * scale)
    content = page.crop((0, top, page.width, bottom))
    xs, ys = [], []
    pixels = content.load()
    for y in range(content.height):
        for x in range(content.width):
            if pixels[x, y] < 128:
                xs.append(x)
                ys.append(y)
    assert xs, "no ink in the content area"
    return (sum(xs) / len(xs) / content.width, sum(ys) / len(ys) / content.height,
            (float(size.width), float(size.height)))


def _assert_upright(out: Path) -> None:
    number = _scan_page(out)
    x, y, (width, height) = _ink_centre(out, number)
    assert height > width  # a portrait page for a portrait letter
    assert y < 0.4  # the letter's lines are printed from its top down
    assert x < 0.5  # and from the left
    text = " ".join(_pdftotext(out, number).split())
    assert "Electromyography shows radiculopathy" in text  # words in reading order


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_a_sideways_or_upside_down_scan_is_packed_upright(vault, tmp_path, rotate):
    scan = make_scan(tmp_path / "scan.png", TEXT, rotate=rotate, size=PORTRAIT)
    original = _sha(scan)
    [result] = vault.importer.import_paths([scan])
    OcrQueue(vault, workers=1).run()

    out = export_packet(vault, tmp_path / "packet.pdf", PacketOptions(sections={"records"})).path

    _assert_upright(out)
    doc = vault.documents.get(result.document_id)
    assert _sha(vault.documents.path(doc)) == original == doc.sha256  # the file is untouched


def test_a_sideways_jpeg_keeps_its_bytes_and_its_exif_turn_adds_to_the_ocr_turn(vault,
                                                                               tmp_path):
    # Stored upside down, with EXIF saying "turn a quarter clockwise": it shows sideways, so OCR
    # turns it a further quarter; the packet applies both to the placement of the same bytes.
    picture = scan_image(TEXT, PORTRAIT, rotate=180).rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6
    scan = tmp_path / "photo.jpg"
    picture.save(scan, "JPEG", quality=85, dpi=(300, 300), exif=exif.tobytes())
    vault.importer.import_paths([scan])
    OcrQueue(vault, workers=1).run()

    out = export_packet(vault, tmp_path / "packet.pdf", PacketOptions(sections={"records"})).path

    _assert_upright(out)
    image = PdfReader(out).pages[_scan_page(out) - 1]["/Resources"]["/XObject"]["/SOContent"]
    assert (image["/Width"], image["/Height"]) == picture.size  # placed turned, not re-encoded


@pytest.mark.parametrize("rotate", [90, 270])
def test_a_scanned_pdf_page_lying_sideways_is_packed_upright(vault, tmp_path, rotate):
    scanned = tmp_path / "scanner.pdf"  # a scanner's PDF: one sideways picture, no text
    scan_image(TEXT, PORTRAIT, rotate=rotate).save(scanned, "PDF", resolution=300)
    original = _sha(scanned)
    [result] = vault.importer.import_paths([scanned])
    OcrQueue(vault, workers=1).run()

    out = export_packet(vault, tmp_path / "packet.pdf", PacketOptions(sections={"records"})).path

    _assert_upright(out)
    assert vault.documents.get(result.document_id).sha256 == original


def test_a_turn_by_hand_overrides_the_ocr_and_the_words_follow(vault, tmp_path):
    scan = make_scan(tmp_path / "scan.png", TEXT, size=PORTRAIT)
    [result] = vault.importer.import_paths([scan])
    OcrQueue(vault, workers=1).run()
    set_hand_turn(vault, result.document_id, 0, 90)  # the patient turned it a quarter left

    out = export_packet(vault, tmp_path / "packet.pdf", PacketOptions(sections={"records"})).path

    number = _scan_page(out)
    x, y, (width, height) = _ink_centre(out, number)
    assert width > height  # now lying on its side, as the patient asked
    assert y > 0.5  # its first lines, turned left, run up the left edge from the bottom
    assert "Electromyography shows radiculopathy" in " ".join(_pdftotext(out, number).split())

    set_hand_turn(vault, result.document_id, 0, None)  # taken back: as OCR found it
    again = export_packet(vault, tmp_path / "again.pdf",
                          PacketOptions(sections={"records"})).path
    _assert_upright(again)
