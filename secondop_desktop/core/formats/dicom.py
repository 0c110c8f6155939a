"""DICOM (imaging CDs): kept as the original file; the study's details go into the metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from ..errors import RefusedFile
from .info import FileInfo


def parse_da(value: object) -> dt.date | None:
    """A DICOM DA value (YYYYMMDD) to a date."""
    text = str(value or "").strip()
    try:
        return dt.datetime.strptime(text[:8], "%Y%m%d").date()
    except ValueError:
        return None


def _text(ds, keyword: str) -> str:
    value = ds.get(keyword, "")
    return str(value).strip() if value is not None else ""


def inspect(path: Path | BinaryIO) -> FileInfo:
    import pydicom
    from pydicom.errors import InvalidDicomError

    try:
        ds = pydicom.dcmread(path, stop_before_pixels=True)
    except (InvalidDicomError, OSError, ValueError, KeyError, TypeError, EOFError,
            AttributeError, IndexError) as exc:
        raise RefusedFile("the DICOM file is damaged and cannot be read") from exc
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
    }
    title = meta["study_description"] or meta["series_description"]
    if meta["modality"]:
        title = f"{meta['modality']} {title}".strip()
    return FileInfo(
        format="dicom",
        pages=max(1, frames),
        record_date=parse_da(ds.get("StudyDate")) or parse_da(ds.get("SeriesDate")),
        title=title or None,
        kind_hint="imaging",
        provider=_text(ds, "InstitutionName"),
        body_part=_text(ds, "BodyPartExamined").title(),
        meta=meta,
    )


def preview_image(path: Path, max_px: int = 1024):
    """A PIL image of the middle frame, windowed to 8 bits, at most ``max_px`` on its long side.

    Raises RefusedFile (with a reason) when the pixel data cannot be decoded, e.g. a compressed
    transfer syntax that needs a codec this installation lacks.
    """
    import numpy as np
    import pydicom
    from PIL import Image

    try:
        ds = pydicom.dcmread(path)
        pixels = ds.pixel_array
    except Exception as exc:  # noqa: BLE001 - codecs raise many types; one reason for all
        raise RefusedFile("the DICOM image cannot be shown (unsupported compression)") from exc
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    if frames > 1:
        pixels = pixels[frames // 2]
    if pixels.ndim == 3 and pixels.shape[-1] in (3, 4):
        image = Image.fromarray(pixels.astype(np.uint8)).convert("RGB")
    else:
        data = pixels.astype(np.float32)
        center, width = _window(ds, data)
        low, high = center - width / 2, center + width / 2
        data = np.clip((data - low) / max(high - low, 1e-6), 0, 1) * 255
        if str(ds.get("PhotometricInterpretation", "")) == "MONOCHROME1":
            data = 255 - data
        image = Image.fromarray(data.astype(np.uint8), "L")
    image.thumbnail((max_px, max_px))
    return image


def _window(ds, data) -> tuple[float, float]:
    """The study's own window (centre, width) when it has one, else the data's full range."""
    try:
        center = ds.WindowCenter
        width = ds.WindowWidth
        center = float(center[0] if hasattr(center, "__len__") else center)
        width = float(width[0] if hasattr(width, "__len__") else width)
        slope = float(ds.get("RescaleSlope", 1) or 1)
        intercept = float(ds.get("RescaleIntercept", 0) or 0)
        return (center - intercept) / slope, width / slope
    except (AttributeError, TypeError, ValueError, IndexError):
        low, high = float(data.min()), float(data.max())
        return (low + high) / 2, max(high - low, 1.0)
