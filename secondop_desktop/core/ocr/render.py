"""A PDF page as a person sees it, rendered for reading: every filter (JBIG2, CCITT, JPX...),
masks, words drawn as curves, forms, the images' placement and the page's /Rotate; and the
page's own text, when it has a text layer, from the same parser.

Rendered with pdfium through pypdfium2 here in ``core`` rather than with Qt's PDF module handed
down from the GUI: ``secondop ocr`` and the core tests then read scans without Qt, and the queue
needs no renderer injected by each caller. The price is a second copy of pdfium in the bundle
(about 6 MB). pdfium is not thread-safe, so pages are rendered one at a time under a lock; a page
renders in a fraction of the time reading it takes, so the workers hardly wait.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PIL import Image

from ..errors import QT_TRANSLATE_NOOP

# OCR reads best at 300 dpi; a huge page (a 30-inch poster, a 35,000 px fax) is rendered smaller,
# so that no page takes more than MAX_RENDER_PIXELS bytes of grey (~30 MB) to read.
READ_DPI = 300
MAX_RENDER_PIXELS = 30_000_000
_PDFIUM = threading.Lock()
# A page that is one scanned picture is rendered at the picture's own resolution (as OCRmyPDF
# reads it), within these bounds: finer adds no detail, coarser loses Tesseract small print.
MIN_SCAN_DPI = 150
COVERS_PAGE = 0.5  # of the page's area: the picture is the page, not a logo on it


class RenderFailed(Exception):
    """pdfium could not open or draw the page; the reason is patient-facing."""


@contextmanager
def _document(path: Path) -> Iterator[Any]:
    """The PDF open in pdfium, under the lock (pdfium is not thread-safe), closed after."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError as exc:
            raise RenderFailed(QT_TRANSLATE_NOOP(
                "Reason", "the PDF cannot be opened to read it")) from exc
        try:
            yield pdf
        finally:
            pdf.close()


@contextmanager
def _page(path: Path, index: int) -> Iterator[Any]:
    with _document(path) as pdf:
        if not 0 <= index < len(pdf):
            raise RenderFailed(QT_TRANSLATE_NOOP("Reason", "the page is missing from the PDF"))
        pdf.init_forms()  # filled-in form fields are drawn, as viewers draw them
        page = pdf[index]
        try:
            yield page
        finally:
            page.close()


def page_count(path: Path) -> int:
    with _document(path) as pdf:
        return len(pdf)


def read_pdf_page(path: Path, index: int, min_text: int) -> tuple[str, Image.Image | None, int]:
    """Page ``index``'s own text when it has at least ``min_text`` characters of it, else the
    page rendered for reading (text, image, dpi). pdfium reads the file as it needs it, where
    pypdf would load the whole file for each page."""
    import pypdfium2 as pdfium

    with _page(path, index) as page:
        try:
            textpage = page.get_textpage()
            try:
                text = _plain_text(textpage.get_text_range())
            finally:
                textpage.close()
        except pdfium.PdfiumError:
            text = ""
    if len(text) >= min_text:
        return text, None, 0
    image, dpi = render_page(path, index)
    return text, image, dpi


def _plain_text(text: str) -> str:
    """pdfium's text as stored: lines end in \\n; its markers of soft hyphens and of
    characters it could not map are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c not in "\x00\x02\ufffe\ufffd").strip()


def render_page(path: Path, index: int, dpi: int = READ_DPI,
                max_pixels: int = MAX_RENDER_PIXELS, colour: bool = False
                ) -> tuple[Image.Image, int]:
    """Page ``index`` (0-based) of the PDF at ``path`` in grey (or ``colour``), upright as
    shown (its /Rotate applied), and the resolution it was rendered at (lower than ``dpi`` for
    a huge page)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with _page(path, index) as page:
        try:
            width, height = page.get_size()  # points, as shown (/Rotate applied)
            scale = min(dpi, _scan_dpi(page, width * height) or dpi) / 72
            pixels = max(1.0, width * scale) * max(1.0, height * scale)
            if pixels > max_pixels:
                scale *= (max_pixels / pixels) ** 0.5
            bitmap = page.render(scale=scale, may_draw_forms=True, force_bitmap_format=(
                pdfium_c.FPDFBitmap_BGR if colour else pdfium_c.FPDFBitmap_Gray))
            try:
                image = bitmap.to_pil().copy()  # its own pixels: the bitmap is freed
            finally:
                bitmap.close()
        except pdfium.PdfiumError as exc:
            raise RenderFailed(QT_TRANSLATE_NOOP(
                "Reason", "the page cannot be drawn (its data is damaged)")) from exc
    if image.mode != ("RGB" if colour else "L"):
        image = image.convert("RGB" if colour else "L")
    return image, max(1, round(scale * 72))


def _scan_dpi(page: Any, page_area: float) -> int | None:
    """The resolution of the picture that makes up the page (None: no such picture)."""
    import pypdfium2.raw as pdfium_c

    best: tuple[float, int] | None = None
    for item in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = item.get_bounds()
        area = (right - left) * (top - bottom)
        if area < COVERS_PAGE * page_area:
            continue
        pixels = max(item.get_px_size())
        points = max(right - left, top - bottom)
        if points > 0 and (best is None or area > best[0]):
            best = (area, round(pixels / points * 72))
    return max(MIN_SCAN_DPI, best[1]) if best else None
