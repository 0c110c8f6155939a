"""Every page of a stored record as a small picture, one at a time, for a worker thread.

Only ``QImage``s are made (safe off the GUI thread); the GUI thread turns them into icons.
PDF pages render in QtPdf, the frames of a multi-page TIFF (or any picture) through Pillow.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from .thumbnails import framed, pil_to_qimage


def render_pages(path: Path, fmt: str, px: int) -> Iterator[QImage]:
    """Each page in order, framed on a ``px`` square. Stops early where the file cannot be read
    (``OSError``/``ValueError`` from the reader, which the caller decides about)."""
    pages = _pdf_pages(path, px) if fmt == "pdf" else _picture_frames(path, px)
    for image in pages:
        yield framed(image, px)


def _pdf_pages(path: Path, px: int) -> Iterator[QImage]:
    from PySide6.QtPdf import QPdfDocument

    pdf = QPdfDocument()  # made, used and dropped in the worker thread
    try:
        if pdf.load(str(path)) != QPdfDocument.Error.None_:
            return
        for page in range(pdf.pageCount()):
            size = pdf.pagePointSize(page).toSize().scaled(
                px, px, Qt.AspectRatioMode.KeepAspectRatio)
            yield pdf.render(page, size)
    finally:
        pdf.close()


def _picture_frames(path: Path, px: int) -> Iterator[QImage]:
    from PIL import Image, ImageOps, ImageSequence

    from ...core.formats import image as _register_heif  # noqa: F401 - registers HEIC

    with Image.open(path) as opened:
        for frame in ImageSequence.Iterator(opened):
            picture = ImageOps.exif_transpose(frame)
            picture.thumbnail((px, px))
            yield pil_to_qimage(picture.convert("RGB"))
