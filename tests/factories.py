"""Generated test files: every record the tests import is made here, never checked in.

Qt-free (Pillow, pypdf, pydicom only) so the core tests can use it with PySide6 blocked.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PIL import Image, ImageDraw


def make_jpeg(path: Path, size: tuple[int, int] = (1240, 1754), text: str = "Scan",
              exif_date: dt.datetime | None = None, gps: bool = False, dpi: int = 150,
              quality: int = 80, color: str = "white", orientation: int | None = None) -> Path:
    """A scanned-looking page; optional EXIF date, GPS position and orientation."""
    img = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(img)
    for y in range(60, size[1] - 60, 40):
        draw.line((60, y, size[0] - 60, y), fill=(200, 200, 200), width=2)
    draw.text((80, 80), text, fill="black")
    exif = Image.Exif()
    if exif_date:
        exif.get_ifd(0x8769)[0x9003] = exif_date.strftime("%Y:%m:%d %H:%M:%S")
    if gps:
        exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)})
    if orientation:
        exif[0x0112] = orientation
    img.save(path, "JPEG", quality=quality, dpi=(dpi, dpi), exif=exif.tobytes())
    return path


def make_png(path: Path, size: tuple[int, int] = (400, 300), mode: str = "RGBA") -> Path:
    img = Image.new(mode, size, (30, 120, 200, 128) if mode == "RGBA" else "white")
    ImageDraw.Draw(img).rectangle((20, 20, 120, 120), fill="red")
    img.save(path, "PNG")
    return path


def make_tiff(path: Path, pages: int = 3, size: tuple[int, int] = (600, 800)) -> Path:
    frames = [Image.new("L", size, 255 - 40 * i) for i in range(pages)]
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_lzw")
    return path


def _pdf_bytes(pages: list[str], title: str | None = None, creation: str | None = None,
               javascript: bool = False) -> bytes:
    """A small valid PDF with a Helvetica text layer, one string per page."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    page_ids = []
    pages_id_placeholder = len(objects) + 1 + 2 * len(pages)
    for text in pages:
        lines = [ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                 for ln in text.splitlines() or [""]]
        ops = b"BT /F1 14 Tf 72 760 Td 18 TL " + b" ".join(
            b"(" + ln.encode("latin-1", "replace") + b") Tj T*" for ln in lines) + b" ET"
        content = add(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream")
        page_ids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (pages_id_placeholder, font, content)))
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    pages_id = add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids)))
    assert pages_id == pages_id_placeholder
    extra = b""
    if javascript:
        js = add(b"<< /S /JavaScript /JS (app.alert\\('hi'\\);) >>")
        extra = b" /OpenAction %d 0 R" % js
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_id, extra))
    info_parts = []
    if title:
        info_parts.append(b"/Title (" + title.encode("latin-1") + b")")
    if creation:
        info_parts.append(b"/CreationDate (" + creation.encode() + b")")
    info = add(b"<< " + b" ".join(info_parts) + b" >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, catalog, info, xref))
    return out.getvalue()


def make_pdf(path: Path, pages: int | list[str] = 1, title: str | None = None,
             creation: str | None = None, javascript: bool = False) -> Path:
    texts = pages if isinstance(pages, list) else [f"Page {i + 1}" for i in range(pages)]
    path.write_bytes(_pdf_bytes(texts, title, creation, javascript))
    return path


def make_image_pdf(path: Path, pages: int = 1, size: tuple[int, int] = (1240, 1754)) -> Path:
    """A scanned PDF (pages are images, no text layer), as a scanner or Pillow writes it."""
    frames = [Image.new("RGB", size, (255, 255, 255 - 10 * i)) for i in range(pages)]
    for i, frame in enumerate(frames):
        ImageDraw.Draw(frame).text((100, 100), f"Scanned page {i + 1}", fill="black")
    frames[0].save(path, "PDF", resolution=150, save_all=True, append_images=frames[1:])
    return path


def make_encrypted_pdf(path: Path, user_password: str = "", owner_password: str = "owner") -> Path:
    from pypdf import PdfReader, PdfWriter

    src = io.BytesIO(_pdf_bytes(["Locked report"]))
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="RC4-128")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def make_dicom(path: Path, study_date: str = "20240312", modality: str = "MR",
               description: str = "MRI BRAIN W/O CONTRAST", size: int = 64,
               series_uid: str | None = None, study_uid: str | None = None,
               instance: int = 1) -> Path:
    """A small valid DICOM file with pixel data (a gradient)."""
    from pydicom.dataset import FileDataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, MRImageStorage, generate_uid

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = MRImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(str(path), {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = MRImageStorage
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientName = "Doe^Jane"
    ds.StudyDate = study_date
    ds.Modality = modality
    ds.StudyDescription = description
    ds.SeriesDescription = "AX T2"
    ds.InstitutionName = "General Hospital"
    ds.BodyPartExamined = "BRAIN"
    ds.StudyInstanceUID = study_uid or generate_uid()
    ds.SeriesInstanceUID = series_uid or generate_uid()
    ds.InstanceNumber = instance
    ds.Rows = ds.Columns = size
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = ds.BitsStored = 8
    ds.HighBit = 7
    ds.PixelRepresentation = 0
    ds.PixelData = bytes((x + y) % 256 for y in range(size) for x in range(size))
    ds.save_as(path, enforce_file_format=True)
    return path


def make_pdf_without_pages(path: Path) -> Path:
    """A well-formed PDF whose page tree is empty."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_metadata({"/Title": "Nothing inside"})
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def make_bomb_png(path: Path, width: int = 40_000, height: int = 40_000) -> Path:
    """A tiny PNG whose header claims a huge image (a decompression bomb)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
                     + chunk(b"IDAT", zlib.compress(b"\0" * 1024)) + chunk(b"IEND", b""))
    return path


def make_heic(path: Path, size: tuple[int, int] = (64, 48),
              exif_date: dt.datetime | None = None) -> Path:
    """A phone-style HEIC photo (needs pillow-heif with an HEVC encoder)."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    if exif_date:
        exif.get_ifd(0x8769)[0x9003] = exif_date.strftime("%Y:%m:%d %H:%M:%S")
    Image.new("RGB", size, (200, 80, 40)).save(path, "HEIF", exif=exif.tobytes())
    return path


def make_docx(path: Path) -> Path:
    """A Word document's container (a ZIP with the usual first entry)."""
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def make_executable(path: Path) -> Path:
    """The first bytes of a Linux program."""
    path.write_bytes(b"\x7fELF\x02\x01\x01" + b"\0" * 400)
    return path
