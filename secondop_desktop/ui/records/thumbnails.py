"""First-page thumbnails: made off the GUI thread, cached in the vault, asked for only when painted.

The cache holds the page as its file shows it; the page's turn (by hand or from OCR, read from the
vault in the same background task) is applied on the way out, so a turn never makes it stale.

The worker builds ``QImage``s only (they are safe off the GUI thread); the GUI thread turns them
into icons. PDFs go through QtPdf, images through QImageReader at the scaled size (a 40-megapixel
scan is never decoded whole), DICOM through the core's windowed preview.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QImage,
    QImageReader,
    QImageWriter,
    QPainter,
    QPen,
    QPixmap,
    QTransform,
)

from ...core.documents import Document
from ...core.errors import SecondOpError
from ...core.turns import current_turns
from ...core.vault import Vault
from ..operations import QueryOp, Task, TaskContext
from ..services import Services

log = logging.getLogger(__name__)

THUMB_PX = 192  # cached size; the list and the grid scale it down
BATCH = 24  # thumbnails per background task: enough to fill a screen, small enough to stay fresh


def pil_to_qimage(image) -> QImage:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return QImage.fromData(buffer.getvalue())  # the format is read from the data


def _render_pdf(path: Path | bytes, px: int) -> QImage:
    """The first page of a PDF file, or of PDF bytes (a clinical document's own pages)."""
    from PySide6.QtPdf import QPdfDocument

    pdf = QPdfDocument()  # created here, in the worker thread that uses and drops it
    buffer = None
    if isinstance(path, bytes):
        buffer = QBuffer(pdf)  # a child: it outlives the document's last read of it
        buffer.setData(path)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        if buffer is not None:
            pdf.load(buffer)  # a random-access device loads at once
        elif pdf.load(str(path)) != QPdfDocument.Error.None_:
            return QImage()
        if pdf.pageCount() < 1:
            return QImage()
        points = pdf.pagePointSize(0)
        size = points.toSize().scaled(px, px, Qt.AspectRatioMode.KeepAspectRatio)
        return pdf.render(0, size)
    finally:
        pdf.close()


def _read_image(path: Path, px: int) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # EXIF orientation
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(px, px, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():  # HEIC and odd TIFFs: Pillow (with pillow-heif) reads them
        from PIL import Image, ImageOps

        from ...core.formats import image as _register_heif  # noqa: F401 - registers HEIC

        with Image.open(path) as opened:
            pil = ImageOps.exif_transpose(opened)
            pil.thumbnail((px, px))
            image = pil_to_qimage(pil.convert("RGB"))
    return image


def render_page_image(path: Path, fmt: str, px: int,
                      meta: dict[str, Any] | None = None) -> QImage:
    """The first page (or the image) of a stored file, at most ``px`` on its long side.
    ``meta``: the record's (which patient of a multi-patient FHIR file it is about)."""
    if fmt == "pdf":
        return _render_pdf(path, px)
    if fmt in ("ccda", "fhir"):  # our own pages of the document
        from ...packet.clinical_document import render_pdf_bytes

        return _render_pdf(render_pdf_bytes(path, fmt, meta=meta), px)
    if fmt == "dicom":
        from ...core.formats.dicom import preview_image

        return pil_to_qimage(preview_image(path, px))
    return _read_image(path, px)


def turned_image(image: QImage, turn: int) -> QImage:
    """The image turned ``turn`` degrees counter-clockwise (a page set upright)."""
    if not turn % 360 or image.isNull():
        return image
    return image.transformed(QTransform().rotate(-turn))  # Qt turns clockwise, y down


def framed(image: QImage, px: int) -> QImage:
    """The page centred on a square canvas with a thin border, so rows and grid cells line up."""
    canvas = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.GlobalColor.transparent)
    if image.isNull():
        return canvas
    scaled = image.scaled(px - 4, px - 4, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    x = (px - scaled.width()) // 2
    y = (px - scaled.height()) // 2
    painter = QPainter(canvas)
    # A page is white paper in any theme: a PDF page that paints no background of its own
    # renders transparent, and showed the dark list through it.
    painter.fillRect(x, y, scaled.width(), scaled.height(), Qt.GlobalColor.white)
    painter.drawImage(x, y, scaled)
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
    painter.drawRect(QRectF(x - 0.5, y - 0.5, scaled.width() + 1, scaled.height() + 1))
    painter.end()
    return canvas


def to_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(data.data())


def cached_thumbnail(vault: Vault, doc_id: int, px: int = THUMB_PX) -> QImage | None:
    rows = vault.db.query("SELECT png FROM thumbnails WHERE document_id = ? AND size = ?",
                          (doc_id, px))
    if not rows:
        return None
    image = QImage.fromData(bytes(rows[0]["png"]))
    return None if image.isNull() else on_paper(image)


def on_paper(image: QImage) -> QImage:
    """A thumbnail cached before pages were put on white paper: white under its page (the
    frame's drawn rectangle, the only part that is not fully transparent)."""
    # The page is centred: its edges are where the middle row and column stop being clear
    # (a scan of two lines of pixels, safe on a worker thread, unlike a QBitmap).
    row, column = image.height() // 2, image.width() // 2
    xs = [x for x in range(image.width()) if image.pixelColor(x, row).alpha()]
    ys = [y for y in range(image.height()) if image.pixelColor(column, y).alpha()]
    if not xs or not ys:
        return image  # nothing drawn
    page = QRect(xs[0], ys[0], xs[-1] - xs[0] + 1, ys[-1] - ys[0] + 1)
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(page, Qt.GlobalColor.white)
    painter.end()
    return image


def make_thumbnail(vault: Vault, doc: Document, px: int = THUMB_PX,
                   turn: int | None = None) -> QImage:
    """The thumbnail, turned as its first page is shown (``turn``, else as the vault says).
    A null image when it cannot be made."""
    if turn is None:
        turn = first_page_turn(vault, doc)
    return turned_image(_framed_page(vault, doc, px), turn)


def first_page_turn(vault: Vault, doc: Document) -> int:
    try:
        return current_turns(vault, doc.id).get(0, 0)
    except SecondOpError:  # gone meanwhile: as it is
        return 0


def _framed_page(vault: Vault, doc: Document, px: int) -> QImage:
    """The cached thumbnail, or render, frame and cache it."""
    cached = cached_thumbnail(vault, doc.id, px)
    if cached is not None:
        return cached
    try:
        page = render_page_image(vault.documents.readable_path(doc), doc.format, px, doc.meta)
    except (OSError, ValueError, SecondOpError):  # missing or unreadable: the kind icon instead
        return QImage()
    except Exception:  # noqa: BLE001 - our bug: logged, and the row keeps its kind icon
        log.exception("Thumbnail of record %s (%s) failed", doc.id, doc.format)
        return QImage()
    if page.isNull():
        return QImage()
    image = framed(page, px)
    with vault.db.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO thumbnails (document_id, size, png) VALUES (?, ?, ?)",
                     (doc.id, px, to_png(image)))
    return image


class Thumbnailer(QObject):
    """Hands out icons; documents without one yet are queued and ``ready(doc_id)`` follows."""

    ready = Signal(int)

    def __init__(self, vault: Vault, services: Services, fallback: QIcon | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.services = services
        self.fallback = fallback or QIcon()
        self._icons: dict[int, QIcon] = {}
        self._turns: dict[int, tuple[Document, int]] = {}  # the turn each icon shows
        self._queued: set[int] = set()
        self._pending: list[Document] = []
        self._tasks: list[Task] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)

    def icon(self, doc: Document) -> QIcon:
        icon = self._icons.get(doc.id)
        if icon is not None:
            return icon
        if doc.id not in self._queued:
            self._queued.add(doc.id)
            self._pending.append(doc)
            # Collect the rows painted in this pass into one batch.
            self._flush_timer.start(0)
        return self.fallback

    def has_icon(self, doc_id: int) -> bool:
        return doc_id in self._icons

    def flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[:BATCH], self._pending[BATCH:]
            self._start(batch)

    def _start(self, batch: Sequence[Document]) -> None:
        vault = self.vault

        def work(ctx: TaskContext) -> None:
            for done, doc in enumerate(batch, start=1):
                ctx.check_cancel()
                turn = first_page_turn(vault, doc)
                ctx.progress(done, len(batch), (doc, make_thumbnail(vault, doc, turn=turn), turn))

        op = QueryOp(self.services, None, work, views=True).with_progress(self._deliver)
        task = op.task

        def finished(_result: object) -> None:
            if task in self._tasks:
                self._tasks.remove(task)

        op.success(finished).failure(lambda _error: finished(None))
        op.run_in_background()
        if not task.done:
            self._tasks.append(task)

    def _deliver(self, _done: int, _total: int, payload: tuple[Document, QImage, int]) -> None:
        doc, image, turn = payload
        doc_id = doc.id
        self._turns[doc_id] = (doc, turn)
        if image.isNull():
            self._icons[doc_id] = self.fallback
        else:
            icon = QIcon(QPixmap.fromImage(image))
            # The page itself, not a highlight-tinted copy, when its row is selected.
            icon.addPixmap(QPixmap.fromImage(image), QIcon.Mode.Selected)
            self._icons[doc_id] = icon
        self.ready.emit(doc_id)

    def forget(self, doc_id: int) -> None:
        self._icons.pop(doc_id, None)
        self._turns.pop(doc_id, None)
        self._queued.discard(doc_id)

    def redo(self, doc_id: int) -> None:
        """Make the record's icon again (its page was turned)."""
        self.forget(doc_id)
        self.ready.emit(doc_id)  # the view asks for the icon again

    def recheck_turns(self) -> None:
        """Make again the icons whose first page now turns otherwise (OCR found its
        orientation); the turns are read in the background."""
        shown = dict(self._turns)
        vault = self.vault
        if not shown:
            return

        def work(_ctx: TaskContext) -> list[int]:
            # Only a first page OCR found turned, or one shown turned, can have changed: the
            # others are not looked at (a PDF would be opened for each).
            turned = {row[0] for row in vault.db.query(
                "SELECT document_id FROM page_text WHERE page = 0 AND source = 'ocr' "
                "AND rotation % 360 != 0")}
            return [doc_id for doc_id, (doc, turn) in shown.items()
                    if (turn or doc_id in turned) and first_page_turn(vault, doc) != turn]

        def changed(ids: list[int]) -> None:
            for doc_id in ids:
                self.redo(doc_id)

        QueryOp(self.services, None, work, changed, views=True).run_in_background()

    def stop(self) -> None:
        """Cancel queued work (before the vault closes)."""
        self._flush_timer.stop()
        self._pending.clear()
        for task in list(self._tasks):
            task.cancel()
        self.services.views.wait()


def icon_size(grid: bool) -> QSize:
    return QSize(132, 132) if grid else QSize(40, 40)
