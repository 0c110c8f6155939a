"""The symptom chart: severity over time, one line per symptom, drawn with a plain QPainter.

One function paints it onto any surface (the Symptoms screen, a printer, a packet PDF page), so
what the patient sees is what the specialist gets. Sizes follow the device's resolution and the
rectangle, so the chart is crisp on screen and on paper. Each series has its own colour, dash
style and marker shape, so it stays readable when printed in grayscale.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from ..core.symptoms import SEVERITY_WORDS, SymptomEntry
from ..translations import QT_TRANSLATE_NOOP, packet_text

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
MARKERS = ("circle", "square", "triangle", "diamond", "cross", "triangle_down")
NO_ENTRIES = QT_TRANSLATE_NOOP("SymptomChart", "No symptom entries to show yet.")
AXIS_TITLE = QT_TRANSLATE_NOOP("SymptomChart", "Severity (0–10)")
# core.symptoms.SEVERITY_WORDS (no Qt there), as the axis shows them
_SEVERITY_WORDS = [QT_TRANSLATE_NOOP("SymptomChart", "none"),
                   QT_TRANSLATE_NOOP("SymptomChart", "worst imaginable")]
MAX_SEVERITY = 10


@dataclass(frozen=True)
class SeriesStyle:
    color: str
    dash: Qt.PenStyle
    marker: str


@dataclass(frozen=True)
class Series:
    name: str
    points: tuple[tuple[dt.datetime, int], ...]  # in time order
    style: SeriesStyle


@dataclass(frozen=True)
class Tick:
    at: dt.datetime
    label: str  # may hold a second line ("\n") for the day, month or year


def style_for(index: int) -> SeriesStyle:
    return SeriesStyle(COLORS[index % len(COLORS)], DASHES[index % len(DASHES)],
                       MARKERS[index % len(MARKERS)])


def series_for(
    entries: Sequence[SymptomEntry], symptoms: Sequence[str] | None = None
) -> list[Series]:
    """One series per symptom (all symptoms in ``entries`` when ``symptoms`` is None).

    A symptom's style depends on its rank among all symptoms in ``entries`` (most frequent
    first), not on the selection, so a line keeps its look when others are hidden.
    """
    counts = Counter(e.symptom for e in entries)
    ranked = sorted(counts, key=lambda name: (-counts[name], name.casefold()))
    chosen = list(ranked if symptoms is None else dict.fromkeys(symptoms))
    rank = {name: i for i, name in enumerate(ranked + [s for s in chosen if s not in counts])}
    out = []
    for name in chosen:
        points = sorted((e.at, e.severity) for e in entries if e.symptom == name)
        out.append(Series(name, tuple(points), style_for(rank[name])))
    return out


# -- the date axis -----------------------------------------------------------------------------
_HOUR, _DAY = 3600.0, 86400.0
# (unit, count, approximate seconds), from finest to coarsest
_STEPS = (
    [("hour", n, n * _HOUR) for n in (1, 2, 3, 6, 12)]
    + [("day", n, n * _DAY) for n in (1, 2)]
    + [("week", 1, 7 * _DAY), ("week", 2, 14 * _DAY)]
    + [("month", n, n * 30.44 * _DAY) for n in (1, 2, 3, 6)]
    + [("year", n, n * 365.25 * _DAY) for n in (1, 2, 5, 10, 20, 50, 100)]
)


def _first_tick(start: dt.datetime, unit: str, n: int) -> dt.datetime:
    """The first round date at or after ``start`` for this step."""
    if unit == "hour":
        t = start.replace(minute=0, second=0, microsecond=0)
        t = t.replace(hour=t.hour - t.hour % n)
    elif unit in ("day", "week"):
        t = dt.datetime.combine(start.date(), dt.time())
        if unit == "week":
            t -= dt.timedelta(days=t.weekday())  # weeks start on Monday
    elif unit == "month":
        index = start.year * 12 + start.month - 1
        index -= index % n
        t = dt.datetime(index // 12, index % 12 + 1, 1)
    else:
        t = dt.datetime(start.year - start.year % n, 1, 1)
    while t < start:
        t = _advance(t, unit, n)
    return t


def _advance(t: dt.datetime, unit: str, n: int) -> dt.datetime:
    if unit == "hour":
        return t + dt.timedelta(hours=n)
    if unit == "day":
        return t + dt.timedelta(days=n)
    if unit == "week":
        return t + dt.timedelta(weeks=n)
    if unit == "month":
        index = t.year * 12 + t.month - 1 + n
        return dt.datetime(index // 12, index % 12 + 1, 1)
    return dt.datetime(t.year + n, 1, 1)


def _month(t: dt.datetime) -> str:
    """"Dec", "Dez.", "dic": the short month name in the language being drawn."""
    return QLocale(packet_text.language).monthName(t.month, QLocale.FormatType.ShortFormat)


def _label(t: dt.datetime, previous: dt.datetime | None, unit: str) -> str:
    day = translate("SymptomChart", "{day} {month}").format(day=t.day, month=_month(t))
    if unit == "hour":
        new_day = previous is None or previous.date() != t.date()
        return f"{t:%H:%M}\n{day}" if new_day else f"{t:%H:%M}"
    if unit in ("day", "week"):
        new_year = previous is None or previous.year != t.year
        return f"{day}\n{t.year}" if new_year else day
    if unit == "month":
        new_year = previous is None or previous.year != t.year
        return f"{_month(t)}\n{t.year}" if new_year else _month(t)
    return str(t.year)


def date_ticks(start: dt.datetime, end: dt.datetime, max_ticks: int = 8) -> list[Tick]:
    """Round dates between ``start`` and ``end``: at most ``max_ticks`` of them (at least 2 when
    the span allows), hours for a day, days or weeks for a month, months, years for decades."""
    if end < start:
        start, end = end, start
    span = (end - start).total_seconds()
    max_ticks = max(2, max_ticks)
    unit, n, _ = next(
        (s for s in _STEPS if span / s[2] + 1 <= max_ticks), _STEPS[-1]
    )
    ticks: list[Tick] = []
    t, previous = _first_tick(start, unit, n), None
    while t <= end and len(ticks) <= max_ticks:
        ticks.append(Tick(t, _label(t, previous, unit)))
        previous, t = t, _advance(t, unit, n)
    return ticks


def time_range(times: Sequence[dt.datetime]) -> tuple[dt.datetime, dt.datetime]:
    """The span of the given times with a margin, so that no marker sits on the frame."""
    first, last = min(times), max(times)
    margin = max((last - first) * 0.03, dt.timedelta(hours=1))
    if first == last:
        margin = dt.timedelta(hours=12)
    return first - margin, last + margin


# -- painting ----------------------------------------------------------------------------------
def _unit(painter: QPainter, rect: QRectF) -> float:
    """The base text size in device pixels: 9 pt on the device, smaller when the rect is small."""
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return max(4.0, min(9 * dpi / 72, rect.height() / 14, rect.width() / 30))


def _font(base: QFont, px: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _marker_path(kind: str, center: QPointF, r: float) -> QPainterPath:
    x, y = center.x(), center.y()
    path = QPainterPath()
    if kind == "circle":
        path.addEllipse(center, r, r)
    elif kind == "square":
        path.addRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif kind in ("triangle", "triangle_down"):
        s = -1 if kind == "triangle" else 1
        path.moveTo(x, y + s * r * 1.1)
        path.lineTo(x - r, y - s * r * 0.7)
        path.lineTo(x + r, y - s * r * 0.7)
        path.closeSubpath()
    elif kind == "diamond":
        path.moveTo(x, y - r * 1.2)
        path.lineTo(x + r, y)
        path.lineTo(x, y + r * 1.2)
        path.lineTo(x - r, y)
        path.closeSubpath()
    else:  # cross: an X drawn as a thin filled shape
        w = r * 0.35
        for dx in (1, -1):
            path.moveTo(x - r * dx - w * dx, y - r + w)
            path.lineTo(x - r * dx + w * dx, y - r - w)
            path.lineTo(x + r * dx + w * dx, y + r - w)
            path.lineTo(x + r * dx - w * dx, y + r + w)
            path.closeSubpath()
    return path


def _draw_marker(painter: QPainter, style: SeriesStyle, center: QPointF, r: float) -> None:
    painter.setPen(QPen(QColor("white"), max(0.5, r * 0.3)))
    painter.setBrush(QBrush(QColor(style.color)))
    painter.drawPath(_marker_path(style.marker, center, r))


def _series_pen(style: SeriesStyle, u: float) -> QPen:
    pen = QPen(QColor(style.color), max(1.0, u * 0.16), style.dash)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw_legend(painter: QPainter, rect: QRectF, series: list[Series], u: float) -> float:
    """Legend items left to right, wrapping; returns the height used."""
    fm = QFontMetricsF(painter.font())
    sample, gap, line_h = u * 3.2, u * 1.4, fm.height() * 1.25
    x, y = rect.left(), rect.top()
    for s in series:
        name = fm.elidedText(s.name, Qt.TextElideMode.ElideRight, rect.width() - sample - u)
        width = sample + u * 0.5 + fm.horizontalAdvance(name)
        if x > rect.left() and x + width > rect.right():
            x, y = rect.left(), y + line_h
        mid = y + line_h / 2
        painter.setPen(_series_pen(s.style, u))
        painter.drawLine(QPointF(x, mid), QPointF(x + sample, mid))
        _draw_marker(painter, s.style, QPointF(x + sample / 2, mid), u * 0.38)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x + sample + u * 0.5, y, width, line_h),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
        x += width + gap
    return y + line_h - rect.top()


def axis_title_parts(fm: QFontMetricsF, length: float, gap: float) -> tuple[str, str, str]:
    """The severity axis title as (low end, middle, high end) texts that fit into ``length``.

    The scale's words go at the ends of the axis when there is room; otherwise only the middle
    title is kept, elided as a last resort, so no text runs past the plot.
    """
    low = translate("SymptomChart", SEVERITY_WORDS[0])
    high = translate("SymptomChart", SEVERITY_WORDS[MAX_SEVERITY])
    title = translate("SymptomChart", AXIS_TITLE)
    width = fm.horizontalAdvance
    if width(low) + width(title) + width(high) + 2 * gap <= length:
        return low, title, high
    return "", fm.elidedText(title, Qt.TextElideMode.ElideRight, length), ""


def _draw_axis_title(painter: QPainter, rect: QRectF, u: float) -> None:
    """The axis title in ``rect`` (a strip left of the plot), turned to run upwards."""
    fm = QFontMetricsF(painter.font())
    low, title, high = axis_title_parts(fm, rect.height(), u)
    painter.save()
    painter.translate(rect.left(), rect.bottom())
    painter.rotate(-90)  # x now runs up the axis, y to the right
    along = QRectF(0, 0, rect.height(), rect.width())
    middle = QRectF(along)
    if low:  # centred on the axis, or between the end words when that is too tight
        ends = (fm.horizontalAdvance(low) + u, fm.horizontalAdvance(high) + u)
        if 2 * max(ends) + fm.horizontalAdvance(title) <= along.width():
            ends = (max(ends), max(ends))
        middle.adjust(ends[0], 0, -ends[1], 0)
    painter.setPen(QColor("#444444"))
    painter.drawText(middle, Qt.AlignmentFlag.AlignCenter, title)
    painter.setPen(QColor("#777777"))
    vcenter = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(along, Qt.AlignmentFlag.AlignLeft | vcenter, low)
    painter.drawText(along, Qt.AlignmentFlag.AlignRight | vcenter, high)
    painter.restore()


def paint_symptom_chart(
    painter: QPainter,
    rect: QRectF,
    entries: Sequence[SymptomEntry],
    symptoms: Sequence[str] | None = None,
) -> None:
    """Draw severity (0-10) over time into ``rect``: one line per symptom, legend on top."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        u = _unit(painter, rect)
        painter.setFont(_font(painter.font(), u))
        series = [s for s in series_for(entries, symptoms) if s.points]
        if not series:
            painter.setPen(QPen(QColor("#bbbbbb"), max(1.0, u * 0.08), Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(u, u, -u, -u))
            painter.setPen(QColor("#555555"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                             translate("SymptomChart", NO_ENTRIES))
            return
        _paint_series(painter, rect, series, u)
    finally:
        painter.restore()


def _paint_series(painter: QPainter, rect: QRectF, series: list[Series], u: float) -> None:
    fm = QFontMetricsF(painter.font())
    inner = rect.adjusted(u * 0.5, u * 0.5, -u, -u * 0.5)
    legend_h = _draw_legend(painter, inner, series, u)
    axis_w = fm.horizontalAdvance("10") + u * 0.6
    title_w = fm.height() * 1.2
    plot = QRectF(inner.left() + title_w + axis_w, inner.top() + legend_h + u * 0.8, 0, 0)
    plot.setRight(inner.right() - u * 0.5)
    plot.setBottom(inner.bottom() - fm.height() * 2.3)
    if plot.width() < u * 4 or plot.height() < u * 3:
        return

    start, end = time_range([t for s in series for t, _ in s.points])
    span = (end - start).total_seconds()

    def x_of(t: dt.datetime) -> float:
        return plot.left() + plot.width() * (t - start).total_seconds() / span

    def y_of(severity: float) -> float:
        return plot.bottom() - plot.height() * severity / MAX_SEVERITY

    # horizontal grid and severity labels
    grid = QPen(QColor("#e2e2e2"), max(0.5, u * 0.06))
    for level in range(0, MAX_SEVERITY + 1, 2):
        y = y_of(level)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#444444"))
        painter.drawText(QRectF(plot.left() - axis_w, y - u, axis_w - u * 0.4, u * 2),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(level))

    _draw_axis_title(painter, QRectF(inner.left(), plot.top(), title_w, plot.height()), u)

    # vertical grid and date labels
    label_w = fm.horizontalAdvance("30 Sep") + u * 1.5
    for tick in date_ticks(start, end, int(plot.width() // label_w)):
        x = x_of(tick.at)
        painter.setPen(grid)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + u * 0.3))
        box = QRectF(x - label_w / 2, plot.bottom() + u * 0.35, label_w, fm.height() * 2.1)
        box.moveLeft(min(max(box.left(), inner.left()), inner.right() - label_w))
        painter.setPen(QColor("#444444"))
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         tick.label)

    painter.setPen(QPen(QColor("#888888"), max(0.75, u * 0.08)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)

    # the series: lines first, then markers on top so no line hides a point
    radius = u * 0.36
    painter.save()
    painter.setClipRect(plot.adjusted(-radius * 2, -radius * 2, radius * 2, radius * 2))
    for s in series:
        points = [QPointF(x_of(t), y_of(v)) for t, v in s.points]
        painter.setPen(_series_pen(s.style, u))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(points)
    for s in series:
        points = [QPointF(x_of(t), y_of(v)) for t, v in s.points]
        # thin out markers where points crowd, but keep the first and the last
        step = max(1, round(len(points) * radius * 3 / plot.width()))
        for i, point in enumerate(points):
            if i % step == 0 or i == len(points) - 1:
                _draw_marker(painter, s.style, point, radius)
    painter.restore()
