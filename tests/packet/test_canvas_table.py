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
