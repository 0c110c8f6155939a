"""Reading back a generated PDF: page texts, bookmarks, table-of-contents rows (pdfium)."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2


def page_texts(path: Path) -> list[str]:
    doc = pypdfium2.PdfDocument(str(path))
    try:
        texts = []
        for page in doc:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return texts
    finally:
        doc.close()


def outline(path: Path) -> list[tuple[str, int, int]]:
    """(title, 1-based page, level) of every bookmark."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    found: list[tuple[str, int, int]] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1, level))

    walk(reader.outline, 0)
    return found


def toc_rows(texts: list[str]) -> list[tuple[str, int]]:
    """(title, page) rows of the contents pages."""
    rows = []
    for text in texts:
        if not text.startswith("Contents"):
            continue
        for line in text.splitlines()[1:]:
            match = re.fullmatch(r"(.+?)(?: \d{4}-\d{2}-\d{2})? (\d+)", line.strip())
            if match and "page" not in line:
                rows.append((match.group(1), int(match.group(2))))
    return rows
