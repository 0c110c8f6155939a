"""The letter telling the current doctor about the second opinion, and talking points for saying
it in person.

Plain and courteous: the patient is seeking a second opinion with the chosen specialist, says
why in their own words, asks for the records and images (naming the items still needed), and
says both doctors may talk to each other. No legal claims. Page 1 is the letter; page 2 holds
talking points for a visit or a call, for the patient, not to send.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPagedPaintDevice

from ..core import readiness
from ..core.errors import SecondOpError
from ..core.profile import Appointment, Profile
from ..core.requests import ITEMS
from ..translations import QT_TRANSLATE_NOOP, packet_text
from .canvas import INK, MUTED, RULE, Canvas, font, write_drawn_pdf
from .question_sheet import human_datetime
from .request_letter import DeviceCanvas, draw_letterhead, draw_signature

WHITE = QColor("white")
# Asked for when neither an open request nor the readiness check names anything.
DEFAULT_ITEMS = ("notes", "imaging-reports", "imaging-cd", "labs")
# What a records request asks for (core.requests.ITEMS), as the letter names them; for lupdate.
ITEM_WORDS = (
    QT_TRANSLATE_NOOP("InformLetter", "Visit notes"),
    QT_TRANSLATE_NOOP("InformLetter", "Discharge summaries"),
    QT_TRANSLATE_NOOP("InformLetter", "Imaging reports"),
    QT_TRANSLATE_NOOP("InformLetter", "Imaging on CD/DVD or download"),
    QT_TRANSLATE_NOOP("InformLetter", "Pathology reports"),
    QT_TRANSLATE_NOOP("InformLetter", "Pathology slides/blocks"),
    QT_TRANSLATE_NOOP("InformLetter", "Operative notes"),
    QT_TRANSLATE_NOOP("InformLetter", "Lab results"),
    QT_TRANSLATE_NOOP("InformLetter", "Medication list"),
    QT_TRANSLATE_NOOP("InformLetter", "Other"),
)


class InformLetterError(SecondOpError):
    """The letter could not be written; the message says why."""


def _same_doctor(a: str, b: str) -> bool:
    def bare(name: str) -> str:
        words = name.casefold().replace(".", " ").split()
        return " ".join(w for w in words if w not in ("dr", "doctor", "prof", "professor"))

    return bool(bare(a)) and bare(a) == bare(b)


def items_to_ask(vault, doctor: str) -> list[str]:
    """The request items to name: what an open request to this doctor still awaits, else what
    the readiness check finds missing or requested, else the usual set."""
    for request in vault.requests.all():
        if request.status not in ("received", "refused") and _same_doctor(request.provider,
                                                                          doctor):
            waiting = [i.item for i in request.missing()]
            if waiting:
                return waiting
    report = readiness.check(vault)
    keys = [i.request_item for i in report.items if i.request_item
            and i.state in (readiness.State.MISSING, readiness.State.REQUESTED)]
    return list(dict.fromkeys(keys)) or list(DEFAULT_ITEMS)


@dataclass(frozen=True)
class InformLetter:
    to: str  # the current doctor
    profile: Profile
    appointment: Appointment
    items: list[str]  # request item keys
    today: dt.date

    @classmethod
    def of(cls, vault, to: str, today: dt.date | None = None) -> InformLetter:
        return cls(to.strip(), vault.patient.get(), vault.appointment.get(),
                   items_to_ask(vault, to), today or dt.date.today())

    @property
    def specialist(self) -> str:
        return self.appointment.specialist.strip()

    def subject(self) -> str:
        return packet_text.translate("InformLetter", "My second opinion")

    def seeing(self) -> str:
        """'Dr Stone (endocrine surgery) at University Hospital on 1 July 2026 at 10:30'."""
        a = self.appointment
        if not self.specialist:
            return ""
        who = f"{self.specialist} ({a.specialty})" if a.specialty else self.specialist
        when = human_datetime(a.when_datetime) if a.when_datetime else ""
        if a.facility and when:
            text = packet_text.translate("InformLetter", "{who} at {place} on {when}")
        elif a.facility:
            text = packet_text.translate("InformLetter", "{who} at {place}")
        elif when:
            text = packet_text.translate("InformLetter", "{who} on {when}")
        else:
            return who
        return text.format(who=who, place=a.facility, when=when)

    def item_labels(self) -> list[str]:
        return [packet_text.translate("InformLetter", ITEMS.get(key, key)) for key in self.items]


def _about(letter: InformLetter) -> str:
    diagnosis = letter.profile.diagnosis.strip()
    if diagnosis:
        return packet_text.translate("InformLetter", "about {diagnosis}").format(
            diagnosis=diagnosis)
    return packet_text.translate("InformLetter", "about my diagnosis and the treatment proposed")


def _checklist(c: Canvas, labels: list[str]) -> None:
    for label in labels:
        c.ensure(18)
        c.box(c.left + 10, c.y + 2.5, 8, 8, WHITE, INK)
        c.y += c.text_at(c.left + 26, c.y, c.text_width - 26, label, font(10.5)) + 3
    c.y += 6


def _specialist(letter: InformLetter) -> str:
    return letter.specialist or packet_text.translate("InformLetter", "the specialist")


def draw_inform_letter(c: Canvas, letter: InformLetter) -> None:
    t = packet_text
    profile = letter.profile
    draw_letterhead(c, profile, [letter.to], letter.today, letter.subject())
    c.paragraph(t.translate("InformLetter", "Dear {doctor},").format(doctor=letter.to))
    c.paragraph(t.translate(
        "InformLetter", "Thank you for the care you have given me. I am writing to let you "
        "know that I have decided to ask for a second opinion {about}.").format(
        about=_about(letter)))
    seeing = letter.seeing()
    c.paragraph(t.translate("InformLetter", "I will see {specialist}.").format(
        specialist=seeing) if seeing else
        t.translate("InformLetter", "I am arranging to see another specialist for this."))
    if profile.reason.strip():
        c.paragraph(t.translate("InformLetter", "In my own words, this is why:"))
        c.paragraph(profile.reason.strip(), font(10.5, italic=True), indent=12)
    c.paragraph(t.translate(
        "InformLetter", "This is not a sign of doubt in your care. I want to understand my "
        "options fully before I decide, and I would like to keep you involved."))
    whom = _specialist(letter)
    c.paragraph(t.translate(
        "InformLetter", "Could you please send copies of my records and images to {whom}, or "
        "give them to me to take along? In particular:").format(whom=whom))
    _checklist(c, letter.item_labels())
    c.paragraph(t.translate(
        "InformLetter", "I am happy for you and {whom} to share information about my care and "
        "to talk with each other.").format(whom=whom))
    c.paragraph(t.translate(
        "InformLetter", "Once I have the second opinion, I would be glad to talk it over with "
        "you."))
    c.paragraph(t.translate("InformLetter", "Thank you very much."))
    c.paragraph(t.translate("InformLetter", "Yours sincerely,"))
    draw_signature(c, profile.name, t.translate("InformLetter", "Signature"),
                   t.translate("InformLetter", "Date"))


def draw_talking_points(c: Canvas, letter: InformLetter) -> None:
    """Page 2: what to say, for a visit or a call (not part of the letter)."""
    t = packet_text
    c.new_page()
    c.title(t.translate("InformLetter", "Telling {doctor} about my second opinion").format(
        doctor=letter.to), t.translate(
        "InformLetter", "Talking points for a visit or a phone call: for me, not to send"))
    profile = letter.profile
    whom = _specialist(letter)
    points = [
        t.translate("InformLetter", "I would like a second opinion {about} before I decide."
                    ).format(about=_about(letter)),
        t.translate("InformLetter", "It is not about trust: I want to be sure I understand "
                    "all my options."),
    ]
    if profile.reason.strip():
        points.append(t.translate("InformLetter", "My reason: {reason}").format(
            reason=profile.reason.strip()))
    if profile.goals.strip():
        points.append(t.translate("InformLetter", "What matters to me: {goals}").format(
            goals=profile.goals.strip()))
    if letter.seeing():
        points.append(t.translate("InformLetter", "I am seeing {specialist}.").format(
            specialist=letter.seeing()))
    points += [
        t.translate("InformLetter", "Could your office send my records and images to {whom}? "
                    "In particular: {items}.").format(
            whom=whom, items="; ".join(letter.item_labels())),
        t.translate("InformLetter", "Would you be willing to talk with {whom} if they have "
                    "questions?").format(whom=whom),
        t.translate("InformLetter", "Can we meet after the second opinion to decide together?"),
    ]
    for point in points:
        c.paragraph(f"•  {point}", indent=6)
    c.y += 8
    c.paragraph(t.translate("InformLetter", "What my doctor said"), font(10.5, bold=True))
    for _ in range(6):
        c.ensure(22)
        c.y += 20
        c.line(c.left, c.y, c.left + c.text_width, c.y, RULE, 0.6)
    c.y += 8
    c.paragraph(t.translate("InformLetter", "Date of the conversation: ____________"),
                font(10), MUTED)


def draw_inform(c: Canvas, letter: InformLetter) -> None:
    draw_inform_letter(c, letter)
    draw_talking_points(c, letter)


def write_inform_pdf(out: Path, letter: InformLetter, page_size: str = "A4") -> int:
    """Write the letter and the talking points to ``out``; returns the page count."""

    return write_drawn_pdf(
        out, page_size, letter.subject(), lambda canvas: draw_inform(canvas, letter),
        lambda reason: InformLetterError(QCoreApplication.translate(
            "InformLetter", "The letter could not be written ({reason}).").format(
            reason=reason)))


def paint_inform(device: QPagedPaintDevice, letter: InformLetter) -> int:
    """Draw the letter and the talking points on a printer (full-page mode)."""
    canvas = DeviceCanvas(device, letter.subject())
    draw_inform(canvas, letter)
    return canvas.finish()
