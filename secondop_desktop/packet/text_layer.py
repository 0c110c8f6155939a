"""The invisible text layer of an OCR'd page, as OCRmyPDF makes it: the scan stays byte for byte,
and its words are laid under it in text render mode 3 (neither filled nor stroked), so that the
specialist can search and copy them and ``pdftotext`` reads them.

Word boxes are stored in pixels of the upright page (the scan may have been turned to be read);
one ``cm`` matrix takes them to where the image is drawn, so each word lands on its picture.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

from pypdf.generic import DictionaryObject

from ..core.ocr.store import PageText, from_row
from .images import compose, turned_into
from .pdfstream import StreamingPdfWriter, dictionary, fmt, name, numbers

if TYPE_CHECKING:
    from ..core.vault import Vault

FONT_NAME = "/SOOcr"
# Helvetica's mean advance is about half an em; Tz stretches each word to its box anyway.
MEAN_ADVANCE = 0.5
BASELINE = 0.2  # of the box height above its bottom: descenders hang below the baseline


def placement_matrix(page: PageText, rect: tuple[float, float, float, float], turn: int = 0
                     ) -> tuple[float, ...]:
    """The ``cm`` matrix from upright-page pixels (y down) to the picture's rectangle on the PDF
    page. The picture is shown turned ``turn`` degrees counter-clockwise from how its file
    shows it, and OCR turned it ``page.rotation`` to read it: the words turn by the difference."""
    to_unit = (1 / page.width, 0, 0, -1 / page.height, 0, 1)
    return compose(to_unit, turned_into((turn - page.rotation) % 360, *rect))


def operators(page: PageText, rect: tuple[float, float, float, float], turn: int = 0) -> bytes:
    """Content-stream operators drawing the page's words invisibly over ``rect``."""
    if not page.words or page.width <= 0 or page.height <= 0 or page.rotation not in (
            0, 90, 180, 270):
        return b""
    matrix = placement_matrix(page, rect, turn)
    parts = [f"q {' '.join(fmt(v) for v in matrix)} cm BT 3 Tr"]
    for word in page.words:
        x0, y0, x1, y1 = word.box
        size = max(1, y1 - y0)
        text = word.text + " "  # the space keeps words apart when the text is copied
        stretch = 100 * max(1, x1 - x0) / (MEAN_ADVANCE * size * len(text))
        # Text space is y up, the pixel space y down: flip it back per word.
        parts.append(f"{FONT_NAME} {size} Tf {fmt(stretch)} Tz 1 0 0 -1 {x0} "
                     f"{fmt(y1 - BASELINE * size)} Tm {_literal(text)} Tj")
    parts.append("ET Q")
    return "\n".join(parts).encode("latin-1")


def font_resources() -> DictionaryObject:
    """The /Font resources the operators name: Helvetica, one of the 14 every reader has."""
    return dictionary(**{FONT_NAME[1:]: dictionary(
        Type=name("Font"), Subtype=name("Type1"), BaseFont=name("Helvetica"),
        Encoding=name("WinAnsiEncoding"))})


def write_form(writer: StreamingPdfWriter, page: PageText,
               rect: tuple[float, float, float, float], page_size: tuple[float, float],
               outer: tuple[float, ...] | None = None, turn: int = 0) -> int | None:
    """The text layer as a form XObject (its own font resources), or None without words.

    ``outer``: a matrix from the space ``rect`` is in to the packet page (a copied PDF page).
    """
    ops = operators(page, rect, turn)
    if not ops:
        return None
    if outer is not None:
        ops = f"q {' '.join(fmt(v) for v in outer)} cm\n".encode() + ops + b"\nQ"
    header = dictionary(Type=name("XObject"), Subtype=name("Form"), BBox=numbers(0, 0, *page_size),
                        Resources=dictionary(Font=font_resources()), Filter=name("FlateDecode"))
    return writer.add_stream(header, zlib.compress(ops, 6))


def image_page_layer(writer: StreamingPdfWriter, vault: Vault, document_id: int, frame: int,
                     rect: tuple[float, float, float, float], page_size: tuple[float, float],
                     resources: dict[str, int], turn: int = 0) -> bytes:
    """The packet's hook for an image page: the operators that draw the text layer of one
    frame (shown turned ``turn``), with its form added to ``resources``; nothing for a page the
    queue has not read."""
    rows = vault.db.query("SELECT * FROM page_text WHERE document_id = ? AND page = ? AND "
                          "source = 'ocr'", (document_id, frame))
    return _place(writer, rows, rect, page_size, resources, None, turn)


def pdf_page_layer(writer: StreamingPdfWriter, vault: Vault, document_id: int, number: int,
                   box: tuple[float, float, float, float], matrix: tuple[float, ...],
                   page_size: tuple[float, float], resources: dict[str, int],
                   rotate: int = 0) -> bytes:
    """The hook for a copied PDF page that was read as a scan (no text layer of its own).
    OCR read the page rendered as shown: its visible ``box`` (x0, y0, x1, y1) turned by its
    /Rotate ``rotate`` (clockwise), so the words go back into the box turned the other way."""
    rows = vault.db.query("SELECT * FROM page_text WHERE document_id = ? AND page = ? AND "
                          "source = 'ocr'", (document_id, number))
    x0, y0, x1, y1 = box
    return _place(writer, rows, (x0, y0, x1 - x0, y1 - y0), page_size, resources, matrix,
                  rotate % 360)


def _place(writer: StreamingPdfWriter, rows: list, rect: tuple[float, float, float, float],
           page_size: tuple[float, float], resources: dict[str, int],
           outer: tuple[float, ...] | None, turn: int = 0) -> bytes:
    if not rows:
        return b""
    form = write_form(writer, from_row(rows[0]), rect, page_size, outer, turn)
    if form is None:
        return b""
    resources["/SOText"] = form
    return b" /SOText Do"


def _literal(text: str) -> str:
    data = text.encode("cp1252", "replace").decode("latin-1")
    return "(" + data.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
