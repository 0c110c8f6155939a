"""One lab test over time: its values as a line with markers, the reference range as a band.

Painted with a plain QPainter onto any surface (the Labs screen, the packet page), like the
symptom chart beside it: what the patient sees is what the specialist gets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..core.clinical import LabResult, LabTest, number_text
from ..core.lab_ranges import written_limits
from ..local_format import date_text, packet_locale
from ..translations import QT_TRANSLATE_NOOP, packet_text
from .symptom_chart import COLORS

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

BAND = QColor("#d9efe3")
AXIS = QColor("#5b6773")
OUTSIDE = QColor("#D55E00")
NOT_ENOUGH = QT_TRANSLATE_NOOP("LabTrends", "Fewer than two dated numeric results: no chart.")

Point = tuple[dt.datetime, LabResult]


@dataclass(frozen=True)
class LabChartInk:
    """The chart's colours: as printed (the default), or a screen's (a dark theme)."""

    axis: str = AXIS.name()
    band: str = BAND.name()
    line: str = COLORS[0]
    outside: str = OUTSIDE.name()


PRINTED = LabChartInk()


@dataclass(frozen=True)
class _Range:
    """The reference range of the latest result that gives each end (either may be open)."""

    low: float | None
    high: float | None

    @classmethod
    def of(cls, points: list[Point]) -> _Range:
        return cls(next((r.low for _t, r in reversed(points) if r.low is not None), None),
                   next((r.high for _t, r in reversed(points) if r.high is not None), None))

    @property
    def ends(self) -> list[float]:
        return [v for v in (self.low, self.high) if v is not None]

    def outside(self, value: float) -> bool:
        return (self.low is not None and value < self.low) or (
            self.high is not None and value > self.high)


@dataclass(frozen=True)
class _Layout:
    """Where the parts go: the plot inside ``rect`` (value labels to its left, the title above,
    the dates below) and the time and value each of its edges stands for."""

    rect: QRectF
    plot: QRectF
    label_width: float
    line_height: float
    scale: float
    start: dt.datetime
    end: dt.datetime
    span: float  # seconds from start to end, at least one
    bottom: float  # the lowest value (or the range's low end) less pad, a margin
    top: float
    pad: float

    @classmethod
    def of(cls, rect: QRectF, points: list[Point], limits: _Range, metrics: QFontMetricsF,
           scale: float) -> _Layout:
        values = [r.value for _t, r in points if r.value is not None]
        lowest = min(values + [v for v in (limits.low,) if v is not None])
        highest = max(values + [v for v in (limits.high,) if v is not None])
        pad = (highest - lowest) * 0.1 or abs(highest) * 0.1 or 1.0
        label_width = metrics.horizontalAdvance("00000.0") + 6 * scale
        plot = QRectF(rect.left() + label_width, rect.top() + metrics.height(),
                      rect.width() - label_width - 8 * scale,
                      rect.height() - 2.6 * metrics.height())
        start, end = points[0][0], points[-1][0]
        return cls(rect, plot, label_width, metrics.height(), scale, start, end,
                   max((end - start).total_seconds(), 1.0), lowest - pad, highest + pad, pad)

    def x_of(self, at: dt.datetime) -> float:
        return self.plot.left() + (at - self.start).total_seconds() / self.span \
            * self.plot.width()

    def y_of(self, value: float) -> float:
        return self.plot.bottom() - (value - self.bottom) / (self.top - self.bottom) \
            * self.plot.height()


def _when(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value[:16] if "T" in value else value[:10])
    except ValueError:
        return None


def _dated(test: LabTest) -> list[Point]:
    """The test's numeric results that have a date that can be read, oldest first."""
    return [(when, result) for result in test.numeric
            if (when := _when(result.date)) is not None]


