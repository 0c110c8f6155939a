""""Requested, not yet received" on the packet's Summary page: what the specialist will not find.
"""

from __future__ import annotations

from ..core.requests import RecordsRequest
from ..translations import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, packet_text
from .canvas import Canvas
from .question_sheet import short_date

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

HEADING = QT_TRANSLATE_NOOP("Summary", "Requested, not yet received")



def missing_lines(requests: list[RecordsRequest]) -> list[str]:
    """"Pathology slides from City Pathology, asked 3 Nov 2026" for each request still
    awaited, in the packet's language (``RecordsRequests.missing_lines`` is the English twin)."""
    lines = []
    for request in requests:
        if request.status in ("received", "refused"):
            continue
        labels = [packet_text.translate("RequestItems", i.label) for i in request.missing()]
        if not labels:
            continue
        if packet_text.language == SOURCE_LANGUAGE:  # "visit notes, pathology reports" (German
            labels = [label[:1].lower() + label[1:] for label in labels]  # nouns keep theirs)
        items = ", ".join(labels)
        if request.asked:
            lines.append(translate("Summary", "{items} from {provider}, asked {date}").format(
                items=items, provider=request.provider, date=short_date(request.asked)))
        else:
            lines.append(translate("Summary", "{items} from {provider}, not asked yet").format(
                items=items, provider=request.provider))
    return lines


def draw_still_missing(c: Canvas, lines: list[str]) -> None:
    """A short list under the summary; nothing at all when every request has been answered."""
    if not lines:
        return
    c.heading(packet_text.translate("Summary", HEADING))
    for line in lines:
        c.paragraph(f"• {line[:1].upper()}{line[1:]}", indent=6)
