""""Requested, not yet received" on the packet's Summary page: what the specialist will not find.
"""

from __future__ import annotations

from .canvas import Canvas

HEADING = "Requested, not yet received"


def draw_still_missing(c: Canvas, lines: list[str]) -> None:
    """A short list under the summary; nothing at all when every request has been answered."""
    if not lines:
        return
    c.heading(HEADING)
    for line in lines:
        c.paragraph(f"• {line[:1].upper()}{line[1:]}", indent=6)
