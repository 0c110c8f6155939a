"""The packet's tables keep their words whole in every language: a column's header never reads
"Severit|y" or "Intensi|dad" (the column takes the room its longest word needs from the widest
text column), nor does a cell split a word that fits once its column has its room.

Checked on the PDF as a viewer shows it: each header and cell drawn is found at its place on a
page, line by line, and its words there must be the words it was given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from secondop_desktop.core import readiness
from secondop_desktop.demo import create_demo_vault
from secondop_desktop.packet import opinion_pages
from secondop_desktop.packet.call_sheet import CallSheet, write_call_sheet_pdf
from secondop_desktop.packet.canvas import Canvas, Column
from secondop_desktop.packet.export import SECTIONS, PacketOptions, export_packet
from secondop_desktop.packet.readiness_block import write_readiness_pdf
from secondop_desktop.translations import packet_text


@dataclass
class Drawn:
    """One table header or cell as it was drawn: its box in points from the page's top left."""
    text: str
    x: float
    y: float
    width: float
    height: float
    bold: bool

    @property
    def header(self) -> bool:
        return self.bold and self.size <= 9

    size: float = 0.0


@dataclass
class Run:
    """A line of text as the PDF holds it (pypdf): its start in points, and its words."""
    x: float
    y: float
    words: list[str]
    bold: bool


@contextmanager
def recording_tables(monkeypatch) -> Iterator[list[Drawn]]:
    """Every text drawn inside a table (Canvas.table, the opinions' side-by-side grid); a
    bold one no larger than the header's 9 points is a header (the grid's point names are 9.5)."""
    drawn: list[Drawn] = []
    inside = [0]
    text_at = Canvas.text_at

    def recording_text_at(self, x, y, width, text, f, *args, **kwargs):
        height = text_at(self, x, y, width, text, f, *args, **kwargs)
        if inside[0] and text.strip():
            drawn.append(Drawn(text, x, y, width, height, f.bold(), f.pointSizeF()))
        return height

    def inside_of(draw):
        def drawing(*args, **kwargs):
            inside[0] += 1
            try:
                return draw(*args, **kwargs)
            finally:
                inside[0] -= 1
        return drawing

    monkeypatch.setattr(Canvas, "text_at", recording_text_at)
    monkeypatch.setattr(Canvas, "table", inside_of(Canvas.table))
    monkeypatch.setattr(opinion_pages, "draw_side_by_side",
                        inside_of(opinion_pages.draw_side_by_side))
    yield drawn


def runs_by_page(pdf: Path) -> list[list[Run]]:
    """The text lines of each page with their places (Qt writes one run per drawn line)."""
    pages = []
    for page in PdfReader(pdf).pages:
        runs: list[Run] = []

        def visit(text, cm, tm, font_dict, size, runs=runs):
            if text.strip():
                name = str((font_dict or {}).get("/BaseFont", ""))
                # Qt's pages: a 1/10-point grid, y downwards (cm = 0.1 0 0 -0.1 0 height)
                runs.append(Run(tm[4] / 10, tm[5] / 10, text.split(), "Bold" in name))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def words_in_box(runs: list[Run], d: Drawn) -> list[str]:
    inside = [r for r in runs if r.bold == d.bold and d.x - 0.5 <= r.x <= d.x + d.width
              and d.y <= r.y <= d.y + d.height + 0.5]
    return [w for r in sorted(inside, key=lambda r: (r.y, r.x)) for w in r.words]


def broken(pdf: Path, drawn: list[Drawn]) -> list[tuple[str, list[list[str]]]]:
    """The headers and cells whose words are found at no place on any page as they were
    given: what each page shows in its box instead."""
    pages = runs_by_page(pdf)
    wrong = []
    for d in drawn:
        shown = [words_in_box(runs, d) for runs in pages]
        if d.text.split() not in shown:
            wrong.append((d.text, [s for s in shown if s]))
    return wrong


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return create_demo_vault(tmp_path_factory.mktemp("demo") / "vault", dt.date(2026, 12, 7))


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_no_table_of_the_demo_packet_splits_a_word(demo, tmp_path, shipped, monkeypatch,
                                                   language):
    from secondop_desktop.core.vault import Vault

    out = tmp_path / f"packet-{language}.pdf"
    with Vault.open(demo) as vault, recording_tables(monkeypatch) as drawn:
        export_packet(vault, out, PacketOptions(sections=set(SECTIONS), language=language))
        packet = len(drawn)
        with packet_text.language_of_this_thread(language):
            write_call_sheet_pdf(tmp_path / "calls.pdf", CallSheet.from_vault(vault))
            calls = len(drawn)
            write_readiness_pdf(tmp_path / "ready.pdf", readiness.check(vault), "Alex Morgan")
    headers = [d.text for d in drawn if d.header]
    # Every kind of table was drawn: the symptom log, medications, allergies, labs, the
    # comparison of opinions, the manifest, the call sheet and the checklist.
    expected = {"en": ["Severity", "Substance", "Flag", "Do they agree?", "SHA-256",
                       "Specialty and institution", "What a reviewer needs"],
                "de": ["Stärke", "Kritikalität", "Stimmen sie überein?", "SHA-256"],
                "es": ["Intensidad", "Desencadenantes", "SHA-256"]}[language]
    for word in expected:
        assert any(word in h for h in headers), (word, headers)
    # Each document checked against its own drawings: the packet, the call sheet, the checklist.
    # The lab table's first drawing, with "(page 999)" where each record's page goes once it is
    # known, is drawn again with the pages and is not in the packet.
    assert broken(out, [d for d in drawn[:packet] if "999)" not in d.text]) == []
    assert broken(tmp_path / "calls.pdf", drawn[packet:calls]) == []
    assert broken(tmp_path / "ready.pdf", drawn[calls:]) == []


def test_a_header_word_is_never_broken_and_a_url_still_is(tmp_path, monkeypatch):
    """The room comes from the widest text column; a cell's word too wide for any room left
    (a URL) breaks inside, while the dictionary words beside it stay whole."""
    pdf = tmp_path / "table.pdf"
    url = "https://portal.example.org/results/2026/very-long-identifier-0123456789abcdef"
    with recording_tables(monkeypatch) as drawn:
        canvas = Canvas(pdf, (595.0, 842.0), "table")
        with canvas:
            canvas.table([Column("When", 0.2), Column("Symptom", 0.18),
                          Column("Severity", 0.07, True), Column("Desencadenantes", 0.1),
                          Column("Notes", 0.45)],
                         [["2026-10-08 18:00", "Kopfschmerzen", "6/10", "Treppensteigen",
                           f"see {url} for the Laborbefund"]])
        canvas.finish()
    wrong = broken(pdf, drawn)
    assert [text for text, _shown in wrong] == [f"see {url} for the Laborbefund"]
    shown = wrong[0][1][0]
    assert shown[0] == "see" and shown[-3:] == ["for", "the", "Laborbefund"]
    assert "".join(shown[1:-3]) == url  # every character, in order, on several lines

