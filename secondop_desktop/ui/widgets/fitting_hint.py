"""A field's hint that fits the field: the longest of its wordings that does, and the full one
in the tooltip. German and Spanish hints are a third longer than English ones, and a field in
a 1024-pixel window is short ("Frecue…", "Sustancia, p. ej., pe…")."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")  # "Phone or email (optional)": its "(optional)"
_TEXT_MARGIN = 2  # pixels QLineEdit keeps each side of its text (QLineEditPrivate)


def hint_room(edit: QLineEdit) -> int:
    """The width in which ``edit`` draws its text: its contents less the text margins and the
    room its icons (a calendar) take."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    icons = sum(edit.height() for action in edit.actions() if action.isVisible())
    return room.width() - margins.left() - margins.right() - 2 * _TEXT_MARGIN - icons


def wordings(*hints: str) -> list[str]:
    """Each hint, then the same without its closing aside, longest first as given."""
    found: list[str] = []
    for hint in hints:
        for text in (hint, _ASIDE.sub("", hint)):
            if text and text not in found:
                found.append(text)
    return found


class FittingHint(QObject):
    """Keeps the placeholder of ``edit`` the first of ``hints`` (or of them without a closing
    "(optional)") that fits its width, whenever it is resized; the first in full is the
    tooltip (unless it has one)."""

    def __init__(self, edit: QLineEdit, *hints: str) -> None:
        super().__init__(edit)
        self.edit = edit
        self.hints = wordings(*hints)
        edit.setPlaceholderText(self.hints[0])
        if not edit.toolTip():
            edit.setToolTip(self.hints[0])
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        room, metrics = hint_room(self.edit), self.edit.fontMetrics()
        chosen = next((h for h in self.hints if metrics.horizontalAdvance(h) <= room),
                      self.hints[-1])  # none fits: the shortest, which Qt ends with "…"
        if self.edit.placeholderText() != chosen:
            self.edit.setPlaceholderText(chosen)


def fit_hint(edit: QLineEdit, *hints: str) -> QLineEdit:
    """``edit`` with a FittingHint of ``hints``; returns it, for building forms inline."""
    FittingHint(edit, *hints)
    return edit
