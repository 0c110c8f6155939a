"""Scanned PDFs as office scanners and fax servers write them, made by the tests themselves:
JBIG2 and CCITT G4 pictures, a page with /Rotate, a picture placed turned, words drawn as shapes
(no text, no picture), a huge fax and a page of 2160 pt.

JBIG2: no encoder is installed here, so the stream is written by hand: a page-information
segment and one immediate generic region coded with MMR, which is the same T.6 (G4) coding
Pillow's libtiff writes; pdfium decodes it, pypdf needs the missing jbig2dec and gives up.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageOps
from scans import scan_image


def g4_data(image: Image.Image, coded: bool = False) -> bytes:
    """The T.6 (CCITT Group 4) coding of a picture, one strip, black coded as 1 (``coded``:
    ``image`` is already bilevel with black as 1, as a huge one is drawn)."""
    from PIL import TiffImagePlugin

    bits = image if coded else ImageOps.invert(image.convert("L")).convert("1")
    buf = io.BytesIO()
    bits.save(buf, "TIFF", compression="group4", strip_size=2**31 - 1)
    data = buf.getvalue()
    tags = TiffImagePlugin.ImageFileDirectory_v2(data[:8])
    stream = io.BytesIO(data)
    stream.seek(struct.unpack("<I", data[4:8])[0])
    tags.load(stream)  # read here, not by opening: a huge fax is past Pillow's open limit
    [offset], [count] = tags[273], tags[279]
    return data[offset:offset + count]


def jbig2_data(image: Image.Image) -> bytes:
    """An embedded JBIG2 stream (PDF's JBIG2Decode) holding ``image`` as one MMR region."""
    width, height = image.size

    def segment(number: int, kind: int, data: bytes) -> bytes:
        return struct.pack(">IBBBI", number, kind, 0, 1, len(data)) + data

    page_info = struct.pack(">IIIIBH", width, height, 0, 0, 0, 0)
    region = struct.pack(">IIIIB", width, height, 0, 0, 0) + bytes([1]) + g4_data(image)
    return segment(0, 48, page_info) + segment(1, 38, region)


def pdf_bytes(page: tuple[float, float], content: bytes, image: tuple[bytes, bytes] | None = None,
              rotate: int = 0, resources: bytes | None = None, extra: tuple[bytes, ...] = ()
              ) -> bytes:
    """A one-page PDF: ``content`` drawn on a page of ``page`` points, with one picture
    (its dictionary entries, its data) named /Im0, or the ``resources`` given; ``extra``
    objects follow, numbered from 5 (6 with a picture)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
    if resources is None:
        resources = b"<< /XObject << /Im0 5 0 R >> >>" if image else b"<< >>"
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Rotate %d "
                   b"/Resources %s /Contents 4 0 R >>" % (page[0], page[1], rotate, resources))
    packed = zlib.compress(content)
    objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
                   % (len(packed), packed))
    if image:
        entries, data = image
        objects.append(b"<< /Type /XObject /Subtype /Image %s /Length %d >>\nstream\n%s\n"
                       b"endstream" % (entries, len(data), data))
    objects += extra
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


A4 = (595.0, 842.0)
FULL_PAGE = b"q 595 0 0 842 0 0 cm /Im0 Do Q"


def _bilevel(image: Image.Image, kind: str, coded: bool = False) -> tuple[bytes, bytes]:
    width, height = image.size
    if kind == "jbig2":
        return (b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 "
                b"/Filter /JBIG2Decode" % (width, height), jbig2_data(image))
    return (b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 "
            b"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns %d /Rows %d >>"
            % (width, height, width, height), g4_data(image, coded))


def make_fax_pdf(path: Path, text: str, kind: str = "jbig2",
                 size: tuple[int, int] = (1240, 1754)) -> Path:
    """A scanned A4 page whose picture is JBIG2 (``kind="jbig2"``) or CCITT G4 ("ccitt")."""
    path.write_bytes(pdf_bytes(A4, FULL_PAGE, _bilevel(scan_image(text, size), kind)))
    return path


def make_rotate_pdf(path: Path, text: str, rotate: int = 90) -> Path:
    """A scan stored lying on its side, on a page whose /Rotate sets it upright when shown."""
    picture = scan_image(text, (1240, 1754)).rotate(rotate, expand=True)  # stored turned
    page = (842.0, 595.0)
    content = b"q 842 0 0 595 0 0 cm /Im0 Do Q"
    path.write_bytes(pdf_bytes(page, content, _bilevel(picture, "ccitt"), rotate=rotate))
    return path


def make_placed_turned_pdf(path: Path, text: str) -> Path:
    """An upright scan placed on a landscape page turned a quarter counter-clockwise: the page
    shows it lying on its side, though its picture is stored upright."""
    picture = scan_image(text, (1240, 1754))
    page = (842.0, 595.0)
    content = b"q 0 595 -842 0 842 0 cm /Im0 Do Q"  # the picture's x along the page's y
    path.write_bytes(pdf_bytes(page, content, _bilevel(picture, "ccitt")))
    return path


def make_vector_text_pdf(path: Path, text: str) -> Path:
    """Words drawn as filled shapes (as "convert text to outlines" leaves them): no text layer
    and no picture, only paths."""
    picture = scan_image(text, (1240, 1754)).convert("1")
    width, height = picture.size
    scale = A4[0] / width
    parts = [b"0 g"]
    pixels = picture.load()
    for y in range(height):
        x = 0
        while x < width:
            if pixels[x, y] == 0:
                start = x
                while x < width and pixels[x, y] == 0:
                    x += 1
                parts.append(b"%.2f %.2f %.2f %.2f re" % (start * scale, (height - y - 1) * scale,
                                                          (x - start) * scale, scale))
            x += 1
        if len(parts) > 1 and not parts[-1].endswith(b"f"):
            parts.append(b"f")
    path.write_bytes(pdf_bytes(A4, b"\n".join(parts)))
    return path


def make_huge_fax_pdf(path: Path, text: str, side: int = 35_000, band: int = 3_200) -> Path:
    """A fax of ``side`` x ``side`` pixels (far past Pillow's decompression limit) as one CCITT
    G4 picture on a page of 2160 pt, the words large across its lowest ``band`` rows.

    Only the band is drawn and coded: in G4 an all-white row under an all-white one is the one
    bit "1", so the blank rows above it are written as 0xFF bytes (``side - band`` is a
    multiple of 8) and the band's own coding follows, as coded below a white line.
    """
    from PIL import ImageDraw
    from scans import font

    assert (side - band) % 8 == 0
    picture = Image.new("1", (side, band), 0)  # black coded as 1: drawn so, never inverted
    draw = ImageDraw.Draw(picture)
    for number, line in enumerate(text.splitlines()):
        draw.text((side // 20, band // 10 + number * band // 2), line, font=font(band // 4),
                  fill=1)
    data = b"\xff" * ((side - band) // 8) + g4_data(picture, coded=True)
    entries = (b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 "
               b"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns %d /Rows %d >>"
               % (side, side, side, side))
    content = b"q 2160 0 0 2160 0 0 cm /Im0 Do Q"
    path.write_bytes(pdf_bytes((2160.0, 2160.0), content, (entries, data)))
    return path
