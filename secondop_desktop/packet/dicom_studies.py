"""DICOM studies in the packet: one page per study, and the original files in a folder beside it.

A study is every selected DICOM record sharing a StudyInstanceUID. Its page shows the date,
modality, description, how many series and images it has, and a preview of an image from its
middle; the files themselves are copied unchanged so that the specialist's viewer gets them all.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

from ..core.documents import Document
from ..core.errors import RefusedFile
from ..core.formats.dicom import preview_image
from .canvas import Canvas
from .sections import StudyFacts, draw_study

PREVIEW_PX = 1024
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
        modality = self.meta.get("modality", "")
        description = self.meta.get("study_description", "") or self.docs[0].title
        return " ".join(p for p in (modality, description) if p) or "Imaging study"

    def images(self) -> int:
        return sum(int(d.meta.get("frames", 1) or 1) for d in self.docs)

    def series(self) -> int:
        return len({d.meta.get("series_uid") or d.id for d in self.docs})

    def middle(self) -> Document:
        def order(d: Document) -> tuple:
            number = str(d.meta.get("instance_number", ""))
            return (d.meta.get("series_uid", ""), int(number) if number.isdigit() else 0, d.id)

        ordered = sorted(self.docs, key=order)
        return ordered[len(ordered) // 2]


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
        date = study.date.isoformat() if study.date else "undated"
        study.folder = _safe(f"Study {number} - {date} - {study.title}")
    return items


def _safe(name: str) -> str:
    return re.sub(r"[^\w .,()+-]", "_", name).strip(" .")[:80] or "Study"


def folder_name(out: Path) -> str:
    """The DICOM folder beside the packet; not a folder of someone else's with the same name."""
    base = f"{out.stem} - DICOM files"
    candidate, number = base, 2
    while (out.parent / candidate).exists() and not (out.parent / candidate / MARKER).exists():
        candidate = f"{base} ({number})"
        number += 1
    return candidate


def draw_study_page(c: Canvas, study: Study, folder: str,
                    path_of: Callable[[Document], Path]) -> None:
    first = study.docs[0]
    facts = StudyFacts(
        title=study.title,
        date=study.date.isoformat() if study.date else "unknown",
        modality=study.meta.get("modality", ""),
        description=study.meta.get("study_description", ""),
        institution=first.provider,
        body_part=first.body_part,
        series=study.series(),
        images=study.images(),
        folder=folder,
    )
    preview, error = None, ""
    try:
        preview = _qimage(preview_image(path_of(study.middle()), PREVIEW_PX))
    except RefusedFile as exc:
        error = exc.reason
    except OSError:
        error = "the image file cannot be read"
    draw_study(c, facts, preview, error)


def _qimage(img: Image.Image) -> QImage:
    rgb = img.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def copy_study_files(vault, out: Path, studies: list[tuple[Study, str]],
                     check_cancel: Callable[[], None]) -> Path:
    """Copy every study's files into a temporary folder beside the packet; returns it."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.stem}.dicom-", dir=out.parent))
    (tmp / MARKER).write_text("Made by SecondOp Desktop with the consultation packet.\n")
    for study, folder in studies:
        target = tmp / folder
        target.mkdir()
        used: set[str] = set()
        for doc in study.docs:
            check_cancel()
            name = _safe(Path(doc.original_name).name) or f"image-{doc.id}.dcm"
            stem, suffix, n = Path(name).stem, Path(name).suffix, 2
            while name.lower() in used:
                name, n = f"{stem} ({n}){suffix}", n + 1
            used.add(name.lower())
            shutil.copyfile(vault.documents.path(doc), target / name)
    return tmp
