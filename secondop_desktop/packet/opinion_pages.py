"""The opinions side by side and the decision guide: one drawing for the PDF, the printer and
the packet.

``draw_comparison`` flows onto a ``Canvas`` (the packet's look): the patient's goals at the top,
the point-by-point table with each point marked in words and a symbol (never colour alone, so
it reads in grayscale), each opinion in full with the answers written down at its visit, then the
decision guide. Nothing here ranks the options: it lays out what the doctors and the patient said.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice
from PySide6.QtGui import QColor, QPagedPaintDevice

from ..core.atomic import write_atomically
from ..core.comparison import EXPLANATION, MARKS, Point, Verdict, compare
from ..core.decision import (
    CHECKS,
    MATTERS_WORDS,
    NO_RECOMMENDATION,
    ROLES,
    STATUSES,
    DecisionState,
    Factor,
    Option,
    Step,
)
from ..core.errors import SecondOpError
from ..core.opinions import LIST_FIELDS, TEXT_FIELDS, Opinion, readable_date
from ..core.profile import Profile
from ..core.questions import Question
from ..core.wording import items
from .canvas import (
    ACCENT,
    BOTTOM,
    INK,
    MUTED,
    RIGHT,
    RULE,
    TINT,
    Canvas,
    Column,
    font,
    page_points,
)
from .question_sheet import human_date
from .request_letter import DeviceCanvas

TITLE = "Comparing the opinions"
WHITE = QColor("white")
DIFFERENT_TINT = QColor("#d9dee3")  # darker than TINT: still apart from it in grayscale


def tr(text: str) -> str:
    return QCoreApplication.translate("OpinionPages", text)


class ComparisonError(SecondOpError):
    """The comparison could not be written; the message says why."""


@dataclass
class ComparisonData:
    """Everything the pages show, read from the vault at once."""

    profile: Profile
    opinions: list[Opinion]
    answers: dict[int, list[Question]] = field(default_factory=dict)  # by opinion id
    records: dict[int, str] = field(default_factory=dict)  # record id -> title
    state: DecisionState = field(default_factory=DecisionState)
    options: list[Option] = field(default_factory=list)
    set_aside: list[Option] = field(default_factory=list)  # shown on screen, not printed
    steps: list[Step] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)

    @classmethod
    def of(cls, vault) -> ComparisonData:
        opinions = vault.opinions.list()
        linked = {o.document_id for o in opinions if o.document_id is not None}
        return cls(
            profile=vault.patient.get(), opinions=opinions,
            answers={o.id: vault.opinions.answers(o, opinions) for o in opinions},
            records={d.id: d.title for d in vault.documents.list(trashed=None) if d.id in linked},
            state=vault.decision.state(), options=vault.decision.options(),
            set_aside=vault.decision.options(removed=True), steps=vault.decision.steps.list())

    @property
    def points(self) -> list[Point]:
        return compare(self.opinions)

    def name_of(self, opinion_id: int | None) -> str:
        return next((o.by for o in self.opinions if o.id == opinion_id), tr("Me"))


# -- pieces --------------------------------------------------------------------------------
def _boxed(c: Canvas, heading: str, text: str, empty: str) -> None:
    """A tinted box with a small heading: the patient's own words stand out."""
    body = text or empty
    f = font(11) if text else font(10.5, italic=True)
    height = c.measure(body, f, c.text_width - 28) + c.measure(heading, font(9, bold=True),
                                                               c.text_width) + 30
    c.ensure(height)
    c.box(c.left, c.y, c.text_width, height, TINT, RULE)
    c.text_at(c.left + 14, c.y + 10, c.text_width - 28, heading.upper(), font(9, bold=True),
              ACCENT)
    c.text_at(c.left + 14, c.y + 26, c.text_width - 28, body, f, INK if text else MUTED)
    c.y += height + 12


def cell_text(key: str, value: str) -> str:
    if key in LIST_FIELDS:
        entries = items(value)
        return "\n".join(f"• {e}" for e in entries) if len(entries) > 1 else value
    return value


