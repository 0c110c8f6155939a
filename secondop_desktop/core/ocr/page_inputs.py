"""What each page of a stored record gives the reader: its text layer, or an image to read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps
from pypdf import PageObject

# Formats whose pages are read: images always, PDFs where a page has no text layer.
READABLE_FORMATS = ("pdf", "jpeg", "png", "tiff", "heic")
# A page with less text than this is taken for a scan (a page number or a stamp is no text layer).
MIN_PDF_TEXT = 25
DEFAULT_DPI = 300


@dataclass
class PageInput:
    page: int  # 0-based
    text: str | None = None  # the PDF's own text layer, when it has one
    image: Image.Image | None = None  # else the picture to read, upright as shown
    dpi: int = DEFAULT_DPI


def page_inputs(path: Path, fmt: str, pages: set[int] | None = None) -> Iterator[PageInput]:
    """The pages of one record (only ``pages`` when given), in order."""
    if fmt == "pdf":
        yield from _pdf_pages(path, pages)
    elif fmt in READABLE_FORMATS:
        yield from _image_frames(path, fmt, pages)


def _pdf_pages(path: Path, wanted: set[int] | None) -> Iterator[PageInput]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    for index, page in enumerate(reader.pages):
        if wanted is not None and index not in wanted:
            continue
        text = (page.extract_text() or "").strip()
        if len(text) >= MIN_PDF_TEXT:
            yield PageInput(index, text=text)
            continue
        image, dpi = _largest_image(page)
        yield PageInput(index, text=text if image is None else None, image=image, dpi=dpi)


def _largest_image(page: PageObject) -> tuple[Image.Image | None, int]:
    """A scanned PDF page is one picture; take the biggest one on the page."""
    best: Image.Image | None = None
    for item in page.images:
        img = item.image
        if img is None:
            continue
        if best is None or img.width * img.height > best.width * best.height:
            best = img
    if best is None:
        return None, DEFAULT_DPI
    width_inches = float(page.mediabox.width) / 72 or 8.27
    return best, max(72, min(1200, round(best.width / width_inches)))


def _image_frames(path: Path, fmt: str, wanted: set[int] | None) -> Iterator[PageInput]:
    if fmt == "heic":
        try:
            from pi_heif import register_heif_opener
        except ImportError:  # the app's HEIC support is missing; nothing more to read here
            return
        register_heif_opener()
    with Image.open(path) as img:
        count = getattr(img, "n_frames", 1) if fmt == "tiff" else 1
        for index in range(count):
            if wanted is not None and index not in wanted:
                continue
            img.seek(index)
            dpi = img.info.get("dpi", (DEFAULT_DPI,))[0]
            try:
                dpi = round(float(dpi))
            except (TypeError, ValueError):
                dpi = DEFAULT_DPI
            upright = ImageOps.exif_transpose(img)
            upright.load()
            yield PageInput(index, image=upright, dpi=dpi if 70 <= dpi <= 1200 else DEFAULT_DPI)
