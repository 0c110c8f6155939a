"""DICOM studies in the packet: one page per study, and the original files in a folder beside it.

A study is one record (every image of it imported from a CD), or, in vaults from before studies
were records, every DICOM record sharing a StudyInstanceUID. Its page shows the date, modality,
description, its series (modality, description, images), the referring physician, accession
number and the patient named in the header (with a warning when that is not the vault's
patient), and a preview of an image from its middle (the next one out when that one cannot be
shown); a structured report is shown as its text. The files themselves are copied unchanged so
that the specialist's viewer gets them all.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image
from PySide6.QtGui import QImage

from ..core.documents import Document, StoredFile, middle_outwards
from ..core.errors import RefusedFile
from ..core.formats.dicom import patient_mismatch, preview_image, report_text, series_entry
from ..core.profile import Profile
from ..local_format import date_text, packet_locale
from ..translations import packet_text
from .canvas import Canvas
from .sections import StudyFacts, draw_study

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

if TYPE_CHECKING:
    from ..core.vault import Vault

PREVIEW_PX = 1024
PREVIEW_TRIES = 8  # images tried, from the middle outwards, before the page says why not
FilesOf = Callable[[Document], list[StoredFile]]
MARKER = ".secondop-dicom"  # marks a folder the packet made, which a new export may replace


@dataclass
class Study:
    docs: list[Document]
    folder: str = ""  # inside the packet's DICOM folder

    def __len__(self) -> int:
        return len(self.docs)

    @property
    def date(self) -> dt.date | None:
        dates = [d.record_date for d in self.docs if d.record_date]
        return min(dates) if dates else None

    @property
    def meta(self) -> dict:
        return self.docs[0].meta

    @property
    def title(self) -> str:
        description = self.meta.get("study_description", "") or self.docs[0].title
        return with_modality(self.meta.get("modality", ""), description) or "Imaging study"

    def images(self) -> int:
        return sum(max(1, d.pages) for d in self.docs)

    def series(self) -> list[dict]:
        """Each series once: modality, description and its number of images."""
        merged: dict[str, dict] = {}
        for doc in self.docs:
            entries = doc.meta.get("series") or {
                doc.meta.get("series_uid") or f"record-{doc.id}": series_entry(doc.meta)}
            for uid, entry in entries.items():
                if uid in merged:
                    merged[uid]["images"] += int(entry.get("images", 1))
                else:
                    merged[uid] = dict(entry)
        return list(merged.values())

    def preview_order(self, files_of: FilesOf) -> list[StoredFile]:
        """The study's files, middle image first, then outwards from it."""
        return middle_outwards([f for d in self.docs for f in files_of(d)])



def group_studies(docs: list[Document]) -> list[Document | Study]:
    """The records in their order, DICOM files gathered into one Study at its first file."""
    items: list[Document | Study] = []
    by_uid: dict[str, Study] = {}
    for doc in docs:
        if doc.format != "dicom":
            items.append(doc)
            continue
        uid = doc.meta.get("study_uid") or f"record-{doc.id}"
        if uid not in by_uid:
            by_uid[uid] = Study([])
            items.append(by_uid[uid])
        by_uid[uid].docs.append(doc)
    for number, study in enumerate(by_uid.values(), start=1):
        date = study.date.isoformat() if study.date else translate("DicomStudies", "undated")
        study.folder = _safe(translate("DicomStudies", "Study {number} - {date} - {title}").format(
            number=number, date=date, title=study.title))
    return items


def _safe(name: str) -> str:
    return re.sub(r"[^\w .,()+-]", "_", name).strip(" .")[:80] or "Study"


def folder_name(out: Path) -> str:
    """The DICOM folder beside the packet; not a folder of someone else's with the same name."""
    base = translate("DicomStudies", "{packet} - DICOM files").format(packet=out.stem)
    candidate, number = base, 2
    while (out.parent / candidate).exists() and not (out.parent / candidate / MARKER).exists():
        candidate = f"{base} ({number})"
        number += 1
    return candidate