def paint_lab_chart(painter: QPainter, rect: QRectF, test: LabTest, scale: float = 1.0,
                    ink: LabChartInk = PRINTED) -> None:
    """Draw ``test`` into ``rect`` (device units); ``scale`` is device units per point."""
    points = _dated(test)
    text_font = QFont("DejaVu Sans")
    text_font.setPointSizeF(8)
    painter.save()
    painter.setFont(text_font)
    metrics = QFontMetricsF(text_font, painter.device())
    if len(points) < 2:
        painter.setPen(QColor(ink.axis))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         translate("LabTrends", NOT_ENOUGH))
    else:
        limits = _Range.of(points)
        layout = _Layout.of(rect, points, limits, metrics, scale)
        _paint_band(painter, layout, limits, QColor(ink.band))
        _paint_axes(painter, layout, QColor(ink.axis))  # the labels are written in its pen
        _paint_value_labels(painter, layout, limits, points[-1][1])
        _paint_date_labels(painter, layout)
        _paint_title(painter, layout, test)
        _paint_series(painter, layout, points, limits, ink)
    painter.restore()


def _paint_band(painter: QPainter, layout: _Layout, limits: _Range, band: QColor) -> None:
    """The reference range across the plot; an open end reaches the plot's edge."""
    if limits.low is None and limits.high is None:
        return
    top = layout.y_of(limits.high if limits.high is not None else layout.top)
    bottom = layout.y_of(limits.low if limits.low is not None else layout.bottom)
    painter.fillRect(QRectF(layout.plot.left(), top, layout.plot.width(), bottom - top), band)


def _paint_axes(painter: QPainter, layout: _Layout, axis: QColor) -> None:
    painter.setPen(QPen(axis, 0.8 * layout.scale))
    painter.drawLine(layout.plot.bottomLeft(), layout.plot.bottomRight())
    painter.drawLine(layout.plot.bottomLeft(), layout.plot.topLeft())


def _written_ends(limits: _Range, latest: LabResult) -> dict[float, str]:
    """The range's ends as the laboratory wrote them (3.90, not 3.9), by value."""
    low_text, high_text = (latest.low_text, latest.high_text) if (
        latest.low_text or latest.high_text) else written_limits(latest.range_text) or ("", "")
    return {v: text for v, text in ((limits.low, low_text), (limits.high, high_text))
            if v is not None and text}


def _paint_value_labels(painter: QPainter, layout: _Layout, limits: _Range,
                        latest: LabResult) -> None:
    """Left of the plot: the lowest and the highest value, and the range's ends."""
    written = _written_ends(limits, latest)
    for value in {layout.bottom + layout.pad, layout.top - layout.pad, *limits.ends}:
        y = layout.y_of(value)
        painter.drawText(QRectF(layout.rect.left(), y - layout.line_height / 2,
                                layout.label_width - 4 * layout.scale, layout.line_height),
                         Qt.AlignmentFlag.AlignRight, written.get(value) or number_text(value))


def _paint_date_labels(painter: QPainter, layout: _Layout) -> None:
    """Below the plot: the first date at its left, the last at its right."""
    plot, locale = layout.plot, packet_locale()
    for at, align in ((layout.start, Qt.AlignmentFlag.AlignLeft),
                      (layout.end, Qt.AlignmentFlag.AlignRight)):
        painter.drawText(QRectF(plot.left(), plot.bottom() + 3 * layout.scale, plot.width(),
                                layout.line_height), align, date_text(at.date(), locale))


def _paint_title(painter: QPainter, layout: _Layout, test: LabTest) -> None:
    """Above the plot: the test's name, with its unit when all its results share one."""
    unit = test.units[0] if len(test.units) == 1 else ""
    rect = layout.rect
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), layout.line_height),
                     Qt.AlignmentFlag.AlignLeft, f"{test.test}" + (f" ({unit})" if unit else ""))


def _paint_series(painter: QPainter, layout: _Layout, points: list[Point], limits: _Range,
                  ink: LabChartInk) -> None:
    """The values joined by a line, each a dot; a dot outside the range in its own colour."""
    color, outside = QColor(ink.line), QColor(ink.outside)
    painter.setPen(QPen(color, 1.4 * layout.scale))
    previous: QPointF | None = None
    for at, result in points:
        here = QPointF(layout.x_of(at), layout.y_of(result.value or 0.0))
        if previous is not None:
            painter.drawLine(previous, here)
        previous = here
    for at, result in points:
        value = result.value or 0.0
        mark = outside if limits.outside(value) else color
        painter.setPen(QPen(mark, 1.0 * layout.scale))
        painter.setBrush(mark)
        painter.drawEllipse(QPointF(layout.x_of(at), layout.y_of(value)),
                            2.6 * layout.scale, 2.6 * layout.scale)
