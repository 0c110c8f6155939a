"""Records as hospitals hand them out show in the packet as they show on their own: filled forms,
comments, odd image filters; a record or page that cannot be included is named and explained."""

from __future__ import annotations

import logging
import subprocess
import zlib
from pathlib import Path

import pytest
from pdf_inspect import page_texts
from pypdf import PdfReader
from render import RENDERERS, colour_share, qpdf_warnings
from samples import (
    make_annotated_pdf,
    make_filled_form,
    make_hostile_pdf,
    make_jbig2_pdf,
    make_pdf_with_bad_page,
)

from secondop_desktop.packet import images
from secondop_desktop.packet.export import PacketOptions, export_packet
from secondop_desktop.packet.sources import SourcePage, placement
from secondop_desktop.packet.stamps import content_area

RECORDS = PacketOptions(sections={"records"})
RED, GREEN, BLUE, YELLOW = (255, 0, 0), (0, 153, 0), (0, 0, 255), (255, 255, 0)


def _import(vault, *paths: Path) -> None:
    results = vault.importer.import_paths(list(paths))
    assert all(r.outcome.value == "imported" for r in results), [r.line() for r in results]


def _source_region(packet: Path, page: int, renderer: str, dpi: float):
    """The part of a packet page where the (letter-sized) source page was placed, rendered so
    that the source appears at ``dpi``."""
    box = PdfReader(packet).pages[page].mediabox
    size = (float(box.width), float(box.height))
    a, _b, _c, d, e, f = placement(SourcePage((0, 0, 612, 792), 0), content_area(size, True))
    dpi = dpi / a
    img = RENDERERS[renderer](packet, dpi)[page]
    k = dpi / 72
    left, bottom = e * k, img.height - f * k
    return img.crop((round(left), round(bottom - 792 * d * k), round(left + 612 * a * k),
                     round(bottom)))


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("renderer", ["pdfium", "poppler", "ghostscript", "qtpdf"])
def test_comments_show_as_in_the_source(vault, tmp_path, renderer):
    source = make_annotated_pdf(tmp_path / "annotated.pdf")
    _import(vault, source)
    packet = export_packet(vault, tmp_path / "p.pdf", RECORDS).path
    assert qpdf_warnings(packet) == ""
    original = RENDERERS[renderer](source, 100)[0]
    placed = _source_region(packet, 0, renderer, 100)
    for colour in (RED, GREEN, BLUE):  # comments that carry their own appearance
        expected = colour_share(original, colour)
        assert expected > 0.0005
        assert colour_share(placed, colour) == pytest.approx(expected, rel=0.4), colour
    assert colour_share(placed, YELLOW) > 0.002  # the highlight and the note have no /AP
    texts = page_texts(packet)[0] + _pdftotext(packet)
    assert "Ask about the biopsy" in texts  # the sticky note's text is on the page
    assert "Reviewed by Dr. Shaw" in texts
    assert "Seen by radiology" in texts  # a stamp without an appearance: its text, boxed


def test_filled_form_values_show_in_every_reader(vault, tmp_path):
    _import(vault, make_filled_form(tmp_path / "claim.pdf"))
    packet = export_packet(vault, tmp_path / "p.pdf", RECORDS).path
    assert qpdf_warnings(packet) == ""
    for text in (page_texts(packet)[0], _pdftotext(packet)):
        for value in ("Jane Formfill", "Goitre, left lobe", "Northwind Health"):
            assert value in text, value
    for renderer in RENDERERS:  # the ticked box: ink inside the checkbox's square
        box = _source_region(packet, 0, renderer, 72)
        tick = box.crop((162, 792 - 576, 176, 792 - 562))
        assert tick.convert("L").getextrema()[0] < 128, renderer


def test_comments_and_fields_are_drawn_not_left_clickable(vault, tmp_path):
    _import(vault, make_annotated_pdf(tmp_path / "a.pdf"), make_filled_form(tmp_path / "f.pdf"))
    packet = export_packet(vault, tmp_path / "p.pdf", RECORDS).path
    raw = packet.read_bytes()
    assert b"/AcroForm" not in raw and b"/Widget" not in raw and b"/FreeText" not in raw
    assert all("/Annots" not in page for page in PdfReader(packet).pages)


def test_a_jbig2_image_is_copied_without_being_decoded(vault, tmp_path, monkeypatch):
    source = make_jbig2_pdf(tmp_path / "fax.pdf")
    _import(vault, source)

    def refuse(*_args, **_kwargs):
        raise AssertionError("an image was decoded")

    monkeypatch.setattr("pypdf.filters.JBIG2Decode.decode", refuse)
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    assert result.notices == []
    assert "Fax cover sheet" in page_texts(result.path)[0]
    [original] = _jbig2(PdfReader(source).pages[0]["/Resources"])
    [copied] = _jbig2(PdfReader(result.path).pages[0]["/Resources"])
    assert copied._data == original._data  # the very bytes, untouched


