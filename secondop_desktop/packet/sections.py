"""The packet's generated pages: cover, summary, contents, symptoms, dividers, studies, notices.

Each function draws onto a ``Canvas`` from plain data, so the layout can be looked at and tested
without a vault. The question pages come from question_sheet and the chart from symptom_chart.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QImage

from ..core.profile import Allergy, Appointment, ListState, Medication, Profile
from ..core.questions import Question
from ..core.symptoms import SymptomEntry
from ..local_format import datetime_text, packet_locale
from ..translations import QT_TRANSLATE_NOOP, packet_text
from .canvas import ACCENT, BOTTOM, INK, MARGIN, MUTED, RULE, TINT, Canvas, Column, font
from .question_sheet import human_date, human_datetime
from .summary_lists import ImportedLists, draw_clinical_lists
from .symptom_chart import paint_symptom_chart
from .symptom_summary import summarise
from .wording import reason_text

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

TOC_TITLE_HEIGHT = 72.0
TOC_ROW = 19.0


@dataclass
class TocEntry:
    level: int  # 0 section, 1 record
    title: str
    page: int  # 1-based page number in the packet
    detail: str = ""  # e.g. the record's date, shown in its own column


@dataclass
class TocLink:
    toc_page: int  # 0-based page within the contents
    rect: tuple[float, float, float, float]  # x, y from the top, width, height (points)
    page: int  # 1-based target page


# The Visit screen's choices for sex (stored in English), as the cover prints them
_SEXES = [QT_TRANSLATE_NOOP("Cover", "Female"), QT_TRANSLATE_NOOP("Cover", "Male"),
          QT_TRANSLATE_NOOP("Cover", "Intersex"), QT_TRANSLATE_NOOP("Cover", "Prefer not to say")]


def born_line(profile: Profile) -> str:
    if not profile.dob:
        return ""
    return translate("Cover", "Born {date}").format(date=human_date(profile.dob_date))


# -- cover ---------------------------------------------------------------------------------------
def draw_cover(c: Canvas, profile: Profile, appointment: Appointment, must_ask: list[Question],
               contents_page: Callable[[int], int] | None) -> None:
    """``contents_page`` gives the contents' page number from the cover's own page count."""
    c.box(0, 0, c.width, 10, ACCENT)
    c.y = 96
    c.y += c.text_at(c.left, c.y, c.text_width, translate("Cover", "CONSULTATION PACKET"),
                     font(10, bold=True), ACCENT) + 10
    c.y += c.text_at(c.left, c.y, c.text_width, profile.name or translate("Cover", "Patient"),
                     font(28, bold=True))
    sex = translate("Cover", profile.sex) if profile.sex in _SEXES else profile.sex
    about = " · ".join(p for p in (born_line(profile), sex) if p)
    if about:
        c.y += 4 + c.text_at(c.left, c.y + 4, c.text_width, about, font(13), MUTED)
    c.y += 30
    c.line(c.left, c.y, c.left + c.text_width, c.y, RULE, 0.8)
    c.y += 18
    c.heading(translate("Cover", "Second-opinion appointment"))
    c.fields([
        (translate("Cover", "Specialist"), appointment.specialist),
        (translate("Cover", "Specialty"), appointment.specialty),
        (translate("Cover", "Where"), appointment.facility),
        (translate("Cover", "When"), human_datetime(appointment.when_datetime)),
        (translate("Cover", "Address"), appointment.address),
        (translate("Cover", "Coming along"), appointment.companion),
        (translate("Cover", "Referred by"), appointment.referring),
    ])
    if not any((appointment.specialist, appointment.facility, appointment.when)):
        c.paragraph(translate("Cover", "No appointment details were entered."),
                    font(10.5, italic=True), MUTED)
    if profile.reason:
        c.heading(translate("Cover", "Why I am asking for a second opinion"))
        c.paragraph(profile.reason)
    if profile.goals.strip():
        c.heading(translate("Cover", "What matters to me"))
        c.paragraph(profile.goals.strip())
    still_open = [q for q in must_ask if not q.answered]
    if still_open:
        c.heading(translate("Cover", "Questions I must ask"))
        for number, question in enumerate(still_open, start=1):
            f = font(11)
            height = c.measure(question.text, f, c.text_width - 28)
            c.ensure(height + 8)
            c.text_at(c.left, c.y, 24, f"{number}.", font(11, bold=True), ACCENT)
            c.y += c.text_at(c.left + 24, c.y, c.text_width - 24, question.text, f) + 8
    today = human_date(dt.date.today())
    if contents_page is not None:
        footer = translate("Cover", "Prepared on {date} with SecondOp Desktop. Contents on page "
                                    "{page}.").format(date=today, page=contents_page(c.pages))
    else:
        footer = translate("Cover", "Prepared on {date} with SecondOp Desktop.").format(
            date=today)
    c.text_at(c.left, c.height - BOTTOM - 14, c.text_width, footer, font(9), MUTED)


# -- summary -------------------------------------------------------------------------------------
def draw_summary(c: Canvas, profile: Profile, medications: list[Medication],
                 allergies: list[Allergy], timeline: list[tuple[str, str]],
                 medication_state: ListState | None = None,
                 allergy_state: ListState | None = None,
                 imported: ImportedLists | None = None) -> None:
    """``*_state`` say what an empty list means; without them it is "not recorded".
    ``imported``: the reconciled lists of the imported records, shown beside the patient's."""
    c.title(translate("Summary", "Summary"),
            born_line(profile) and f"{profile.name} · {born_line(profile)}")
    c.heading(translate("Summary", "Diagnosis or plan under review"))
    c.paragraph(profile.diagnosis or translate("Summary", "Not entered."),
                None if profile.diagnosis else font(10.5, italic=True),
                INK if profile.diagnosis else MUTED)
    if profile.reason:
        c.heading(translate("Summary", "Reason for a second opinion"))
        c.paragraph(profile.reason)
    draw_clinical_lists(c, medications, allergies, medication_state, allergy_state, imported)
    c.heading(translate("Summary", "Timeline"))
    c.table([Column(translate("Summary", "Date"), 0.18),
             Column(translate("Summary", "Event or record"), 0.82)],
            [[when, what] for when, what in timeline],
            empty=translate("Summary", "No events or dated records yet."))


