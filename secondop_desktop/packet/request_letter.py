"""The records request letter: one page asking a provider for a copy of the patient's records.

Drawn on the packet's ``Canvas`` so that it shares the packet's look; the wording comes from a
template in ``resources/letters/`` (one JSON file per wording, ``plain.json``, with its
translations beside it: ``plain.de.json``...), so other wordings can be added without touching the
code. The letter is written in its own language (English when none is given). The text asks
politely for a copy of one's own records and makes no legal claim tied to one country.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter

from .. import paths
from ..core.atomic import write_atomically
from ..core.errors import QT_TRANSLATE_NOOP, SecondOpError
from ..core.profile import Profile
from ..core.requests import FORMATS, RecordsRequest
from ..translations import packet_text
from .canvas import ACCENT, INK, MARGIN, MUTED, Canvas, font, page_points
from .question_sheet import human_date

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

if TYPE_CHECKING:
    from ..core.vault import Vault

LETTERS_DIR = ("letters",)
DEFAULT_TEMPLATE = "plain"
WHITE = QColor("white")
TEMPLATE_KEYS = ("subject", "greeting", "opening", "items_heading", "period", "format",
                 "send_to", "questions", "closing", "signoff", "signature", "date")


class LetterError(SecondOpError):
    """The letter could not be made; the message says why."""


@dataclass(frozen=True)
class Letter:
    template: dict[str, str]
    profile: Profile
    request: RecordsRequest
    today: dt.date
    language: str = "en"

    @classmethod
    def of(cls, vault: Vault, request: RecordsRequest, template: str = DEFAULT_TEMPLATE,
           today: dt.date | None = None, language: str = "en") -> Letter:
        return cls(load_template(template, language), vault.patient.get(), request,
                   today or dt.date.today(), language)

    def fill(self, key: str) -> str:
        r = self.request
        with packet_text.language_of_this_thread(self.language):
            above = translate("RequestLetter", "my address above")
            values = {
                "provider": r.provider, "department": r.department, "period": r.period,
                "format": _format_words(r.format),
                # The postal address is printed at the top: "my address above" now names one.
                "send_to": ", ".join(line.strip() for line in (
                    r.send_to or ("" if self.profile.address.strip() else self.profile.contact)
                    or above).splitlines() if line.strip()),
                "name": self.profile.name,
            }
        return self.template.get(key, "").format_map(values)


def _format_words(key: str) -> str:
    """The format asked for, in the letter's language (English runs on in lower case)."""
    english = FORMATS.get(key, key)
    words = packet_text.translate("RequestFormats", english)
    return english.lower() if words == english else words


def template_names() -> list[str]:
    """The wordings (their translations, ``plain.de.json``, are not wordings of their own)."""
    return sorted(p.stem for p in paths.resource(*LETTERS_DIR).glob("*.json") if "." not in p.stem)


def load_template(name: str = DEFAULT_TEMPLATE, language: str = "en") -> dict[str, str]:
    """The wording ``name`` in ``language``, else in English."""
    path = paths.resource_in_language(language, *LETTERS_DIR, f"{name}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LetterError(QT_TRANSLATE_NOOP(
            "Reason", "There is no letter wording called '{name}'."), name=name) from None
    missing = [k for k in TEMPLATE_KEYS if not isinstance(data.get(k), str)]
    if missing:  # a shipped file of ours: a bug, but say which one
        raise LetterError(QT_TRANSLATE_NOOP(
            "Reason", "The letter wording '{name}' lacks: {keys}."), name=name,
            keys=", ".join(missing))
    return data


def sender_lines(profile: Profile) -> list[str]:
    """The patient's name, postal address, date of birth and contact, for a letter's head."""
    lines = [profile.name, *profile.address.splitlines(), *profile.contact.splitlines()]
    if profile.dob:
        lines.append(translate("RequestLetter", "Date of birth: {date}").format(
            date=human_date(profile.dob_date)))
    return [line for line in lines if line.strip()]


