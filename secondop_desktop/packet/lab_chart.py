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
from ..translations import QT_TRANSLATE_NOOP, packet_text
from .symptom_chart import COLORS

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

BAND = QColor("#d9efe3")
AXIS = QColor("#5b6773")
OUTSIDE = QColor("#D55E00")
NOT_ENOUGH = QT_TRANSLATE_NOOP("LabTrends", "Fewer than two dated numeric results: no chart.")


@dataclass(frozen=True)
class LabChartInk:
    """The chart's colours: as printed (the default), or a screen's (a dark theme)."""

    axis: str = AXIS.name()
    band: str = BAND.name()
    line: str = COLORS[0]
    outside: str = OUTSIDE.name()


PRINTED = LabChartInk()


def _when(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value[:16] if "T" in value else value[:10])
    except ValueError:
        return None


def paint_lab_chart(painter: QPainter, rect: QRectF, test: LabTest, scale: float = 1.0,
                    ink: LabChartInk = PRINTED) -> None:
    """Draw ``test`` into ``rect`` (device units); ``scale`` is device units per point."""
    axis, band, outside = QColor(ink.axis), QColor(ink.band), QColor(ink.outside)
    points: list[tuple[dt.datetime, LabResult]] = []
    for result in test.numeric:
        when = _when(result.date)
        if when is not None:
            points.append((when, result))
    text_font = QFont("DejaVu Sans")
    text_font.setPointSizeF(8)
    painter.save()
    painter.setFont(text_font)
    metrics = QFontMetricsF(text_font, painter.device())
    if len(points) < 2:
        painter.setPen(axis)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         translate("LabTrends", NOT_ENOUGH))
        painter.restore()
        return
    values = [r.value for _t, r in points if r.value is not None]
    low = next((r.low for _t, r in reversed(points) if r.low is not None), None)
    high = next((r.high for _t, r in reversed(points) if r.high is not None), None)
    bottom_value = min(values + [v for v in (low,) if v is not None])
    top_value = max(values + [v for v in (high,) if v is not None])
    pad = (top_value - bottom_value) * 0.1 or abs(top_value) * 0.1 or 1.0
    bottom_value, top_value = bottom_value - pad, top_value + pad
    label_width = metrics.horizontalAdvance("00000.0") + 6 * scale
    plot = QRectF(rect.left() + label_width, rect.top() + metrics.height(),
                  rect.width() - label_width - 8 * scale,
                  rect.height() - 2.6 * metrics.height())
    start, end = points[0][0], points[-1][0]
    span = max((end - start).total_seconds(), 1.0)

    def x_of(at: dt.datetime) -> float:
        return plot.left() + (at - start).total_seconds() / span * plot.width()

    def y_of(value: float) -> float:
        return plot.bottom() - (value - bottom_value) / (top_value - bottom_value) * plot.height()

    if low is not None or high is not None:  # the reference range, as a band
        band_top = y_of(high if high is not None else top_value)
        band_bottom = y_of(low if low is not None else bottom_value)
        painter.fillRect(QRectF(plot.left(), band_top, plot.width(), band_bottom - band_top),
                         band)
    painter.setPen(QPen(axis, 0.8 * scale))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    # The range's ends as the laboratory wrote them (3.90, not 3.9)
    latest = points[-1][1]
    low_text, high_text = (latest.low_text, latest.high_text) if (
        latest.low_text or latest.high_text) else written_limits(latest.range_text) or ("", "")
    written = {v: text for v, text in ((low, low_text), (high, high_text))
               if v is not None and text}
    for value in {bottom_value + pad, top_value - pad, *(v for v in (low, high) if v is not None)}:
        y = y_of(value)
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, label_width - 4 * scale,
                                metrics.height()), Qt.AlignmentFlag.AlignRight,
                         written.get(value) or number_text(value))
    for at, align in ((start, Qt.AlignmentFlag.AlignLeft), (end, Qt.AlignmentFlag.AlignRight)):
        painter.drawText(QRectF(plot.left(), plot.bottom() + 3 * scale, plot.width(),
                                metrics.height()), align, at.date().isoformat())
    unit = test.units[0] if len(test.units) == 1 else ""
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), metrics.height()),
                     Qt.AlignmentFlag.AlignLeft, f"{test.test}" + (f" ({unit})" if unit else ""))
    color = QColor(ink.line)
    painter.setPen(QPen(color, 1.4 * scale))
    previous: QPointF | None = None
    for at, result in points:
        here = QPointF(x_of(at), y_of(result.value or 0.0))
        if previous is not None:
            painter.drawLine(previous, here)
        previous = here
    for at, result in points:
        value = result.value or 0.0
        out = (low is not None and value < low) or (high is not None and value > high)
        painter.setPen(QPen(outside if out else color, 1.0 * scale))
        painter.setBrush(outside if out else color)
        painter.drawEllipse(QPointF(x_of(at), y_of(value)), 2.6 * scale, 2.6 * scale)
    painter.restore()
