"""Pages of existing PDFs (records, and the generated ones) as form XObjects of the packet.

A source page becomes one form XObject: its content and its resources, copied once per source
with actions, metadata and attachments left behind. Comments and filled-in forms were drawn into
the page content beforehand (normalise.py), so nothing stays clickable or runnable. The packet
page then draws that form shrunk into the area the margin bands leave free.

Before a page is planned, every Flate stream it needs is inflated once, bounded and thrown away
(streamcheck.py): a page that would inflate past the limit, or whose data is not Flate at all, is
left out with a notice; a stream cut short is re-encoded from what it holds, as viewers show it.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from pypdf import PageObject, PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError
from pypdf.generic import DictionaryObject, NameObject, StreamObject

from ..core.formats.pdf import PASSWORD_REASON
from . import normalise, streamcheck
from .errors import BadPdf
from .pdfstream import ObjectCopier, StreamingPdfWriter, dictionary, name, numbers

logging.getLogger("pypdf").setLevel(logging.ERROR)

__all__ = ["BadPdf", "Outline", "SourcePage", "open_pdf", "page_form", "placement", "prepare",
           "probe"]


@dataclass
class Outline:
    title: str
    page: int  # 0-based within its PDF
    children: list[Outline] = field(default_factory=list)


@dataclass
class SourcePage:
    box: tuple[float, float, float, float]  # the visible (crop) box
    rotate: int  # 0, 90, 180, 270

    @property
    def display_size(self) -> tuple[float, float]:
        x0, y0, x1, y1 = self.box
        w, h = abs(x1 - x0), abs(y1 - y0)
        return (h, w) if self.rotate in (90, 270) else (w, h)


# What pypdf raises for a file it cannot parse (the same list the import check uses).
_BROKEN = (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
           RecursionError, OSError, AssertionError, zlib.error)


def prepare(path: Path, dest: Path) -> tuple[Path, PdfReader]:
    """The file to copy pages from, open: ``path`` itself, or a normalised copy at ``dest``."""
    if normalise.needs_normalising(path):
        return _opened(normalise.normalise(path, dest))
    try:
        return _opened(path)
    except BadPdf as exc:
        if str(exc) == PASSWORD_REASON:
            raise
        return _opened(normalise.normalise(path, dest))  # qpdf recovers what pypdf gives up on


def _opened(path: Path) -> tuple[Path, PdfReader]:
    return path, open_pdf(path)


def open_pdf(path: Path) -> PdfReader:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise BadPdf(PASSWORD_REASON)
        len(reader.pages)
        return reader
    except FileNotDecryptedError as exc:
        raise BadPdf(PASSWORD_REASON) from exc
    except _BROKEN as exc:
        raise BadPdf("the PDF is damaged and cannot be read") from exc


def probe(reader: PdfReader) -> tuple[list[SourcePage], list[Outline]]:
    """Every page's visible box and rotation, and the bookmarks of the PDF."""
    try:
        pages = [page_geometry(p) for p in reader.pages]
    except (PdfReadError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise BadPdf("the PDF is damaged and cannot be read") from exc
    if not pages:
        raise BadPdf("the PDF has no pages")
    return pages, outline_of(reader)


def page_geometry(page: PageObject) -> SourcePage:
    box = page.cropbox
    values = tuple(float(v) for v in (box.left, box.bottom, box.right, box.top))
    x0, y0, x1, y1 = values
    if abs(x1 - x0) < 1 or abs(y1 - y0) < 1:
        box = page.mediabox
        values = tuple(float(v) for v in (box.left, box.bottom, box.right, box.top))
    x0, y0, x1, y1 = values
    return SourcePage((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)),
                      int(page.rotation or 0) % 360)


def turned(page: SourcePage, turn: int) -> SourcePage:
    """The page as shown turned ``turn`` degrees counter-clockwise more (as /Rotate would,
    which turns clockwise): the form is placed turned, the source page is copied as it is."""
    return replace(page, rotate=(page.rotate - turn) % 360) if turn else page


def outline_of(reader: PdfReader) -> list[Outline]:
    """The source's bookmarks that point at one of its pages (others are left out)."""
    try:
        return _outline_items(reader, reader.outline)
    except Exception:  # noqa: BLE001 - a broken outline only loses the nested bookmarks
        return []


def _outline_items(reader: PdfReader, items) -> list[Outline]:
    result: list[Outline] = []
    for item in items:
        if isinstance(item, list):
            if result:
                result[-1].children.extend(_outline_items(reader, item))
            continue
        page = reader.get_destination_page_number(item)
        title = str(getattr(item, "title", "") or "").strip()
        if page is not None and page >= 0 and title:
            result.append(Outline(title, page))
    return result


def placement(page: SourcePage, area: tuple[float, float, float, float]) -> tuple[float, ...]:
    """The matrix drawing the rotated page box, scaled to fit and centred, into ``area``."""
    x0, y0, x1, y1 = page.box
    a, b, c, d, e, f = {
        0: (1, 0, 0, 1, -x0, -y0),
        90: (0, -1, 1, 0, -y0, x1),
        180: (-1, 0, 0, -1, x1, y1),
        270: (0, 1, -1, 0, y1, -x0),
    }[page.rotate if page.rotate in (0, 90, 180, 270) else 0]
    w, h = page.display_size
    ax, ay, aw, ah = area
    s = min(aw / w, ah / h, 1.0)
    tx, ty = ax + (aw - w * s) / 2, ay + (ah - h * s) / 2
    return (a * s, b * s, c * s, d * s, e * s + tx, f * s + ty)


def page_form(writer: StreamingPdfWriter, copier: ObjectCopier, page: PageObject) -> int:
    """Write ``page`` (a pypdf page) as a form XObject: its content and what that needs."""
    x0, y0, x1, y1 = page_geometry(page).box
    header = dictionary(Type=name("XObject"), Subtype=name("Form"),
                        BBox=numbers(x0, y0, x1, y1))
    contents = page.raw_get("/Contents") if "/Contents" in page else None
    single = contents.get_object() if contents is not None else None
    if isinstance(single, StreamObject) and contents is not None:  # one stream: as it is
        data = copier.stream_bytes(contents)
        for key in ("/Filter", "/DecodeParms"):
            if key in single:
                header[NameObject(key)] = copier.convert(single.raw_get(key))
    else:  # several streams, or none: one stream of their joined, inflated content
        parts = list(single or []) if single is not None else []
        raw = b"\n".join(streamcheck.content_bytes(p, copier.fixes) for p in parts)
        data = zlib.compress(raw, 6)
        header[NameObject("/Filter")] = name("FlateDecode")
    resources = page.raw_get("/Resources") if "/Resources" in page else DictionaryObject()
    header[NameObject("/Resources")] = copier.convert(streamcheck.rendering_resources(resources))
    if "/Group" in page:
        header[NameObject("/Group")] = copier.convert(page.raw_get("/Group"))
    number = writer.alloc()
    writer.write_stream(number, header, data)
    copier.flush()
    return number
