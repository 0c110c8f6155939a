"""Image records and the images inside PDFs: upright, of the right size, small enough, and read
once however many pages a TIFF has."""

from __future__ import annotations

import io

import pikepdf
import pytest
from factories import make_heic
from PIL import Image, ImageChops, ImageDraw
from render import RENDERERS, colour_share, packet_images

from secondop_desktop.packet.export import PacketOptions, export_packet

RECORDS = PacketOptions(sections={"records"})


def _red(page: Image.Image) -> Image.Image:
    """A mask of the clearly red pixels."""
    r, g, b = page.split()
    strong = r.point(lambda v: 255 if v > 200 else 0)
    weak = ImageChops.lighter(g, b).point(lambda v: 255 if v < 80 else 0)
    return ImageChops.multiply(strong, weak)


def test_a_tiff_with_an_orientation_tag_is_upright_and_undistorted(vault, tmp_path):
    img = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(img).rectangle((0, 0, 99, 49), fill="red")  # top left as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned a quarter clockwise: the red block goes top right
    img.save(tmp_path / "turned.tif", "TIFF", exif=exif.tobytes(), dpi=(72, 72))
    vault.importer.import_paths([tmp_path / "turned.tif"])
    packet = export_packet(vault, tmp_path / "p.pdf", RECORDS).path
    page = RENDERERS["poppler"](packet, 72)[0]
    assert page.height > page.width
    box = _red(page).getbbox()
    assert box is not None
    width, height = box[2] - box[0], box[3] - box[1]
    assert height == pytest.approx(2 * width, rel=0.1)  # 50 wide, 100 high: not squashed
    assert box[0] > page.width / 2  # on the right


def test_small_pdf_pages_keep_their_size_and_way_up_under_the_stamp(vault, tmp_path):
    pdf = pikepdf.Pdf.new()
    for rotate in (0, 180):
        page = pdf.add_blank_page(page_size=(200, 100))
        page.obj.Contents = pdf.make_stream(b"1 0 0 rg 0 80 40 20 re f")  # red, top left
        if rotate:
            page.obj.Rotate = rotate
    pdf.save(tmp_path / "label.pdf")
    vault.importer.import_paths([tmp_path / "label.pdf"])
    packet = export_packet(vault, tmp_path / "p.pdf", RECORDS).path
    upright, turned = RENDERERS["pdfium"](packet, 72)
    for page, on_left in ((upright, True), (turned, False)):
        box = _red(page).getbbox()
        assert box is not None and (box[2] - box[0], box[3] - box[1]) == (40, 20)  # full size
        assert (box[0] < page.width / 2) is on_left


def test_a_long_tiff_is_opened_once_to_be_written(vault, tmp_path, monkeypatch):
    frames = [Image.new("1", (200, 300), 1) for _ in range(40)]
    frames[0].save(tmp_path / "fax.tif", "TIFF", save_all=True, append_images=frames[1:],
                   compression="group4", dpi=(200, 200))
    vault.importer.import_paths([tmp_path / "fax.tif"])
    opened = []
    original = Image.open

    def counting(path, *args, **kwargs):
        opened.append(path)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(Image, "open", counting)
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    assert result.pages == 40
    assert len(opened) <= 2  # once to plan, once to write: not once per page


def test_faxes_stay_one_bit_even_at_email_size(vault, tmp_path):
    fax = Image.new("1", (1728, 2200), 1)
    ImageDraw.Draw(fax).text((100, 100), "Referral", fill=0)
    fax.save(tmp_path / "fax.tif", "TIFF", compression="group4", dpi=(200, 200))
    vault.importer.import_paths([tmp_path / "fax.tif"])
    packet = export_packet(vault, tmp_path / "p.pdf",
                           PacketOptions(sections={"records"}, email_size=True)).path
    [image] = packet_images(packet)
    assert image["/BitsPerComponent"] == 1 and image.get("/Filter") != "/DCTDecode"


def test_heic_photos_become_jpeg_that_keeps_detail(vault, tmp_path):
    source = make_heic(tmp_path / "letter.heic", size=(1600, 1200))
    with Image.open(source) as img:
        original = img.convert("RGB")
    vault.importer.import_paths([source])
    packet = export_packet(vault, tmp_path / "p.pdf", RECORDS).path
    [image] = packet_images(packet)
    assert image["/Filter"] == "/DCTDecode"
    assert len(image._data) < 1600 * 1200 * 3 / 10  # not lossless pixels
    with Image.open(io.BytesIO(image._data)) as embedded:
        assert embedded.size == original.size
        diff = ImageChops.difference(embedded.convert("RGB"), original)
        assert max(high for _low, high in diff.getextrema()) < 24


def test_email_size_shrinks_images_inside_source_pdfs(vault, tmp_path):
    scan = Image.new("RGB", (2550, 3300), "white")  # a US letter page at 300 dpi
    ImageDraw.Draw(scan).rectangle((300, 300, 2200, 600), fill=(200, 0, 0))
    buffer = io.BytesIO()
    scan.save(buffer, "JPEG", quality=90)
    pdf = pikepdf.Pdf.new()
    page = pdf.add_blank_page(page_size=(612, 792))
    image = pikepdf.Stream(pdf, buffer.getvalue())
    image.Type, image.Subtype, image.Filter = (pikepdf.Name.XObject, pikepdf.Name.Image,
                                               pikepdf.Name.DCTDecode)
    image.Width, image.Height, image.BitsPerComponent = 2550, 3300, 8
    image.ColorSpace = pikepdf.Name.DeviceRGB
    page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.obj.Contents = pdf.make_stream(b"q 612 0 0 792 0 0 cm /Im0 Do Q")
    pdf.save(tmp_path / "scan.pdf")
    vault.importer.import_paths([tmp_path / "scan.pdf"])
    full = export_packet(vault, tmp_path / "full.pdf", RECORDS).path
    small = export_packet(vault, tmp_path / "small.pdf",
                          PacketOptions(sections={"records"}, email_size=True)).path
    [reduced] = packet_images(small)
    assert reduced["/Width"] <= 612 / 72 * 150 * 1.05 and reduced["/Filter"] == "/DCTDecode"
    assert small.stat().st_size < full.stat().st_size / 2
    page = RENDERERS["pdfium"](small, 50)[0]
    assert colour_share(page, (200, 0, 0)) > 0.02  # still there, in its colour
