"""What a format module reads from a file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class FileInfo:
    format: str  # pdf, jpeg, png, tiff, heic, dicom
    pages: int
    record_date: dt.date | None = None
    # True when record_date is when the file was made (a PDF's creation date, a photo's EXIF
    # date), not the date of service: shown as a "file date" until the patient gives one.
    date_is_file_date: bool = False
    title: str | None = None
    text: str = ""
    kind_hint: str | None = None
    provider: str = ""
    body_part: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    # Clinical documents: facts from coded entries (clinical.fact_rows), and files inside that
    # become records of their own (clinical.Part); a container (a portal zip) is not stored.
    facts: list[tuple[Any, ...]] = field(default_factory=list)
    parts: list[Any] = field(default_factory=list)
    container: bool = False
