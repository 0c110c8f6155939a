"""Every packet page fits on A4 or Letter: a 30-inch page (2160 pt) or a long strip (8400 pt) is
scaled onto the paper with a stamp that reads; small pages keep their size."""

from __future__ import annotations

from pdf_inspect import page_texts, text_runs
from pypdf import PdfReader
from scan_pdfs import pdf_bytes

from secondop_desktop.packet import stamps
from secondop_desktop.packet.export import PacketOptions, export_packet

A4_LONG = 841.89


def _text_page(path, size, words: str):
    content = b"BT /F1 48 Tf 100 %d Td (%s) Tj ET" % (int(size[1]) - 200, words.encode())
    path.write_bytes(pdf_bytes(size, content, resources=b"<< /Font << /F1 << /Type /Font "
                                                        b"/Subtype /Type1 /BaseFont /Helvetica "
                                                        b">> >> >>"))
    return path


def test_huge_pages_are_scaled_onto_the_paper_and_stamped_readably(vault, tmp_path):
    files = [_text_page(tmp_path / "drawing.pdf", (2160, 2160), "Drawing legend 2160"),
             _text_page(tmp_path / "strip.pdf", (8400, 600), "Strip legend 8400"),
             _text_page(tmp_path / "label.pdf", (200, 120), "Label")]
    vault.importer.import_paths(files)
    for paper in ("A4", "Letter"):
        out = tmp_path / f"packet-{paper}.pdf"
        result = export_packet(vault, out, PacketOptions(sections={"records"}, page_size=paper))
        sizes = [tuple(float(v) for v in p.mediabox[2:]) for p in PdfReader(out).pages]
        assert all(stamps.fits_paper(size) for size in sizes), sizes
        texts = page_texts(out)
        for words in ("Drawing legend 2160", "Strip legend 8400", "Label"):
            assert any(words in text for text in texts)  # scaled, not cut off
        for index in range(result.pages):
            (width, height), runs = text_runs(out, index)
            [(_, (_l, bottom, _r, top))] = [r for r in runs if r[0].startswith("page ")]
            assert top - bottom >= 5  # points: the stamp reads at print size
    label = next(i for i, t in enumerate(texts) if "Label" in t and "page" in t)
    assert stamps.MIN_WIDTH <= PdfReader(out).pages[label].mediabox.width < 612  # kept small


def test_pages_that_fit_either_paper_keep_their_size():
    assert stamps.pdf_page((612, 792), None, (595.28, 841.89)) == (612, 792)  # Letter on A4
    assert stamps.pdf_page((2160, 2160), None, (595.28, 841.89)) == (595.28, 841.89)
    assert stamps.pdf_page((8400, 600), None, (612, 792)) == (792, 612)  # turned as the page
