"""The symptom chart painter: its series, its date ticks, and what it draws into an image."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from secondop_desktop.core.symptoms import SymptomEntry
from secondop_desktop.packet.symptom_chart import (
    AXIS_TITLE,
    COLORS,
    axis_title_parts,
    date_ticks,
    paint_symptom_chart,
    series_for,
)

T0 = dt.datetime(2024, 3, 1, 9, 0)


@pytest.fixture(autouse=True)
def _gui_app(qapp):
    """Fonts need an application; pytest-qt's serves GUI and widget tests alike."""
    return qapp


def entry(i: int, symptom: str, days: float, severity: int) -> SymptomEntry:
    return SymptomEntry(i, T0 + dt.timedelta(days=days), symptom, severity)


def many(n: int = 60, names=("Headache", "Nausea", "Fatigue")) -> list[SymptomEntry]:
    return [entry(i, names[i % len(names)], i * 1.5, (i * 7) % 11) for i in range(n)]


def render(entries, symptoms=None, size=(800, 400)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_symptom_chart(painter, QRectF(0, 0, *size), entries, symptoms)
    painter.end()
    return image


def colour_pixels(image: QImage, colour: str, tolerance: int = 12) -> int:
    """How many pixels are (nearly) this series colour."""
    want = QColor(colour)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - want.red()) + abs(c.green() - want.green())
                    + abs(c.blue() - want.blue())) <= tolerance:
                count += 1
    return count


# -- series ------------------------------------------------------------------------------------
def test_one_series_per_symptom_in_time_order():
    entries = list(reversed(many(30)))
    series = series_for(entries)
    assert sorted(s.name for s in series) == ["Fatigue", "Headache", "Nausea"]
    for s in series:
        assert len(s.points) == 10
        assert [t for t, _ in s.points] == sorted(t for t, _ in s.points)
        assert all(e.severity == v for t, v in s.points for e in entries
                   if e.at == t and e.symptom == s.name)


def test_chosen_symptoms_only_and_styles_distinct_and_stable():
    entries = many(30)
    everything = {s.name: s.style for s in series_for(entries)}
    chosen = series_for(entries, ["Nausea", "Headache"])
    assert [s.name for s in chosen] == ["Nausea", "Headache"]
    assert {s.name: s.style for s in chosen} == {n: everything[n] for n in ("Nausea", "Headache")}
    styles = list(everything.values())
    assert len({s.color for s in styles}) == 3
    assert len({s.dash for s in styles}) == 3  # grayscale: dash styles differ ...
    assert len({s.marker for s in styles}) == 3  # ... and so do the markers


# -- date ticks --------------------------------------------------------------------------------
@pytest.mark.parametrize("span, unit_check", [
    (dt.timedelta(hours=20), lambda a, b: (b - a) in {dt.timedelta(hours=h) for h in (1, 2, 3, 6)}),
    (dt.timedelta(days=30), lambda a, b: (b - a) in {dt.timedelta(days=d) for d in (7, 14)}),
    (dt.timedelta(days=90), lambda a, b: (b - a) in {dt.timedelta(days=d) for d in (14,)}
     or a.day == b.day == 1),
    (dt.timedelta(days=730), lambda a, b: a.day == b.day == 1 and (a.month - 1) % 3 == 0),
    (dt.timedelta(days=365 * 30), lambda a, b: a.month == b.month == 1 and a.day == 1),
])
def test_ticks_are_round_and_within_the_span(span, unit_check):
    start = dt.datetime(2023, 5, 17, 13, 41)
    end = start + span
    ticks = date_ticks(start, end, max_ticks=8)
    assert 2 <= len(ticks) <= 8
    assert all(start <= t.at <= end for t in ticks)
    for a, b in zip(ticks, ticks[1:], strict=False):
        assert unit_check(a.at, b.at), (a, b)


