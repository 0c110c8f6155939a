"""The margin bands of every packet page: the stamp at the foot, a record's heading at the top.

The stamp (patient, date of birth, "page x of y") and the heading are drawn with QtGui onto one
overlay page per packet page, which the assembly lays over the page's content. Source pages are
shrunk into the area between the bands, so the stamp never covers what a record says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from ..core.documents import Document, clean_title
from ..core.profile import Profile
from ..local_format import date_text, packet_locale
from ..translations import packet_text
from .canvas import ACCENT, INK, MUTED, PAGE_SIZES, RIGHT, RULE, Canvas, font
from .question_sheet import human_date

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

STAMP_BAND = 30.0  # points kept free at the foot of every page
HEADER_BAND = 46.0  # at the top of a record's first page
CONTINUED_BAND = 26.0  # at the top of its other pages: "<title> (continued)"
SIDE = 18.0  # left and right, and the top of pages that are not a record's
MIN_WIDTH = 340.0  # so that the stamp fits even beside a small photo


@dataclass(frozen=True)
class RecordHeader:
    title: str
    date: str
    provider: str
    original_name: str
    continued: bool = False  # on a record's second and later pages

    @classmethod
    def of(cls, doc: Document) -> RecordHeader:
        return cls(clean_title(doc.title), record_date(doc, translate("Stamps", "undated")),
                   doc.provider, doc.original_name)

    def on_page(self, index: int) -> RecordHeader:
        """This header as drawn on the record's page ``index`` (0: the first, full one)."""
        return replace(self, continued=index > 0)


def record_date(doc: Document, missing: str = "") -> str:
    """``Document.date_text`` in the packet's language (14.10.2026 in German), "(file date)"
    when it is one."""
    if doc.record_date is None:
        return missing
    shown = date_text(doc.record_date, packet_locale())
    if doc.has_file_date:
        return translate("Stamps", "{date} (file date)").format(date=shown)
    return shown


Band = RecordHeader | bool | None  # a header, or just whether a record's first page has one


def band_top(header: Band) -> float:
    if isinstance(header, RecordHeader):
        return CONTINUED_BAND if header.continued else HEADER_BAND
    return HEADER_BAND if header else SIDE


def content_area(size: tuple[float, float], header: Band) -> tuple[float, float, float, float]:
    """The rectangle (PDF units, from the bottom left) a source page is shrunk into."""
    w, h = size
    top = band_top(header)
    return SIDE, STAMP_BAND, w - 2 * SIDE, h - STAMP_BAND - top


MIN_HEIGHT = 160.0  # so that a label-sized page keeps its own size under the bands


# The papers a packet is printed on (points, portrait): a page that fits on either is kept.
PAPERS = tuple(PAGE_SIZES.values())
PAPER_SLACK = 2.0  # points: a page a hair larger than the paper (rounding) is not scaled


def fits_paper(size: tuple[float, float]) -> bool:
    """Whether a page of ``size`` fits on A4 or Letter, turned either way."""
    w, h = sorted(size)
    return any(w <= pw + PAPER_SLACK and h <= ph + PAPER_SLACK for pw, ph in PAPERS)


def pdf_page(display: tuple[float, float], header: Band,
             paper: tuple[float, float] = PAGE_SIZES["A4"]) -> tuple[float, float]:
    """The packet page for a source page: its own size; for a page larger than A4 and Letter
    (a 30-inch drawing, a long strip), the packet's ``paper`` turned as the page is, its
    content scaled into it, so that it prints and its stamp reads; for a small one (a label,
    a receipt) room around it so that the bands and the stamp fit without covering it."""
    w, h = display
    if not fits_paper(display):
        short, long = sorted(paper)
        return (long, short) if w > h else (short, long)
    if w >= MIN_WIDTH and h >= MIN_HEIGHT:
        return display
    return (round(max(w + 2 * SIDE, MIN_WIDTH), 2),
            round(max(h + STAMP_BAND + band_top(header), MIN_HEIGHT), 2))


