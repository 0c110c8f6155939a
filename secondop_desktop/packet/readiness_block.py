"""The readiness check on paper: on the packet's Summary, what the file includes for the reviewer
and what is still missing (so that the specialist knows at a glance what not to look for); and
the whole check as a page of its own, to print from the Checklist screen or `secondop ready`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

from ..core.errors import SecondOpError
from ..core.readiness import CONDITIONS, Item, Readiness, State
from ..local_format import packet_locale, partial_date_text
from ..translations import QT_TRANSLATE_NOOP, packet_text
from .canvas import MUTED, Canvas, Column, font, write_drawn_pdf
from .request_letter import DeviceCanvas

# (context, source, disambiguation, n) -> text: QCoreApplication.translate for the screens (the
# app's language), packet_text.translate for paper (the export's language).
Translate = Callable[..., str]

# The kinds of question, the reviewer's items and why each is wanted (core.readiness), and the
# states: shown through translate("Readiness", ...); listed here for lupdate.
LABELS = (
    QT_TRANSLATE_NOOP("Readiness", "Cancer"),
    QT_TRANSLATE_NOOP("Readiness", "Heart"),
    QT_TRANSLATE_NOOP("Readiness", "Brain and nerves"),
    QT_TRANSLATE_NOOP("Readiness", "Spine and joints"),
    QT_TRANSLATE_NOOP("Readiness", "Other"),
    QT_TRANSLATE_NOOP("Readiness", "Pathology reports"),
    QT_TRANSLATE_NOOP("Readiness", "Of the biopsy and of any surgery."),
    QT_TRANSLATE_NOOP("Readiness", "Pathology slides and blocks"),
    QT_TRANSLATE_NOOP("Readiness", "A second pathologist reviews the slides themselves; the lab "
                      "sends them (often with a signed release)."),
    QT_TRANSLATE_NOOP("Readiness", "Imaging reports"),
    QT_TRANSLATE_NOOP("Readiness", "CT, MRI, PET, ultrasound, mammography."),
    QT_TRANSLATE_NOOP("Readiness", "The images themselves (DICOM)"),
    QT_TRANSLATE_NOOP("Readiness", "A second radiologist reads the images, not only the "
                      "report."),
    QT_TRANSLATE_NOOP("Readiness", "Operative notes"),
    QT_TRANSLATE_NOOP("Readiness", "What the surgeon did and found."),
    QT_TRANSLATE_NOOP("Readiness", "Molecular or biomarker reports"),
    QT_TRANSLATE_NOOP("Readiness", "NGS, IHC, FISH, receptor status."),
    QT_TRANSLATE_NOOP("Readiness", "Treatment so far, with dates"),
    QT_TRANSLATE_NOOP("Readiness", "Drugs and doses, radiotherapy, surgery, and how it went."),
    QT_TRANSLATE_NOOP("Readiness", "ECGs"),
    QT_TRANSLATE_NOOP("Readiness", "Resting ECGs, Holter if done."),
    QT_TRANSLATE_NOOP("Readiness", "Echocardiogram report"),
    QT_TRANSLATE_NOOP("Readiness", "With the images if possible."),
    QT_TRANSLATE_NOOP("Readiness", "Stress tests"),
    QT_TRANSLATE_NOOP("Readiness", "Exercise, stress echo or perfusion tests."),
    QT_TRANSLATE_NOOP("Readiness", "Catheterisation report"),
    QT_TRANSLATE_NOOP("Readiness", "Coronary angiography, if done."),
    QT_TRANSLATE_NOOP("Readiness", "Cardiac imaging (the images)"),
    QT_TRANSLATE_NOOP("Readiness", "Cardiac CT or MRI, echo loops: the files themselves."),
    QT_TRANSLATE_NOOP("Readiness", "MRI and CT reports"),
    QT_TRANSLATE_NOOP("Readiness", "Of the brain or spinal cord."),
    QT_TRANSLATE_NOOP("Readiness", "The MRI and CT images (DICOM)"),
    QT_TRANSLATE_NOOP("Readiness", "EEG and EMG reports"),
    QT_TRANSLATE_NOOP("Readiness", "Nerve conduction studies too."),
    QT_TRANSLATE_NOOP("Readiness", "Neurology notes"),
    QT_TRANSLATE_NOOP("Readiness", "Letters and clinic notes of your neurologist."),
    QT_TRANSLATE_NOOP("Readiness", "MRI, CT and X-ray reports"),
    QT_TRANSLATE_NOOP("Readiness", "Of the spine or the joint."),
    QT_TRANSLATE_NOOP("Readiness", "A second radiologist or surgeon looks at the images, not "
                      "only the report."),
    QT_TRANSLATE_NOOP("Readiness", "Of any operation on the spine or joint."),
    QT_TRANSLATE_NOOP("Readiness", "Physiotherapy notes"),
    QT_TRANSLATE_NOOP("Readiness", "What was tried and how it went."),
    QT_TRANSLATE_NOOP("Readiness", "Injections"),
    QT_TRANSLATE_NOOP("Readiness", "Epidural or joint injections, with dates and effect."),
    QT_TRANSLATE_NOOP("Readiness", "Letters and notes of your doctors"),
    QT_TRANSLATE_NOOP("Readiness", "The notes that led to the diagnosis and the plan."),
    QT_TRANSLATE_NOOP("Readiness", "Reports of the tests done"),
    QT_TRANSLATE_NOOP("Readiness", "Imaging, scopes, biopsies."),
    QT_TRANSLATE_NOOP("Readiness", "The question to answer"),
    QT_TRANSLATE_NOOP("Readiness", "One or two lines that say what you want the reviewer to "
                      "answer."),
    QT_TRANSLATE_NOOP("Readiness", "Current medications"),
    QT_TRANSLATE_NOOP("Readiness", "Names, doses and how often."),
    QT_TRANSLATE_NOOP("Readiness", "Allergies"),
    QT_TRANSLATE_NOOP("Readiness", "Or that you have none."),
    QT_TRANSLATE_NOOP("Readiness", "A timeline"),
    QT_TRANSLATE_NOOP("Readiness", "First symptom, tests, diagnosis and treatments, with dates."),
    QT_TRANSLATE_NOOP("Readiness", "Recent lab results"),
    QT_TRANSLATE_NOOP("Readiness", "Ideally several results over time, not one value."),
)
STATE_WORDS = {State.PRESENT: QT_TRANSLATE_NOOP("Readiness", "Present"),
               State.REQUESTED: QT_TRANSLATE_NOOP("Readiness", "Requested"),
               State.MISSING: QT_TRANSLATE_NOOP("Readiness", "Missing"),
               State.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Readiness", "Not applicable")}


def _tr(text: str) -> str:
    """A label of the core's data in the packet's language."""
    return packet_text.translate("Readiness", text)


def records_text(count: int) -> str:
    return packet_text.translate("Readiness", "%n record(s)", "", count)


def detail_text(item: Item, translate: Translate) -> str:
    """What an item's detail says (core.readiness.DETAILS), in ``translate``'s language."""
    kind, values = item.detail_kind, dict(item.detail_values)
    count = values.get("count", 0)
    for key in ("asked", "due"):  # the drawing's language: the packet's, else the app's
        if key in values:
            values[key] = partial_date_text(values[key], packet_locale())
    if kind == "reason":
        return translate("Readiness", "your reason, on the Visit screen")
    if kind == "listed":
        return translate("Readiness", "%n listed on the Visit screen", "", count)
    if kind == "none-known":
        return translate("Readiness", "none, as you said on the Visit screen")
    if kind == "events":
        return translate("Readiness", "%n event(s) on the Visit screen", "", count)
    if kind == "not-sent":
        return translate("Readiness", "request {id} to {provider}, not sent yet").format(**values)
    if kind == "asked":
        return translate("Readiness", "request {id} to {provider}, asked {asked}").format(
            **values)
    if kind == "asked-due":
        return translate("Readiness", "request {id} to {provider}, asked {asked}, due {due}"
                         ).format(**values)
    if kind == "not-applicable":
        return translate("Readiness", "you said it does not apply")
    if kind == "received":
        return translate("Readiness", "marked received on a records request")
    return item.detail


def readiness_lines(report: Readiness, in_packet: set[int] | None = None
                    ) -> tuple[list[str], list[str]]:
    """(what this packet includes, what is still missing or awaited), one line per item.

    ``in_packet``: the records in this packet (None: all); an item found only in records left
    out of it is missing from the packet, though the patient has it."""
    included, missing = [], []
    for item in report.items:
        label = _tr(item.label)
        records = [r for r, _t in item.records if in_packet is None or r in in_packet]
        if item.state is State.PRESENT and (records or not item.records):
            what = records_text(len(records)) if records else packet_text.translate(
                "Readiness", "as the patient entered it")
            included.append(packet_text.translate("Readiness", "{label}: {what}").format(
                label=label, what=what))
        elif item.state is State.PRESENT:
            missing.append(packet_text.translate(
                "Readiness", "{label}: the patient has it; not in this packet").format(
                label=label))
        elif item.state is State.REQUESTED:
            missing.append(packet_text.translate("Readiness", "{label}: requested ({detail})")
                           .format(label=label,
                                   detail=detail_text(item, packet_text.translate)))
        elif item.state is State.MISSING:
            missing.append(packet_text.translate("Readiness", "{label}: not in the file yet")
                           .format(label=label))
    return included, missing


def draw_readiness(c: Canvas, report: Readiness, in_packet: set[int] | None = None) -> None:
    """Two short lists under the summary: included, and still missing."""
    included, missing = readiness_lines(report, in_packet)
    c.heading(packet_text.translate("Readiness", "What this file includes for the reviewer"))
    for line in included or [packet_text.translate("Readiness", "Nothing of the usual list yet.")]:
        c.paragraph(f"✓  {line}", font(10), indent=6)
    if missing:
        c.heading(packet_text.translate("Readiness", "Still missing"))
        for line in missing:
            c.paragraph(f"–  {line}", font(10), indent=6)
    not_applicable = [_tr(i.label) for i in report.of(State.NOT_APPLICABLE)]
    if not_applicable:
        c.paragraph(packet_text.translate(
            "Readiness", "Not applicable, as the patient says: {items}.").format(
            items=", ".join(not_applicable)), font(9.5, italic=True), MUTED)


class ReadinessPdfError(SecondOpError):
    """The checklist could not be written; the message says why."""


def draw_readiness_page(c: Canvas, report: Readiness, patient: str = "") -> None:
    """The whole check on its own page(s): every item with its state and where it was found,
    then what is still to do."""
    how = (packet_text.translate("Readiness", "from the diagnosis") if report.guessed
           else packet_text.translate("Readiness", "as set"))
    kind = packet_text.translate("Readiness", "Kind of question: {kind} ({how})").format(
        kind=_tr(CONDITIONS[report.condition]), how=how)
    c.title(packet_text.translate("Readiness", "Is my file complete?"),
            " · ".join(p for p in (patient, kind) if p))
    rows = []
    for item in report.items:
        found = ("; ".join(title for _id, title in item.records)
                 or detail_text(item, packet_text.translate))
        rows.append([_tr(item.label), _tr(STATE_WORDS[item.state]), found])
    c.table([Column(packet_text.translate("Readiness", "What a reviewer needs"), 0.34),
             Column(packet_text.translate("Readiness", "State"), 0.16),
             Column(packet_text.translate("Readiness", "Found in, or asked for"), 0.5)], rows)
    missing = report.of(State.MISSING)
    if missing:
        c.heading(packet_text.translate("Readiness", "Still to get"))
        for item in missing:
            c.paragraph(packet_text.translate("Readiness", "☐  {label}: {why}").format(
                label=_tr(item.label), why=_tr(item.why)), font(10), indent=6)


def write_readiness_pdf(out: Path, report: Readiness, patient: str = "",
                        page_size: str = "A4") -> int:
    """The check as a PDF of its own (temp name, then renamed); returns its page count."""

    return write_drawn_pdf(
        out, page_size, packet_text.translate("Readiness", "Is my file complete?"),
        lambda canvas: draw_readiness_page(canvas, report, patient),
        lambda reason: ReadinessPdfError(QCoreApplication.translate(
            "Readiness", "The checklist could not be written ({reason}).").format(
            reason=reason)))


def paint_readiness(device: QPagedPaintDevice, report: Readiness, patient: str = "") -> int:
    canvas = DeviceCanvas(device, packet_text.translate("Readiness", "Is my file complete?"))
    draw_readiness_page(canvas, report, patient)
    return canvas.finish()
