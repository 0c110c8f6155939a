"""The opinions side by side and the decision guide: one drawing for the PDF, the printer and
the packet.

``draw_comparison`` flows onto a ``Canvas`` (the packet's look): the patient's goals at the top,
the point-by-point table with each point marked in words and a symbol (never colour alone, so
it reads in grayscale), each opinion in full with the answers written down at its visit, then the
decision guide. Nothing here ranks the options: it lays out what the doctors and the patient said.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale
from PySide6.QtGui import QColor, QPagedPaintDevice

from ..core.atomic import write_atomically
from ..core.comparison import EXPLANATION, MARKS, Point, Verdict, compare
from ..core.decision import (
    CHECKS,
    MATTERS_WORDS,
    NO_RECOMMENDATION,
    STATUSES,
    DecisionState,
    Factor,
    Option,
    Step,
)
from ..core.decision import ROLES as DECISION_ROLES
from ..core.errors import SecondOpError
from ..core.opinions import LIST_FIELDS, ROLES, TEXT_FIELDS, Opinion
from ..core.profile import Profile
from ..core.questions import Question
from ..core.wording import items
from ..local_format import partial_date_text
from ..translations import QT_TRANSLATE_NOOP, packet_text
from .canvas import (
    ACCENT,
    BOTTOM,
    INK,
    LEFT,
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

WHITE = QColor("white")
DIFFERENT_TINT = QColor("#d9dee3")  # darker than TINT: still apart from it in grayscale
# (context, source, disambiguation, n) -> text: QCoreApplication.translate for the screens (the
# app's language), packet_text.translate for paper (the export's language).
Translate = Callable[..., str]

# The words of the core's data, shown through translate(context, ...) on the Opinions screen
# and here; listed for lupdate. An opinion's role and fields (core.opinions):
OPINION_WORDS = (
    QT_TRANSLATE_NOOP("Opinion", "Current doctor"),
    QT_TRANSLATE_NOOP("Opinion", "Second opinion"),
    QT_TRANSLATE_NOOP("Opinion", "Another opinion"),
    QT_TRANSLATE_NOOP("Opinion", "Diagnosis"),
    QT_TRANSLATE_NOOP("Opinion", "Stage or extent"),
    QT_TRANSLATE_NOOP("Opinion", "Recommended treatment"),
    QT_TRANSLATE_NOOP("Opinion", "Alternatives mentioned"),
    QT_TRANSLATE_NOOP("Opinion", "Benefits named"),
    QT_TRANSLATE_NOOP("Opinion", "Risks named"),
    QT_TRANSLATE_NOOP("Opinion", "Tests wanted first"),
    QT_TRANSLATE_NOOP("Opinion", "Urgency"),
    QT_TRANSLATE_NOOP("Opinion", "How sure they were"),
    QT_TRANSLATE_NOOP("Opinion", "My notes"),
)
# The role inside a label, "Dr Okafor (current doctor)": its own words (German keeps nouns
# capitalised, so the role cannot be lower-cased in code).
ROLE_IN_LABEL = {
    "current": QT_TRANSLATE_NOOP("Opinion", "current doctor"),
    "second": QT_TRANSLATE_NOOP("Opinion", "second opinion"),
    "other": QT_TRANSLATE_NOOP("Opinion", "another opinion"),
}
# The comparison's marks (core.comparison):
COMPARISON_WORDS = (
    QT_TRANSLATE_NOOP("Comparison", "Same"),
    QT_TRANSLATE_NOOP("Comparison", "Partly the same"),
    QT_TRANSLATE_NOOP("Comparison", "Different"),
    QT_TRANSLATE_NOOP("Comparison", "Only one says"),
    QT_TRANSLATE_NOOP("Comparison", "Not stated"),
    QT_TRANSLATE_NOOP("Comparison", "“Same” and “Different” compare the words the doctors "
                      "used, not who is right. Two wordings can mean the same thing: ask when "
                      "unsure."),
)
# The decision guide's choices (core.decision):
DECISION_WORDS = (
    QT_TRANSLATE_NOOP("Decision", "I have not thought about it yet"),
    QT_TRANSLATE_NOOP("Decision", "I am considering the options"),
    QT_TRANSLATE_NOOP("Decision", "I am close to choosing"),
    QT_TRANSLATE_NOOP("Decision", "I have decided"),
    QT_TRANSLATE_NOOP("Decision", "I decide myself, after hearing the views of others"),
    QT_TRANSLATE_NOOP("Decision", "I decide together with others"),
    QT_TRANSLATE_NOOP("Decision", "Someone else decides, after hearing my views"),
    QT_TRANSLATE_NOOP("Decision", "I know the options and their benefits and risks"),
    QT_TRANSLATE_NOOP("Decision", "I am clear which benefits and risks matter most to me"),
    QT_TRANSLATE_NOOP("Decision", "I have the support and advice I need to choose"),
    QT_TRANSLATE_NOOP("Decision", "I feel sure what is best for me"),
    QT_TRANSLATE_NOOP("Decision", "not at all"),
    QT_TRANSLATE_NOOP("Decision", "a little"),
    QT_TRANSLATE_NOOP("Decision", "somewhat"),
    QT_TRANSLATE_NOOP("Decision", "quite a lot"),
    QT_TRANSLATE_NOOP("Decision", "a lot"),
    QT_TRANSLATE_NOOP("Decision", "very much"),
    QT_TRANSLATE_NOOP("Decision", "SecondOp lays out what the doctors and you said; it does "
                      "not recommend any option."),
)


def _word(context: str, text: str) -> str:
    """A word of the core's data (see the lists above) in the packet's language."""
    return packet_text.translate(context, text) if text else ""


def tr_in_common(shared: list[str], translate: Translate) -> str:
    """What two lists have in common."""
    return translate("OpinionPages", "In common: {items}").format(items="; ".join(shared))


def title() -> str:
    return packet_text.translate("OpinionPages", "Comparing the opinions")


def partial_date(stored: str, translate: Translate, locale: QLocale) -> str:
    """A date as precise as it was given (2026-11-20, 2026-11 or 2026) in ``locale``'s words:
    "20 Nov 2026", "Nov 2026", "2026" in English, "20. Nov. 2026" in German."""
    return partial_date_text(
        stored, locale,
        day_pattern=translate("OpinionPages", "d MMM yyyy", "date pattern: d day, MMM month"),
        month_pattern=translate("OpinionPages", "MMM yyyy", "date pattern: MMM month"))


def paper_locale() -> QLocale:
    """The locale of the packet's language (dates, numbers)."""
    return QLocale(packet_text.language)