def _mark_lines(point: Point, opinions: Sequence[Opinion]) -> tuple[str, str]:
    """The mark (symbol and words), and a detail: what lists have in common, who alone says."""
    symbol, words = MARKS[point.verdict]
    detail = ""
    if point.verdict is Verdict.PARTLY and point.shared:
        detail = tr("In common:") + " " + "; ".join(point.shared)
    elif point.verdict is Verdict.ONE and len(opinions) > 1:
        detail = next(o.by for o, v in zip(opinions, point.values, strict=True) if v.strip())
    elif point.verdict in (Verdict.SAME, Verdict.PARTLY, Verdict.DIFFERENT):
        silent = [o.by for o, v in zip(opinions, point.values, strict=True) if not v.strip()]
        if silent:
            detail = "\n".join(p for p in (detail, tr("Not stated by {names}").format(
                names=", ".join(silent))) if p)
    return f"{symbol}  {tr(words)}", detail


def draw_side_by_side(c: Canvas, opinions: Sequence[Opinion], points: Sequence[Point]) -> None:
    """The point-by-point table: point, agreement (symbol and words), each opinion's words."""
    pad = 4.0
    point_w, mark_w = 0.19 * c.text_width, 0.18 * c.text_width
    each = (c.text_width - point_w - mark_w) / max(1, len(opinions))
    widths = [point_w, mark_w, *([each] * len(opinions))]
    titles = [tr("Point"), tr("Do they agree?"), *(o.label for o in opinions)]
    body, strong, small = font(9.5), font(9.5, bold=True), font(8.5)

    def header() -> None:
        f = font(9, bold=True)
        height = max(c.measure(t, f, w - 2 * pad) for t, w in zip(titles, widths, strict=True))
        c.box(c.left, c.y, c.text_width, height + 2 * pad, TINT)
        x = c.left
        for title, width in zip(titles, widths, strict=True):
            c.text_at(x + pad, c.y + pad, width - 2 * pad, title, f, INK)
            x += width
        c.y += height + 2 * pad
        c.line(c.left, c.y, c.left + c.text_width, c.y, INK, 0.8)

    c.ensure(80)
    header()
    for point in points:
        talk = point.verdict in (Verdict.DIFFERENT, Verdict.PARTLY)  # the rows to talk about
        mark, shared = _mark_lines(point, opinions)
        mark_font = strong if talk else body
        inner = mark_w - 2 * pad
        mark_h = c.measure(mark, mark_font, inner) + (c.measure(shared, small, inner) + 2
                                                      if shared else 0)
        values = [cell_text(point.key, v) or "—" for v in point.values]
        height = max([c.measure(tr(point.label), strong, point_w - 2 * pad), mark_h,
                      *(c.measure(v, body, each - 2 * pad) for v in values)]) + 2 * pad
        if c.y + height > c.bottom:
            c.new_page()
            header()
        if talk:
            c.box(c.left + point_w, c.y, mark_w, height, DIFFERENT_TINT)
        quiet = point.verdict is Verdict.NONE
        c.text_at(c.left + pad, c.y + pad, point_w - 2 * pad, tr(point.label), strong,
                  MUTED if quiet else INK)
        x = c.left + point_w + pad
        top = c.y + pad + c.text_at(x, c.y + pad, inner, mark, mark_font, MUTED if quiet else INK)
        if shared:
            c.text_at(x, top + 2, inner, shared, small, INK)
        x = c.left + point_w + mark_w
        for value in values:
            c.text_at(x + pad, c.y + pad, each - 2 * pad, value, body,
                      MUTED if value == "—" else INK)
            x += each
        c.y += height
        c.line(c.left, c.y, c.left + c.text_width, c.y)
    c.y += 8
    c.paragraph(tr(EXPLANATION), font(9, italic=True), MUTED)


def _fields(c: Canvas, pairs: Sequence[tuple[str, str]], label_width: float = 140) -> None:
    """Label / value rows, each as tall as the taller of the two (a label may wrap)."""
    f = font(10.5)
    for label, value in pairs:
        if not value:
            continue
        height = max(c.measure(value, f, c.text_width - label_width),
                     c.measure(label, f, label_width - 8))
        c.ensure(height + 4)
        c.text_at(c.left, c.y, label_width - 8, label, f, MUTED)
        c.text_at(c.left + label_width, c.y, c.text_width - label_width, value, f)
        c.y += height + 5


