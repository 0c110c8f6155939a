"""Combine records into one, split a record into several, and take either back.

The result is a new PDF record made of the chosen pages (a scanned JPEG goes in byte for byte, as
img2pdf does; other pictures losslessly); the original records are moved to the trash, never
deleted, so both operations can be undone. Questions that refer to a page follow it to the page
of the new record (and back on undo). Text already read from the pages comes along, so nothing is
read twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageOps
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
)

from . import formats
from .documents import DATE_BEFORE, DATE_SOURCE, Document, _storable, guess_kind
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .turns import HAND_TURNS, hand_turns

if TYPE_CHECKING:
    from .vault import Vault

DEFAULT_DPI = 300
PAGED_FORMATS = formats.PAGED_FORMATS


@dataclass(frozen=True)
class PageRef:
    document_id: int
    page: int  # 0-based


def combine(vault: Vault, doc_ids: list[int], title: str | None = None) -> int:
    """One record made of the records' pages, in the order given; returns its id."""
    if len(doc_ids) < 2 or len(set(doc_ids)) != len(doc_ids):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "Choose at least two different records to combine."))
    docs = [vault.documents.get(i) for i in doc_ids]
    _check_paged(docs)
    pages = [PageRef(d.id, p) for d in docs for p in range(d.pages)]
    new_id = _make_record(vault, pages, title or docs[0].title, docs[0],
                          {"made_from": doc_ids, "operation": "combine"})
    return new_id


def split(vault: Vault, doc_id: int, starts: list[int]) -> list[int]:
    """Records made of the record's page ranges: ``starts`` are the (1-based) first pages of the
    second, third... part. Returns the new records' ids in page order."""
    doc = vault.documents.get(doc_id)
    _check_paged([doc])
    cuts = sorted(set(starts))
    if not cuts or cuts[0] <= 1 or cuts[-1] > doc.pages:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "Split points must be pages 2 to {pages} of this record."), pages=doc.pages)
    bounds = [1, *cuts, doc.pages + 1]
    new_ids = []
    for part, (first, after) in enumerate(zip(bounds, bounds[1:], strict=False), start=1):
        pages = [PageRef(doc.id, p - 1) for p in range(first, after)]
        new_ids.append(_make_record(vault, pages, f"{doc.title} (part {part})", doc,
                                    {"made_from": [doc.id], "operation": "split",
                                     "pages": [first, after - 1]}))
    return new_ids


def undo(vault: Vault, made_ids: list[int]) -> list[int]:
    """Take back a combine or split: the records it made go to the trash, the originals come
    back, and question links return to the original pages. Returns the originals' ids."""
    made = _made_records(vault, made_ids)
    originals = list(dict.fromkeys(i for d in made for i in d.meta["made_from"]))
    with vault.db.transaction() as conn:
        for doc in made:
            for index, ref in enumerate(_page_map(doc.meta)):
                conn.execute("UPDATE questions SET document_id = ?, page = ? WHERE "
                             "document_id = ? AND page = ?",
                             (ref.document_id, ref.page + 1, doc.id, index + 1))
            conn.execute("UPDATE documents SET trashed = 1 WHERE id = ?", (doc.id,))
        conn.executemany("UPDATE documents SET trashed = 0 WHERE id = ?",
                         [(i,) for i in originals])
    return originals


def redo(vault: Vault, made_ids: list[int]) -> list[int]:
    """Make a combine or split again after ``undo``, without building its PDF again: the records
    it made come back from the trash, the originals go to it, and question links follow the
    pages to the made records once more. Returns ``made_ids``."""
    made = _made_records(vault, made_ids)
    with vault.db.transaction() as conn:
        for doc in made:
            conn.execute("UPDATE documents SET trashed = 0 WHERE id = ?", (doc.id,))
            _follow_pages(conn, _page_map(doc.meta), doc.id)
    return made_ids


def _made_records(vault: Vault, made_ids: list[int]) -> list[Document]:
    made = [vault.documents.get(i) for i in made_ids]
    if not made or any("made_from" not in d.meta for d in made):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "Only records made by combining or splitting can be taken back."))
    return made


