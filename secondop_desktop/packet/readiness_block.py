"""The readiness check on paper: on the packet's Summary, what the file includes for the reviewer
and what is still missing (so that the specialist knows at a glance what not to look for); and
the whole check as a page of its own, to print from the Checklist screen or `secondop ready`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

from ..core.atomic import write_atomically
from ..core.errors import SecondOpError
from ..core.readiness import CONDITIONS, Readiness, State
from .canvas import MUTED, Canvas, Column, font, page_points
from .request_letter import DeviceCanvas


def _tr(text: str) -> str:
    return QCoreApplication.translate("Readiness", text)


def records_text(count: int) -> str:
    text = QCoreApplication.translate("Readiness", "%n record(s)", "", count)
    # Until an English translation file is loaded, say it as English does.
    return text.replace("record(s)", "record" if count == 1 else "records")


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
            what = records_text(len(records)) if records else _tr("as the patient entered it")
            included.append(f"{label}: {what}")
        elif item.state is State.PRESENT:
            missing.append(_tr("{label}: the patient has it; not in this packet").format(
                label=label))
        elif item.state is State.REQUESTED:
            missing.append(_tr("{label}: requested ({detail})").format(label=label,
                                                                         detail=item.detail))
        elif item.state is State.MISSING:
            missing.append(_tr("{label}: not in the file yet").format(label=label))
    return included, missing


def draw_readiness(c: Canvas, report: Readiness, in_packet: set[int] | None = None) -> None:
    """Two short lists under the summary: included, and still missing."""
    included, missing = readiness_lines(report, in_packet)
    c.heading(_tr("What this file includes for the reviewer"))
    for line in included or [_tr("Nothing of the usual list yet.")]:
        c.paragraph(f"✓  {line}", font(10), indent=6)
    if missing:
        c.heading(_tr("Still missing"))
        for line in missing:
            c.paragraph(f"–  {line}", font(10), indent=6)
    not_applicable = [_tr(i.label) for i in report.of(State.NOT_APPLICABLE)]
    if not_applicable:
        c.paragraph(_tr("Not applicable, as the patient says: {items}.").format(
            items=", ".join(not_applicable)), font(9.5, italic=True), MUTED)


class ReadinessPdfError(SecondOpError):
    """The checklist could not be written; the message says why."""


STATE_WORDS = {State.PRESENT: "Present", State.REQUESTED: "Requested",
               State.MISSING: "Missing", State.NOT_APPLICABLE: "Not applicable"}


def draw_readiness_page(c: Canvas, report: Readiness, patient: str = "") -> None:
    """The whole check on its own page(s): every item with its state and where it was found,
    then what is still to do."""
    how = _tr("from the diagnosis") if report.guessed else _tr("as set")
    kind = _tr(CONDITIONS[report.condition])
    c.title(_tr("Is my file complete?"), " · ".join(p for p in (
        patient, _tr("Kind of question: {kind} ({how})").format(kind=kind, how=how)) if p))
    rows = []
    for item in report.items:
        found = "; ".join(title for _id, title in item.records) or _tr(item.detail)
        rows.append([_tr(item.label), _tr(STATE_WORDS[item.state]), found])
    c.table([Column(_tr("What a reviewer needs"), 0.34), Column(_tr("State"), 0.16),
             Column(_tr("Found in, or asked for"), 0.5)], rows)
    missing = report.of(State.MISSING)
    if missing:
        c.heading(_tr("Still to get"))
        for item in missing:
            c.paragraph(f"☐  {_tr(item.label)}: {_tr(item.why)}", font(10), indent=6)


def write_readiness_pdf(out: Path, report: Readiness, patient: str = "",
                        page_size: str = "A4") -> int:
    """The check as a PDF of its own (temp name, then renamed); returns its page count."""

    def write(path: Path) -> int:
        canvas = Canvas(path, page_points(page_size), _tr("Is my file complete?"))
        draw_readiness_page(canvas, report, patient)
        return canvas.finish()

    try:
        return write_atomically(Path(out), write)
    except OSError as exc:
        raise ReadinessPdfError(f"The checklist could not be written ({exc.strerror or exc})."
                                ) from exc


def paint_readiness(device: QPagedPaintDevice, report: Readiness, patient: str = "") -> int:
    canvas = DeviceCanvas(device, _tr("Is my file complete?"))
    draw_readiness_page(canvas, report, patient)
    return canvas.finish()
