"""Table cells of the generated pages: nothing the source gave is cut off at a column's edge."""

from __future__ import annotations

import re
import subprocess

from secondop_desktop.packet.canvas import Canvas, Column


def words_with_boxes(pdf) -> list[tuple[str, float, float]]:
    """(word, xMin, xMax) of page 1, as poppler places the glyphs."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [(w, float(x0), float(x1)) for x0, x1, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', html)]


def test_a_word_wider_than_its_column_breaks_inside_instead_of_being_cut_off(tmp_path):
    pdf = tmp_path / "table.pdf"
    canvas = Canvas(pdf, (595.0, 842.0), "table")
    with canvas:
        canvas.table([Column("Status", 0.1), Column("Name", 0.9)],
                     [["since 2026-10-08", "Naproxen"]])
        column_end = canvas.left + 0.1 * canvas.text_width
    canvas.finish()
    words = words_with_boxes(pdf)
    status = [(w, x1) for w, x0, x1 in words if x0 < column_end and w != "Status"]
    assert "".join(w for w, _x in status) == "since2026-10-08"  # every character, in order
    assert all(x1 <= column_end for _w, x1 in status)  # and inside its column, none cut off


def test_a_line_that_fits_is_measured_as_qt_lays_it_out(tmp_path):
    """measure() takes a short cut for one line that fits; Qt's own layout gives the same."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    from secondop_desktop.packet.canvas import LEFT, font

    canvas = Canvas(tmp_path / "m.pdf", (595.0, 842.0), "m")
    with canvas:
        texts = ["Scan 0001", "2024-03-01", "Räksmörgås", "שלום עולם", "中文名字", "", "x",
                 "a\tb", "two\nlines", "Blood results from the laboratory of the hospital"]
        for f in (font(7.5), font(9.5), font(10.5, bold=True), font(20, bold=True),
                  font(10.5, italic=True)):
            metrics = QFontMetricsF(f, canvas.writer)
            for width in (30, 80, 200, 400):
                for text in texts:
                    flags = canvas._wrap(text, f, width, LEFT)  # as drawn: long words break
                    laid_out = metrics.boundingRect(QRectF(0, 0, width * canvas.k, 1e7),
                                                    flags, text).height() / canvas.k
                    assert canvas.measure(text, f, width) == laid_out, (text, width)
    canvas.finish()