# -- contents ------------------------------------------------------------------------------------
def toc_pages(entries: int, size: tuple[float, float]) -> int:
    """Pages the contents take: rows have one fixed height, so this is known before drawing."""
    first, later = _toc_rows(size)
    if entries <= first:
        return 1
    return 1 + math.ceil((entries - first) / later)


def _toc_rows(size: tuple[float, float]) -> tuple[int, int]:
    usable = size[1] - BOTTOM - MARGIN
    return int((usable - TOC_TITLE_HEIGHT) // TOC_ROW), int(usable // TOC_ROW)


def draw_contents(c: Canvas, entries: Sequence[TocEntry]) -> list[TocLink]:
    first, later = _toc_rows((c.width, c.height))
    links: list[TocLink] = []
    c.text_at(c.left, c.y, c.text_width, translate("Contents", "Contents"), font(20, bold=True),
              ACCENT)
    c.line(c.left, c.y + 36, c.left + c.text_width, c.y + 36, ACCENT, 1.2)
    c.y += TOC_TITLE_HEIGHT
    on_page, capacity, toc_page = 0, first, 0
    number_w, detail_w = 40.0, 78.0
    # A row per record: its fonts and their metrics made once, not for each of hundreds.
    fonts = {True: font(10.5, bold=True), False: font(10)}
    metrics = {bold: QFontMetricsF(f, c.writer) for bold, f in fonts.items()}
    detail_font = font(9)
    for entry in entries:
        if on_page == capacity:
            c.new_page()
            on_page, capacity, toc_page = 0, later, toc_page + 1
        bold = entry.level == 0
        f = fonts[bold]
        indent = 0 if bold else 16
        title_w = c.text_width - indent - number_w - (detail_w if entry.detail else 0) - 6
        text = metrics[bold].elidedText(entry.title, Qt.TextElideMode.ElideRight,
                                        title_w * c.k) or entry.title[:1]
        y = c.y + (4 if bold else 3)
        c.text_line(c.left + indent, y, title_w, text, f, ACCENT if bold else INK)
        if entry.detail:  # an ISO date
            c.text_line(c.left + c.text_width - number_w - detail_w, y, detail_w, entry.detail,
                        detail_font, MUTED)
        c.text_line(c.left + c.text_width - number_w, y, number_w, str(entry.page), f, INK,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        c.line(c.left + indent, c.y + TOC_ROW, c.left + c.text_width, c.y + TOC_ROW,
               RULE if not bold else ACCENT, 0.4)
        links.append(TocLink(toc_page, (c.left, c.y, c.text_width, TOC_ROW), entry.page))
        c.y += TOC_ROW
        on_page += 1
    return links


# -- symptoms ------------------------------------------------------------------------------------
def draw_symptoms(c: Canvas, entries: list[SymptomEntry], log_in_appendix: bool = False
                  ) -> None:
    """The chart and, under it, one line per symptom; the full log follows here, or (when
    ``log_in_appendix``) in its own appendix after the records (draw_symptom_log)."""
    c.title(translate("Packet", "Symptoms"),
            translate("Packet", "Severity from 0 (none) to 10 (worst imaginable), as logged by "
                                "the patient"))
    chart_h = min(300.0, c.bottom - c.y - 40)
    paint_symptom_chart(c.painter, c.r(c.left, c.y, c.text_width, chart_h), entries)
    c.fresh = False
    c.y += chart_h + 16
    if not entries:
        return  # the chart says there is nothing to show, once
    c.heading(translate("Packet", "Summary of each symptom"))
    c.table(
        [Column(translate("Packet", "Symptom"), 0.19),
         Column(translate("Packet", "Entries"), 0.09, True),
         Column(translate("Packet", "First – last"), 0.24),
         Column(translate("Packet", "Typical / worst"), 0.14),
         Column(translate("Packet", "Trend"), 0.13),
         Column(translate("Packet", "Common triggers"), 0.21)],
        [[s.symptom, str(s.entries), _span(s.first, s.last), f"{s.typical} / {s.worst}",
          _trend_text(s.trend), ", ".join(s.triggers)] for s in summarise(entries)],
    )
    if log_in_appendix:
        c.paragraph(translate("Packet", "Every entry is listed in the appendix “Symptom log” "
                                        "after the records."), font(9, italic=True), MUTED)
        return
    c.heading(translate("Packet", "Symptom log"))
    _log_table(c, entries)


def draw_symptom_log(c: Canvas, entries: list[SymptomEntry]) -> None:
    """The appendix: every entry of the symptom log, oldest first."""
    c.title(translate("Packet", "Symptom log"),
            translate("Packet", "Appendix: every entry, as logged by the patient"))
    _log_table(c, entries)


def _log_table(c: Canvas, entries: list[SymptomEntry]) -> None:
    locale = packet_locale()
    c.table(
        # "08.09.2026 18:00" on one line
        [Column(translate("Packet", "When"), 0.2), Column(translate("Packet", "Symptom"), 0.18),
         Column(translate("Packet", "Severity"), 0.1, True),
         Column(translate("Packet", "Duration"), 0.13),
         Column(translate("Packet", "Triggers"), 0.17), Column(translate("Packet", "Notes"), 0.22)],
        [[datetime_text(e.at, locale), e.symptom, f"{e.severity}/10", e.duration, e.triggers,
          e.notes] for e in entries],
        empty=translate("Packet", "No symptom entries."),
    )


def _span(first: dt.datetime, last: dt.datetime) -> str:
    if first.date() == last.date():
        return human_date(first.date())
    return f"{human_date(first.date())} – {human_date(last.date())}"


def _trend_text(trend: str) -> str:
    return {"worse": translate("Packet", "worse"), "better": translate("Packet", "better"),
            "about the same": translate("Packet", "about the same")}.get(trend, "")


# -- records -------------------------------------------------------------------------------------
@dataclass
class StudyFacts:
    title: str
    date: str
    modality: str
    description: str
    institution: str
    body_part: str
    series: int
    images: int
    folder: str  # where the original files are, relative to the PDF
    extra: list[tuple[str, str]] = field(default_factory=list)  # header details, series lines
    warning: str = ""  # e.g. the images name another patient


def draw_study(c: Canvas, facts: StudyFacts, preview: QImage | None, preview_error: str,
               report: str = "") -> None:
    c.title(facts.title, translate("Study", "DICOM imaging study"))
    if facts.warning:
        height = c.measure(facts.warning, font(11, bold=True), c.text_width - 28) + 24
        c.box(c.left, c.y, c.text_width, height, TINT, RULE)
        c.text_at(c.left + 14, c.y + 12, c.text_width - 28, facts.warning, font(11, bold=True),
                  INK)
        c.y += height + 10
    c.fields([(translate("Study", "Date"), facts.date),
              (translate("Study", "Modality"), facts.modality),
              (translate("Study", "Description"), facts.description),
              (translate("Study", "Institution"), facts.institution),
              (translate("Study", "Body part"), facts.body_part),
              (translate("Study", "Series"), str(facts.series)),
              (translate("Study", "Images"), str(facts.images)), *facts.extra])
    c.y += 8
    note = translate("Study", "The original DICOM files of this study are in the folder "
                              "“{folder}”, next to this PDF. Open them with a DICOM viewer to "
                              "see every image at full quality.").format(folder=facts.folder)
    height = c.measure(note, font(10), c.text_width - 24) + 20
    c.box(c.left, c.y, c.text_width, height, TINT)
    c.text_at(c.left + 12, c.y + 10, c.text_width - 24, note, font(10), INK)
    c.y += height + 16
    if preview is not None and not preview.isNull():
        room_w, room_h = c.text_width, c.bottom - c.y - 24
        scale = min(room_w / preview.width(), room_h / preview.height())
        w, h = preview.width() * scale, preview.height() * scale
        x = c.left + (room_w - w) / 2
        c.box(x, c.y, w, h, INK)
        c.image(preview, x, c.y, w, h)
        caption = translate("Study", "Preview: an image from the middle of the study, reduced "
                                     "in size.")
        c.text_at(c.left, c.y + h + 6, c.text_width, caption, font(8.5, italic=True), MUTED,
                  Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    elif report:
        c.paragraph(translate("Study", "Structured report (its text, as the file holds it):"),
                    font(10, bold=True), INK)
        c.paragraph(report, font(10), INK)
    else:
        c.paragraph(translate("Study", "No preview: {reason}.").format(
            reason=reason_text(preview_error)),
                    font(10, italic=True), MUTED)


def draw_notice(c: Canvas, title: str, pairs: list[tuple[str, str]], reason: str) -> None:
    c.title(title, translate("Notice", "Record"))
    c.fields(pairs)
    c.y += 10
    text = translate("Notice", "This record could not be included: {reason}.").format(
        reason=reason_text(reason))
    height = c.measure(text, font(11, bold=True), c.text_width - 28) + 24
    c.box(c.left, c.y, c.text_width, height, TINT, RULE)
    c.text_at(c.left + 14, c.y + 12, c.text_width - 28, text, font(11, bold=True), INK)
    c.y += height + 10
    c.paragraph(translate("Notice", "The original is still safe in the patient's records; ask "
                                    "for a copy if you need it."), font(10), MUTED)


def draw_left_out(c: Canvas, left_out: list[tuple[str, str]]) -> None:
    """The last page: every record, or page of one, that is not in the packet, and why."""
    c.title(translate("Packet", "Not included"),
            translate("Packet", "Records the patient has that are not in this packet"))
    c.table([Column(translate("Packet", "Record"), 0.4),
             Column(translate("Packet", "Why it is not included"), 0.6)],
            [[title, reason_text(reason)] for title, reason in left_out])
    c.paragraph(translate("Packet", "The originals are still safe in the patient's records; ask "
                                    "for a copy if you need one."), font(10), MUTED)