def _check_paged(docs: list[Document]) -> None:
    for doc in docs:
        if doc.format not in PAGED_FORMATS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "“{title}” is a {format} record; only PDFs and pictures can be combined "
                          "or split."), title=doc.title, format=doc.format.upper())
        if doc.trashed:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "“{title}” is in the trash; restore it first."), title=doc.title)


def _page_map(meta: dict[str, Any]) -> list[PageRef]:
    return [PageRef(int(d), int(p)) for d, p in meta.get("page_map", [])]


def _make_record(vault: Vault, pages: list[PageRef], title: str, like: Document,
                 meta: dict[str, Any]) -> int:
    data = _build_pdf(vault, pages)
    info = formats.inspect(Path(f"{title}.pdf"), data)
    sha = hashlib.sha256(data).hexdigest()
    blob = vault.blobs.put_bytes(data, sha)
    meta = {**meta, "page_map": [[p.document_id, p.page] for p in pages]}
    # The first record's date stays what it was: a file date, or one read from the text.
    meta.update({k: like.meta[k] for k in (DATE_SOURCE, DATE_BEFORE) if k in like.meta})
    turns = _carried_turns(vault, pages)
    if turns:
        meta[HAND_TURNS] = turns
    row = {
        "sha256": blob.sha256, "original_name": f"{title}.pdf", "format": "pdf",
        "kind": like.kind or guess_kind(title, info.text), "title": title,
        "record_date": like.record_date.isoformat() if like.record_date else None,
        "provider": like.provider, "body_part": like.body_part, "tags": ", ".join(like.tags),
        "notes": like.notes, "pages": info.pages, "size": blob.size,
        "imported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
        "meta": json.dumps(meta),
    }
    with vault.db.transaction() as conn:
        known = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha,)).fetchone()
        if known is not None:  # made before and taken back: bring that record back
            new_id = int(known[0])
            conn.execute("UPDATE documents SET trashed = 0 WHERE id = ?", (new_id,))
        else:
            cur = conn.execute(f"INSERT INTO documents ({', '.join(row)}) VALUES "
                               f"({', '.join(':' + k for k in row)})", row)
            new_id = int(cur.lastrowid or 0)
            if info.text.strip():  # the text layer, searched by the records list as an import's
                conn.execute("INSERT INTO document_text (document_id, text) VALUES (?, ?)",
                             (new_id, _storable(info.text)))
            _carry_text(conn, pages, new_id)
            _suggest_from_carried_text(conn, new_id, info.pages)
        _follow_pages(conn, pages, new_id)
    return new_id


def _follow_pages(conn: sqlite3.Connection, pages: list[PageRef], new_id: int) -> None:
    """Question links move from the original pages to the new record's; the originals go to
    the trash."""
    for index, ref in enumerate(pages):
        conn.execute("UPDATE questions SET document_id = ?, page = ? WHERE document_id = ? "
                     "AND page = ?", (new_id, index + 1, ref.document_id, ref.page + 1))
    for doc_id in {p.document_id for p in pages}:
        conn.execute("UPDATE documents SET trashed = 1 WHERE id = ?", (doc_id,))


def _carried_turns(vault: Vault, pages: list[PageRef]) -> dict[str, int]:
    """The patient's turns of the original pages, for the new ones: each new page shows its
    original as that showed it (an image upright by its EXIF, a PDF page with its /Rotate)."""
    turns = {ref.document_id: hand_turns(vault.documents.get(ref.document_id))
             for ref in pages}
    return {str(index): turns[ref.document_id][ref.page] for index, ref in enumerate(pages)
            if ref.page in turns[ref.document_id]}


def _carry_text(conn: sqlite3.Connection, pages: list[PageRef], new_id: int) -> None:
    """Text and word boxes read from the original pages belong to the new pages too."""
    for index, ref in enumerate(pages):
        conn.execute(
            "INSERT INTO page_text (document_id, page, source, text, words, width, height, "
            "rotation) SELECT ?, ?, source, text, words, width, height, rotation FROM page_text "
            "WHERE document_id = ? AND page = ?", (new_id, index, ref.document_id, ref.page))


