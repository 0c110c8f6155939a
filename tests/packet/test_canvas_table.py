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


def test_a_word_wider_than_its_columns_share_takes_room_from_the_widest_column(tmp_path):
    """Not cut off at the column's edge, nor broken inside ("2026-10-0|8"): the wide column
    beside it gives the room (a word wider than any room breaks: test_table_words_whole.py)."""
    pdf = tmp_path / "table.pdf"
    canvas = Canvas(pdf, (595.0, 842.0), "table")
    with canvas:
        canvas.table([Column("Status", 0.1), Column("Name", 0.9)],
                     [["since 2026-10-08", "Naproxen"]])
        share_end = canvas.left + 0.1 * canvas.text_width
    canvas.finish()
    words = {w: (x0, x1) for w, x0, x1 in words_with_boxes(pdf)}
    assert "2026-10-08" in words  # whole, on one line
    assert words["2026-10-08"][1] > share_end  # wider than the column's share was
    assert words["2026-10-08"][1] < words["Naproxen"][0]  # and clear of the next column


def test_a_line_that_fits_is_measured_as_qt_lays_it_out(tmp_path):
    """measure() takes a short cut for one line that fits; Qt's own layout gives the same."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    from secondop_desktop.packet.canvas import LEFT, _wrapped, font

    canvas = Canvas(tmp_path / "m.pdf", (595.0, 842.0), "m")
    with canvas:
        texts = ["Scan 0001", "2024-03-01", "Räksmörgås", "שלום עולם", "中文名字", "", "x",
                 "a\tb", "two\nlines", "Blood results from the laboratory of the hospital"]
        for f in (font(7.5), font(9.5), font(10.5, bold=True), font(20, bold=True),
                  font(10.5, italic=True)):
            metrics = QFontMetricsF(f, canvas.writer)
            for width in (30, 80, 200, 400):
                for text in texts:
                    drawn = canvas._breakable(text, f, width)  # as drawn: long words break
                    laid_out = metrics.boundingRect(QRectF(0, 0, width * canvas.k, 1e7),
                                                    _wrapped(LEFT), drawn).height() / canvas.k
                    assert canvas.measure(text, f, width) == laid_out, (text, width)
    canvas.finish()
