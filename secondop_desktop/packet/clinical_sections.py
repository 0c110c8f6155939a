"""Packet sections from imported clinical documents: "Lab trends" and "Differences between
records" (the disagreements the patient has not settled, for the specialist to see)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.clinical import Difference, LabTest, Source
from .canvas import MUTED, Canvas, Column, font
from .lab_chart import paint_lab_chart

CHART_HEIGHT = 150.0


def tr(text: str) -> str:
    return QCoreApplication.translate("LabTrends", text)


def draw_lab_trends(c: Canvas, tests: list[LabTest], pages: dict[int, int] | None = None) -> None:
    """A chart for each test with two or more results, then a table of every result.
    ``pages``: where each record starts in the packet, when known."""
    pages = pages or {}
    c.title(tr("Lab trends"),
            tr("From the imported records; values, units and ranges as the laboratories wrote "
               "them"))
    charted = [t for t in tests if len(t.numeric) >= 2]
    for test in charted:
        c.ensure(CHART_HEIGHT + 12)
        paint_lab_chart(c.painter, c.r(c.left, c.y, c.text_width, CHART_HEIGHT), test, c.k)
        c.fresh = False
        c.y += CHART_HEIGHT + 12
    c.heading(tr("All results"))
    rows = []
    for test in tests:
        for r in test.results:
            # A record is named as the contents name it (title and date), never by a number
            # that appears nowhere else in the packet.
            names = list(dict.fromkeys(_record_name(s, pages) for s in r.sources))
            more = QCoreApplication.translate("LabTrends", " (and %n more)", "", len(names) - 1)
            rows.append([r.date[:10], r.test, r.shown_value, r.unit, r.limits, r.flag,
                         names[0] + (more if len(names) > 1 else "") if names else ""])
    c.table([Column(tr("Date"), 0.13), Column(tr("Test"), 0.25), Column(tr("Value"), 0.1),
             Column(tr("Unit"), 0.09), Column(tr("Range"), 0.12), Column(tr("Flag"), 0.1),
             Column(tr("Record"), 0.21)], rows, empty=tr("No lab results were imported."))


def _record_name(source: Source, pages: dict[int, int]) -> str:
    page = pages.get(source.document_id)
    return source.label + (f" ({tr('page')} {page})" if page else "")


def draw_differences(c: Canvas, differences: list[Difference], labels: dict[int, str]) -> None:
    c.title("Differences between records",
            "Where the imported records disagree; the patient has not settled these")
    if not differences:
        c.paragraph("The imported records agree.", font(10.5, italic=True), MUTED)
        return
    c.table([Column("About", 0.22), Column("What differs", 0.55), Column("Records", 0.23)],
            [[d.subject, d.text, "; ".join(labels.get(i, str(i)) for i in d.sources)]
             for d in differences])
