"""DICOM (imaging CDs): kept as the original file; the study's details go into the metadata.

Previews are decoded here with pydicom and Pillow, without numpy (see preview_image).
"""

from __future__ import annotations

import array
import datetime as dt
import io
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

from PIL import Image, ImageMath

from ..errors import QT_TRANSLATE_NOOP, RefusedFile
from .info import FileInfo


def parse_da(value: object) -> dt.date | None:
    """A DICOM DA value (YYYYMMDD) to a date."""
    text = str(value or "").strip()
    try:
        return dt.datetime.strptime(text[:8], "%Y%m%d").date()
    except ValueError:
        return None


# pydicom ships no type information for its data sets; name them for readability.
DataSet = Any


def _text(ds: DataSet, keyword: str) -> str:
    try:
        value = ds.get(keyword, "")
    except (ValueError, TypeError, NotImplementedError):  # a corrupt element: as if absent
        return ""
    return str(value).strip() if value is not None else ""


MEDIA_DIRECTORY = "1.2.840.10008.1.3.10"  # the SOP class of a DICOMDIR
DICOMDIR_REASON = QT_TRANSLATE_NOOP(
    "Reason", "this is an imaging CD's index (DICOMDIR), not a study; add the whole CD folder to "
              "import the studies on it")
RAW_DICOM_REASON = QT_TRANSLATE_NOOP(
    "Reason", "the file has no DICOM header and holds no image or study details that can be read")


def inspect(path: Path | BinaryIO) -> FileInfo:
    ds = _read_header(path)
    if str(ds.get("MediaStorageSOPClassUID", "") or ds.file_meta.get(
            "MediaStorageSOPClassUID", "")) == MEDIA_DIRECTORY or "DirectoryRecordSequence" in ds:
        raise RefusedFile(DICOMDIR_REASON)
    try:
        frames = int(ds.get("NumberOfFrames", 1) or 1)
    except (TypeError, ValueError):
        frames = 1
    meta = {
        "modality": _text(ds, "Modality"),
        "study_description": _text(ds, "StudyDescription"),
        "series_description": _text(ds, "SeriesDescription"),
        "study_uid": _text(ds, "StudyInstanceUID"),
        "series_uid": _text(ds, "SeriesInstanceUID"),
        "instance_number": _text(ds, "InstanceNumber"),
        "frames": frames,
        # who the study is of, from its own header: a CD can hold someone else's images
        "patient_name": _text(ds, "PatientName"),
        "patient_id": _text(ds, "PatientID"),
        "patient_birth_date": _text(ds, "PatientBirthDate"),
        "referring_physician": _text(ds, "ReferringPhysicianName"),
        "accession_number": _text(ds, "AccessionNumber"),
    }
    meta["series"] = {meta["series_uid"] or "-": series_entry(meta)}
    title = meta["study_description"] or meta["series_description"]
    if meta["modality"]:
        title = f"{meta['modality']} {title}".strip()
    return FileInfo(
        format="dicom",
        pages=max(1, frames),
        record_date=parse_da(ds.get("StudyDate")) or parse_da(ds.get("SeriesDate")),
        title=str(title) if title else None,
        kind_hint="imaging",
        provider=_text(ds, "InstitutionName"),
        body_part=_text(ds, "BodyPartExamined").title(),
        meta=meta,
    )


def series_entry(meta: dict[str, Any]) -> dict[str, Any]:
    """One series line of a study page: modality, description and how many images."""
    return {"modality": meta.get("modality", ""),
            "description": meta.get("series_description", ""),
            "images": int(meta.get("frames", 1) or 1)}


def merged_series(study: dict[str, Any], added: dict[str, Any]) -> dict[str, Any]:
    """The study's series list with one more file's series counted in."""
    series = {uid: dict(entry) for uid, entry in study.get("series", {}).items()}
    for uid, entry in added.get("series", {}).items():
        if uid in series:
            series[uid]["images"] += entry["images"]
        else:
            series[uid] = dict(entry)
    return series


def patient_mismatch(meta: dict[str, Any], name: str, dob: dt.date | None) -> str:
    """A warning when the study's header names someone other than the patient, else "".

    Names compare by their words (DICOM writes "Doe^Jane", the profile "Jane Doe"); only what
    both sides have is compared.
    """
    header_name = str(meta.get("patient_name", "")).strip()
    header_dob = parse_da(meta.get("patient_birth_date"))
    words = {w for w in re.split(r"[\s^,]+", header_name.lower()) if w}
    mine = {w for w in re.split(r"[\s^,]+", name.lower()) if w}
    other_name = bool(words and mine and not words & mine)
    other_dob = bool(header_dob and dob and header_dob != dob)
    if not (other_name or other_dob):
        return ""
    born = f", born {header_dob.isoformat()}" if header_dob else ""
    return f"this study is for {header_name or 'someone else'}{born}"