def draw_opinion(c: Canvas, opinion: Opinion, answers: list[Question], record: str) -> None:
    c.heading(opinion.label)
    pairs = [(tr(label), cell_text(key, getattr(opinion, key)))
             for key, label in TEXT_FIELDS.items()]
    if opinion.document_id is not None:
        pairs.append((tr("Written opinion"),
                      tr("Record {n}: {title}").format(n=opinion.document_id,
                                                       title=record or tr("(title unknown)"))))
    _fields(c, pairs)
    if answers:
        c.y += 4
        c.paragraph(tr("Answers to my questions at this visit"), font(10.5, bold=True))
        for question in answers:
            f = font(10)
            text = f"{question.text}\n→ {question.answer}"
            c.ensure(c.measure(text, f, c.text_width - 14) + 6)
            c.y += c.text_at(c.left + 14, c.y, c.text_width - 14, text, f) + 6
    c.y += 6


def _rating(factor: Factor) -> str:
    if factor.matters is None:  # empty circles, to fill in by hand on paper
        return "○○○○○  " + tr("not rated yet")
    return (f"{'●' * factor.matters}{'○' * (5 - factor.matters)}  {factor.matters}/5 "
            f"({tr(MATTERS_WORDS[factor.matters])})")


def _who_said(data: ComparisonData, option: Option) -> str:
    parts = []
    if option.recommended_by():
        parts.append(tr("Recommended by") + " " + ", ".join(
            data.name_of(i) for i in option.recommended_by()))
    if option.mentioned_by():
        parts.append(tr("mentioned as an alternative by") + " " + ", ".join(
            data.name_of(i) for i in option.mentioned_by()))
    if option.own and not option.sources:
        parts.append(tr("added by me"))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def draw_option(c: Canvas, data: ComparisonData, number: int, option: Option) -> None:
    chosen = data.state.choice_id == option.id
    title = tr("Option {n}: {text}").format(n=number, text=option.text)
    if chosen:
        title += "  — " + (tr("my choice") if data.state.status_key == "decided"
                           else tr("the one I lean towards"))
    c.ensure(90)
    c.y += c.text_at(c.left, c.y, c.text_width, title, font(11.5, bold=True), ACCENT) + 2
    said = _who_said(data, option)
    if said:
        c.y += c.text_at(c.left, c.y, c.text_width, said, font(9, italic=True), MUTED) + 6
    for kind, heading in (("benefit", tr("Benefits")), ("risk", tr("Risks"))):
        factors = option.factors(kind)
        c.table([Column(heading, 0.5), Column(tr("Named by"), 0.18),
                 Column(tr("How much it matters to me (0-5)"), 0.32)],
                [[f"{n}. {f.text}", data.name_of(f.opinion_id), _rating(f)]
                 for n, f in enumerate(factors, start=1)],
                empty=tr("No {kind}s listed.").format(kind=tr(kind)))
        c.y -= 6


def _check_line(c: Canvas, question: str, answer: str) -> None:
    f = font(10.5)
    height = max(c.measure(question, f, c.text_width - 150), 14)
    c.ensure(height + 8)
    c.text_at(c.left, c.y, c.text_width - 150, question, f)
    x = c.left + c.text_width - 140
    for word in ("yes", "no"):
        c.box(x, c.y + 1.5, 10, 10, WHITE, INK)
        if answer == word:
            c.text_at(x + 1.2, c.y - 0.5, 10, "X", font(9, bold=True))
        c.text_at(x + 14, c.y, 40, tr(word.capitalize()), f)
        x += 56
    c.y += height + 8


def draw_decision_guide(c: Canvas, data: ComparisonData) -> None:
    state = data.state
    c.title(tr("My decision guide"), tr("What the doctors said and what matters to me, laid out "
                                        "to decide; SecondOp does not recommend any option."))
    _boxed(c, tr("What matters to me"), data.profile.goals,
           tr("Not written yet (on the Visit screen: What matters to me)."))
    _fields(c, [
        (tr("The decision"), state.question or data.profile.reason),
        (tr("Decide by"), human_date(dt.date.fromisoformat(state.deadline))
         if state.deadline else ""),
        (tr("Where I stand"), tr(STATUSES[state.status_key])),
        (tr("Who I decide with"), state.decide_with),
        (tr("How I want to decide"), tr(ROLES.get(state.role, ""))),
    ])
    c.heading(tr("The options"))
    if not data.options:
        c.paragraph(tr("No options yet: they come from the opinions' recommendations and "
                       "alternatives, or can be added."), font(10.5, italic=True), MUTED)
    for option in data.options:  # numbered by id, as the command line names them
        draw_option(c, data, option.id, option)
    c.heading(tr("Am I sure? Four checks"))
    answers = state.checks()
    for key, question in CHECKS.items():
        _check_line(c, tr(question), answers[key])
    if any(answers[k] == "no" for k in CHECKS):
        c.paragraph(tr("A “no” is common; the next steps are a place for what would help: more "
                       "information, time to weigh what matters, someone to talk it through "
                       "with."), font(9.5, italic=True), MUTED)
    c.heading(tr("Next steps"))
    c.table([Column(tr("What to do or ask"), 0.5), Column(tr("Whom"), 0.22),
             Column(tr("By when"), 0.16), Column(tr("Done"), 0.12)],
            [[s.what, s.who, readable_date(s.due), tr("yes") if s.done else ""]
             for s in data.steps], empty=tr("No next steps written down yet."))
    c.paragraph(tr(NO_RECOMMENDATION), font(9.5, italic=True), MUTED)


