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


def text_runs(path: Path, index: int) -> tuple[tuple[float, float], list[tuple[str, tuple]]]:
    """The page's size and its runs of text: (text, (left, bottom, right, top)) in points, a
    run being characters in reading order that follow each other on one line."""
    doc = pypdfium2.PdfDocument(str(path))
    try:
        page = doc[index]
        textpage = page.get_textpage()
        runs: list[list] = []
        for n in range(textpage.count_chars()):
            char = textpage.get_text_range(n, 1)
            left, bottom, right, top = textpage.get_charbox(n)
            if not char.strip() or right - left <= 0:
                if runs and not runs[-1][0].endswith(" "):
                    runs[-1][0] += " "
                continue
            if runs:
                text, (l0, b0, r0, t0) = runs[-1]
                height = max(t0 - b0, top - bottom)
                same_line = min(t0, top) - max(b0, bottom) > 0.3 * min(t0 - b0, top - bottom)
                if same_line and -0.5 * height < left - r0 < 1.5 * height:
                    runs[-1] = [text + char, (l0, min(b0, bottom), right, max(t0, top))]
                    continue
            runs.append([char, (left, bottom, right, top)])
        size = page.get_size()
        textpage.close()
        page.close()
        return size, [(text.strip(), box) for text, box in runs]
    finally:
        doc.close()


def overprinted(runs: list[tuple[str, tuple]], slack: float = 0.5) -> list[tuple[str, str]]:
    """Pairs of runs whose boxes overlap: one line printed over another."""
    found = []
    for i, (text_a, (l0, b0, r0, t0)) in enumerate(runs):
        for text_b, (l1, b1, r1, t1) in runs[i + 1:]:
            if min(r0, r1) - max(l0, l1) > slack and min(t0, t1) - max(b0, b1) > slack:
                found.append((text_a, text_b))
    return found
