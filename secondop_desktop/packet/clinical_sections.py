"""Packet sections from imported clinical documents: "Lab trends" and "Differences between
records" (the disagreements the patient has not settled, for the specialist to see)."""

from __future__ import annotations

from ..core.clinical import Difference, LabTest
from .canvas import MUTED, Canvas, Column, font
from .lab_chart import paint_lab_chart

CHART_HEIGHT = 150.0


def draw_lab_trends(c: Canvas, tests: list[LabTest]) -> None:
    """A chart for each test with two or more results, then a table of every result."""
    c.title("Lab trends", "From the imported records; units as the laboratories wrote them")
    charted = [t for t in tests if len(t.numeric) >= 2]
    for test in charted:
        c.ensure(CHART_HEIGHT + 12)
        paint_lab_chart(c.painter, c.r(c.left, c.y, c.text_width, CHART_HEIGHT), test, c.k)
        c.fresh = False
        c.y += CHART_HEIGHT + 12
    c.heading("All results")
    rows = []
    for test in tests:
        for r in test.results:
            rows.append([r.date[:10], r.test, r.shown_value, r.unit, r.limits, r.flag,
                         ", ".join(str(s.document_id) for s in r.sources)])
    c.table([Column("Date", 0.13), Column("Test", 0.33), Column("Value", 0.12),
             Column("Unit", 0.1), Column("Range", 0.12), Column("Flag", 0.1),
             Column("Record", 0.1)], rows, empty="No lab results were imported.")


def draw_differences(c: Canvas, differences: list[Difference], labels: dict[int, str]) -> None:
    c.title("Differences between records",
            "Where the imported records disagree; the patient has not settled these")
    if not differences:
        c.paragraph("The imported records agree.", font(10.5, italic=True), MUTED)
        return
    c.table([Column("About", 0.22), Column("What differs", 0.55), Column("Records", 0.23)],
            [[d.subject, d.text, "; ".join(labels.get(i, str(i)) for i in d.sources)]
             for d in differences])
