"""Packet sections from imported clinical documents: "Lab trends" and "Differences between
records" (the disagreements the patient has not settled, for the specialist to see)."""

from __future__ import annotations

import datetime as dt

from ..core.clinical import Difference, LabTest, Source
from ..local_format import packet_locale, partial_date_text
from ..translations import packet_text
from .canvas import MUTED, Canvas, Column, font
from .lab_chart import paint_lab_chart
from .question_sheet import short_date

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

CHART_HEIGHT = 150.0



def draw_lab_trends(c: Canvas, tests: list[LabTest], pages: dict[int, int] | None = None) -> None:
    """A chart for each test with two or more results, then a table of every result.
    ``pages``: where each record starts in the packet, when known."""
    pages = pages or {}
    c.title(translate("LabTrends", "Lab trends"),
            translate("LabTrends", "From the imported records; values, units and ranges as the "
                                   "laboratories wrote them"))
    charted = [t for t in tests if len(t.numeric) >= 2]
    for test in charted:
        c.ensure(CHART_HEIGHT + 12)
        paint_lab_chart(c.painter, c.r(c.left, c.y, c.text_width, CHART_HEIGHT), test, c.k)
        c.fresh = False
        c.y += CHART_HEIGHT + 12
    c.heading(translate("LabTrends", "All results"))
    rows = []
    locale = packet_locale()
    for test in tests:
        for r in test.results:
            # A record is named as the contents name it (title and date), never by a number
            # that appears nowhere else in the packet.
            names = list(dict.fromkeys(_record_name(s, pages) for s in r.sources))
            more = translate("LabTrends", " (and %n more)", "", len(names) - 1)
            record = names[0] + (more if len(names) > 1 else "") if names else ""
            rows.append([partial_date_text(r.date[:10], locale), r.test, r.shown_value, r.unit,
                         r.limits, r.flag, record])
    c.table([Column(translate("LabTrends", "Date"), 0.15),  # a numeric date, unbroken
             Column(translate("LabTrends", "Test"), 0.23),
             Column(translate("LabTrends", "Value"), 0.1),
             Column(translate("LabTrends", "Unit"), 0.09),
             Column(translate("LabTrends", "Range"), 0.12),
             Column(translate("LabTrends", "Flag"), 0.1),
             Column(translate("LabTrends", "Record"), 0.21)], rows,
            empty=translate("LabTrends", "No lab results were imported."))


def source_label(source: Source) -> str:
    """``Source.label`` with the date in the packet's language: "St Anne's CCD, 2. Mai 2026"."""
    when = ""
    if source.date:
        try:
            when = short_date(dt.date.fromisoformat(source.date[:10]))
        except ValueError:
            when = source.date
    return ", ".join(p for p in (source.title, when) if p)


def _record_name(source: Source, pages: dict[int, int]) -> str:
    page = pages.get(source.document_id)
    if not page:
        return source_label(source)
    return translate("LabTrends", "{record} (page {page})").format(record=source_label(source),
                                                                   page=page)


def draw_differences(c: Canvas, differences: list[Difference], labels: dict[int, str]) -> None:
    c.title(translate("Differences", "Differences between records"),
            translate("Differences",
                      "Where the imported records disagree; the patient has not settled these"))
    if not differences:
        c.paragraph(translate("Differences", "The imported records agree."),
                    font(10.5, italic=True), MUTED)
        return
    c.table([Column(translate("Differences", "About"), 0.22),
             Column(translate("Differences", "What differs"), 0.55),
             Column(translate("Differences", "Records"), 0.23)],
            [[d.subject, d.text, "; ".join(labels.get(i, str(i)) for i in d.sources)]
             for d in differences])
