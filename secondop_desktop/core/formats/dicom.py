"""DICOM (imaging CDs): kept as the original file; the study's details go into the metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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


def inspect(path: Path) -> FileInfo:
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