def _read_header(path: Path | BinaryIO) -> DataSet:
    """The data set without its pixels. A file without the Part-10 header (no preamble and
    "DICM") is read as a raw data set, and kept only if it says what it is (a SOP class or a
    study) or holds an image."""
    import pydicom
    from pydicom.errors import InvalidDicomError

    damaged = (InvalidDicomError, OSError, ValueError, KeyError, TypeError, EOFError,
               AttributeError, IndexError)
    try:
        return pydicom.dcmread(path, stop_before_pixels=True)
    except InvalidDicomError:
        pass  # no Part-10 header: try it as a raw data set below
    except damaged as exc:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the DICOM file is damaged and cannot be read")) from exc
    if hasattr(path, "seek"):
        path.seek(0)
    try:
        ds = pydicom.dcmread(path, force=True, specific_tags=["SOPClassUID", "StudyInstanceUID",
                                                             "PixelData"])
        known = any(ds.get(k) for k in ("SOPClassUID", "StudyInstanceUID")) or "PixelData" in ds
    except damaged as exc:
        raise RefusedFile(RAW_DICOM_REASON) from exc
    if not known:
        raise RefusedFile(RAW_DICOM_REASON)
    if hasattr(path, "seek"):
        path.seek(0)
    try:
        return pydicom.dcmread(path, force=True, stop_before_pixels=True)
    except damaged as exc:
        raise RefusedFile(RAW_DICOM_REASON) from exc


# Previews are decoded with Pillow alone (no numpy): uncompressed and RLE pixel data are unpacked
# with Pillow's raw and PackBits decoders, JPEG and JPEG 2000 frames are opened by Pillow itself.
PILLOW_CODECS = {
    "1.2.840.10008.1.2.4.50",  # JPEG baseline (8-bit)
    "1.2.840.10008.1.2.4.51",  # JPEG extended (8-bit frames; Pillow refuses 12-bit ones)
    "1.2.840.10008.1.2.4.90",  # JPEG 2000 lossless
    "1.2.840.10008.1.2.4.91",  # JPEG 2000
}
RLE_LOSSLESS = "1.2.840.10008.1.2.5"
NO_PICTURE = QT_TRANSLATE_NOOP(
    "Reason", "this DICOM file holds no picture to show; the original file is kept")
UNKNOWN_COMPRESSION = QT_TRANSLATE_NOOP(
    "Reason", "this scan's image uses a compression the app cannot show; the original file is kept")
UNKNOWN_LAYOUT = QT_TRANSLATE_NOOP(
    "Reason", "this scan's image is stored in a way the app cannot show; the original file is kept")
DAMAGED_PICTURE = QT_TRANSLATE_NOOP(
    "Reason", "this scan's image is damaged and cannot be shown; the original file is kept")


@dataclass(frozen=True)
class PixelLayout:
    """How the pixel data is laid out, from the image tags."""

    rows: int
    columns: int
    samples: int
    bits_allocated: int
    bits_stored: int
    signed: bool
    planar: bool
    frames: int
    photometric: str

    @classmethod
    def of(cls, ds: DataSet) -> PixelLayout:
        if "PixelData" not in ds:
            raise RefusedFile(UNKNOWN_LAYOUT if "FloatPixelData" in ds or "DoubleFloatPixelData"
                              in ds else NO_PICTURE)
        try:
            allocated = int(ds.BitsAllocated)
            layout = cls(
                rows=int(ds.Rows), columns=int(ds.Columns),
                samples=int(ds.get("SamplesPerPixel", 1) or 1),
                bits_allocated=allocated,
                bits_stored=int(ds.get("BitsStored", allocated) or allocated),
                signed=int(ds.get("PixelRepresentation", 0) or 0) == 1,
                planar=int(ds.get("PlanarConfiguration", 0) or 0) == 1,
                frames=max(1, int(ds.get("NumberOfFrames", 1) or 1)),
                photometric=str(ds.get("PhotometricInterpretation", "MONOCHROME2")).strip(),
            )
        except (AttributeError, TypeError, ValueError, NotImplementedError) as exc:
            # NotImplementedError: pydicom's answer to an unknown VR (a corrupt image tag)
            raise RefusedFile(DAMAGED_PICTURE) from exc
        if layout.rows < 1 or layout.columns < 1:
            raise RefusedFile(DAMAGED_PICTURE)
        if (layout.samples not in (1, 3) or layout.bits_allocated not in (8, 16, 32)
                or not 1 <= layout.bits_stored <= layout.bits_allocated):
            raise RefusedFile(UNKNOWN_LAYOUT)
        return layout

    @property
    def size(self) -> tuple[int, int]:
        return self.columns, self.rows

    @property
    def sample_bytes(self) -> int:
        return self.bits_allocated // 8


