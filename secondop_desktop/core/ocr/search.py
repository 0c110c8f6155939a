"""Full-text search over every page's text (PDF text layer and OCR alike), with SQLite FTS5.

Results are ranked by bm25, one per record (its best page), with a snippet around the match.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

SNIPPET_WORDS = 12
LIMIT = 200


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str
    page: int  # 1-based, as the preview and the patient count pages
    snippet: str

    def as_json(self) -> dict:
        return {"id": self.id, "title": self.title, "page": self.page, "snippet": self.snippet}


def match_query(words: str) -> str | None:
    """FTS5 query for what the patient typed: every word must occur; the last may be a prefix
    (so results come as one types). Quotes keep FTS syntax characters literal."""
    tokens = re.findall(r"\w+", words, re.UNICODE)
    if not tokens:
        return None
    quoted = [f'"{t}"' for t in tokens]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(conn: sqlite3.Connection, words: str, mark: tuple[str, str] = ("[", "]"),
           limit: int = LIMIT, include_trashed: bool = False) -> list[SearchHit]:
    """Records whose pages contain every word, best first."""
    query = match_query(words)
    if query is None:
        return []
    trash = "" if include_trashed else "AND d.trashed = 0"
    rows = conn.execute(
        "SELECT p.document_id, p.page, d.title, "
        f"snippet(page_search, 0, ?, ?, '…', {SNIPPET_WORDS}) AS snip "
        "FROM page_search JOIN page_text p ON p.id = page_search.rowid "
        "JOIN documents d ON d.id = p.document_id "
        f"WHERE page_search MATCH ? {trash} ORDER BY bm25(page_search), p.page LIMIT ?",
        (mark[0], mark[1], query, limit * 4),
    ).fetchall()
    hits: dict[int, SearchHit] = {}
    for row in rows:
        if row[0] not in hits:
            hits[row[0]] = SearchHit(row[0], row[2], row[1] + 1, " ".join(row[3].split()))
    return list(hits.values())[:limit]