def _jbig2(resources) -> list:
    found = []
    for obj in resources.get("/XObject", {}).values():
        obj = obj.get_object()
        if obj.get("/Filter") == "/JBIG2Decode":
            found.append(obj)
        elif "/Resources" in obj:
            found += _jbig2(obj["/Resources"])
    return found


@pytest.mark.parametrize(("kind", "reason"), [
    ("bomb", "too much to include safely"),
    ("corrupt", "damaged data"),
])
def test_a_bad_page_is_left_out_with_a_notice(vault, tmp_path, kind, reason):
    _import(vault, make_pdf_with_bad_page(tmp_path / "lab_results.pdf", kind),
            make_annotated_pdf(tmp_path / "other.pdf"))
    doc = next(d for d in vault.documents.list() if d.original_name == "lab_results.pdf")
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    assert result.notices == [f"{doc.title}, page 2: could not be included: {reason_of(result)}"]
    assert reason in result.notices[0]
    texts = page_texts(result.path)
    joined = "\n".join(texts)
    assert "Good page before" in joined and "Annotated report" in joined  # the export went on
    assert f"{doc.title}, page 2" in joined and doc.sha256 not in joined
    assert texts[-1].startswith("Not included")  # the last page lists it
    assert f"{doc.title}, page 2" in texts[-1].replace("\n", " ")


def reason_of(result) -> str:
    return result.notices[0].split(": could not be included: ", 1)[1]


def test_a_stream_cut_short_is_repaired(vault, tmp_path):
    _import(vault, make_pdf_with_bad_page(tmp_path / "cut.pdf", "damaged"))
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    assert result.notices == []
    assert qpdf_warnings(result.path) == ""
    assert "Cut short" in page_texts(result.path)[1]


def test_inert_hostile_data_is_not_copied(vault, tmp_path):
    _import(vault, make_hostile_pdf(tmp_path / "odd.pdf"))
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    raw = result.path.read_bytes()
    for needle in (b"SECRET-ATTACHMENT", b"tracker.invalid", b"calc.exe", b"app.alert",
                   b"/EmbeddedFile", b"/Launch", b"/FileAttachment"):
        assert needle not in raw, needle
    assert "Plain visible text" in page_texts(result.path)[0]


def test_a_fault_of_ours_is_logged_and_named_as_ours(vault, tmp_path, monkeypatch, caplog):
    from factories import make_jpeg, make_pdf

    _import(vault, make_jpeg(tmp_path / "photo.jpg"), make_pdf(tmp_path / "letter.pdf",
                                                               pages=["Dear colleague"]))

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in the image reader")

    monkeypatch.setattr(images, "probe", broken)
    with caplog.at_level(logging.ERROR):
        result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    [notice] = result.notices
    assert "error in SecondOp Desktop" in notice and "damaged" not in notice
    assert "a bug in the image reader" in caplog.text  # the traceback went to the log
    assert "Dear colleague" in "\n".join(page_texts(result.path))


def test_an_encrypted_pdf_goes_in_decrypted(vault, tmp_path):
    from factories import make_encrypted_pdf

    _import(vault, make_encrypted_pdf(tmp_path / "portal.pdf"))
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    assert result.notices == []
    assert "Locked report" in page_texts(result.path)[0]
    assert b"/Encrypt" not in result.path.read_bytes()


def test_a_comment_with_odd_geometry_is_left_out_not_the_record(vault, tmp_path):
    import pikepdf

    source = make_annotated_pdf(tmp_path / "odd.pdf")
    with pikepdf.open(source, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        page.obj.Annots.append(pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Highlight, F=4)))  # no Rect, no quads
        pdf.save(source)
    _import(vault, source)
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    assert result.notices == []
    assert "Reviewed by Dr. Shaw" in page_texts(result.path)[0]


def test_the_page_check_stops_at_its_limit_and_repairs_what_was_cut(tmp_path, monkeypatch):
    from secondop_desktop.packet import streamcheck
    from secondop_desktop.packet.errors import BadPage

    monkeypatch.setattr(streamcheck, "PAGE_LIMIT", 64 * 2**20)
    reader = PdfReader(make_pdf_with_bad_page(tmp_path / "bomb.pdf", "bomb"))
    checker = streamcheck.PageChecker()
    checker.check(reader.pages[0])
    with pytest.raises(BadPage, match="too much to include safely"):
        checker.check(reader.pages[1])
    cut = PdfReader(make_pdf_with_bad_page(tmp_path / "cut.pdf", "damaged"))
    checker = streamcheck.PageChecker()
    checker.check(cut.pages[1])
    [repaired] = checker.fixes.values()
    assert b"Cut short" in zlib.decompress(repaired)