def preview_image(path: Path, max_px: int = 1024) -> Image.Image:
    """A PIL image of the middle frame, windowed to 8 bits, at most ``max_px`` on its long side.

    Raises RefusedFile (with a reason) when the pixel data cannot be decoded, e.g. a compression
    Pillow has no codec for (JPEG-LS, lossless JPEG).
    """
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        ds = pydicom.dcmread(path, force=True)  # force: raw data sets without a header too
    except (InvalidDicomError, OSError, ValueError, KeyError, TypeError, EOFError,
            AttributeError, IndexError) as exc:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the DICOM file is damaged and cannot be read")) from exc
    layout = PixelLayout.of(ds)
    image = decoded_frame(ds, layout.frames // 2, layout)
    if image.mode != "I":
        image.thumbnail((max_px, max_px))
        return image
    if layout.photometric == "PALETTE COLOR":  # indices into the file's colour tables
        image.thumbnail((max_px, max_px), Image.Resampling.NEAREST)
        return _palette_colour(ds, image)
    if "VOILUTSequence" in ds and "WindowCenter" not in ds:
        image.thumbnail((max_px, max_px), Image.Resampling.NEAREST)
        return _voi_lut(ds, image)
    image = windowed(ds, image)
    image.thumbnail((max_px, max_px))
    return image


def _lut(descriptor: Any, data: Any) -> tuple[int, int, list[int]]:
    """(first value mapped, bits per entry, entries) of a DICOM lookup table; its data as
    bytes (OW) or as numbers (US)."""
    count, first, bits = (int(v) for v in descriptor)
    count = count or 65536
    if not isinstance(data, (bytes, bytearray)):
        entries = [int(v) for v in (data if hasattr(data, "__len__") else [data])]
        if len(entries) < count:
            raise RefusedFile(DAMAGED_PICTURE)
        return first, bits, entries[:count]
    if len(data) >= 2 * count:
        entries = list(struct.unpack(f"<{count}H", data[:2 * count]))
    elif len(data) >= count:
        entries = list(data[:count])
    else:
        raise RefusedFile(DAMAGED_PICTURE)
    return first, bits, entries


def _mapped(values: Image.Image, first: int, entries: list[int]) -> list[int]:
    last = len(entries) - 1
    stored = array.array("i", values.tobytes("raw", "I"))  # "I" pixels are native int32
    return [entries[min(max(v - first, 0), last)] for v in stored]


def _palette_colour(ds: DataSet, values: Image.Image) -> Image.Image:
    """A palette-colour image in its colours, through its red, green and blue tables."""
    planes = []
    try:
        for colour in ("Red", "Green", "Blue"):
            first, bits, entries = _lut(ds[f"{colour}PaletteColorLookupTableDescriptor"].value,
                                        ds[f"{colour}PaletteColorLookupTableData"].value)
            shift = max(bits - 8, 0) if max(entries, default=0) > 255 else 0
            plane = bytes(min(v >> shift, 255) for v in _mapped(values, first, entries))
            planes.append(Image.frombytes("L", values.size, plane))
    except (KeyError, TypeError, ValueError, struct.error) as exc:
        raise RefusedFile(UNKNOWN_LAYOUT) from exc
    return Image.merge("RGB", planes)


def _voi_lut(ds: DataSet, values: Image.Image) -> Image.Image:
    """Greyscale through the file's VOI lookup table (its own contrast curve) to 8 bits."""
    try:
        item = ds.VOILUTSequence[0]
        first, bits, entries = _lut(item.LUTDescriptor, item.LUTData)
    except (AttributeError, IndexError, KeyError, TypeError, ValueError, struct.error) as exc:
        raise RefusedFile(UNKNOWN_LAYOUT) from exc
    slope = float(ds.get("RescaleSlope", 1) or 1)
    intercept = float(ds.get("RescaleIntercept", 0) or 0)
    if (slope, intercept) != (1.0, 0.0):
        values = values.point(lambda v: v * slope + intercept)
    top = max(2 ** bits - 1, 1)
    plane = bytes(v * 255 // top for v in _mapped(values, first, entries))
    image = Image.frombytes("L", values.size, plane)
    if str(ds.get("PhotometricInterpretation", "")).strip() == "MONOCHROME1":
        image = image.point(lambda v: 255 - v)
    return image


REPORT_CHARS = 3000


def report_text(path: Path) -> str:
    """A structured report (SR) as lines of "concept: value", or "" for any other file."""
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        ds = pydicom.dcmread(path, force=True, stop_before_pixels=True)
        if "ContentSequence" not in ds:
            return ""
        title = _code_meaning(ds, "ConceptNameCodeSequence")  # the report's own title
        lines: list[str] = [title] if title else []
        _report_lines(ds.ContentSequence, lines, 0)
    except (InvalidDicomError, OSError, ValueError, KeyError, TypeError, EOFError,
            AttributeError, IndexError, NotImplementedError) as exc:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the report in this DICOM file is damaged and cannot be read")) from exc
    text = "\n".join(lines)
    return text if len(text) <= REPORT_CHARS else text[:REPORT_CHARS].rstrip() + " …"


def _report_lines(items: Any, lines: list[str], depth: int) -> None:
    for item in items:
        name = _code_meaning(item, "ConceptNameCodeSequence")
        value = _content_value(item)
        if name or value:
            lines.append("  " * depth + (f"{name}: {value}" if name and value else name or value))
        if "ContentSequence" in item and depth < 8:
            _report_lines(item.ContentSequence, lines, depth + 1)


def _code_meaning(item: DataSet, keyword: str) -> str:
    codes = item.get(keyword)
    return str(codes[0].get("CodeMeaning", "")).strip() if codes else ""


def _content_value(item: DataSet) -> str:
    kind = str(item.get("ValueType", ""))
    if kind == "TEXT":
        return str(item.get("TextValue", "")).strip()
    if kind == "CODE":
        return _code_meaning(item, "ConceptCodeSequence")
    if kind == "NUM" and item.get("MeasuredValueSequence"):
        measured = item.MeasuredValueSequence[0]
        unit = _code_meaning(measured, "MeasurementUnitsCodeSequence")
        return f"{measured.get('NumericValue', '')} {unit}".strip()
    if kind == "PNAME":
        return str(item.get("PersonName", "")).replace("^", " ").strip()
    if kind in ("DATE", "TIME", "DATETIME"):
        return str(item.get(kind.title().replace("time", "Time"), "")).strip()
    return ""


def decoded_frame(ds: DataSet, index: int, layout: PixelLayout | None = None) -> Image.Image:
    """Frame ``index``: greyscale as an "I" image of the stored values, colour as "RGB"."""
    layout = layout or PixelLayout.of(ds)
    syntax = str(ds.file_meta.get("TransferSyntaxUID", "1.2.840.10008.1.2"))
    try:
        if syntax in PILLOW_CODECS:
            return _pillow_frame(_encapsulated_frame(ds, layout, index), layout)
        if syntax == RLE_LOSSLESS:
            return _from_planes(_rle_planes(_encapsulated_frame(ds, layout, index), layout),
                                layout)
        if syntax.startswith("1.2.840.10008.1.2.4") or syntax.startswith("1.2.840.10008.1.2.5"):
            raise RefusedFile(UNKNOWN_COMPRESSION)
        data, big_endian = bytes(ds.PixelData), syntax == "1.2.840.10008.1.2.2"
        if big_endian and layout.bits_allocated == 8 and ds["PixelData"].VR == "OW":
            data = _swapped_pairs(data)  # 8-bit samples in a big endian OW come swapped in pairs
        return _native_frame(data, layout, index, big_endian)
    except RefusedFile:
        raise
    except Exception as exc:  # noqa: BLE001 - broken data raises many types; one reason for all
        from . import is_our_bug

        if is_our_bug(exc):
            raise
        raise RefusedFile(DAMAGED_PICTURE) from exc


def windowed(ds: DataSet, values: Image.Image) -> Image.Image:
    """Stored values ("I") to 8 bits through the study's window; MONOCHROME1 is inverted."""
    center, width = _window(ds, values)
    scale = 255 / max(width, 1e-6)
    offset = -(center - width / 2) * scale
    if str(ds.get("PhotometricInterpretation", "")).strip() == "MONOCHROME1":
        scale, offset = -scale, 255 - offset
    # float, because a narrow window's slope would overflow 32-bit integers; "L" clamps to 0..255
    return values.convert("F").point(lambda v: v * scale + offset).convert("L")


def _window(ds: DataSet, values: Image.Image) -> tuple[float, float]:
    """The study's own window (centre, width) in stored values, else the data's full range."""
    try:
        center = ds.WindowCenter
        width = ds.WindowWidth
        center = float(center[0] if hasattr(center, "__len__") else center)
        width = float(width[0] if hasattr(width, "__len__") else width)
        slope = float(ds.get("RescaleSlope", 1) or 1)
        intercept = float(ds.get("RescaleIntercept", 0) or 0)
        return (center - intercept) / slope, width / slope
    except (AttributeError, TypeError, ValueError, IndexError):
        low, high = cast(tuple[float, float], values.getextrema())
        return (low + high) / 2, max(high - low, 1.0)


def _encapsulated_frame(ds: DataSet, layout: PixelLayout, index: int) -> bytes:
    from pydicom.encaps import get_frame

    extended = None
    if "ExtendedOffsetTable" in ds and "ExtendedOffsetTableLengths" in ds:
        extended = (ds.ExtendedOffsetTable, ds.ExtendedOffsetTableLengths)
    return get_frame(ds.PixelData, index, number_of_frames=layout.frames,
                     extended_offsets=extended)


def _native_frame(data: bytes, layout: PixelLayout, index: int, big_endian: bool) -> Image.Image:
    if layout.photometric == "YBR_FULL_422" and layout.samples == 3:
        return _ybr_422_frame(data, layout, index)
    length = layout.rows * layout.columns * layout.samples * layout.sample_bytes
    frame = data[index * length:(index + 1) * length]
    if len(frame) < length:
        raise RefusedFile(DAMAGED_PICTURE)
    return _from_planes(_native_planes(frame, layout, big_endian), layout)


def _swapped_pairs(data: bytes) -> bytes:
    swapped = bytearray(data)
    end = len(data) - len(data) % 2
    swapped[0:end:2], swapped[1:end:2] = data[1:end:2], data[0:end:2]
    return bytes(swapped)


def _native_planes(frame: bytes, layout: PixelLayout, big_endian: bool) -> list[Image.Image]:
    """One image per sample: "L" for 8-bit samples, "I" (unsigned stored bits) for wider ones."""
    size, count = layout.size, layout.rows * layout.columns
    step = layout.sample_bytes
    if layout.samples == 1:
        chunks = [frame]
    elif layout.planar:
        chunks = [frame[i * count * step:(i + 1) * count * step] for i in range(layout.samples)]
    else:  # interleaved: regroup whole samples (the byte order inside a sample is unchanged)
        view = memoryview(frame).cast({1: "B", 2: "H", 4: "I"}[step])  # type: ignore[call-overload]
        chunks = [view[i::layout.samples].tobytes() for i in range(layout.samples)]
    if step == 1:
        return [Image.frombytes("L", size, chunk) for chunk in chunks]
    rawmode = f"I;{layout.bits_allocated}{'B' if big_endian else ''}"
    return [Image.frombytes("I", size, chunk, "raw", rawmode) for chunk in chunks]


def _ybr_422_frame(data: bytes, layout: PixelLayout, index: int) -> Image.Image:
    """Uncompressed YBR_FULL_422: Y1 Y2 Cb Cr for each pair of pixels."""
    length = layout.rows * layout.columns * 2
    frame = data[index * length:(index + 1) * length]
    if len(frame) < length or layout.columns % 2 or layout.bits_allocated != 8:
        raise RefusedFile(DAMAGED_PICTURE if len(frame) < length else UNKNOWN_LAYOUT)
    luma = bytearray(length // 2)
    luma[0::2], luma[1::2] = frame[0::4], frame[1::4]
    half = (layout.columns // 2, layout.rows)
    cb, cr = (Image.frombytes("L", half, frame[i::4]).resize(layout.size, Image.Resampling.NEAREST)
              for i in (2, 3))
    return Image.merge("YCbCr", (Image.frombytes("L", layout.size, bytes(luma)), cb, cr)
                       ).convert("RGB")


def _rle_planes(frame: bytes, layout: PixelLayout) -> list[Image.Image]:
    """DICOM RLE: a 64-byte header of segment offsets, one PackBits segment per sample byte."""
    count = struct.unpack_from("<I", frame)[0]
    if count != layout.samples * layout.sample_bytes or count > 15:
        raise RefusedFile(DAMAGED_PICTURE)
    offsets = [*struct.unpack_from(f"<{count}I", frame, 4), len(frame)]
    segments = [_unpacked_segment(frame[offsets[i]:offsets[i + 1]], layout.size)
                for i in range(count)]
    if layout.sample_bytes == 1:
        return segments
    planes = []
    for first in range(0, count, layout.sample_bytes):  # a sample's segments: high byte first
        parts = segments[first:first + layout.sample_bytes]
        packed = Image.merge("LA" if len(parts) == 2 else "RGBA", parts).tobytes()
        planes.append(Image.frombytes("I", layout.size, packed, "raw",
                                      f"I;{layout.bits_allocated}B"))
    return planes


def _unpacked_segment(segment: bytes, size: tuple[int, int]) -> Image.Image:
    # decoded as one long row: Pillow's PackBits (TIFF) decoder expects no run to cross a row
    line = Image.frombytes("L", (size[0] * size[1], 1), segment, "packbits", "L")
    return Image.frombytes("L", size, line.tobytes())


def _from_planes(planes: list[Image.Image], layout: PixelLayout) -> Image.Image:
    """Greyscale: an "I" image of the stored values (signed where the tags say so); else RGB."""
    if layout.samples == 1:
        return _stored_values(planes[0].convert("I"), layout.bits_stored,
                              layout.bits_allocated, layout.signed)
    if layout.bits_allocated > 8:  # colour deeper than 8 bits: keep the top 8 stored bits
        shift = max(layout.bits_stored - 8, 0)
        planes = [ImageMath.lambda_eval(lambda a: (a["p"] >> shift) & 255, p=plane).convert("L")
                  for plane in planes]
    if layout.photometric.startswith("YBR_FULL"):
        return Image.merge("YCbCr", planes).convert("RGB")
    return Image.merge("RGB", planes)


def _stored_values(image: Image.Image, stored: int, allocated: int, signed: bool) -> Image.Image:
    """Drop the bits above BitsStored (overlays live there) and sign-extend signed values."""
    if stored >= 32 or (stored == allocated and not signed):
        return image
    mask, sign = 2 ** stored - 1, 2 ** (stored - 1)
    if signed:
        return cast(Image.Image,
                    ImageMath.lambda_eval(lambda a: ((a["v"] & mask) ^ sign) - sign, v=image))
    return cast(Image.Image, ImageMath.lambda_eval(lambda a: a["v"] & mask, v=image))


def _pillow_frame(frame: bytes, layout: PixelLayout) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(frame))
        rgb_as_is = (image.format == "JPEG" and image.mode == "RGB"
                     and layout.photometric == "RGB" and "adobe_transform" not in image.info)
        if rgb_as_is:  # stop Pillow from treating the samples as YCbCr (pydicom does the same)
            image.draft("YCbCr", image.size)
        image.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise RefusedFile(UNKNOWN_COMPRESSION) from exc
    if image.mode in ("1", "L", "P"):
        return _stored_values(image.convert("L").convert("I"), layout.bits_stored,
                              8, layout.signed and layout.bits_stored <= 8)
    if image.mode.startswith("I"):
        return _j2k_values(image.convert("I"), frame, layout)
    if rgb_as_is:
        return Image.merge("RGB", image.split())
    return image.convert("RGB")


def _j2k_values(image: Image.Image, frame: bytes, layout: PixelLayout) -> Image.Image:
    """Undo Pillow's scaling of a JPEG 2000 greyscale frame back to the stored values.

    Pillow widens every sample to 16 bits (shifted left by 16 - precision) and lifts signed
    samples by half their range; the codestream's SIZ marker says which it did.
    """
    siz = frame.find(b"\xff\x4f\xff\x51")
    if siz < 0 or len(frame) < siz + 43:
        raise RefusedFile(DAMAGED_PICTURE)
    ssiz = frame[siz + 42]
    precision, signed = (ssiz & 0x7F) + 1, bool(ssiz & 0x80)
    if precision > 16:
        raise RefusedFile(UNKNOWN_LAYOUT)
    shift, lift = 2 ** (16 - precision), (2 ** (precision - 1) if signed else 0)
    values = image.convert("F").point(lambda v: v / shift - lift).convert("I")
    if layout.signed and not signed:  # the tags say signed where the codestream does not
        values = _stored_values(values, precision, 16, True)
    return values