def test_tick_labels_read_well():
    day = date_ticks(dt.datetime(2024, 1, 1, 3), dt.datetime(2024, 1, 2, 1), 8)
    assert day[0].label.splitlines() == ["06:00", "1 Jan"]  # the day is named once ...
    assert day[-1].label.splitlines() == ["00:00", "2 Jan"]  # ... and again when it changes
    assert all(t.label[2] == ":" for t in day)
    years = date_ticks(dt.datetime(2022, 1, 1), dt.datetime(2024, 1, 5), 8)
    assert [t.label for t in years] == ["Jan\n2022", "Jul", "Jan\n2023", "Jul", "Jan\n2024"]
    month = date_ticks(dt.datetime(2024, 1, 1), dt.datetime(2024, 2, 1), 8)
    assert [t.label for t in month] == ["1 Jan\n2024", "8 Jan", "15 Jan", "22 Jan", "29 Jan"]


def test_more_room_gives_finer_ticks():
    start, end = dt.datetime(2024, 1, 1), dt.datetime(2024, 4, 1)
    assert len(date_ticks(start, end, 4)) < len(date_ticks(start, end, 16))


@pytest.mark.parametrize("length", [40, 120, 200, 400, 1200])
def test_axis_title_always_fits_and_has_the_scale_words_when_there_is_room(length):
    fm = QFontMetricsF(QFont())
    gap = fm.height() / 2
    low, title, high = axis_title_parts(fm, length, gap)
    used = sum(fm.horizontalAdvance(t) for t in (low, title, high)) + (2 * gap if low else 0)
    assert used <= length
    room = sum(fm.horizontalAdvance(t) for t in ("none", AXIS_TITLE, "worst imaginable"))
    if length >= room + 2 * gap:
        assert (low, title, high) == ("none", AXIS_TITLE, "worst imaginable")
    else:
        assert not low and not high


# -- painting ----------------------------------------------------------------------------------
def test_each_chosen_symptom_appears_in_its_colour():
    entries = many(60)
    styles = {s.name: s.style.color for s in series_for(entries)}
    image = render(entries, ["Headache", "Fatigue"])
    assert colour_pixels(image, styles["Headache"]) > 50
    assert colour_pixels(image, styles["Fatigue"]) > 50
    assert colour_pixels(image, styles["Nausea"]) == 0  # not chosen, not drawn


def test_one_entry_is_drawn_as_a_marker():
    image = render([entry(1, "Headache", 0, 7)])
    assert colour_pixels(image, COLORS[0]) > 10


def test_entries_years_apart_still_draw_both_ends():
    entries = [entry(1, "Pain", 0, 3), entry(2, "Pain", 365 * 3, 8)]
    image = render(entries)
    half = image.width() // 2
    left = image.copy(0, 0, half, image.height())
    right = image.copy(half, 0, half, image.height())
    assert colour_pixels(left, COLORS[0]) > 10 and colour_pixels(right, COLORS[0]) > 10


def test_no_entries_draws_a_message_not_a_crash():
    empty = render([])
    assert colour_pixels(empty, "#000000", tolerance=300) > 0  # something (the message) is drawn
    assert all(colour_pixels(empty, c) == 0 for c in COLORS[:6])
    render([], ["Headache"])  # a chosen symptom with no entries is fine too


def test_tiny_rect_stays_inside_and_leaves_the_painter_as_it_was():
    """A chart squeezed into 40 x 30 px draws nothing outside its rect (the rest of the page
    stays as it was) and hands the painter back unchanged."""
    image = QImage(200, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    rect = QRectF(80, 60, 40, 30)
    painter = QPainter(image)
    font, pen = QFont(painter.font()), painter.pen()
    paint_symptom_chart(painter, rect, many(10))
    assert painter.font() == font and painter.pen() == pen
    painter.end()
    white = QColor("white").rgb()
    outside = [(x, y) for y in range(image.height()) for x in range(image.width())
               if not rect.adjusted(-1, -1, 1, 1).contains(x, y) and image.pixel(x, y) != white]
    assert outside == []


def test_pdf_page(tmp_path):
    from PySide6.QtGui import QPageSize, QPdfWriter

    path = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(600)
    painter = QPainter(writer)
    paint_symptom_chart(painter, QRectF(0, 0, writer.width(), writer.width() * 0.6), many(60))
    painter.end()
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 2000