def opinion_label(opinion: Opinion, translate: Translate, locale: QLocale) -> str:
    """"Dr Okafor (current doctor), Nov 2026", in ``translate``'s language and ``locale``."""
    role = ROLE_IN_LABEL.get(opinion.role)
    who = translate("Opinion", "{by} ({role})").format(
        by=opinion.by, role=translate("Opinion", role)) if role else opinion.by
    return f"{who}, {partial_date(opinion.date, translate, locale)}" if opinion.date else who


def role_text(opinion: Opinion, translate: Translate) -> str:
    """"Current doctor", in ``translate``'s language ('' when not said)."""
    role = ROLES.get(opinion.role, "")
    return translate("Opinion", role) if role else ""


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
        opinions = vault.opinions.entries()
        linked = {o.document_id for o in opinions if o.document_id is not None}
        return cls(
            profile=vault.patient.get(), opinions=opinions,
            answers={o.id: vault.opinions.answers(o, opinions) for o in opinions},
            records={d.id: d.title for d in vault.documents.records(trashed=None)
                     if d.id in linked},
            state=vault.decision.state(), options=vault.decision.options(),
            set_aside=vault.decision.options(removed=True), steps=vault.decision.steps.entries())

    @property
    def points(self) -> list[Point]:
        return compare(self.opinions)

    def name_of(self, opinion_id: int | None) -> str:
        return next((o.by for o in self.opinions if o.id == opinion_id),
                    packet_text.translate("OpinionPages", "Me"))


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
        detail = tr_in_common(point.shared, packet_text.translate)
    elif point.verdict is Verdict.ONE and len(opinions) > 1:
        detail = next(o.by for o, v in zip(opinions, point.values, strict=True) if v.strip())
    elif point.verdict in (Verdict.SAME, Verdict.PARTLY, Verdict.DIFFERENT):
        silent = [o.by for o, v in zip(opinions, point.values, strict=True) if not v.strip()]
        if silent:
            said = packet_text.translate("OpinionPages", "Not stated by {names}").format(
                names=", ".join(silent))
            detail = "\n".join(p for p in (detail, said) if p)
    return f"{symbol}  {_word('Comparison', words)}", detail


