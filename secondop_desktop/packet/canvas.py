"""A flowing page canvas on QPdfWriter: headings, paragraphs and tables in points, page breaks.

Every generated packet page is drawn with this, so they share one look: margins that leave the
bottom band free for the packet's stamp, one type scale and one palette.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

RESOLUTION = 720  # device units per inch: 10 per point, fine enough for hairlines
PAGE_SIZES = {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)}
MARGIN = 56.0
BOTTOM = 64.0  # the stamp sits in the lowest 30 points; keep well clear of it

INK = QColor("#1d2630")
MUTED = QColor("#5b6773")
ACCENT = QColor("#0f5e7a")
RULE = QColor("#cfd6dd")
TINT = QColor("#eef3f6")

WRAP = Qt.TextFlag.TextWordWrap
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
# WRAP | alignment, made once per alignment: or-ing Qt's flags is Python code, and a packet draws
# thousands of texts (the stamp of every page).
_WRAPPED: dict[object, object] = {(LEFT, WRAP): WRAP | LEFT}


def _wrapped(align, wrap=WRAP):
    """Qt's flags, combined once per kind (combining them is slow in PySide)."""
    flags = _WRAPPED.get((align, wrap))
    if flags is None:
        flags = _WRAPPED[align, wrap] = wrap | align
    return flags


def page_points(page_size: str) -> tuple[float, float]:
    return PAGE_SIZES.get(page_size, PAGE_SIZES["A4"])


def font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont("DejaVu Sans")
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPointSizeF(points)
    f.setBold(bold)
    f.setItalic(italic)
    # No ligatures: "fi" drawn as one glyph makes "Whitfield" unfindable in the packet's text.
    f.setFeature(QFont.Tag("liga"), 0)
    return f


@dataclass
class Column:
    title: str
    share: float  # of the text width
    align_right: bool = False


