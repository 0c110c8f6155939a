"""Generated test files: every record the tests import is made here, never checked in.

Qt-free (Pillow, pypdf, pydicom only) so the core tests can use it with PySide6 blocked.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from secondop_desktop.demo import assemble_pdf


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
    return assemble_pdf(objects, catalog, info, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


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



def make_qpdf_encrypted_pdf(path: Path, cipher: str = "aes-256", user_password: str = "",
                            text: str = "Locked report") -> Path:
    """Encrypted by qpdf, as portals do: ``cipher`` rc4-40, rc4-128, aes-128 or aes-256; an empty
    ``user_password`` opens it without one (only the owner password is set)."""
    import subprocess

    bits, aes = {"rc4-40": ("40", []), "rc4-128": ("128", ["--use-aes=n"]),
                 "aes-128": ("128", ["--use-aes=y"]), "aes-256": ("256", [])}[cipher]
    plain = path.with_name(path.name + ".plain")
    plain.write_bytes(_pdf_bytes([text]))
    subprocess.run(["qpdf", "--allow-weak-crypto", "--encrypt", user_password, "owner-pw", bits,
                    *aes, "--", str(plain), str(path)], check=True)
    plain.unlink()
    return path


def make_broken_xref_pdf(path: Path, pages: list[str] | None = None, how: str = "offsets") -> Path:
    """A PDF whose cross-reference table lies, which viewers recover from: ``offsets`` shifts
    every entry, ``startxref`` points the trailer's offset at nothing, ``missing`` drops the
    table."""
    data = _pdf_bytes(pages or ["Report with a broken index"])
    table = data.index(b"xref")
    head, tail = data[:table], data[table:]
    if how == "offsets":
        tail = re.sub(rb"(\d{10}) 00000 n", lambda m: b"%010d 00000 n" % (int(m[1]) + 37), tail)
    elif how == "startxref":
        tail = re.sub(rb"startxref\s+\d+", b"startxref\n999999", tail)
    else:
        tail = b"trailer" + tail.split(b"trailer", 1)[1]
        tail = re.sub(rb"startxref\s+\d+", b"startxref\n%d" % (len(head) + 3), tail)
    path.write_bytes(head + tail)
    return path


def make_content_bomb_pdf(path: Path, inflated: int = 200 * 1024**2) -> Path:
    """A small PDF whose one page's content stream inflates to ``inflated`` bytes of spaces."""
    squeezer = zlib.compressobj(9)
    chunk = b" " * 1024**2
    packed = b"".join(squeezer.compress(chunk) for _ in range(inflated // len(chunk)))
    packed += squeezer.flush()
    ops = b"BT /F1 14 Tf 72 760 Td (Huge page) Tj ET"
    body = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
    ]
    path.write_bytes(assemble_pdf(body))
    return path


DICOM_SYNTAXES = {  # make_dicom's ``syntax`` names
    "explicit": "1.2.840.10008.1.2.1",
    "implicit": "1.2.840.10008.1.2",
    "big": "1.2.840.10008.1.2.2",
    "rle": "1.2.840.10008.1.2.5",
    "jpeg": "1.2.840.10008.1.2.4.50",
    "j2k": "1.2.840.10008.1.2.4.90",
    "jpeg-ls": "1.2.840.10008.1.2.4.80",  # pixel data is a stand-in: for refusal tests only
}


def dicom_value(x: int, y: int, frame: int = 0, bits_stored: int = 8,
                signed: bool = False) -> int:
    """The stored greyscale value make_dicom writes at (x, y) of ``frame``: a gradient."""
    step = max(1, 2 ** bits_stored // 128) if bits_stored > 8 else 1  # 64 px: the full range
    value = ((x + y + 37 * frame) * step) % 2 ** bits_stored
    return value - 2 ** (bits_stored - 1) if signed else value


def dicom_rgb(x: int, y: int, frame: int = 0) -> tuple[int, int, int]:
    """The colour make_dicom writes at (x, y) of ``frame`` for RGB files."""
    return (x * 4) % 256, (y * 4) % 256, (40 * frame + x + y) % 256


def _packbits(data: bytes) -> bytes:
    """DICOM RLE segment: PackBits runs for repeats of three or more, literals otherwise."""
    out, i = bytearray(), 0
    while i < len(data):
        run = 1
        while i + run < len(data) and run < 128 and data[i + run] == data[i]:
            run += 1
        if run >= 3:
            out += bytes([257 - run, data[i]])
            i += run
            continue
        start = i
        while i < len(data) and i - start < 128 and not (
                i + 2 < len(data) and data[i] == data[i + 1] == data[i + 2]):
            i += 1
        out += bytes([i - start - 1]) + data[start:i]
    return bytes(out + b"\0" * (len(out) % 2))


def _rle_frame(planes: list[bytes], sample_bytes: int) -> bytes:
    """One RLE frame: per sample, one segment per byte, the most significant byte first."""
    segments = []
    for plane in planes:
        for byte in range(sample_bytes):
            order = sample_bytes - 1 - byte  # little endian input: the high byte comes last
            segments.append(_packbits(plane[order::sample_bytes]))
    offsets, position = [], 64
    for segment in segments:
        offsets.append(position)
        position += len(segment)
    header = struct.pack(f"<{1 + len(offsets)}I", len(segments), *offsets)
    return header.ljust(64, b"\0") + b"".join(segments)


def _dicom_frames(size: int, frames: int, bits: int, bits_stored: int, signed: bool,
                  rgb: bool, high_bits: bool) -> list[list[bytes]]:
    """Per frame, one little endian byte plane per sample (R, G, B or the single grey one)."""
    out = []
    for frame in range(frames):
        if rgb:
            pixels = [dicom_rgb(x, y, frame) for y in range(size) for x in range(size)]
            out.append([bytes(p[i] for p in pixels) for i in range(3)])
            continue
        values = []
        for y in range(size):
            for x in range(size):
                raw = dicom_value(x, y, frame, bits_stored, signed) & (2 ** bits_stored - 1)
                if high_bits and (x ^ y) & 1:  # junk above BitsStored, as overlays leave it
                    raw |= 1 << (bits - 1)
                values.append(raw)
        out.append([struct.pack(f"<{len(values)}{'B' if bits == 8 else 'H'}", *values)])
    return out


def _pillow_frame(planes: list[bytes], size: int, bits: int, syntax: str) -> bytes:
    mode = "RGB" if len(planes) == 3 else ("L" if bits == 8 else "I;16")
    image = (Image.merge("RGB", [Image.frombytes("L", (size, size), p) for p in planes])
             if mode == "RGB" else Image.frombytes(mode, (size, size), planes[0]))
    buffer = io.BytesIO()
    if syntax == "jpeg":
        image.save(buffer, "JPEG", quality=95)
    else:
        image.save(buffer, "JPEG2000", no_jp2=True)  # lossless by default
    return buffer.getvalue()


def make_dicom(path: Path, study_date: str = "20240312", modality: str = "MR",
               description: str = "MRI BRAIN W/O CONTRAST", size: int = 64,
               series_uid: str | None = None, study_uid: str | None = None,
               instance: int = 1, *, bits: int = 8, bits_stored: int | None = None,
               signed: bool = False, photometric: str = "MONOCHROME2", frames: int = 1,
               planar: bool = False, window: tuple[float, float] | None = None,
               rescale: tuple[float, float] | None = None, syntax: str = "explicit",
               high_bits: bool = False) -> Path:
    """A small valid DICOM file with pixel data (a gradient, see dicom_value and dicom_rgb).

    ``bits`` 8 or 16 (``bits_stored`` up to that, ``high_bits`` puts junk above it), ``signed``,
    ``photometric`` MONOCHROME2, MONOCHROME1 or RGB (``planar`` for colour-by-plane), ``frames``,
    ``window`` (centre, width), ``rescale`` (slope, intercept) and ``syntax`` (DICOM_SYNTAXES).
    """
    from pydicom.dataset import FileDataset, FileMetaDataset
    from pydicom.encaps import encapsulate
    from pydicom.uid import MRImageStorage, generate_uid

    stored = bits_stored or bits
    rgb = photometric == "RGB"
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = MRImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = DICOM_SYNTAXES[syntax]
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
    ds.SamplesPerPixel = 3 if rgb else 1
    ds.PhotometricInterpretation = photometric
    if rgb:
        ds.PlanarConfiguration = int(planar or syntax == "rle")
    ds.BitsAllocated = bits
    ds.BitsStored = stored
    ds.HighBit = stored - 1
    ds.PixelRepresentation = int(signed)
    if frames > 1:
        ds.NumberOfFrames = frames
    if window:
        ds.WindowCenter, ds.WindowWidth = window
    if rescale:
        ds.RescaleSlope, ds.RescaleIntercept = rescale
    planes = _dicom_frames(size, frames, bits, stored, signed, rgb, high_bits)
    if syntax in ("explicit", "implicit", "big"):
        data = b""
        for frame in planes:
            if rgb and not planar:
                data += Image.merge("RGB", [Image.frombytes("L", (size, size), p)
                                            for p in frame]).tobytes()
            else:
                data += b"".join(frame)
        if syntax == "big" and bits == 16:
            data = struct.pack(f">{len(data) // 2}H", *struct.unpack(f"<{len(data) // 2}H", data))
        ds.PixelData = data
        ds["PixelData"].VR = "OB" if bits == 8 else "OW"
    else:
        if syntax == "rle":
            encoded = [_rle_frame(frame, bits // 8) for frame in planes]
        elif syntax == "jpeg-ls":
            encoded = [b"\xff\xd8\xff\xf7" + bytes(30) + b"\xff\xd9" for _ in planes]
        else:
            encoded = [_pillow_frame(frame, size, bits, syntax) for frame in planes]
            if syntax == "jpeg" and rgb:
                ds.PhotometricInterpretation = "YBR_FULL_422"  # Pillow writes YCbCr 4:2:0
                ds.PlanarConfiguration = 0
        ds.PixelData = encapsulate(encoded)
        ds["PixelData"].VR = "OB"
        ds["PixelData"].is_undefined_length = True
    if syntax == "big":
        ds.set_original_encoding(is_implicit_vr=False, is_little_endian=False)
    ds.save_as(path, enforce_file_format=True)
    return path



def make_raw_dicom(path: Path, pixels: bool = True, **kwargs) -> Path:
    """A DICOM data set as old CDs and PACS exports write it: no preamble, no "DICM", no
    file meta header, implicit VR little endian. ``pixels=False`` leaves out the image and
    what says what it is (SOP class, study), so nothing in it can be read as a record."""
    import pydicom
    from pydicom.filebase import DicomBytesIO
    from pydicom.filewriter import write_dataset

    full = make_dicom(path, syntax="implicit", **kwargs)
    ds = pydicom.dcmread(full)
    if not pixels:
        for keyword in ("PixelData", "SOPClassUID", "StudyInstanceUID", "SOPInstanceUID"):
            delattr(ds, keyword)
    out = DicomBytesIO()
    out.is_little_endian, out.is_implicit_VR = True, True
    write_dataset(out, ds)
    path.write_bytes(out.getvalue())
    return path


def make_imaging_cd(folder: Path, slices: tuple[int, ...] = (3, 2),
                    patient: str = "Doe^Jane", birth_date: str = "19700402") -> Path:
    """An imaging CD as hospitals burn it: a DICOMDIR index and one study per entry of
    ``slices`` (that many images each, in one series), in pydicom's File-set layout."""
    import pydicom
    from pydicom.fileset import FileSet
    from pydicom.uid import generate_uid

    staging = folder.with_name(folder.name + "-staging")
    staging.mkdir(parents=True)
    file_set = FileSet()
    for number, count in enumerate(slices, start=1):
        study, series = generate_uid(), generate_uid()
        for instance in range(1, count + 1):
            path = make_dicom(staging / f"s{number}-{instance}.dcm", study_uid=study,
                              series_uid=series, instance=instance, modality="CT",
                              description=f"CT STUDY {number}")
            ds = pydicom.dcmread(path)
            ds.PatientName, ds.PatientID, ds.PatientBirthDate = patient, "PID-42", birth_date
            ds.StudyTime, ds.StudyID, ds.SeriesNumber = "101500", str(number), 1
            ds.AccessionNumber, ds.ReferringPhysicianName = f"ACC{number}", "Welby^Marcus"
            ds.save_as(path)
            file_set.add(path)
    file_set.write(folder)
    for path in staging.iterdir():
        path.unlink()
    staging.rmdir()
    return folder


def make_palette_dicom(path: Path, size: int = 16) -> Path:
    """A PALETTE COLOR image: index i (the gradient of dicom_value) shows as red i, green
    255 - i, blue 0, through 16-bit colour tables."""
    import pydicom

    make_dicom(path, size=size, photometric="PALETTE COLOR")
    ds = pydicom.dcmread(path)
    for colour, table in (("Red", range(256)), ("Green", range(255, -1, -1)),
                          ("Blue", [0] * 256)):
        ds[f"{colour}PaletteColorLookupTableDescriptor"] = pydicom.DataElement(
            f"{colour}PaletteColorLookupTableDescriptor", "US", [256, 0, 16])
        ds[f"{colour}PaletteColorLookupTableData"] = pydicom.DataElement(
            f"{colour}PaletteColorLookupTableData", "OW",
            struct.pack("<256H", *(v * 257 for v in table)))
    ds.save_as(path)
    return path


def make_voi_lut_dicom(path: Path, size: int = 16) -> Path:
    """A 16-bit greyscale image with no window, only a VOI LUT that turns every stored value
    below 100 black and every other white (a curve no plain window would draw)."""
    import pydicom
    from pydicom.dataset import Dataset

    make_dicom(path, size=size, bits=16, bits_stored=12)
    ds = pydicom.dcmread(path)
    item = Dataset()
    item.LUTDescriptor = [4096, 0, 8]
    item.add_new(0x00283006, "US", [0 if v < 100 else 255 for v in range(4096)])  # LUTData
    ds.VOILUTSequence = [item]
    ds.save_as(path)
    return path


def make_sr_dicom(path: Path, findings: str = "No acute intracranial abnormality.",
                  study_uid: str | None = None) -> Path:
    """A basic-text structured report: no pixels, a title and a findings text item."""
    from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid

    def code(meaning: str) -> Dataset:
        item = Dataset()
        item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning = "121071", "DCM", meaning
        return item

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.88.11"  # Basic Text SR
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(str(path), {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.Modality, ds.StudyDate, ds.StudyDescription = "SR", "20240312", "CT HEAD REPORT"
    ds.PatientName = "Doe^Jane"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = study_uid or generate_uid(), generate_uid()
    ds.ValueType = "CONTAINER"
    ds.ConceptNameCodeSequence = [code("Radiology report")]
    finding = Dataset()
    finding.RelationshipType, finding.ValueType = "CONTAINS", "TEXT"
    finding.ConceptNameCodeSequence = [code("Findings")]
    finding.TextValue = findings
    ds.ContentSequence = [finding]
    ds.save_as(path, enforce_file_format=True)
    return path


def corrupt_columns_vr(path: Path) -> Path:
    """The file with the VR of its Columns element (0028,0011) overwritten with "ZZ"."""
    data = bytearray(path.read_bytes())
    at = data.index(b"\x28\x00\x11\x00US")
    data[at + 4:at + 6] = b"ZZ"
    path.write_bytes(bytes(data))
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


def crashed_with_damaged_wal(tmp_path: Path, questions: int, damage_frame: int | None) -> Path:
    """A vault (with a backup noted) copied as a crash leaves it: ``questions`` added and its
    -wal not checkpointed; frame ``damage_frame`` of that -wal damaged (None: whole)."""
    import shutil
    import struct

    from secondop_desktop.core.backup import note_backup
    from secondop_desktop.core.vault import DB_NAME, Vault

    root, crashed = tmp_path / "vault", tmp_path / "crashed"
    with Vault.open(root) as vault:
        note_backup(vault.db)
        vault.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for i in range(questions):
            vault.questions.add(text=f"Question {i}?")
        shutil.copytree(root, crashed, ignore=shutil.ignore_patterns("*-shm"))
    if damage_frame is not None:
        with open(crashed / f"{DB_NAME}-wal", "r+b") as handle:
            page_size = struct.unpack(">I", handle.read(12)[8:12])[0]
            handle.seek(32 + damage_frame * (24 + page_size) + 24 + 200)
            handle.write(b"\xa5" * 16)
    return crashed
