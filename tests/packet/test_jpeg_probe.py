"""A scanner's JPEG is probed from its segments without Pillow, and finds what Pillow finds."""

from __future__ import annotations

import pytest
from PIL import Image

from secondop_desktop.packet import images
from secondop_desktop.packet.jpeg import strip_jpeg


def _page(mode: str = "RGB") -> Image.Image:
    img = Image.new(mode, (300, 420), "white" if mode != "CMYK" else (0, 0, 0, 0))
    img.paste("black" if mode != "CMYK" else (0, 0, 0, 255), (40, 40, 260, 60))
    return img


def _jfif_unit(data: bytes, unit: int, density: int) -> bytes:
    at = data.index(b"JFIF\x00") + 7  # after the identifier and the version
    return data[:at] + bytes([unit]) + density.to_bytes(2, "big") * 2 + data[at + 5:]


def _xmp_turned(data: bytes) -> bytes:
    xmp = (b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><rdf:Description "
           b'tiff:Orientation="6"/></x:xmpmeta>')
    return data[:2] + b"\xff\xe1" + (len(xmp) + 2).to_bytes(2, "big") + xmp + data[2:]


def _write(tmp_path, name: str, img: Image.Image, edit=None, **save) -> object:
    path = tmp_path / name
    img.save(path, "JPEG", **save)
    if edit is not None:
        path.write_bytes(edit(path.read_bytes()))
    return path


def _exif_turned() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x011A] = 240.0
    exif[0x0128] = 2
    return exif.tobytes()


CASES = {  # name: (image, edit of its bytes, save options, probed without Pillow)
    "scan 300 dpi": (lambda: _page(), None, {"dpi": (300, 300)}, True),
    "grey": (lambda: _page("L"), None, {"dpi": (72, 72)}, True),
    "cmyk (Adobe)": (lambda: _page("CMYK"), None, {}, True),
    "progressive": (lambda: _page(), None, {"progressive": True, "dpi": (200, 200)}, True),
    "with a comment": (lambda: _page(), None, {"comment": b"scanner 5"}, True),
    "dots per cm": (lambda: _page(), lambda d: _jfif_unit(d, 2, 118), {}, True),
    "no unit": (lambda: _page(), lambda d: _jfif_unit(d, 0, 1), {}, True),
    "no JFIF": (lambda: _page(), strip_jpeg, {"dpi": (300, 300)}, True),
    "EXIF orientation": (lambda: _page(), None, {"exif": _exif_turned()}, False),
    "XMP orientation": (lambda: _page(), _xmp_turned, {"dpi": (300, 300)}, False),
}


@pytest.mark.parametrize("name", CASES)
def test_the_frame_is_what_pillow_reads(tmp_path, monkeypatch, name):
    make, edit, save, plain = CASES[name]
    path = _write(tmp_path, "page.jpg", make(), edit, **save)
    assert (images._plain_jpeg(path) is not None) is plain
    probed = images.probe(path, "jpeg")
    monkeypatch.setattr(images, "_plain_jpeg", lambda _path: None)  # Pillow alone
    assert probed == images.probe(path, "jpeg")


def test_a_table_cut_short_is_refused_as_pillow_refuses_it(tmp_path):
    path = _write(tmp_path, "page.jpg", _page())
    data = path.read_bytes()
    at = data.index(b"\xff\xdb")
    cut = data[:at + 2] + (2 + 30).to_bytes(2, "big") + data[at + 4:at + 4 + 30]
    path.write_bytes(cut + data[at + 4 + 65:])  # the first table's 65 bytes, 30 left
    assert images._plain_jpeg(path) is None
    with pytest.raises(images.BadImage):
        images.probe(path, "jpeg")
