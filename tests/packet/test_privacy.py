"""No EXIF, GPS or XMP reaches the packet, whatever the JPEG's layout or wherever it sits; the
image data itself is never re-encoded; temporary files stay private and beside the packet."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pikepdf
import pytest
from factories import make_jpeg, make_pdf
from PIL import Image
from render import packet_images

from secondop_desktop.packet.export import PacketOptions, export_packet, sweep_leftovers
from secondop_desktop.packet.jpeg import strip_jpeg

RECORDS = PacketOptions(sections={"records"})


def _segment(data: bytes, marker: int) -> bytes:
    """The first segment with ``marker`` (0xE1 for APP1) in ``data``, length included."""
    pos = data.index(bytes([0xFF, marker]))
    return data[pos:pos + 2 + int.from_bytes(data[pos + 2:pos + 4], "big")]


def _gps_jpeg(tmp_path: Path, name: str) -> bytes:
    return make_jpeg(tmp_path / name, size=(320, 240), gps=True, text=name).read_bytes()


def _plain_jpeg(tmp_path: Path, name: str, **kwargs) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), "white").save(buffer, "JPEG", dpi=(150, 150), **kwargs)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def motion_photo(tmp_path: Path) -> bytes:
    """A phone's motion photo: a second JPEG (with its own GPS) after the first one's end."""
    return _plain_jpeg(tmp_path, "still.jpg") + _gps_jpeg(tmp_path, "second.jpg")


def mpo(tmp_path: Path) -> bytes:
    """A stereo camera's MPO, as Pillow writes it: an MPF index, and EXIF with GPS in both
    frames."""
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)})
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), "white").save(
        buffer, "MPO", save_all=True, append_images=[Image.new("RGB", (320, 240), "grey")],
        exif=exif.tobytes(), dpi=(150, 150))
    return buffer.getvalue()


def progressive_with_late_exif(tmp_path: Path) -> bytes:
    """A progressive JPEG with an APP1 (EXIF with GPS) between its first and second scans."""
    data = _plain_jpeg(tmp_path, "prog.jpg", progressive=True, quality=90)
    app1 = _segment(_gps_jpeg(tmp_path, "gps.jpg"), 0xE1)
    second_scan = data.index(b"\xff\xda", data.index(b"\xff\xda") + 2)
    return data[:second_scan] + app1 + data[second_scan:]


LAYOUTS = {"motion photo": motion_photo, "MPO": mpo, "progressive": progressive_with_late_exif}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_no_exif_survives_in_any_jpeg_layout(vault, tmp_path, layout):
    data = LAYOUTS[layout](tmp_path)
    assert data.count(b"Exif\x00\x00") >= 1
    source = tmp_path / "photo.jpg"
    source.write_bytes(data)
    vault.importer.import_paths([source])
    packet = export_packet(vault, tmp_path / "p.pdf", RECORDS).path
    raw = packet.read_bytes()
    assert b"Exif" not in raw and b"MPF" not in raw
    [embedded] = [o for o in packet_images(packet) if o.get("/Filter") == "/DCTDecode"]
    stripped = embedded._data
    assert b"Exif" not in stripped
    with Image.open(io.BytesIO(stripped)) as img:  # still a whole, decodable picture
        img.load()
        assert img.size == (320, 240)
    scans = data[data.index(b"\xff\xda"):]  # the first frame's compressed data, unchanged
    scans = scans[:scans.index(b"\xff\xd9") + 2]
    if layout == "progressive":
        scans = scans.replace(_segment(data, 0xE1), b"") if _segment(data, 0xE1) in scans else scans
    assert stripped.endswith(scans)


def test_stripping_drops_only_metadata():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "red").save(buffer, "JPEG", progressive=True,
                                           comment=b"scanner 12")
    data = buffer.getvalue()
    stripped = strip_jpeg(data)
    assert b"scanner 12" not in stripped
    with Image.open(io.BytesIO(stripped)) as a, Image.open(io.BytesIO(data)) as b:
        assert a.tobytes() == b.tobytes()  # same pixels: nothing re-encoded


def test_jpegs_and_xmp_inside_source_pdfs_are_stripped(vault, tmp_path):
    photo = _gps_jpeg(tmp_path, "figure.jpg")
    pdf = pikepdf.Pdf.new()
    page = pdf.add_blank_page(page_size=(612, 792))
    image = pikepdf.Stream(pdf, photo)
    image.Type, image.Subtype, image.Filter = (pikepdf.Name.XObject, pikepdf.Name.Image,
                                               pikepdf.Name.DCTDecode)
    image.Width, image.Height, image.BitsPerComponent = 320, 240, 8
    image.ColorSpace = pikepdf.Name.DeviceRGB
    xmp = pdf.make_stream(b"<x:xmpmeta><dc:creator>Dr. Hidden Author</dc:creator></x:xmpmeta>")
    xmp.Type, xmp.Subtype = pikepdf.Name.Metadata, pikepdf.Name.XML
    image.Metadata = xmp
    image.PieceInfo = pikepdf.Dictionary(App=pikepdf.Dictionary(Author="Dr. Hidden Author"))
    page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.obj.Contents = pdf.make_stream(b"q 320 0 0 240 100 400 cm /Im0 Do Q")
    pdf.save(tmp_path / "figure.pdf")
    vault.importer.import_paths([tmp_path / "figure.pdf"])
    packet = export_packet(vault, tmp_path / "p.pdf", RECORDS).path
    raw = packet.read_bytes()
    assert b"Exif" not in raw and b"Hidden Author" not in raw
    [embedded] = [o for o in packet_images(packet) if o.get("/Filter") == "/DCTDecode"]
    assert embedded._data == strip_jpeg(photo)


def test_no_patient_data_goes_to_the_temp_folder(filled_vault, tmp_path, monkeypatch):
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    out_dir = tmp_path / "out"
    seen: list[tuple[str, int]] = []
    from secondop_desktop.packet import export

    original = export._Builder._write

    def look(self):  # just before the packet is streamed: every work file exists
        for path in self.work.rglob("*"):
            seen.append((path.name, stat.S_IMODE(path.stat().st_mode)))
        seen.append((self.work.name, stat.S_IMODE(self.work.stat().st_mode)))
        assert self.work.parent == out_dir
        return original(self)

    monkeypatch.setattr(export._Builder, "_write", look)
    result = export_packet(filled_vault, out_dir / "packet.pdf")
    assert list(system_tmp.iterdir()) == []
    assert any(name == "cover.pdf" for name, _ in seen)
    for name, mode in seen:
        assert mode in (0o600, 0o700), (name, oct(mode))
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    leftovers = [p.name for p in out_dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_the_dicom_folder_is_private_throughout(filled_vault, tmp_path):
    result = export_packet(filled_vault, tmp_path / "packet.pdf")
    folder = result.dicom_folder
    assert folder is not None
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path.name, oct(mode))


def test_a_killed_exports_leftovers_are_swept(vault, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dead = out_dir / ".secondop-export-999999999-abc"  # no such process
    dead.mkdir()
    (dead / "cover.pdf").write_bytes(b"Jane Doe, born 12 March 1970")
    alive = out_dir / f".secondop-export-{os.getppid()}-xyz"  # a running process's: kept
    alive.mkdir()
    not_ours = out_dir / ".hidden-notes"
    not_ours.mkdir()
    vault.importer.import_paths([make_pdf(tmp_path / "r.pdf")])
    export_packet(vault, out_dir / "packet.pdf", RECORDS)
    assert not dead.exists() and alive.exists() and not_ours.exists()
    sweep_leftovers(out_dir)
    assert alive.exists()
