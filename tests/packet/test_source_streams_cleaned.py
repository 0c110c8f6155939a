"""What a source PDF carries that readers stumble over or that leaks: a font with broken
ASCII85 data is re-encoded from what decodes, and a camera's EXIF (make, model) is removed from
JPEGs inside source PDFs whatever their filter layout."""

from __future__ import annotations

import base64
import io
import zlib

import pikepdf
import pytest
from pdf_inspect import page_texts
from pikepdf import Array, Dictionary, Name, Pdf, Stream
from PIL import Image
from render import qpdf_warnings

from secondop_desktop.packet.export import PacketOptions, export_packet

RECORDS = PacketOptions(sections={"records"})


def _page(pdf: Pdf, text: bytes, resources: Dictionary) -> None:
    page = pdf.add_blank_page(page_size=(612, 792))
    page.obj.Resources = resources
    page.obj.Contents = pdf.make_stream(text)


def _save(pdf: Pdf, path) -> None:
    pdf.save(path, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)


def test_a_font_with_broken_ascii85_data_is_re_encoded(vault, tmp_path):
    program = zlib.compress(b"%!PS-AdobeFont-1.0: not a real font program" * 20)
    encoded = base64.a85encode(program)
    broken = encoded[:40] + b"\x7f{|" + encoded[40:]  # bytes outside ASCII85, and no "~>"
    path = tmp_path / "letter.pdf"
    with Pdf.new() as pdf:
        font_file = Stream(pdf, broken)
        font_file.Filter = Array([Name.ASCII85Decode, Name.FlateDecode])
        descriptor = Dictionary(Type=Name.FontDescriptor, FontName=Name.Helvetica, Flags=32,
                                FontBBox=[0, 0, 1000, 1000], ItalicAngle=0, Ascent=718,
                                Descent=-207, CapHeight=718, StemV=88, FontFile=font_file)
        font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                          FontDescriptor=pdf.make_indirect(descriptor))
        _page(pdf, b"BT /F1 14 Tf 72 700 Td (Letter with an odd font) Tj ET",
              Dictionary(Font=Dictionary(F1=pdf.make_indirect(font))))
        _save(pdf, path)
    assert qpdf_warnings(path) != ""  # the source makes qpdf stumble
    vault.importer.import_paths([path])
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    assert "Letter with an odd font" in page_texts(result.path)[0]
    assert qpdf_warnings(result.path) == ""
    with Pdf.open(result.path) as packet:
        [copied] = [o for o in packet.objects if isinstance(o, Stream)
                    and o.get("/Filter") == Array([Name.ASCII85Decode, Name.FlateDecode])]
        assert copied.read_bytes() == zlib.decompress(program)  # what decoded is all there


def _camera_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "SecretCamCorp"  # Make
    exif[0x0110] = "SpyPhone 12"  # Model
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buf, "JPEG", exif=exif.tobytes())
    return buf.getvalue()


@pytest.mark.parametrize("layout", ["array", "flate"])
def test_camera_exif_is_removed_from_jpegs_in_source_pdfs(vault, tmp_path, layout):
    jpeg = _camera_jpeg()
    assert b"SecretCamCorp" in jpeg
    path = tmp_path / f"photo-{layout}.pdf"
    with Pdf.new() as pdf:
        if layout == "array":
            image = Stream(pdf, jpeg)
            image.Filter = Array([Name.DCTDecode])
        else:
            image = Stream(pdf, zlib.compress(jpeg))
            image.Filter = Array([Name.FlateDecode, Name.DCTDecode])
        image.Type, image.Subtype = Name.XObject, Name.Image
        image.Width, image.Height, image.BitsPerComponent = 64, 48, 8
        image.ColorSpace = Name.DeviceRGB
        _page(pdf, b"q 320 0 0 240 100 400 cm /Im0 Do Q BT /F1 12 Tf 72 700 Td (Photo page) "
                   b"Tj ET",
              Dictionary(XObject=Dictionary(Im0=image), Font=Dictionary(F1=Dictionary(
                  Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))))
        _save(pdf, path)
    vault.importer.import_paths([path])
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    with Pdf.open(result.path) as packet:
        images = [o for o in packet.objects if isinstance(o, Stream)
                  and o.get("/Subtype") == Name.Image]
        assert images
        for image in images:
            raw = image.read_raw_bytes()
            data = zlib.decompress(raw) if Name.FlateDecode in image.Filter else raw
            assert data.startswith(b"\xff\xd8") and b"SecretCamCorp" not in data
            assert b"SpyPhone" not in data
    assert qpdf_warnings(result.path) == ""