def draw_side_by_side(c: Canvas, opinions: Sequence[Opinion], points: Sequence[Point]) -> None:
    """The point-by-point table: point, agreement (symbol and words), each opinion's words."""
    pad = 4.0
    body, strong, small = font(9.5), font(9.5, bold=True), font(8.5)
    point_w, mark_w = 0.19 * c.text_width, 0.18 * c.text_width
    each = (c.text_width - point_w - mark_w) / max(1, len(opinions))
    titles = [packet_text.translate("OpinionPages", "Point"),
              packet_text.translate("OpinionPages", "Do they agree?"),
              *(opinion_label(o, packet_text.translate, paper_locale()) for o in opinions)]
    # No word of a header or a cell broken where room can be made (the point "Untersuchungen
    # vorab" broke inside "n"); cells measured in bold, as point names and marks may be drawn.
    widths, head = c.fit_columns(
        titles, [point_w, mark_w, *([each] * len(opinions))],
        [[_word("Opinion", p.label), _mark_lines(p, opinions)[0],
          *(cell_text(p.key, v) for v in p.values)] for p in points], strong, pad)
    point_w, mark_w = widths[0], widths[1]

    def header() -> None:
        c.header_row(titles, widths, head, [LEFT] * len(titles), pad, INK)
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
        label = _word("Opinion", point.label)
        height = max([c.measure(label, strong, point_w - 2 * pad), mark_h,
                      *(c.measure(v, body, w - 2 * pad)
                        for v, w in zip(values, widths[2:], strict=True))]) + 2 * pad
        if c.y + height > c.bottom:
            c.new_page()
            header()
        if talk:
            c.box(c.left + point_w, c.y, mark_w, height, DIFFERENT_TINT)
        quiet = point.verdict is Verdict.NONE
        c.text_at(c.left + pad, c.y + pad, point_w - 2 * pad, label, strong,
                  MUTED if quiet else INK)
        x = c.left + point_w + pad
        top = c.y + pad + c.text_at(x, c.y + pad, inner, mark, mark_font, MUTED if quiet else INK)
        if shared:
            c.text_at(x, top + 2, inner, shared, small, INK)
        x = c.left + point_w + mark_w
        for value, width in zip(values, widths[2:], strict=True):
            c.text_at(x + pad, c.y + pad, width - 2 * pad, value, body,
                      MUTED if value == "—" else INK)
            x += width
        c.y += height
        c.line(c.left, c.y, c.left + c.text_width, c.y)
    c.y += 8
    c.paragraph(_word("Comparison", EXPLANATION), font(9, italic=True), MUTED)


def draw_opinion(c: Canvas, opinion: Opinion, answers: list[Question], record: str) -> None:
    c.heading(opinion_label(opinion, packet_text.translate, paper_locale()))
    pairs = [(_word("Opinion", label), cell_text(key, getattr(opinion, key)))
             for key, label in TEXT_FIELDS.items()]
    if opinion.document_id is not None:
        pairs.append((packet_text.translate("OpinionPages", "Written opinion"),
                      packet_text.translate("OpinionPages", "Record {n}: {title}").format(
                          n=opinion.document_id, title=record or packet_text.translate(
                              "OpinionPages", "(title unknown)"))))
    c.fields(pairs, label_width=140)
    if answers:
        c.y += 4
        c.paragraph(packet_text.translate("OpinionPages", "Answers to my questions at this visit"),
                    font(10.5, bold=True))
        for question in answers:
            f = font(10)
            text = f"{question.text}\n→ {question.answer}"
            c.ensure(c.measure(text, f, c.text_width - 14) + 6)
            c.y += c.text_at(c.left + 14, c.y, c.text_width - 14, text, f) + 6
    c.y += 6