def _not_flate(pdf):
    from pikepdf import Name, Stream

    broken = Stream(pdf, b"this is not flate data at all" * 10)
    broken.Filter = Name.FlateDecode
    return broken


def _repaired_page_is_included(vault, tmp_path, build, words: str) -> None:
    """``build(pdf, page)`` damages a one-page letter; the page still goes in as viewers
    show it, the repair is noted, and qpdf finds nothing wrong in the packet."""
    import pikepdf

    path = tmp_path / "letter.pdf"
    with pikepdf.Pdf.new() as pdf:
        build(pdf, pdf.add_blank_page(page_size=(612, 792)))
        pdf.save(path, compress_streams=False,
                 stream_decode_level=pikepdf.StreamDecodeLevel.none)
    _import(vault, path)
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    assert words in page_texts(result.path)[0]
    [note] = result.notices
    assert "page 1: included as qpdf repairs it" in note
    assert qpdf_warnings(result.path) == ""


def test_a_page_whose_font_data_is_damaged_is_included_as_viewers_show_it(vault, tmp_path):
    """Viewers draw such a page fully (the font falls back to a standard one)."""
    from pikepdf import Dictionary, Name

    def build(pdf, page) -> None:
        descriptor = Dictionary(Type=Name.FontDescriptor, FontName=Name.Helvetica, Flags=32,
                                FontBBox=[0, 0, 1000, 1000], ItalicAngle=0, Ascent=718,
                                Descent=-207, CapHeight=718, StemV=88,
                                FontFile=_not_flate(pdf))
        font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                          FontDescriptor=pdf.make_indirect(descriptor))
        page.obj.Resources = Dictionary(Font=Dictionary(F1=pdf.make_indirect(font)))
        page.obj.Contents = pdf.make_stream(b"BT /F1 14 Tf 72 700 Td (Shown in spite of "
                                            b"its font) Tj ET")

    _repaired_page_is_included(vault, tmp_path, build, "Shown in spite of its font")


def test_a_damaged_stream_among_a_pages_drawing_leaves_the_rest_drawn(vault, tmp_path):
    """A page drawn by several content streams, one of them not Flate at all: viewers draw
    the others, and so does the packet."""
    from pikepdf import Array, Dictionary, Name

    def build(pdf, page) -> None:
        font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
        page.obj.Resources = Dictionary(Font=Dictionary(F1=pdf.make_indirect(font)))
        good = pdf.make_stream(b"BT /F1 14 Tf 72 700 Td (The readable part) Tj ET")
        page.obj.Contents = Array([good, pdf.make_indirect(_not_flate(pdf))])

    _repaired_page_is_included(vault, tmp_path, build, "The readable part")


def _deep_pdf(path):
    """A page pypdf gives up on (a font dictionary nested 2,000 arrays deep) that pdfium,
    poppler and qpdf read: a blue box and a line of text."""
    from scan_pdfs import pdf_bytes

    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /X " + b"[" * 2000
            + b"]" * 2000 + b" >>")
    content = b"0 0 1 rg 72 600 300 100 re f BT /F1 24 Tf 72 740 Td (Shown by viewers) Tj ET"
    path.write_bytes(pdf_bytes((612, 792), content, resources=b"<< /Font << /F1 5 0 R >> >>",
                               extra=(font,)))
    return path


def test_a_page_pypdf_cannot_parse_goes_in_as_qpdf_repairs_it(vault, tmp_path):
    _import(vault, _deep_pdf(tmp_path / "deep.pdf"))
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    [note] = result.notices
    assert "page 1: included as qpdf repairs it" in note
    assert "Shown by viewers" in page_texts(result.path)[0]
    assert qpdf_warnings(result.path) == ""


def test_a_page_that_cannot_be_copied_but_shows_goes_in_as_a_picture(vault, tmp_path,
                                                                     monkeypatch):
    """When not even qpdf's copy can be copied, a picture of the page as pdfium draws it
    goes in, with a note; it is never left out while viewers show it."""
    from secondop_desktop.packet import streamcheck

    def cannot_copy(_checker, _page):
        raise streamcheck.BadPage(streamcheck.DAMAGED)

    monkeypatch.setattr(streamcheck.PageChecker, "check", cannot_copy)
    _import(vault, _deep_pdf(tmp_path / "deep.pdf"))
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    [note] = result.notices
    assert "page 1: included as a picture of how viewers show it" in note
    assert not any(t.startswith("Not included") for t in page_texts(result.path))
    page = RENDERERS["pdfium"](result.path, 50)[0]
    assert colour_share(page, (0, 0, 255)) > 0.02  # the page's own drawing is there
    assert qpdf_warnings(result.path) == ""