def draw_study_page(c: Canvas, study: Study, folder: str, files_of: FilesOf,
                    patient: Profile | None = None) -> None:
    first = study.docs[0]
    meta = study.meta
    warning = patient_mismatch(meta, patient.name, patient.dob_date) if patient else ""
    series = study.series()
    facts = StudyFacts(
        title=study.title,
        date=date_text(study.date, packet_locale()) or translate("Study", "unknown"),
        modality=meta.get("modality", ""),
        description=meta.get("study_description", ""),
        institution=first.provider,
        body_part=first.body_part,
        series=len(series),
        images=study.images(),
        folder=folder,
        extra=study_fields(meta, series),
        warning=(translate("Study", "Please note: {warning}.").format(warning=warning)
                 if warning else ""),
    )
    preview, error, report = None, "", ""
    try:
        preview, report = _first_preview(study.preview_order(files_of))
    except RefusedFile as exc:
        error = exc.reason
    draw_study(c, facts, preview, error, report)


def study_fields(meta: dict, series: list[dict]) -> list[tuple[str, str]]:
    """The header's details a specialist looks for, and one line per series."""
    pairs = [(translate("Study", "Patient (from the images)"),
              _person(meta.get("patient_name", ""))),
             (translate("Study", "Patient ID"), meta.get("patient_id", "")),
             (translate("Study", "Referring physician"),
              _person(meta.get("referring_physician", ""))),
             (translate("Study", "Accession number"), meta.get("accession_number", ""))]
    for number, entry in enumerate(series, start=1):
        what = with_modality(entry.get("modality", ""), entry.get("description", ""))
        images = int(entry.get("images", 1))
        line = translate("Study", "{what}: %n image(s)", "", images)
        pairs.append((translate("Study", "Series {number}").format(number=number),
                      line.format(what=what or translate("Study", "unnamed"))))
    return [(k, v) for k, v in pairs if v]


def with_modality(modality: str, description: str) -> str:
    """"US THYROID" of US and "THYROID", but not "US US THYROID" (nor "MR MRI LUMBAR") of a
    description, or a record title, that names its modality already."""
    first = description.split(maxsplit=1)[0] if description.split() else ""
    if modality and first.casefold().startswith(modality.casefold()):
        return description
    return " ".join(p for p in (modality, description) if p)


def _person(name: str) -> str:
    """A DICOM person name (Family^Given^Middle) as the header has it, readably spaced."""
    return " ".join(p for p in str(name).split("^") if p) if "^" in str(name) else str(name)


def _first_preview(files: list[StoredFile]) -> tuple[QImage | None, str]:
    """The first image that can be shown, or a structured report's text; RefusedFile with the
    first reason when none of the images tried can be shown."""
    first_reason = ""
    for stored in files[:PREVIEW_TRIES]:
        try:
            return qimage_of(preview_image(stored.path, PREVIEW_PX)), ""
        except RefusedFile as exc:
            try:
                text = report_text(stored.path)
            except RefusedFile:
                text = ""
            if text:
                return None, text
            first_reason = first_reason or exc.reason
        except OSError:
            first_reason = first_reason or "the image file cannot be read"
    raise RefusedFile(first_reason or "the study has no image to show")


def qimage_of(img: Image.Image) -> QImage:
    """A Pillow picture as a QImage (its own copy of the pixels)."""
    rgb = img.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def copy_study_files(vault: Vault, out: Path, studies: list[tuple[Study, str]],
                     check_cancel: Callable[[], None]) -> Path:
    """Copy every study's files into a temporary folder beside the packet; returns it."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.stem}.dicom-", dir=out.parent))
    (tmp / MARKER).write_text("Made by SecondOp Desktop with the consultation packet.\n")
    for study, folder in studies:
        target = tmp / folder
        target.mkdir()
        used: set[str] = set()
        for stored in (f for doc in study.docs for f in vault.documents.files(doc)):
            check_cancel()
            name = _safe(Path(stored.name).name) or f"image-{stored.sha256[:12]}.dcm"
            stem, suffix, n = Path(name).stem, Path(name).suffix, 2
            while name.lower() in used:
                name, n = f"{stem} ({n}){suffix}", n + 1
            used.add(name.lower())
            shutil.copyfile(stored.path, target / name)
    return tmp