def _rating(factor: Factor) -> str:
    if factor.matters is None:  # empty circles, to fill in by hand on paper
        return "○○○○○  " + packet_text.translate("OpinionPages", "not rated yet")
    return (f"{'●' * factor.matters}{'○' * (5 - factor.matters)}  {factor.matters}/5 "
            f"({_word('Decision', MATTERS_WORDS[factor.matters])})")


def _who_said(data: ComparisonData, option: Option) -> str:
    parts = []
    if option.recommended_by():
        parts.append(packet_text.translate("OpinionPages", "recommended by {names}").format(
            names=", ".join(data.name_of(i) for i in option.recommended_by())))
    if option.mentioned_by():
        parts.append(packet_text.translate(
            "OpinionPages", "mentioned as an alternative by {names}").format(
            names=", ".join(data.name_of(i) for i in option.mentioned_by())))
    if option.own and not option.sources:
        parts.append(packet_text.translate("OpinionPages", "added by me"))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def draw_option(c: Canvas, data: ComparisonData, number: int, option: Option) -> None:
    chosen = data.state.choice_id == option.id
    t = packet_text
    title = t.translate("OpinionPages", "Option {n}: {text}").format(n=number, text=option.text)
    if chosen:
        title += "  — " + (t.translate("OpinionPages", "my choice")
                           if data.state.status_key == "decided"
                           else t.translate("OpinionPages", "the one I lean towards"))
    c.ensure(90)
    c.y += c.text_at(c.left, c.y, c.text_width, title, font(11.5, bold=True), ACCENT) + 2
    said = _who_said(data, option)
    if said:
        c.y += c.text_at(c.left, c.y, c.text_width, said, font(9, italic=True), MUTED) + 6
    for kind, heading, empty in (
            ("benefit", packet_text.translate("OpinionPages", "Benefits"),
             packet_text.translate("OpinionPages", "No benefits listed.")),
            ("risk", packet_text.translate("OpinionPages", "Risks"),
             packet_text.translate("OpinionPages", "No risks listed."))):
        factors = option.factors(kind)
        c.table([Column(heading, 0.5), Column(t.translate("OpinionPages", "Named by"), 0.18),
                 Column(t.translate("OpinionPages", "How much it matters to me (0-5)"), 0.32)],
                [[f"{n}. {f.text}", data.name_of(f.opinion_id), _rating(f)]
                 for n, f in enumerate(factors, start=1)],
                empty=empty)
        c.y -= 6


def _check_line(c: Canvas, question: str, answer: str) -> None:
    f = font(10.5)
    height = max(c.measure(question, f, c.text_width - 150), 14)
    c.ensure(height + 8)
    c.text_at(c.left, c.y, c.text_width - 150, question, f)
    x = c.left + c.text_width - 140
    for word, label in (("yes", packet_text.translate("OpinionPages", "Yes")),
                        ("no", packet_text.translate("OpinionPages", "No"))):
        c.box(x, c.y + 1.5, 10, 10, WHITE, INK)
        if answer == word:
            c.text_at(x + 1.2, c.y - 0.5, 10, "X", font(9, bold=True))
        c.text_at(x + 14, c.y, 40, label, f)
        x += 56
    c.y += height + 8


