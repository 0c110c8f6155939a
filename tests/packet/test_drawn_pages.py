"""Our own drawings (the stamps, the generated sections) copied into the packet: what every page
shares is written once, and nothing that could run or leak comes along."""

from __future__ import annotations

import io

import pikepdf
from pdf_inspect import page_texts

from secondop_desktop.packet.canvas import Canvas, font
from secondop_desktop.packet.drawn_pages import DrawnPdf
from secondop_desktop.packet.export import export_packet
from secondop_desktop.packet.pdfstream import StreamingPdfWriter


def test_every_stamp_names_one_shared_copy_of_its_resources(filled_vault, tmp_path):
    out = tmp_path / "packet.pdf"
    result = export_packet(filled_vault, out)
    with pikepdf.open(out) as pdf:
        stamps = [page.obj.Resources.XObject.SOStamp for page in pdf.pages]
        shared = {stamp.Resources.objgen for stamp in stamps}
        fonts = {stamp.Resources.Font[key].objgen for stamp in stamps
                 for key in stamp.Resources.Font.keys()}
    assert len(stamps) == result.pages > 5
    # One indirect dictionary per set of fonts a stamp uses (with a record's heading, or not),
    # one copy of each font: not one of each per page.
    assert len(shared) == 2 and (0, 0) not in shared
    assert len(fonts) == 2
    texts = page_texts(out)
    assert all(f"page {n} of {result.pages}" in text for n, text in enumerate(texts, start=1))


def test_actions_and_metadata_in_a_drawing_are_left_behind(tmp_path):
    drawn = tmp_path / "drawn.pdf"
    c = Canvas(drawn, (300.0, 200.0), "drawn")
    c.text_at(20, 20, 200, "Drawn text", font(10))
    c.finish()
    with pikepdf.open(drawn, allow_overwriting_input=True) as pdf:  # a form that would run
        form = pdf.make_stream(b"q Q", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                               BBox=[0, 0, 10, 10], Metadata=pdf.make_stream(b"<x/>"),
                               AA=pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.JavaScript,
                                                                          JS="app.alert(1)")))
        pdf.pages[0].Resources.XObject = pikepdf.Dictionary(Extra=pdf.make_indirect(form))
        pdf.save(drawn)
    buffer = io.BytesIO()
    writer = StreamingPdfWriter(buffer)
    with DrawnPdf(drawn, writer) as source:
        source.page_form(0)
    written = buffer.getvalue()
    assert b"/Form" in written and b"/BBox" in written
    assert b"/JavaScript" not in written and b"/AA" not in written
    assert b"/Metadata" not in written and b"<x/>" not in written