def image_page(natural: tuple[float, float], fit: tuple[float, float], header: Band
               ) -> tuple[tuple[float, float], tuple[float, float, float, float]]:
    """Page size and image rectangle: the image at its own DPI, fitted to A4 or Letter.

    The sheet follows the image's orientation; an image larger than the sheet is scaled down.
    """
    nat_w, nat_h = natural
    sheet_w, sheet_h = (max(fit), min(fit)) if nat_w > nat_h else (min(fit), max(fit))
    top = band_top(header)
    page_w = max(nat_w + 2 * SIDE, MIN_WIDTH)
    page_h = nat_h + STAMP_BAND + top
    if page_w > sheet_w or page_h > sheet_h:
        page_w, page_h = sheet_w, sheet_h
    room_w, room_h = page_w - 2 * SIDE, page_h - STAMP_BAND - top
    scale = min(room_w / nat_w, room_h / nat_h, 1.0)
    w, h = nat_w * scale, nat_h * scale
    rect = (SIDE + (room_w - w) / 2, STAMP_BAND + (room_h - h) / 2, w, h)
    return (round(page_w, 2), round(page_h, 2)), rect


def stamp_left(profile: Profile) -> str:
    born = ""
    if profile.dob:
        born = translate("Stamps", "born {date}").format(date=human_date(profile.dob_date))
    return " · ".join(p for p in (profile.name, born) if p)


def draw_stamps(path: Path, profile: Profile,
                pages: list[tuple[tuple[float, float], RecordHeader | None]],
                check_cancel: Callable[[], None]) -> Path:
    """One overlay page per packet page, each the size of its page."""
    total = len(pages)
    left = stamp_left(profile)
    c = Canvas(path, pages[0][0] if pages else (595.28, 841.89), "stamps")
    look = _Look(c)
    page_of = translate("Stamps", "page {number} of {total}")
    elided: dict[float, str] = {}  # the name and date of birth, cut to fit once per page width
    for number, (size, header) in enumerate(pages, start=1):
        if number > 1:
            c.new_page(size)
        if number % 50 == 0:
            check_cancel()
        w, h = size
        y = h - STAMP_BAND + 6
        c.line(SIDE, y, w - SIDE, y, RULE, 0.4)
        if w not in elided:
            elided[w] = look.elide(left, look.small, w * 0.62)
        c.text_line(SIDE, y + 5, w * 0.62, elided[w], look.small, MUTED)
        c.text_line(w - SIDE - 90, y + 5, 90, page_of.format(number=number, total=total),
                    look.small, MUTED, RIGHT)
        if header is not None:
            _draw_header(c, look, header, w)
    c.finish()
    return path


class _Look:
    """The stamps' fonts, their metrics and the words of the heading, made once per packet
    rather than once per page (a packet has hundreds)."""

    def __init__(self, c: Canvas) -> None:
        self.k = c.k
        self.small, self.bold = font(7.5), font(9.5, bold=True)
        self.continued, self.date = font(8, bold=True), font(9, bold=True)
        self._metrics = {id(f): QFontMetricsF(f, c.writer)
                         for f in (self.small, self.bold, self.continued)}
        self.continued_text = translate("Stamps", "{title} (continued)")
        self.source_text = translate("Stamps", "from {provider}")
        self.original_text = translate("Stamps", "original file: {name}")

    def elide(self, text: str, f: QFont, width: float) -> str:
        return self._metrics[id(f)].elidedText(text, Qt.TextElideMode.ElideRight, width * self.k)


def _draw_header(c: Canvas, look: _Look, header: RecordHeader, w: float) -> None:
    date_w = 80.0
    inner = w - 2 * SIDE
    if header.continued:
        text = look.continued_text.format(title=header.title)
        c.text_line(SIDE, 7, inner, look.elide(text, look.continued, inner), look.continued,
                    MUTED)
        c.line(SIDE, CONTINUED_BAND - 6, w - SIDE, CONTINUED_BAND - 6, RULE, 0.4)
        return
    c.text_line(SIDE, 9, inner - date_w, look.elide(header.title, look.bold, inner - date_w - 8),
                look.bold, INK)
    # the date may wrap ("2024-03-01 (file date)" in German), so it is laid out as a paragraph
    c.text_at(w - SIDE - date_w, 9.5, date_w, header.date, look.date, ACCENT, RIGHT)
    source = look.source_text.format(provider=header.provider) if header.provider else ""
    original = look.original_text.format(name=header.original_name)
    detail = " · ".join(p for p in (source, original) if p)
    c.text_line(SIDE, 24, inner, look.elide(detail, look.small, inner), look.small, MUTED)
    c.line(SIDE, HEADER_BAND - 8, w - SIDE, HEADER_BAND - 8, ACCENT, 0.6)