class Canvas:
    """Draws in points from the top-left of the page; ``y`` is the flowing cursor."""

    def __init__(self, path: Path, size: tuple[float, float], title: str = "",
                 device: QIODevice | None = None) -> None:
        self.path = path
        # ``device``: pages kept in memory (the preview), written there instead of ``path``
        self.writer = QPdfWriter(device) if device is not None else QPdfWriter(str(path))
        self.writer.setResolution(RESOLUTION)
        self.writer.setCreator("SecondOp Desktop")
        self.writer.setTitle(title)
        self.k = RESOLUTION / 72.0
        self._set_size(size)
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise OSError(f"cannot write {path.name}")
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.pages = 1
        self.y = MARGIN
        self.fresh = True  # nothing drawn on this page yet

    def _set_size(self, size: tuple[float, float]) -> None:
        self.width, self.height = size
        layout = QPageLayout(QPageSize(QSizeF(*size), QPageSize.Unit.Point, "",
                                       QPageSize.SizeMatchPolicy.ExactMatch),
                             QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        self.writer.setPageLayout(layout)

    # -- geometry --------------------------------------------------------------------------------
    @property
    def left(self) -> float:
        return MARGIN

    @property
    def text_width(self) -> float:
        return self.width - 2 * MARGIN

    @property
    def bottom(self) -> float:
        return self.height - BOTTOM

    def r(self, x: float, y: float, w: float, h: float) -> QRectF:
        k = self.k
        return QRectF(x * k, y * k, w * k, h * k)

    def new_page(self, size: tuple[float, float] | None = None) -> None:
        if size is not None and size != (self.width, self.height):
            self._set_size(size)
        self.writer.newPage()
        self.pages += 1
        self.y = MARGIN
        self.fresh = True

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom and not self.fresh:
            self.new_page()

    def finish(self) -> int:
        self.close()
        return self.pages

    def close(self) -> None:
        """End the painter if it is still painting. Qt kills the process when a QPdfWriter is
        destroyed mid-paint, so every path ends it: finish(), ``with``, and the collector."""
        painter = getattr(self, "painter", None)
        try:
            if painter is not None and painter.isActive():
                painter.end()
        except RuntimeError:  # Qt already deleted it (interpreter shutdown): nothing to end
            pass

    def __enter__(self) -> Canvas:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:  # drawing stopped by an exception: its frame drops the canvas
        self.close()

    # -- drawing ---------------------------------------------------------------------------------
    def _wrap(self, text: str, f: QFont, width: float, align):
        """Wrap at words; a word wider than the box ("2026-10-08" in a narrow column) breaks
        inside it rather than being cut off at the box's edge."""
        longest = max(text.split(), key=len, default="")
        if len(longest) > 6 and (QFontMetricsF(f, self.writer).horizontalAdvance(longest)
                                 > width * self.k):
            return _wrapped(align, Qt.TextFlag.TextWrapAnywhere)
        return _wrapped(align)

    def measure(self, text: str, f: QFont, width: float) -> float:
        metrics = QFontMetricsF(f, self.writer)
        if text.isprintable() and metrics.horizontalAdvance(text) < width * self.k:
            return metrics.height() / self.k  # one line (no break, no tab): a line's height
        rect = metrics.boundingRect(QRectF(0, 0, width * self.k, 1e7),
                                    self._wrap(text, f, width, LEFT), text)
        return rect.height() / self.k

    def text_at(self, x: float, y: float, width: float, text: str, f: QFont,
                color: QColor = INK, align=LEFT, height: float | None = None) -> float:
        """Draw wrapped text with its top at ``y``; returns its height (``height``: as
        ``measure`` gave it already)."""
        if height is None:
            height = self.measure(text, f, width)
        self.painter.setFont(f)
        self.painter.setPen(color)
        self.painter.drawText(self.r(x, y, width, height + 1),
                              self._wrap(text, f, width, align), text)
        self.fresh = False
        return height

    def text_line(self, x: float, y: float, width: float, text: str, f: QFont,
                  color: QColor = INK, align=LEFT) -> None:
        """Draw one line of text with its top at ``y``, never wrapped (a text already cut to
        fit, such as a stamp's): a text wider than ``width`` runs past it. Drawn at its
        baseline, which Qt does in two thirds of the time it takes to lay a text out in a box."""
        metrics = QFontMetricsF(f, self.writer)
        left = x * self.k
        if align & Qt.AlignmentFlag.AlignRight:
            left += width * self.k - metrics.horizontalAdvance(text)
        self.painter.setFont(f)
        self.painter.setPen(color)
        self.painter.drawText(QPointF(left, y * self.k + metrics.ascent()), text)
        self.fresh = False

    def line(self, x0: float, y0: float, x1: float, y1: float, color: QColor = RULE,
             width: float = 0.6) -> None:
        self.painter.setPen(QPen(color, width * self.k))
        self.painter.drawLine(QPointF(x0 * self.k, y0 * self.k), QPointF(x1 * self.k, y1 * self.k))

    def box(self, x: float, y: float, w: float, h: float, fill: QColor,
            border: QColor | None = None) -> None:
        self.painter.setPen(QPen(border, 0.6 * self.k) if border else Qt.PenStyle.NoPen)
        self.painter.setBrush(fill)
        self.painter.drawRect(self.r(x, y, w, h))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)

    def image(self, img: QImage, x: float, y: float, w: float, h: float) -> None:
        self.painter.drawImage(self.r(x, y, w, h), img)
        self.fresh = False

    # -- flowing blocks --------------------------------------------------------------------------
    def title(self, text: str, subtitle: str = "") -> None:
        """A page-opening heading with an accent rule under it."""
        self.ensure(80)
        self.y += self.text_at(self.left, self.y, self.text_width, text, font(20, bold=True),
                               ACCENT)
        if subtitle:
            self.y += 2 + self.text_at(self.left, self.y + 2, self.text_width, subtitle,
                                       font(10), MUTED)
        self.y += 8
        self.line(self.left, self.y, self.left + self.text_width, self.y, ACCENT, 1.2)
        self.y += 18

    def heading(self, text: str) -> None:
        self.ensure(60)  # never a heading alone at the foot of a page
        self.y += 6 + self.text_at(self.left, self.y + 6, self.text_width, text,
                                   font(12.5, bold=True), INK)
        self.y += 8

    def paragraph(self, text: str, f: QFont | None = None, color: QColor = INK,
                  indent: float = 0) -> None:
        f = f or font(10.5)
        height = self.measure(text, f, self.text_width - indent)
        self.ensure(height)
        self.y += self.text_at(self.left + indent, self.y, self.text_width - indent, text, f,
                               color) + 6

    def fields(self, pairs: Sequence[tuple[str, str]], label_width: float = 130) -> None:
        """Label / value rows, for details such as the appointment; each row as tall as the
        taller of the two (a long label wraps, in German above all)."""
        f = font(10.5)
        for label, value in pairs:
            if not value:
                continue
            height = max(self.measure(value, f, self.text_width - label_width),
                         self.measure(label, f, label_width - 8))
            self.ensure(height + 4)
            self.text_at(self.left, self.y, label_width - 8, label, f, MUTED)
            self.text_at(self.left + label_width, self.y, self.text_width - label_width, value, f)
            self.y += height + 5

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]],
              empty: str = "") -> None:
        """A table with wrapping cells; the header repeats on every page it spans."""
        if not rows:
            if empty:
                self.paragraph(empty, font(10.5, italic=True), MUTED)
            return
        pad, body = 4.0, font(9.5)
        widths = [c.share * self.text_width for c in columns]

        def header() -> None:
            f = font(9, bold=True)
            height = max(self.measure(c.title, f, w - 2 * pad)
                         for c, w in zip(columns, widths, strict=True))
            self.box(self.left, self.y, self.text_width, height + 2 * pad, TINT)
            x = self.left
            for column, width in zip(columns, widths, strict=True):
                self.text_at(x + pad, self.y + pad, width - 2 * pad, column.title, f, MUTED,
                             RIGHT if column.align_right else LEFT)
                x += width
            self.y += height + 2 * pad

        self.ensure(60)
        header()
        for row in rows:
            cells = [(str(cell), self.measure(str(cell), body, w - 2 * pad))
                     for cell, w in zip(row, widths, strict=True)]
            height = max(tall for _text, tall in cells) + 2 * pad
            if self.y + height > self.bottom:
                self.new_page()
                header()
            x = self.left
            for (text, tall), column, width in zip(cells, columns, widths, strict=True):
                self.text_at(x + pad, self.y + pad, width - 2 * pad, text, body, INK,
                             RIGHT if column.align_right else LEFT, tall)
                x += width
            self.y += height
            self.line(self.left, self.y, self.left + self.text_width, self.y)
        self.y += 12


def write_drawn_pdf(out: Path, page_size: str, title: str, draw: Callable[[Canvas], None],
                    refused: Callable[[str], Exception]) -> int:
    """Draw a generated document (a call sheet, a letter, a checklist) into a new PDF at
    ``out``, under a temp name, then renamed; returns its page count. A disk that will not take
    it raises ``refused(reason)``."""
    from ..core.atomic import write_atomically

    def write(path: Path) -> int:
        canvas = Canvas(path, page_points(page_size), title)
        draw(canvas)
        return canvas.finish()

    try:
        return write_atomically(Path(out), write)
    except OSError as exc:
        raise refused(str(exc.strerror or exc)) from exc
