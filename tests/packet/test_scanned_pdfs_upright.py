"""Scanned PDF pages read as they are shown go into the packet upright, with their invisible
words across the page: a scan set upright by /Rotate, one placed turned, a JBIG2 fax."""

from __future__ import annotations

import pytest
from pdf_inspect import page_texts, text_runs
from scan_pdfs import make_fax_pdf, make_placed_turned_pdf, make_rotate_pdf

from secondop_desktop.core.ocr.engine import Engine
from secondop_desktop.core.ocr.queue import OcrQueue
from secondop_desktop.core.ocr.render import render_page
from secondop_desktop.packet.export import PacketOptions, export_packet

TEXT = "Radiology Department\nMRI lumbar spine\nMild disc bulge at {word} level"


@pytest.mark.parametrize("make, word", [(make_rotate_pdf, "pedicle"),
                                        (make_placed_turned_pdf, "foramen"),
                                        (make_fax_pdf, "vertebra")])
def test_the_packet_page_is_upright_with_its_words_across(vault, tmp_path, make, word):
    vault.importer.import_paths([make(tmp_path / "scan.pdf", TEXT.format(word=word))])
    OcrQueue(vault, workers=1).run()
    out = export_packet(vault, tmp_path / "packet.pdf", PacketOptions(sections={"records"})).path
    [index] = [i for i, text in enumerate(page_texts(out)) if word in text]
    _size, runs = text_runs(out, index)
    [(_text, (left, bottom, right, top))] = [r for r in runs if word in r[0]]
    assert right - left > 2 * (top - bottom)  # the invisible words run across the page

    image, dpi = render_page(out, index)  # read back as a person sees the packet page
    engine = Engine()
    try:
        read = engine.read(image, dpi)
    finally:
        engine.close()
    assert word in read.text and read.rotation == 0


def test_filled_in_form_fields_are_drawn_for_reading(tmp_path):
    from samples import make_filled_form

    image, dpi = render_page(make_filled_form(tmp_path / "claim.pdf"), 0)
    engine = Engine()
    try:
        read = engine.read(image, dpi)
    finally:
        engine.close()
    # values with an appearance of their own, and one only NeedAppearances would show
    assert "Goitre, left lobe" in read.text and "Northwind Health" in read.text
