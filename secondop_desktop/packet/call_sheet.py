"""The call sheet: the shortlist of specialists, and for each the questions to ask the office on
the phone, with room to write the answers. Drawn on the packet's ``Canvas`` (a PDF or, through
``DeviceCanvas``, a printer), so the printed sheet is the PDF's twin.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPagedPaintDevice

from ..core.errors import SecondOpError
from ..core.specialists import ANSWERS, STATUSES, Specialist
from ..local_format import packet_locale, partial_date_text
from ..translations import QT_TRANSLATE_NOOP, packet_text
from .canvas import ACCENT, INK, MUTED, RULE, TINT, Canvas, Column, font, write_drawn_pdf
from .question_sheet import human_date
from .request_letter import DeviceCanvas

ANSWER_LINE = 17.0  # points between the ruled lines to write on
WHITE = QColor("white")


# The shortlist's statuses and answers (core.specialists), shown through
# translate("Specialists", ...) on the Specialists screen and here; listed for lupdate.
SPECIALIST_WORDS = (
    QT_TRANSLATE_NOOP("Specialists", "Considering"),
    QT_TRANSLATE_NOOP("Specialists", "Contacted"),
    QT_TRANSLATE_NOOP("Specialists", "Booked"),
    QT_TRANSLATE_NOOP("Specialists", "Declined"),
    QT_TRANSLATE_NOOP("Specialists", "Not known yet"),
    QT_TRANSLATE_NOOP("Specialists", "Yes"),
    QT_TRANSLATE_NOOP("Specialists", "No"),
)


def _word(text: str) -> str:
    """A status or an answer of the shortlist, in the packet's language."""
    return packet_text.translate("Specialists", text)


def _title() -> str:
    return packet_text.translate("CallSheet", "Calling the specialists' offices")


def office_questions() -> list[tuple[str, int]]:
    """(question, ruled lines for the answer), in the order one asks them on the phone."""
    return [
        (packet_text.translate("CallSheet", "Do you accept records electronically (upload, "
                               "portal, email)? Where do I send them?"), 1),
        (packet_text.translate("CallSheet", "Imaging: do you take the DICOM images on CD/DVD "
                               "or by upload?"), 1),
        (packet_text.translate("CallSheet", "Pathology slides and blocks: where should the lab "
                               "send them? Do you need a signed release?"), 2),
        (packet_text.translate("CallSheet", "Do I need a referral or a prior authorisation?"),
         1),
        (packet_text.translate("CallSheet", "What will it cost, and is it covered by my "
                               "insurance?"), 1),
        (packet_text.translate("CallSheet", "Can the review or the visit be done by "
                               "telehealth?"), 1),
        (packet_text.translate("CallSheet", "Is an interpreter available if I need one?"), 1),
        (packet_text.translate("CallSheet", "What do you need from me before the visit, and "
                               "how soon is the first appointment?"), 2),
    ]


class CallSheetError(SecondOpError):
    """The call sheet could not be written; the message says why."""


@dataclass(frozen=True)
class CallSheet:
    patient_name: str
    dob: dt.date | None
    question: str  # what the second opinion is about, in the patient's words
    specialists: list[Specialist]
    chosen_id: int | None = None

    @classmethod
    def from_vault(cls, vault) -> CallSheet:
        profile = vault.patient.get()
        shortlist = [s for s in vault.specialists.entries() if s.status != "declined"]
        question = profile.reason or profile.diagnosis
        return cls(profile.name, profile.dob_date, question, shortlist,
                   vault.specialists.chosen_id())


def _facts(s: Specialist) -> list[tuple[str, str]]:
    board = s.board
    if board and s.board_checked:
        board = packet_text.translate("CallSheet", "{board} (checked {date})").format(
            board=board, date=partial_date_text(s.board_checked, packet_locale()))
    answers = {key: _word(label) for key, label in ANSWERS.items()}

    def answer(value: str) -> str:
        return answers[value] if value != "unknown" else ""

    wait = packet_text.translate("CallSheet", "%n day(s)", "", s.wait_days) \
        if s.wait_days is not None else ""
    return [
        (packet_text.translate("CallSheet", "Phone"), s.phone),
        (packet_text.translate("CallSheet", "Email"), s.email),
        (packet_text.translate("CallSheet", "Address"), s.address),
        (packet_text.translate("CallSheet", "Board certification"), board),
        (packet_text.translate("CallSheet", "Checked at"), s.board_link),
        (packet_text.translate("CallSheet", "Cases like mine"), s.cases),
        (packet_text.translate("CallSheet", "Recommended by"), s.recommended_by),
        (packet_text.translate("CallSheet", "Insurance covers it"), answer(s.insurance)),
        (packet_text.translate("CallSheet", "Referral needed"), answer(s.referral)),
        (packet_text.translate("CallSheet", "Telehealth"), answer(s.telehealth)),
        (packet_text.translate("CallSheet", "Cost"), s.cost),
        (packet_text.translate("CallSheet", "Languages"), s.languages),
        (packet_text.translate("CallSheet", "Wait"), wait),
        (packet_text.translate("CallSheet", "Notes"), s.notes),
    ]


