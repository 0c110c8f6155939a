"""The printed question list: one drawing function for the printer, the preview and the packet.

``paint_question_sheet`` lays the questions out on whatever paged device it is given (a printer
at any resolution, a PDF writer, A4 or Letter), measuring everything with the painter so the page
breaks are the same as what ends up on paper. Questions are never split across pages.
QtGui only: the packet is built without widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLineF, QLocale, QMarginsF, QRectF, Qt, QTime
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from ..core.questions import CATEGORIES, PRIORITY_LABELS, TOP_COUNT, Question
from ..translations import QT_TRANSLATE_NOOP, packet_text

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

if TYPE_CHECKING:
    from ..core.vault import Vault

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

TITLE = QT_TRANSLATE_NOOP("QuestionSheet", "Questions for my appointment")
HINT = QT_TRANSLATE_NOOP("QuestionSheet", "Tick the box when a question has been asked, and "
                         "write the answer on the lines below it.")
# core.questions' labels (no Qt there), as the sheet prints them
_LABELS = [QT_TRANSLATE_NOOP("QuestionSheet", "Important"),
           QT_TRANSLATE_NOOP("QuestionSheet", "If time allows"),
           QT_TRANSLATE_NOOP("QuestionSheet", "Must ask"),
           QT_TRANSLATE_NOOP("QuestionSheet", "Diagnosis"),
           QT_TRANSLATE_NOOP("QuestionSheet", "Tests"),
           QT_TRANSLATE_NOOP("QuestionSheet", "Treatment options"),
           QT_TRANSLATE_NOOP("QuestionSheet", "Risks and side effects"),
           QT_TRANSLATE_NOOP("QuestionSheet", "Clinical trials"),
           QT_TRANSLATE_NOOP("QuestionSheet", "Practical matters"),
           QT_TRANSLATE_NOOP("QuestionSheet", "Other")]
MIN_MARGIN_MM = 16.0  # on top of whatever the printer already keeps free
FOOTER_MM = 9.0  # band kept free at the bottom for "page x of y" (ours or the packet's)
RULED_LINES = {1: 4, 2: 3, 3: 2}  # writing space by priority
RULE_SPACING_MM = 8.0

INK = QColor(20, 20, 20)
SOFT = QColor(95, 95, 95)
RULE = QColor(170, 170, 170)
TINT = QColor(238, 238, 238)


@dataclass
class QuestionSheet:
    patient_name: str
    dob: str
    specialist: str
    appointment: str  # human-readable date and time
    questions: list[Question]
    records: dict[int, str] = field(default_factory=dict)  # document id -> title, for "See:"
    goals: str = ""  # what matters to the patient, in their words

    @classmethod
    def from_vault(cls, vault: Vault) -> QuestionSheet:
        patient = vault.patient.get()
        appointment = vault.appointment.get()
        specialist = ", ".join(p for p in (appointment.specialist, appointment.specialty) if p)
        questions = vault.questions.entries()  # priority, then position
        linked = {q.document_id for q in questions if q.document_id is not None}
        records = {d.id: d.title for d in vault.documents.records(trashed=None) if d.id in linked}
        return cls(
            patient_name=patient.name,
            dob=human_date(patient.dob_date),
            specialist=specialist,
            appointment=human_datetime(appointment.when_datetime),
            questions=questions,
            records=records,
            goals=patient.goals,
        )



def human_date(value: dt.date | None) -> str:
    """"7 December 2026", "7. Dezember 2026", "7 de diciembre de 2026": in the language of the
    packet (or letter) being drawn on this thread."""
    if not value:
        return ""
    return QLocale(packet_text.language).toString(
        QDate(value.year, value.month, value.day),
        packet_text.translate("Dates", "d MMMM yyyy"))


def short_date(value: dt.date) -> str:
    """"3 Nov 2026", "3. Nov. 2026", "3 nov 2026": as human_date, the month abbreviated."""
    return QLocale(packet_text.language).toString(
        QDate(value.year, value.month, value.day),
        packet_text.translate("Dates", "d MMM yyyy"))


def human_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    when = QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute))
    return QLocale(packet_text.language).toString(
        when, packet_text.translate("Dates", "dddd d MMMM yyyy, HH:mm"))


def sections(questions: list[Question]) -> list[tuple[str, list[Question]]]:
    """Questions grouped under headings, in print order: the top must-ask ones first.

    A must-ask question already answered is no longer one to ask: it goes under "Answered".
    """
    must = [q for q in questions if q.priority == 1 and not q.answered]
    groups = [
        (translate("QuestionSheet", "Ask these first"), must[:TOP_COUNT]),
        (translate("QuestionSheet", "Also must ask"), must[TOP_COUNT:]),
        (translate("QuestionSheet", "Answered"),
         [q for q in questions if q.priority == 1 and q.answered]),
        (translate("QuestionSheet", PRIORITY_LABELS[2]),
         [q for q in questions if q.priority == 2]),
        (translate("QuestionSheet", PRIORITY_LABELS[3]),
         [q for q in questions if q.priority == 3]),
    ]
    return [(title, items) for title, items in groups if items]


def _font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    # no "fi"/"fl" ligatures: the PDF's text must stay searchable and copyable as typed
    font.setFeature(QFont.Tag("liga"), 0)
    return font


@dataclass
class _Block:
    """Something drawn at a given top, whose height is known before drawing."""

    height: float
    draw: Callable[[float], None]


class _SheetLayout:
    """Measures and draws the parts of the sheet on one begun painter."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice, sheet: QuestionSheet,
                 footer: bool) -> None:
        self.p, self.sheet, self.footer = painter, sheet, footer
        self.mm = device.logicalDpiY() / 25.4
        dpi = device.resolution()  # type: ignore[attr-defined]  # QPdfWriter and QPrinter
        layout = device.pageLayout()
        full, paint = layout.fullRectPixels(dpi), layout.paintRectPixels(dpi)
        scale = device.logicalDpiY() / dpi  # pageLayout pixels -> painter units

        def pad(kept: float) -> float:
            return max(0.0, MIN_MARGIN_MM * self.mm - kept * scale)

        left = pad(paint.left() - full.left())
        right = pad(full.right() - paint.right())
        top = pad(paint.top() - full.top())
        bottom = pad(full.bottom() - paint.bottom())
        width, height = paint.width() * scale, paint.height() * scale
        self.page = QRectF(left, top, width - left - right, height - top - bottom)
        self.footer_top = self.page.bottom() - FOOTER_MM * self.mm
        self.body_bottom = self.footer_top - 3 * self.mm
        self.fonts = {
            "title": _font(19, bold=True),
            "label": _font(7.5, bold=True),
            "value": _font(11),
            "hint": _font(9, italic=True),
            "section": _font(12.5, bold=True),
            "number": _font(12.5, bold=True),
            "question": _font(11.5),
            "meta": _font(8, bold=True),
            "answer": _font(10.5, italic=True),
            "small": _font(8.5),
        }

    # -- measuring and drawing primitives ------------------------------------------------------
    def text_height(self, font: str, text: str, width: float) -> float:
        self.p.setFont(self.fonts[font])
        flags = Qt.TextFlag.TextWordWrap
        return self.p.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def text(self, font: str, rect: QRectF, text: str, color: QColor = INK,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        self.p.setFont(self.fonts[font])
        self.p.setPen(color)
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignTop) | Qt.TextFlag.TextWordWrap,
                        text)

    def hline(self, y: float, x0: float, x1: float, color: QColor, width_mm: float) -> None:
        self.p.setPen(QPen(color, width_mm * self.mm))
        self.p.drawLine(QLineF(x0, y, x1, y))

    # -- the parts -----------------------------------------------------------------------------
    def first_header(self) -> _Block:
        mm, page, sheet = self.mm, self.page, self.sheet
        col = page.width() / 2
        fields = [
            (translate("QuestionSheet", "PATIENT"), sheet.patient_name),
            (translate("QuestionSheet", "DATE OF BIRTH"), sheet.dob),
            (translate("QuestionSheet", "SPECIALIST"), sheet.specialist),
            (translate("QuestionSheet", "APPOINTMENT"), sheet.appointment),
        ]
        title, hint = translate("QuestionSheet", TITLE), translate("QuestionSheet", HINT)
        title_h = self.text_height("title", title, page.width())
        label_h = self.text_height("label", "X", col)
        value_h = max(self.text_height("value", v or "X", col - 6 * mm) for _, v in fields)
        cell_h = label_h + 1.2 * mm + value_h + 4 * mm
        hint_h = self.text_height("hint", hint, page.width())
        goals = sheet.goals.strip()
        goals_label = translate("QuestionSheet", "WHAT MATTERS TO ME")
        goals_h = (label_h + 1.2 * mm + self.text_height("value", goals, page.width()) + 4 * mm
                   if goals else 0.0)
        height = title_h + 6 * mm + 2 * cell_h + goals_h + 2 * mm + hint_h + 4 * mm

        def draw(y: float) -> None:
            self.text("title", QRectF(page.left(), y, page.width(), title_h), title)
            y += title_h + 2 * mm
            self.hline(y, page.left(), page.right(), INK, 0.6)
            y += 4 * mm
            for index, (label, value) in enumerate(fields):
                x = page.left() + (index % 2) * col
                top = y + (index // 2) * cell_h
                self.text("label", QRectF(x, top, col, label_h), label, SOFT)
                value_top = top + label_h + 1.2 * mm
                if value:
                    self.text("value", QRectF(x, value_top, col - 6 * mm, value_h), value)
                else:  # room to fill in by hand
                    self.hline(value_top + value_h, x, x + col - 12 * mm, RULE, 0.25)
            y += 2 * cell_h
            if goals:
                self.text("label", QRectF(page.left(), y, page.width(), label_h), goals_label,
                          SOFT)
                self.text("value", QRectF(page.left(), y + label_h + 1.2 * mm, page.width(),
                                          goals_h), goals)
                y += goals_h
            y += 2 * mm
            self.text("hint", QRectF(page.left(), y, page.width(), hint_h), hint, SOFT)

        return _Block(height, draw)

    def next_header(self) -> _Block:
        mm, page = self.mm, self.page
        name = self.sheet.patient_name
        title = translate("QuestionSheet", TITLE)
        if name:
            text = translate("QuestionSheet", "{title} — {name} (continued)").format(title=title,
                                                                                    name=name)
        else:
            text = translate("QuestionSheet", "{title} (continued)").format(title=title)
        text_h = self.text_height("small", text, page.width())

        def draw(y: float) -> None:
            self.text("small", QRectF(page.left(), y, page.width(), text_h), text, SOFT)
            self.hline(y + text_h + 1.5 * mm, page.left(), page.right(), RULE, 0.3)

        return _Block(text_h + 6 * mm, draw)

    def section(self, title: str) -> _Block:
        mm, page = self.mm, self.page
        text_h = self.text_height("section", title, page.width())

        def draw(y: float) -> None:
            self.text("section", QRectF(page.left(), y, page.width(), text_h), title)
            self.hline(y + text_h + 1.2 * mm, page.left(), page.right(), INK, 0.35)

        return _Block(text_h + 5 * mm, draw)

    def question(self, number: int, question: Question, top: bool) -> _Block:
        mm, page = self.mm, self.page
        gutter = 13 * mm
        x = page.left() + gutter
        width = page.width() - gutter
        meta = self.meta_line(question, top)
        answer = self.answer_line(question)
        text_h = self.text_height("question", question.text, width)
        meta_h = self.text_height("meta", meta, width)
        answer_h = self.text_height("answer", answer, width) if answer else 0.0
        lines = 1 if answer else RULED_LINES.get(question.priority, 3)
        number_h = self.text_height("number", str(number), gutter)
        box = 4.2 * mm
        body_h = text_h + 1.5 * mm + meta_h + (answer_h + 2 * mm if answer else 0.0)
        body_h += lines * RULE_SPACING_MM * mm
        height = max(body_h, number_h + 2 * mm + box) + 1 * mm

        def draw(y: float) -> None:
            if question.priority == 1:  # a bar in the margin marks must-ask questions
                shade = INK if top else SOFT
                self.p.fillRect(QRectF(page.left(), y + 0.5 * mm, 1.1 * mm, body_h - 1 * mm),
                                shade)
            self.text("number", QRectF(page.left() + 2.5 * mm, y, gutter - 5 * mm, number_h),
                      str(number), align=Qt.AlignmentFlag.AlignRight)
            box_rect = QRectF(page.left() + gutter - 2.5 * mm - box, y + number_h + 1.5 * mm,
                              box, box)
            self.p.setPen(QPen(INK, 0.3 * mm))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(box_rect)
            if question.asked:
                self.p.setPen(QPen(INK, 0.5 * mm))
                r = box_rect.adjusted(0.8 * mm, 0.8 * mm, -0.8 * mm, -0.8 * mm)
                self.p.drawLine(QLineF(r.left(), r.center().y(), r.left() + r.width() * 0.4,
                                       r.bottom()))
                self.p.drawLine(QLineF(r.left() + r.width() * 0.4, r.bottom(), r.right(),
                                       r.top()))
            self.text("question", QRectF(x, y, width, text_h), question.text)
            cursor = y + text_h + 1.5 * mm
            self.text("meta", QRectF(x, cursor, width, meta_h), meta, SOFT)
            cursor += meta_h
            if answer:
                cursor += 2 * mm
                self.text("answer", QRectF(x, cursor, width, answer_h), answer)
                cursor += answer_h
            for _ in range(lines):
                cursor += RULE_SPACING_MM * mm
                self.hline(cursor, x, page.right(), RULE, 0.25)

        return _Block(height, draw)

    def meta_line(self, question: Question, top: bool) -> str:
        label = PRIORITY_LABELS.get(question.priority, "")
        category = CATEGORIES.get(question.category)  # a category of the patient's own: as is
        priority = translate("QuestionSheet", label).upper() if label else ""
        parts = [translate("QuestionSheet", "ASK FIRST") if top else priority,
                 (translate("QuestionSheet", category) if category else question.category).upper()]
        if question.document_id is not None:
            title = (self.sheet.records.get(question.document_id)
                     or translate("QuestionSheet", "a record"))
            if question.page:
                parts.append(translate("QuestionSheet", "SEE: {title}, page {page}").format(
                    title=title, page=question.page))
            else:
                parts.append(translate("QuestionSheet", "SEE: {title}").format(title=title))
        return "  ·  ".join(p for p in parts if p)

    @staticmethod
    def answer_line(question: Question) -> str:
        if not question.answer.strip():
            return ""
        answer = question.answer.strip()
        if question.answered_by.strip():
            return translate("QuestionSheet", "Answer ({who}): {answer}").format(
                who=question.answered_by, answer=answer)
        return translate("QuestionSheet", "Answer: {answer}").format(answer=answer)

    def empty_note(self) -> _Block:
        text = translate("QuestionSheet", "No questions yet. Write them here, or add them in "
                                          "SecondOp before printing.")
        height = self.text_height("value", text, self.page.width())

        def draw(y: float) -> None:
            self.text("value", QRectF(self.page.left(), y, self.page.width(), height), text, SOFT)

        return _Block(height, draw)

    def draw_footer(self, page_number: int, pages: int) -> None:
        mm, page, sheet = self.mm, self.page, self.sheet
        y = self.footer_top + 2 * mm
        self.hline(self.footer_top, page.left(), page.right(), RULE, 0.3)
        born = (translate("QuestionSheet", "born {date}").format(date=sheet.dob) if sheet.dob
                else "")
        who = "  ·  ".join(p for p in (sheet.patient_name, born) if p)
        rect = QRectF(page.left(), y, page.width(), FOOTER_MM * mm - 2 * mm)
        self.text("small", rect, who, SOFT)
        page_of = translate("QuestionSheet", "page {number} of {total}")
        self.text("small", rect, page_of.format(number=page_number, total=pages), SOFT,
                  Qt.AlignmentFlag.AlignRight)

    # -- pagination ----------------------------------------------------------------------------
    def units(self) -> list[list[_Block]]:
        """Pieces that stay together on a page: each question, a heading with its first one."""
        units: list[list[_Block]] = []
        number = 0
        first = translate("QuestionSheet", "Ask these first")
        for index, (title, questions) in enumerate(sections(self.sheet.questions)):
            for position, question in enumerate(questions):
                number += 1
                block = self.question(number, question, top=index == 0 and title == first)
                units.append([self.section(title), block] if position == 0 else [block])
        return units or [[self.empty_note()]]

    def paginate(self) -> list[list[tuple[float, _Block]]]:
        gap = 5 * self.mm
        pages: list[list[tuple[float, _Block]]] = []
        page: list[tuple[float, _Block]] = []
        header = self.first_header()
        y = self.page.top()
        page.append((y, header))
        y += header.height
        placed_on_page = 0
        for unit in self.units():
            height = sum(b.height for b in unit)
            if placed_on_page and y + gap + height > self.body_bottom:
                pages.append(page)
                header = self.next_header()
                page, y, placed_on_page = [(self.page.top(), header)], self.page.top(), 0
                y += header.height
            y += gap if placed_on_page else 0.0
            for block in unit:
                page.append((y, block))
                y += block.height
            placed_on_page += 1
        pages.append(page)
        return pages


def paint_question_sheet(painter: QPainter, device: QPagedPaintDevice, sheet: QuestionSheet,
                         footer: bool = True) -> int:
    """Paint the whole sheet with ``painter`` (already begun on ``device``); returns the pages.

    ``device.newPage()`` is called between pages only. With ``footer=False`` the band at the
    bottom stays empty for the caller's own "page x of y".
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    layout = _SheetLayout(painter, device, sheet, footer)
    pages = layout.paginate()
    for number, blocks in enumerate(pages, start=1):
        if number > 1:
            device.newPage()
        for top, block in blocks:
            block.draw(top)
        if footer:
            layout.draw_footer(number, len(pages))
    painter.restore()
    return len(pages)


def write_question_sheet_pdf(path: Path, sheet: QuestionSheet, page_size: str = "A4",
                             footer: bool = True) -> int:
    """Write the sheet as a PDF file; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(translate("QuestionSheet", TITLE))
    writer.setCreator("SecondOp")
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES.get(page_size, PAGE_SIZES["A4"])),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Cannot write {path.name}.")
    try:
        return paint_question_sheet(painter, writer, sheet, footer)
    finally:
        painter.end()
