"""Pages of existing PDFs (records, and the generated ones) as form XObjects of the packet.

A source page becomes one form XObject: its content, its resources (copied once per source, with
actions, metadata and attachments left behind) and the visible appearance of its annotations
drawn in place, so filled-in forms and comments stay visible while nothing stays clickable or
runnable. The packet page then draws that form shrunk into the area the margin bands leave free.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, StreamObject

from ..core.formats.pdf import PASSWORD_REASON
from .pdfstream import ObjectCopier, StreamingPdfWriter, dictionary, fmt, name, numbers

logging.getLogger("pypdf").setLevel(logging.ERROR)

HIDDEN, NO_VIEW = 2, 32  # annotation flags


class BadPdf(Exception):
    """The PDF cannot be read; the message is the reason shown in the packet."""


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


def open_pdf(path: Path) -> PdfReader:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise BadPdf(PASSWORD_REASON)
        len(reader.pages)
        return reader
    except BadPdf:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds for a broken file
        if "password" in str(exc).lower() or "decrypt" in str(exc).lower():
            raise BadPdf(PASSWORD_REASON) from exc
        raise BadPdf("the PDF is damaged and cannot be read") from exc


def probe(path: Path) -> tuple[list[SourcePage], list[Outline]]:
    reader = open_pdf(path)
    try:
        pages = [page_geometry(p) for p in reader.pages]
    except (PdfReadError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise BadPdf("the PDF is damaged and cannot be read") from exc
    if not pages:
        raise BadPdf("the PDF has no pages")
    return pages, outline_of(reader)


def page_geometry(page) -> SourcePage:
    box = page.cropbox
    values = tuple(float(v) for v in (box.left, box.bottom, box.right, box.top))
    x0, y0, x1, y1 = values
    if abs(x1 - x0) < 1 or abs(y1 - y0) < 1:
        box = page.mediabox
        values = tuple(float(v) for v in (box.left, box.bottom, box.right, box.top))
    x0, y0, x1, y1 = values
    return SourcePage((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)),
                      int(page.rotation or 0) % 360)


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


def page_form(writer: StreamingPdfWriter, copier: ObjectCopier, page) -> int:
    """Write ``page`` (a pypdf page) as a form XObject with its annotations flattened."""
    x0, y0, x1, y1 = page_geometry(page).box
    header = dictionary(Type=name("XObject"), Subtype=name("Form"),
                        BBox=numbers(x0, y0, x1, y1))
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else DictionaryObject()
    annots = _visible_appearances(page)
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if isinstance(contents, StreamObject) and not annots:
        data = contents._data  # one stream: its encoded bytes go across untouched
        for key in ("/Filter", "/DecodeParms"):
            if key in contents:
                header[NameObject(key)] = copier.convert(contents[key])
    else:
        parts = [contents] if isinstance(contents, StreamObject) else [
            s.get_object() for s in (contents or [])]
        raw = b"\n".join(p.get_data() for p in parts if isinstance(p, StreamObject))
        if annots:
            resources = DictionaryObject(resources)
            xobjects = DictionaryObject(resources.get("/XObject", DictionaryObject()).get_object())
            extra = []
            for index, (stream_ref, matrix) in enumerate(annots):
                key = f"/SOAnnot{index}"
                xobjects[NameObject(key)] = stream_ref
                extra.append(f"q {' '.join(fmt(v) for v in matrix)} cm {key} Do Q")
            resources[NameObject("/XObject")] = xobjects
            raw = b"q\n" + raw + b"\nQ\n" + "\n".join(extra).encode()
        data = zlib.compress(raw, 6)
        header[NameObject("/Filter")] = name("FlateDecode")
    header[NameObject("/Resources")] = copier.convert(resources)
    if "/Group" in page:
        header[NameObject("/Group")] = copier.convert(page["/Group"])
    number = writer.alloc()
    writer.write_stream(number, header, data)
    copier.flush()
    return number


def _visible_appearances(page) -> list[tuple[IndirectObject | StreamObject, tuple[float, ...]]]:
    """Each shown annotation's normal appearance and the matrix placing it on its rectangle."""
    found = []
    for annot_ref in page.get("/Annots", ArrayObject()) or []:
        try:
            annot = annot_ref.get_object()
            if annot.get("/Subtype") in ("/Link", "/Popup") or int(annot.get("/F", 0)) & (
                    HIDDEN | NO_VIEW):
                continue
            normal = annot["/AP"].get_object()["/N"]
            stream = normal.get_object()
            if not isinstance(stream, StreamObject):  # on/off states: the current one
                normal = stream[annot["/AS"]]
                stream = normal.get_object()
            rect = [float(v) for v in annot["/Rect"]]
            matrix = _appearance_matrix(stream, rect)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        if matrix is not None:
            found.append((normal, matrix))
    return found


def _appearance_matrix(stream: StreamObject, rect: list[float]) -> tuple[float, ...] | None:
    """PDF 12.5.5: map the appearance's transformed bounding box onto the annotation's Rect."""
    bx0, by0, bx1, by1 = (float(v) for v in stream["/BBox"])
    m = [float(v) for v in stream.get("/Matrix", [1, 0, 0, 1, 0, 0])]
    corners = [(x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
               for x in (bx0, bx1) for y in (by0, by1)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    if w <= 0 or h <= 0:
        return None
    rx0, ry0, rx1, ry1 = min(rect[0], rect[2]), min(rect[1], rect[3]), max(
        rect[0], rect[2]), max(rect[1], rect[3])
    sx, sy = (rx1 - rx0) / w, (ry1 - ry0) / h
    return (sx, 0, 0, sy, rx0 - sx * min(xs), ry0 - sy * min(ys))