def _answer_lines(c: Canvas, count: int, indent: float) -> None:
    for _ in range(count):
        c.y += ANSWER_LINE
        c.line(c.left + indent, c.y, c.left + c.text_width, c.y, RULE, 0.6)
    c.y += 8


def _question_height(c: Canvas, text: str, lines: int, indent: float) -> float:
    return c.measure(text, font(10), c.text_width - indent - 16) + lines * ANSWER_LINE + 12


def draw_specialist(c: Canvas, number: int, s: Specialist, chosen: bool) -> None:
    """One specialist: who they are, what is known, then the office questions."""
    title = f"{number}. {s.name}"
    subtitle = " · ".join(p for p in (
        s.where, _word(STATUSES[s.status]),
        packet_text.translate("CallSheet", "chosen") if chosen else "") if p)
    head = c.measure(title, font(13, bold=True), c.text_width - 20) + 30
    c.ensure(head + 160)  # a name never stands alone at the foot of a page
    c.box(c.left, c.y, c.text_width, head, TINT)
    c.text_at(c.left + 10, c.y + 6, c.text_width - 20, title, font(13, bold=True), ACCENT)
    c.text_at(c.left + 10, c.y + head - 18, c.text_width - 20, subtitle, font(9.5), MUTED)
    c.y += head + 8
    c.fields([(label, value) for label, value in _facts(s) if value], label_width=140)
    c.y += 4
    c.paragraph(packet_text.translate("CallSheet", "Questions for the office"),
                font(10.5, bold=True))
    indent = 16.0
    for question, lines in office_questions():
        c.ensure(_question_height(c, question, lines, indent))
        c.box(c.left + 2, c.y + 2.5, 8, 8, WHITE, INK)
        c.y += c.text_at(c.left + indent, c.y, c.text_width - indent, question, font(10))
        _answer_lines(c, lines, indent)
    c.ensure(24)
    c.paragraph(packet_text.translate(
        "CallSheet", "Spoke to: ____________________    Date: ____________"), font(10), MUTED)
    c.y += 10


def draw_call_sheet(c: Canvas, sheet: CallSheet) -> None:
    born = packet_text.translate("CallSheet", "born {date}").format(
        date=human_date(sheet.dob)) if sheet.dob else ""
    who = " · ".join(p for p in (sheet.patient_name, born) if p)
    c.title(_title(), who)
    if sheet.question:
        c.fields([(packet_text.translate("CallSheet", "My question"), sheet.question)],
                 label_width=100)
    c.paragraph(packet_text.translate(
        "CallSheet", "Tick each question when it is answered and write the answer on the "
        "lines. Note the name of the person you spoke to and the date."), font(9.5), MUTED)
    if not sheet.specialists:
        c.paragraph(packet_text.translate("CallSheet", "No specialists on the shortlist yet."),
                    font(10.5, italic=True), MUTED)
        return
    c.table([Column(packet_text.translate("CallSheet", "Specialist"), 0.3),
             Column(packet_text.translate("CallSheet", "Specialty and institution"), 0.36),
             Column(packet_text.translate("CallSheet", "Phone"), 0.2),
             Column(packet_text.translate("CallSheet", "Status"), 0.14)],
            [[s.name, s.where, s.phone, _word(STATUSES[s.status])] for s in sheet.specialists])
    for number, specialist in enumerate(sheet.specialists, start=1):
        draw_specialist(c, number, specialist, specialist.id == sheet.chosen_id)


def write_call_sheet_pdf(out: Path, sheet: CallSheet, page_size: str = "A4") -> int:
    """Write the sheet to ``out`` (temp name, then renamed); returns its page count."""

    return write_drawn_pdf(
        out, page_size, _title(), lambda canvas: draw_call_sheet(canvas, sheet),
        lambda reason: CallSheetError(QCoreApplication.translate(
            "CallSheet", "The call sheet could not be written ({reason}).").format(
            reason=reason)))


def paint_call_sheet(device: QPagedPaintDevice, sheet: CallSheet) -> int:
    """Draw the sheet on a printer (set to full-page mode); returns the pages."""
    canvas = DeviceCanvas(device, _title())
    draw_call_sheet(canvas, sheet)
    return canvas.finish()
