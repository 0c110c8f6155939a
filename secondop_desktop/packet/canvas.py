"""A flowing page canvas on QPdfWriter: headings, paragraphs and tables in points, page breaks.

Every generated packet page is drawn with this, so they share one look: margins that leave the
bottom band free for the packet's stamp, one type scale and one palette.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
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

HEADER_POINTS = 9.0
SMALLEST_HEADER = 6.5  # smaller than this, a header is no longer read at a glance
_SPARE = 0.5  # points a fitting word keeps, so that rounding never wraps it

WRAP = Qt.TextFlag.TextWordWrap
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
# WRAP | alignment, made once per alignment: or-ing Qt's flags is Python code, and a packet draws
# thousands of texts (the stamp of every page).
_WRAPPED: dict[object, object] = {LEFT: WRAP | LEFT}
_WORD = re.compile(r"\S+")


def _wrapped(align):
    """Qt's flags, combined once per alignment (combining them is slow in PySide)."""
    flags = _WRAPPED.get(align)
    if flags is None:
        flags = _WRAPPED[align] = WRAP | align
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
    def _metrics(self, f: QFont) -> QFontMetricsF:
        return QFontMetricsF(f, self.writer)

    def _breakable(self, text: str, f: QFont, width: float) -> str:
        """``text`` with each word wider than the box cut into pieces that fit, one a line (a
        URL, "2026-10-08" in a narrow column), rather than cut off at the box's edge; every
        other word stays whole, as Qt's word wrap keeps it."""
        metrics, room = self._metrics(f), width * self.k
        if max((metrics.horizontalAdvance(w) for w in text.split()), default=0.0) <= room:
            return text

        def pieces(match: re.Match[str]) -> str:
            word, lines, line = match.group(0), [], ""
            if metrics.horizontalAdvance(word) <= room:
                return word
            for char in word:
                if line and metrics.horizontalAdvance(line + char) > room:
                    lines.append(line)
                    line = ""
                line += char
            return "\n".join([*lines, line])

        return _WORD.sub(pieces, text)

    def word_width(self, text: str, f: QFont) -> float:
        """The width of the widest word of ``text``: a column narrower breaks it inside."""
        metrics = self._metrics(f)
        return max((metrics.horizontalAdvance(w) for w in text.split()), default=0.0) / self.k

    def measure(self, text: str, f: QFont, width: float) -> float:
        metrics = self._metrics(f)
        if text.isprintable() and metrics.horizontalAdvance(text) < width * self.k:
            return metrics.height() / self.k  # one line (no break, no tab): a line's height
        rect = metrics.boundingRect(QRectF(0, 0, width * self.k, 1e7), _wrapped(LEFT),
                                    self._breakable(text, f, width))
        return rect.height() / self.k

    def text_at(self, x: float, y: float, width: float, text: str, f: QFont,
                color: QColor = INK, align=LEFT, height: float | None = None) -> float:
        """Draw wrapped text with its top at ``y``; returns its height (``height``: as
        ``measure`` gave it already)."""
        if height is None:
            height = self.measure(text, f, width)
        self.painter.setFont(f)
        self.painter.setPen(color)
        self.painter.drawText(self.r(x, y, width, height + 1), _wrapped(align),
                              self._breakable(text, f, width))
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
        titles = [c.title for c in columns]
        aligns = [RIGHT if c.align_right else LEFT for c in columns]
        widths, head = self.fit_columns(titles, [c.share * self.text_width for c in columns],
                                        rows, body, pad)
        self.ensure(60)
        self.header_row(titles, widths, head, aligns, pad)
        for row in rows:
            cells = [(str(cell), self.measure(str(cell), body, w - 2 * pad))
                     for cell, w in zip(row, widths, strict=True)]
            height = max(tall for _text, tall in cells) + 2 * pad
            if self.y + height > self.bottom:
                self.new_page()
                self.header_row(titles, widths, head, aligns, pad)
            x = self.left
            for (text, tall), align, width in zip(cells, aligns, widths, strict=True):
                self.text_at(x + pad, self.y + pad, width - 2 * pad, text, body, INK, align,
                             tall)
                x += width
            self.y += height
            self.line(self.left, self.y, self.left + self.text_width, self.y)
        self.y += 12

    def header_row(self, titles: Sequence[str], widths: Sequence[float], f: QFont,
                   aligns: Sequence[object], pad: float, color: QColor = MUTED) -> None:
        """A table's tinted header row at ``y``; ``widths`` from fit_columns, so that no word
        of a title breaks."""
        height = max(self.measure(t, f, w - 2 * pad) for t, w in zip(titles, widths, strict=True))
        self.box(self.left, self.y, sum(widths), height + 2 * pad, TINT)
        x = self.left
        for title, width, align in zip(titles, widths, aligns, strict=True):
            self.text_at(x + pad, self.y + pad, width - 2 * pad, title, f, color, align)
            x += width
        self.y += height + 2 * pad

    def fit_columns(self, titles: Sequence[str], widths: Sequence[float],
                    rows: Iterable[Sequence[object]], body: QFont, pad: float
                    ) -> tuple[list[float], QFont]:
        """Column widths in which every word of every title fits whole ("Intensidad" is never
        "Intensi|dad"), and so does every word of the cells where there is room for it; the
        room is taken from the columns with the most to spare, the overall width kept. Only a
        header that cannot fit at all is set a little smaller; a cell's word wider than any
        room left (a URL) still breaks. Returns the widths and the header's font."""
        size = HEADER_POINTS
        while True:
            head = font(size, bold=True)
            floors = [self.word_width(t, head) + 2 * pad + _SPARE for t in titles]
            if sum(floors) <= sum(widths) or size <= SMALLEST_HEADER:
                break
            size -= 0.5
        cells = [0.0] * len(titles)
        for row in rows:
            for i, cell in enumerate(row):
                cells[i] = max(cells[i], self.word_width(str(cell), body))
        needs = [max(floor, cell + 2 * pad + _SPARE) for floor, cell in zip(floors, cells,
                                                                              strict=True)]
        while sum(needs) > sum(widths):
            # The column whose longest word asks the most gives it up: that word breaks.
            widest = max(range(len(needs)), key=lambda i: needs[i] - floors[i])
            if needs[widest] == floors[widest]:
                break
            needs[widest] = floors[widest]
        return _give_room(list(widths), needs), head


def _give_room(widths: list[float], needs: list[float]) -> list[float]:
    """Each column at least its need, the room taken from the columns with the most to spare
    beyond theirs, the widest text column first, down to one level (a date column with little
    to spare keeps "08/09/2026 18:00" on one line); the total stays as it was."""
    total = sum(widths)
    grown = [max(w, n) for w, n in zip(widths, needs, strict=True)]
    excess = sum(grown) - total
    if excess <= 0:
        return grown
    spare = sorted((g - n for g, n in zip(grown, needs, strict=True)), reverse=True)
    if sum(spare) < excess:  # not even the titles fit: shared out, some word breaks
        return [n * total / sum(needs) for n in needs]
    # The level every column with more to spare comes down to: the top ``count`` spares,
    # less ``excess``, shared equally among them, and no lower than the next spare.
    for count in range(1, len(spare) + 1):
        level = (sum(spare[:count]) - excess) / count
        if count == len(spare) or level >= spare[count]:
            break
    return [n + min(g - n, level) for g, n in zip(grown, needs, strict=True)]


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
