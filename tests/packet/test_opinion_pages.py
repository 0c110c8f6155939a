"""The comparison pages: every opinion's column, marks in words and symbols (they survive
grayscale), the decision guide, the PDF and the printer drawing the same pages."""

from __future__ import annotations

import datetime as dt

from pdf_inspect import page_texts
from PIL import ImageOps
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from render import pdfium_pages, qpdf_warnings

from secondop_desktop.packet.canvas import TINT
from secondop_desktop.packet.opinion_pages import (
    DIFFERENT_TINT,
    ComparisonData,
    paint_comparison,
    write_comparison_pdf,
)
from secondop_desktop.translations import packet_text


def _three(vault) -> None:
    vault.patient.set(name="Jane Doe", dob="1970-04-02", goals="Stay able to sing in my choir")
    for by, recommendation, urgency in (("Dr Okafor", "Radioactive iodine", "Within 3 months"),
                                        ("Dr Stone", "Surgery", "Within 3 months"),
                                        ("Dr Lee", "Surgery", "")):
        vault.opinions.add(by=by, diagnosis="Graves disease", recommendation=recommendation,
                           urgency=urgency, risks="Voice change" if by != "Dr Okafor" else "")


def _text(path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


def test_three_opinions_side_by_side(qapp, vault, tmp_path):
    _three(vault)
    out = tmp_path / "c.pdf"
    data = ComparisonData.of(vault)
    data.today = dt.date(2026, 12, 1)
    pages = write_comparison_pdf(out, data)
    assert pages >= 2 and qpdf_warnings(out) == ""
    text = _text(out)
    for expected in ("Jane Doe · born 2 April 1970 · prepared 1 December 2026",
                     "Stay able to sing in my choir", "Dr Okafor", "Dr Stone", "Dr Lee",
                     "Diagnosis = Same", "Recommended treatment ≈ Partly the same",
                     "Urgency = Same Not stated by Dr Lee", "Stage or extent – Not stated",
                     "compare the words the doctors used, not who is right",
                     "My decision guide", "Option 1: Radioactive iodine", "Option 2: Surgery",
                     "Recommended by Dr Stone, Dr Lee", f"page {pages} of {pages}"):
        assert expected in text, expected


def test_marks_stay_readable_in_grayscale(qapp, vault, tmp_path):
    """The rows to talk about are tinted, but the tint only repeats what the words say: in
    grayscale the tint stays apart from the header's, and every mark has its symbol and word."""
    _three(vault)
    out = tmp_path / "c.pdf"
    write_comparison_pdf(out, ComparisonData.of(vault))
    histogram = ImageOps.grayscale(pdfium_pages(out, 60)[0]).histogram()
    tint, header = QColor(DIFFERENT_TINT).lightness(), QColor(TINT).lightness()
    assert abs(tint - header) >= 10
    assert sum(histogram[tint - 3:tint + 4]) > 500  # a tinted cell, still there in gray
    text = _text(out)
    assert "Recommended treatment ≈ Partly the same" in text and "Diagnosis = Same" in text


def test_without_opinions_the_pages_say_so(qapp, vault, tmp_path):
    out = tmp_path / "empty.pdf"
    write_comparison_pdf(out, ComparisonData.of(vault))
    text = _text(out)
    assert "No opinions recorded yet." in text and "No options yet" in text
    assert "Not written yet (on the Visit screen: What matters to me)." in text


def test_the_printer_gets_the_same_pages(qapp, vault, tmp_path):
    _three(vault)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    data = ComparisonData.of(vault)
    pages = paint_comparison(printer, data)
    written = tmp_path / "written.pdf"
    assert pages == write_comparison_pdf(written, data) == len(page_texts(printed))
    assert "Recommended treatment ≈ Partly the same" in _text(printed)


class _German(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return {("Opinion", "Tests wanted first"): "Untersuchungen vorab"}.get((context, source))


def test_a_long_word_of_a_point_stays_whole(qapp, vault, tmp_path, monkeypatch):
    """German "Untersuchungen vorab": the point's column widens to its longest word, which
    broke as "Untersuchunge / n" in the 19% the column had."""
    _three(vault)
    monkeypatch.setitem(packet_text._cache, "de", _German())
    out = tmp_path / "c.pdf"
    with packet_text.language_of_this_thread("de"):
        write_comparison_pdf(out, ComparisonData.of(vault))
    assert "Untersuchungen vorab" in _text(out)