def _suggest_from_carried_text(conn: sqlite3.Connection, new_id: int, page_count: int) -> None:
    """Every page's text came along: the new record's filing is suggested at once (its date
    of service set from the text, as the queue does), and it has nothing left to read."""
    from .ocr import store, suggest

    if len(store.pages_done(conn, new_id)) < page_count:
        return  # the queue reads the rest, then suggests
    found = suggest.store_suggestions(conn, new_id, store.document_text(conn, new_id))
    suggest.apply_service_date(conn, new_id, found)
    conn.execute("INSERT INTO ocr_jobs (document_id, state) VALUES (?, 'done') "
                 "ON CONFLICT (document_id) DO NOTHING", (new_id,))


def _build_pdf(vault: Vault, pages: list[PageRef]) -> bytes:
    writer = PdfWriter()
    readers: dict[int, PdfReader] = {}
    for ref in pages:
        doc = vault.documents.get(ref.document_id)
        if doc.format == "pdf":
            path = vault.documents.readable_path(doc)  # an encrypted PDF: its unlocked copy
            if doc.id not in readers:
                readers[doc.id] = PdfReader(path)
            writer.add_page(readers[doc.id].pages[ref.page])
        else:
            _add_image_page(writer, vault.documents.path(doc), doc.format, ref.page)
    writer.add_metadata({"/Producer": "SecondOp Desktop"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_image_page(writer: PdfWriter, path: Path, fmt: str, frame: int) -> None:
    if fmt == "heic":
        from pi_heif import register_heif_opener

        register_heif_opener()
    with Image.open(path) as img:
        img.seek(frame)
        dpi = _dpi(img.info)
        upright_as_stored = img.getexif().get(0x0112, 1) in (0, 1)
        if fmt == "jpeg" and upright_as_stored and img.mode in ("L", "RGB"):
            image = _jpeg_stream(path.read_bytes(), img.width, img.height, img.mode)
            width, height = img.width, img.height
        else:
            picture = ImageOps.exif_transpose(img)
            picture = picture.convert("L" if picture.mode in ("1", "L", "I;16") else "RGB")
            image = _pixels_stream(picture)
            width, height = picture.width, picture.height
    w_pt, h_pt = width / dpi * 72, height / dpi * 72
    page = writer.add_blank_page(w_pt, h_pt)
    image_ref = writer._add_object(image)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
        {NameObject("/Im0"): image_ref})})
    content = DecodedStreamObject()
    content.set_data(f"q {w_pt:.3f} 0 0 {h_pt:.3f} 0 0 cm /Im0 Do Q".encode())
    page[NameObject("/Contents")] = writer._add_object(content)


def _dpi(info: dict[Any, Any]) -> float:
    try:
        value = float(info.get("dpi", (DEFAULT_DPI,))[0])
    except (TypeError, ValueError, IndexError):
        return DEFAULT_DPI
    return value if 20 <= value <= 4800 else DEFAULT_DPI


def _image_header(width: int, height: int, mode: str, filter_name: str
                  ) -> dict[NameObject, PdfObject]:
    return {
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(width), NameObject("/Height"): NumberObject(height),
        NameObject("/ColorSpace"): NameObject("/DeviceGray" if mode == "L" else "/DeviceRGB"),
        NameObject("/BitsPerComponent"): NumberObject(8),
        NameObject("/Filter"): NameObject(filter_name),
    }


def _jpeg_stream(data: bytes, width: int, height: int, mode: str) -> StreamObject:
    stream = StreamObject()
    stream.update(_image_header(width, height, mode, "/DCTDecode"))
    stream._data = without_metadata(data)  # the scan's compressed data as it is
    return stream


def without_metadata(jpeg: bytes) -> bytes:
    """The JPEG without its APP1 (EXIF: GPS, camera; XMP) and APP13 blocks; pixels untouched."""
    out, pos = bytearray(jpeg[:2]), 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF:
        marker = jpeg[pos + 1]
        if marker == 0xDA:  # start of scan: the compressed picture follows
            break
        length = int.from_bytes(jpeg[pos + 2:pos + 4], "big")
        if marker not in (0xE1, 0xED):
            out += jpeg[pos:pos + 2 + length]
        pos += 2 + length
    out += jpeg[pos:]
    return bytes(out)


def _pixels_stream(picture: Image.Image) -> StreamObject:
    stream = StreamObject()
    stream.update(_image_header(picture.width, picture.height, picture.mode, "/FlateDecode"))
    stream._data = zlib.compress(picture.tobytes(), 6)
    return stream