def draw_decision_guide(c: Canvas, data: ComparisonData) -> None:
    t = packet_text
    state = data.state
    c.title(t.translate("OpinionPages", "My decision guide"), t.translate(
        "OpinionPages", "What the doctors said and what matters to me, laid out to decide; "
        "SecondOp does not recommend any option."))
    _boxed(c, t.translate("OpinionPages", "What matters to me"), data.profile.goals,
           _no_goals())
    c.fields([
        (t.translate("OpinionPages", "The decision"), state.question or data.profile.reason),
        (t.translate("OpinionPages", "Decide by"),
         human_date(dt.date.fromisoformat(state.deadline)) if state.deadline else ""),
        (t.translate("OpinionPages", "Where I stand"),
         _word("Decision", STATUSES[state.status_key])),
        (t.translate("OpinionPages", "Who I decide with"), state.decide_with),
        (t.translate("OpinionPages", "How I want to decide"),
         _word("Decision", DECISION_ROLES.get(state.role, ""))),
    ], label_width=140)
    c.heading(t.translate("OpinionPages", "The options"))
    if not data.options:
        c.paragraph(t.translate("OpinionPages", "No options yet: they come from the opinions' "
                                "recommendations and alternatives, or can be added."),
                    font(10.5, italic=True), MUTED)
    for option in data.options:  # numbered by id, as the command line names them
        draw_option(c, data, option.id, option)
    c.heading(t.translate("OpinionPages", "Am I sure? Four checks"))
    answers = state.checks()
    for key, question in CHECKS.items():
        _check_line(c, _word("Decision", question), answers[key])
    if any(answers[k] == "no" for k in CHECKS):
        c.paragraph(t.translate("OpinionPages", "A “no” is common; the next steps are a place "
                                "for what would help: more information, time to weigh what "
                                "matters, someone to talk it through with."),
                    font(9.5, italic=True), MUTED)
    c.heading(t.translate("OpinionPages", "Next steps"))
    done = t.translate("OpinionPages", "yes")
    c.table([Column(t.translate("OpinionPages", "What to do or ask"), 0.5),
             Column(t.translate("OpinionPages", "Whom"), 0.22),
             Column(t.translate("OpinionPages", "By when"), 0.16),
             Column(t.translate("OpinionPages", "Done"), 0.12)],
            [[s.what, s.who, partial_date(s.due, t.translate, paper_locale()),
              done if s.done else ""]
             for s in data.steps],
            empty=t.translate("OpinionPages", "No next steps written down yet."))
    c.paragraph(_word("Decision", NO_RECOMMENDATION), font(9.5, italic=True), MUTED)


def _no_goals() -> str:
    return packet_text.translate("OpinionPages",
                                 "Not written yet (on the Visit screen: What matters to me).")


def draw_comparison(c: Canvas, data: ComparisonData) -> None:
    """The whole comparison and decision guide, flowing from the current page."""
    t = packet_text
    profile = data.profile
    born = t.translate("OpinionPages", "born {date}").format(
        date=human_date(profile.dob_date)) if profile.dob else ""
    prepared = t.translate("OpinionPages", "prepared {date}").format(
        date=human_date(data.today))
    about = " · ".join(p for p in (profile.name, born, prepared) if p)
    c.title(title(), about)
    _boxed(c, t.translate("OpinionPages", "What matters to me"), profile.goals, _no_goals())
    if not data.opinions:
        c.paragraph(t.translate("OpinionPages", "No opinions recorded yet."),
                    font(10.5, italic=True), MUTED)
    else:
        c.heading(t.translate("OpinionPages", "Side by side"))
        draw_side_by_side(c, data.opinions, data.points)
        c.heading(t.translate("OpinionPages", "Each opinion in full"))
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
        of = packet_text.translate("OpinionPages", "page {n} of {total}").format(
            n=self.pages, total=self.total or "?")
        self.text_at(self.left, y, self.text_width / 2, self.footer_name, font(8.5), MUTED)
        self.text_at(self.left + self.text_width / 2, y, self.text_width / 2, of, font(8.5),
                     MUTED, RIGHT)


class _FootedDevice(_Footed, DeviceCanvas):
    pass


def _footer_name(data: ComparisonData) -> str:
    return " · ".join(p for p in (title(), data.profile.name) if p)


def _count_pages(data: ComparisonData, size: tuple[float, float]) -> int:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    canvas = _Footed(Path(), size, title(), device=buffer)
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
            QCoreApplication.translate(
                "OpinionPages", "The comparison could not be written ({reason}).").format(
                reason=exc.strerror or exc)) from exc


def paint_comparison(device: QPagedPaintDevice, data: ComparisonData) -> int:
    """Print on ``device`` (a printer in full-page mode); returns the pages."""
    full = device.pageLayout().fullRectPoints()
    total = _count_pages(data, (full.width(), full.height()))
    canvas = _FootedDevice(device, title())
    canvas.footer_name, canvas.total = _footer_name(data), total
    draw_comparison(canvas, data)
    return canvas.finish()
