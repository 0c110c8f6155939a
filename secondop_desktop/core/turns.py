"""How far each page of a record is turned to stand upright when shown and packed.

A page's *turn* is in degrees counter-clockwise (0, 90, 180, 270), relative to the page as its
file shows it by itself (an image after its EXIF orientation, a PDF page after its /Rotate). It
comes from the patient's hand (kept per page in the record's meta as ``turns``) or else from the
orientation OCR found. The stored file is never changed: the preview turns what it draws, and the
packet turns only the placement of the page's image.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .documents import Document
from .errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

if TYPE_CHECKING:
    from .vault import Vault

TURNS = (0, 90, 180, 270)
# DICOM images and our own pages of a clinical document are shown as they are.
UNTURNED_FORMATS = ("dicom", "ccda", "fhir")
HAND_TURNS = "turns"  # meta key: {"<0-based page>": turn}


def hand_turns(doc: Document) -> dict[int, int]:
    """The turns the patient set, by 0-based page."""
    found = doc.meta.get(HAND_TURNS) or {}
    if not isinstance(found, dict):
        return {}
    return {int(page): int(turn) % 360 for page, turn in found.items()
            if str(page).isdigit() and isinstance(turn, int) and turn % 90 == 0}


def set_hand_turn(vault: Vault, doc_id: int, page: int, turn: int | None) -> None:
    """Keep the patient's turn of one page (``None``: none, the OCR's orientation counts)."""
    with vault.db.transaction() as conn:
        row = conn.execute("SELECT meta FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Reason", "There is no record number {doc_id} in this vault."), doc_id=doc_id)
        meta: dict[str, Any] = json.loads(row[0] or "{}")
        turns = {k: v for k, v in (meta.get(HAND_TURNS) or {}).items() if k != str(page)}
        if turn is not None:
            turns[str(page)] = turn % 360
        if turns:
            meta[HAND_TURNS] = turns
        else:
            meta.pop(HAND_TURNS, None)
        conn.execute("UPDATE documents SET meta = ? WHERE id = ?", (json.dumps(meta), doc_id))


def turn_by_hand(vault: Vault, doc_id: int, page: int, by: int) -> tuple[int | None, int]:
    """Turn a page ``by`` degrees counter-clockwise from how it is shown now; returns the
    page's hand turn before (None: there was none) and its turn now."""
    doc = vault.documents.get(doc_id)
    if doc.format in UNTURNED_FORMATS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "The pages of “{title}” cannot be turned."), title=doc.title)
    if not 0 <= page < max(1, doc.pages):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "“{title}” has no page {page}; its pages are 1 to {pages}."),
            title=doc.title, page=page + 1, pages=max(1, doc.pages))
    before = hand_turns(doc).get(page)
    after = (page_turn(vault, doc, page) + by) % 360
    set_hand_turn(vault, doc_id, page, after)
    return before, after


def ocr_rotations(vault: Vault, doc_id: int) -> dict[int, int]:
    """The turn OCR gave each page it read (counter-clockwise, of the picture it read)."""
    rows = vault.db.query("SELECT page, rotation FROM page_text WHERE document_id = ? AND "
                          "source = 'ocr'", (doc_id,))
    return {int(r["page"]): int(r["rotation"] or 0) % 360 for r in rows}


def every_ocr_rotation(vault: Vault) -> dict[int, dict[int, int]]:
    """``ocr_rotations`` of every record at once, by record id (a record OCR has not read is
    not in it): one query for a packet of hundreds of records, not one per record."""
    found: dict[int, dict[int, int]] = {}
    for row in vault.db.query("SELECT document_id, page, rotation FROM page_text WHERE "
                              "source = 'ocr'"):
        found.setdefault(int(row["document_id"]), {})[int(row["page"])] = (
            int(row["rotation"] or 0) % 360)
    return found


def page_turns(vault: Vault, doc: Document,
               rotations: dict[int, int] | None = None) -> dict[int, int]:
    """The turn of every page that needs one (pages left out stand as the file shows them).

    OCR reads each page as it is shown (a PDF page rendered with its /Rotate and the placement
    of its picture, an image after its EXIF orientation), so the turn it found is the page's.
    ``rotations``: the record's ``ocr_rotations``, when they were read already.
    """
    found = ocr_rotations(vault, doc.id) if rotations is None else rotations
    turns = {**found, **hand_turns(doc)}
    return {page: turn for page, turn in turns.items() if turn in TURNS and turn}


def page_turn(vault: Vault, doc: Document, page: int) -> int:
    return page_turns(vault, doc).get(page, 0)


def current_turns(vault: Vault, doc_id: int) -> dict[int, int]:
    """The turns of a record as now stored (a record held by a screen may predate a turn)."""
    return page_turns(vault, vault.documents.get(doc_id))


def turned_pdf_bytes(path: Path, turns: dict[int, int]) -> bytes:
    """The PDF with its pages turned for showing: the file's own bytes, followed by an
    incremental update that sets the turned pages' /Rotate (the stored file is not touched)."""
    from pypdf import PdfWriter

    writer = PdfWriter(path, incremental=True)
    for page, turn in turns.items():
        if 0 <= page < len(writer.pages) and turn % 360:
            writer.pages[page].rotate((-turn) % 360)  # /Rotate turns clockwise
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