def draw_comparison(c: Canvas, data: ComparisonData) -> None:
    """The whole comparison and decision guide, flowing from the current page."""
    profile = data.profile
    about = " · ".join(p for p in (profile.name, profile.dob and tr("born {date}").format(
        date=human_date(profile.dob_date)), tr("prepared {date}").format(
        date=human_date(data.today))) if p)
    c.title(tr(TITLE), about)
    _boxed(c, tr("What matters to me"), profile.goals,
           tr("Not written yet (on the Visit screen: What matters to me)."))
    if not data.opinions:
        c.paragraph(tr("No opinions recorded yet."), font(10.5, italic=True), MUTED)
    else:
        c.heading(tr("Side by side"))
        draw_side_by_side(c, data.opinions, data.points)
        c.heading(tr("Each opinion in full"))
        for opinion in data.opinions:
            draw_opinion(c, opinion, data.answers.get(opinion.id, []),
                         data.records.get(opinion.document_id or 0, ""))
    c.new_page()
    draw_decision_guide(c, data)


# -- standalone: a PDF of its own, or the printer -------------------------------------------
class _Footed(Canvas):
    """Adds "name · page x of y" at the foot of every page (the packet stamps its own)."""

    footer_name = ""
    total = 0

    def new_page(self, size: tuple[float, float] | None = None) -> None:
        self._footer()
        super().new_page(size)

    def finish(self) -> int:
        self._footer()
        return super().finish()

    def _footer(self) -> None:
        y = self.height - BOTTOM + 24
        self.line(self.left, y - 4, self.left + self.text_width, y - 4)
        of = tr("page {n} of {total}").format(n=self.pages, total=self.total or "?")
        self.text_at(self.left, y, self.text_width / 2, self.footer_name, font(8.5), MUTED)
        self.text_at(self.left + self.text_width / 2, y, self.text_width / 2, of, font(8.5),
                     MUTED, RIGHT)


class _FootedDevice(_Footed, DeviceCanvas):
    pass


def _footer_name(data: ComparisonData) -> str:
    return " · ".join(p for p in (tr(TITLE), data.profile.name) if p)


def _count_pages(data: ComparisonData, size: tuple[float, float]) -> int:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    canvas = _Footed(Path(), size, tr(TITLE), device=buffer)
    draw_comparison(canvas, data)
    return canvas.finish()


def write_comparison_pdf(out: Path, data: ComparisonData, page_size: str = "A4") -> int:
    """Write the comparison and the decision guide to ``out``; returns its page count."""
    size = page_points(page_size)
    total = _count_pages(data, size)

    def write(path: Path) -> int:
        canvas = _Footed(path, size, _footer_name(data))
        canvas.footer_name, canvas.total = _footer_name(data), total
        draw_comparison(canvas, data)
        return canvas.finish()

    try:
        return write_atomically(Path(out), write)
    except OSError as exc:
        raise ComparisonError(
            tr("The comparison could not be written ({reason}).").format(
                reason=exc.strerror or exc)) from exc


def paint_comparison(device: QPagedPaintDevice, data: ComparisonData) -> int:
    """Print on ``device`` (a printer in full-page mode); returns the pages."""
    full = device.pageLayout().fullRectPoints()
    total = _count_pages(data, (full.width(), full.height()))
    canvas = _FootedDevice(device, tr(TITLE))
    canvas.footer_name, canvas.total = _footer_name(data), total
    draw_comparison(canvas, data)
    return canvas.finish()
