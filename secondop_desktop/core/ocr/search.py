"""Full-text search over every page's text (PDF text layer and OCR alike), with SQLite FTS5.

Results are ranked by bm25, one per record (its best page), with a snippet around the match.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

SNIPPET_WORDS = 12
LIMIT = 200
BATCH = 500  # ranked pages fetched at a time
MIN_PREFIX = 2  # the shortest last word searched as a prefix (the index keeps 2-4)


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str
    page: int  # 1-based, as the preview and the patient count pages
    snippet: str

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "page": self.page, "snippet": self.snippet}


def match_query(words: str) -> str | None:
    """FTS5 query for what the patient typed: every word must occur; the last may be a prefix
    (so results come as one types). Quotes keep FTS syntax characters literal."""
    tokens = re.findall(r"\w+", words, re.UNICODE)
    if tokens and len(tokens[-1]) < MIN_PREFIX:
        # "potassium r": a one-letter prefix walks every indexed word starting with it (seconds
        # over 10,000 records); the next letter narrows it, so search the words before it.
        tokens.pop()
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
    best: dict[int, tuple[int, int, str]] = {}  # document -> its best page (rowid, page, title)
    offset = 0
    # FTS5 ranks alone (its fast path); records are looked up for the best pages only, and
    # snippets made for the pages shown: a common word matches thousands of pages.
    while len(best) < limit:
        rowids = [r[0] for r in conn.execute(
            "SELECT rowid FROM page_search WHERE page_search MATCH ? ORDER BY rank "
            "LIMIT ? OFFSET ?", (query, BATCH, offset))]
        if not rowids:
            break
        offset += len(rowids)
        marks = ", ".join("?" * len(rowids))
        pages = {r[0]: r[1:] for r in conn.execute(
            "SELECT p.id, p.document_id, p.page, d.title, d.trashed FROM page_text p "
            f"JOIN documents d ON d.id = p.document_id WHERE p.id IN ({marks})", rowids)}
        for rowid in rowids:
            doc_id, page, title, trashed = pages[rowid]
            if doc_id not in best and (include_trashed or not trashed):
                best[doc_id] = (rowid, page, title)
                if len(best) >= limit:
                    break
    if not best:
        return []
    shown = [rowid for rowid, _page, _title in best.values()]
    snippets = dict(conn.execute(
        f"SELECT rowid, snippet(page_search, 0, ?, ?, '…', {SNIPPET_WORDS}) FROM page_search "
        f"WHERE page_search MATCH ? AND rowid IN ({', '.join('?' * len(shown))})",
        (mark[0], mark[1], query, *shown)).fetchall())
    return [SearchHit(doc_id, title, page + 1, " ".join(snippets.get(rowid, "").split()))
            for doc_id, (rowid, page, title) in best.items()]


def matching_ids(conn: sqlite3.Connection, words: str) -> set[int]:
    """Every record with a page holding every word (unranked, no snippets: the list filter).

    Records the reading queue has not indexed yet (just imported, or reading is switched off)
    are found by the text layer their PDF had at import."""
    query = match_query(words)
    if query is None:
        return set()
    # The matching pages' rowids first, then their records by primary key: a third faster than
    # a join when a common word matches every page.
    found = {r[0] for r in conn.execute(
        "SELECT DISTINCT document_id FROM page_text WHERE id IN "
        "(SELECT rowid FROM page_search WHERE page_search MATCH ?)", (query,))}
    plain = words.casefold().split()
    unread = conn.execute("SELECT t.document_id, t.text FROM document_text t WHERE NOT EXISTS "
                          "(SELECT 1 FROM page_text p WHERE p.document_id = t.document_id)")
    return found | {doc_id for doc_id, text in unread if all(w in text.casefold() for w in plain)}
