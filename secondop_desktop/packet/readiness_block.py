"""The packet's Summary says what the file includes for the reviewer and what is still missing
(the readiness check), so that the specialist knows at a glance what not to look for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.readiness import Readiness, State
from .canvas import MUTED, Canvas, font


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