def draw_letterhead(c: Canvas, profile: Profile, recipient: list[str], today: dt.date,
                    subject: str) -> None:
    """The sender on the right, the recipient on the left, the date and the subject."""
    right = c.text_width * 0.45
    top = c.y
    for line in sender_lines(profile):
        c.y += c.text_at(c.left + c.text_width - right, c.y, right, line, font(10))
    c.y = max(c.y, top) + 18
    for line in (s for s in recipient if s.strip()):
        c.y += c.text_at(c.left, c.y, c.text_width * 0.5, line, font(10.5))
    c.y += 16
    c.y += c.text_at(c.left, c.y, c.text_width, human_date(today), font(10.5)) + 18
    c.y += c.text_at(c.left, c.y, c.text_width, subject, font(12, bold=True), ACCENT) + 14


def draw_signature(c: Canvas, name: str, signature: str, date: str) -> None:
    """Two lines to sign and date on, the name under the first."""
    c.ensure(70)
    c.y += 36
    half = c.text_width / 2 - 20
    for x, label in ((c.left, signature), (c.left + half + 40, date)):
        c.line(x, c.y, x + half, c.y, INK, 0.8)
        c.text_at(x, c.y + 4, half, label, font(9), MUTED)
    c.text_at(c.left, c.y + 18, half, name, font(10))
    c.y += 40


def draw_letter(c: Canvas, letter: Letter) -> None:
    """The whole letter, flowing from the top of the current page."""
    profile, request = letter.profile, letter.request
    draw_letterhead(c, profile, [request.provider, request.department,
                                 *request.address.splitlines()], letter.today,
                    letter.fill("subject"))
    c.paragraph(letter.fill("greeting"))
    c.paragraph(letter.fill("opening"))
    c.fields([(translate("RequestLetter", "Name"), profile.name),
              (translate("RequestLetter", "Date of birth"), human_date(profile.dob_date)),
              (translate("RequestLetter", "Address"), profile.address.replace("\n", ", ")),
              (translate("RequestLetter", "Contact"), profile.contact.replace("\n", ", "))],
             label_width=100)
    c.y += 6
    c.paragraph(letter.fill("items_heading"))
    for item in request.items:
        c.ensure(18)
        c.box(c.left + 10, c.y + 2.5, 8, 8, WHITE, INK)
        label = packet_text.translate("RequestItems", item.label)
        c.y += c.text_at(c.left + 26, c.y, c.text_width - 26, label, font(10.5)) + 3
    c.y += 6
    for key, present in (("period", request.period), ("format", True), ("send_to", True)):
        if present:
            c.paragraph(letter.fill(key))
    c.paragraph(letter.fill("questions"))
    c.paragraph(letter.fill("closing"))
    c.y += 4
    c.paragraph(letter.fill("signoff"))
    draw_signature(c, profile.name, letter.fill("signature"), letter.fill("date"))




def write_letter_pdf(out: Path, letter: Letter, page_size: str = "A4") -> int:
    """Write the letter to ``out`` (temp name, then renamed); returns its page count."""
    subject = letter.fill("subject")

    def write(path: Path) -> int:
        with packet_text.language_of_this_thread(letter.language):
            canvas = Canvas(path, page_points(page_size), subject)
            draw_letter(canvas, letter)
            return canvas.finish()

    try:
        return write_atomically(Path(out), write)
    except OSError as exc:
        raise LetterError(QT_TRANSLATE_NOOP(
            "Reason", "The letter could not be written ({problem})."),
            problem=exc.strerror or exc) from exc


class DeviceCanvas(Canvas):
    """The same canvas on any paged device (a QPrinter): the printed letter is the PDF's twin."""

    def __init__(self, device: QPagedPaintDevice, title: str = "") -> None:  # noqa: D107
        self.path = Path()
        self.writer = device  # type: ignore[assignment]
        self.k = device.logicalDpiX() / 72.0
        full = device.pageLayout().fullRectPoints()
        self.width, self.height = full.width(), full.height()
        self.painter = QPainter()
        if not self.painter.begin(device):
            raise LetterError(QT_TRANSLATE_NOOP(
                "Reason", "Could not start printing; check that the printer is available."))
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.pages = 1
        self.y = MARGIN
        self.fresh = True

    def _set_size(self, size: tuple[float, float]) -> None:
        """The printer's paper stays as the print dialog chose it."""


def paint_letter(device: QPagedPaintDevice, letter: Letter) -> int:
    """Draw the letter on ``device`` (a printer set to full-page mode); returns the pages."""
    with packet_text.language_of_this_thread(letter.language):
        canvas = DeviceCanvas(device, letter.fill("subject"))
        draw_letter(canvas, letter)
        return canvas.finish()
