"""Per-page text and word boxes in the vault (table page_text; the FTS index follows by trigger)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from .engine import PageRead, Word


@dataclass
class PageText:
    document_id: int
    page: int
    source: str  # pdf | ocr | none
    text: str
    words: list[Word]
    width: int
    height: int
    rotation: int


def save_page(conn: sqlite3.Connection, document_id: int, page: int, source: str,
              read: PageRead) -> None:
    """Replace what is known of one page (the caller holds the transaction)."""
    conn.execute("DELETE FROM page_text WHERE document_id = ? AND page = ?", (document_id, page))
    conn.execute(
        "INSERT INTO page_text (document_id, page, source, text, words, width, height, rotation) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (document_id, page, source, _storable(read.text),
         json.dumps([w.as_list() for w in read.words], ensure_ascii=False),
         read.width, read.height, read.rotation),
    )


def pages_done(conn: sqlite3.Connection, document_id: int) -> set[int]:
    rows = conn.execute("SELECT page FROM page_text WHERE document_id = ?", (document_id,))
    return {r[0] for r in rows}


def page_text(conn: sqlite3.Connection, document_id: int, page: int) -> PageText | None:
    row = conn.execute("SELECT * FROM page_text WHERE document_id = ? AND page = ?",
                       (document_id, page)).fetchone()
    return from_row(row) if row else None


def document_pages(conn: sqlite3.Connection, document_id: int) -> list[PageText]:
    rows = conn.execute("SELECT * FROM page_text WHERE document_id = ? ORDER BY page",
                        (document_id,))
    return [from_row(r) for r in rows]


def document_text(conn: sqlite3.Connection, document_id: int) -> str:
    return "\n\f".join(p.text for p in document_pages(conn, document_id))


def from_row(row: sqlite3.Row) -> PageText:
    words = [Word(str(w[4]), (int(w[0]), int(w[1]), int(w[2]), int(w[3])))
             for w in json.loads(row["words"] or "[]")]
    return PageText(row["document_id"], row["page"], row["source"], row["text"], words,
                    row["width"], row["height"], row["rotation"])


def _storable(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")
