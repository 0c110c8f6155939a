"""What each page of a stored record gives the reader: its text layer, or an image to read."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from .render import MAX_RENDER_PIXELS

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
    """A page with a text layer gives its text; any other is rendered as it is shown."""
    from .render import page_count, read_pdf_page

    for index in range(page_count(path)):
        if wanted is not None and index not in wanted:
            continue
        text, image, dpi = read_pdf_page(path, index, MIN_PDF_TEXT)
        if image is None:
            yield PageInput(index, text=text)
        else:
            yield PageInput(index, image=image, dpi=dpi)


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
            dpi = dpi if 70 <= dpi <= 1200 else DEFAULT_DPI
            reduced, dpi = _bounded(img, dpi)
            upright = (ImageOps.exif_transpose(reduced) if reduced is img else
                       _as_exif_says(img, reduced))
            yield PageInput(index, image=upright, dpi=dpi)


def _bounded(img: Image.Image, dpi: int) -> tuple[Image.Image, int]:
    """The frame in grey, reduced to at most MAX_RENDER_PIXELS: a huge scan (a 35,000 px fax)
    is read smaller, never left unread. A JPEG is decoded reduced straight away; other images
    are taken down in bands, so that the grey copy of the whole frame never exists."""
    factor = math.ceil((img.width * img.height / MAX_RENDER_PIXELS) ** 0.5)
    if factor <= 1:
        img.load()
        return img, dpi
    full_width = img.width
    if img.format == "JPEG":
        img.draft("L", (img.width // factor, img.height // factor))
        img.load()
        factor = math.ceil((img.width * img.height / MAX_RENDER_PIXELS) ** 0.5)
        if factor <= 1:
            return img, max(1, round(dpi * img.width / full_width))
    img.load()
    width, height = img.width // factor, img.height // factor
    out = Image.new("L", (max(1, width), max(1, height)), 255)
    band = factor * max(1, 4_000_000 // max(1, img.width * factor))  # rows per band
    for top in range(0, height * factor, band):
        rows = img.crop((0, top, width * factor, min(top + band, height * factor)))
        out.paste(rows.convert("L").reduce(factor), (0, top // factor))
    return out, max(1, round(dpi * out.width / full_width))


# EXIF orientation: the transpose that sets the picture upright (as ImageOps.exif_transpose).
_EXIF_TRANSPOSE = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
                   4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
                   6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
                   8: Image.Transpose.ROTATE_90}


def _as_exif_says(original: Image.Image, reduced: Image.Image) -> Image.Image:
    """The reduced copy turned as the original's EXIF orientation says."""
    method = _EXIF_TRANSPOSE.get(int(original.getexif().get(0x0112, 1) or 1))
    return reduced.transpose(method) if method is not None else reduced
