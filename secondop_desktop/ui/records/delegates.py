"""How a record's title cell is drawn when the text has something to say.

In the list, while the search box is used, a second line under the title shows the page the words
were found on and the snippet around them, the words in bold ("p. 3: …creatinine 142 µmol/L…").
In the grid, a record whose text names another patient carries the warning sign on the corner of
its thumbnail (the list has a column of its own for it). Both read only what the model holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .model import FLAG, HIT_ROLE, MARKS, WARNING_ROLE

Index = QModelIndex | QPersistentModelIndex
BADGE = 20  # px: the warning sign on a grid thumbnail
FLAG_ICON = 18  # px: the warning sign in the list's narrow column (thumbnails are larger)
_MARK_SPLIT = re.compile(f"({re.escape(MARKS[0])}|{re.escape(MARKS[1])})")


def marked_parts(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is the matched word) pieces, the marks taken out."""
    parts: list[tuple[str, bool]] = []
    bold = False
    for piece in _MARK_SPLIT.split(snippet):
        if piece in MARKS:
            bold = piece == MARKS[0]
        elif piece:
            parts.append((piece, bold))
    return parts


def near_the_match(snippet: str, words_before: int = 3) -> str:
    """The snippet from a few words before its first match, so that a narrow column still
    shows the matched words."""
    start = snippet.find(MARKS[0])
    words = snippet[:start].split()
    if start < 0 or len(words) <= words_before:
        return snippet
    kept = words[len(words) - words_before:]
    return "…" + " ".join(kept) + (" " if kept else "") + snippet[start:]


def found_line(page: int, snippet: str, width_of: Callable[[str, bool], int],
               room: int) -> list[tuple[str, bool]]:
    """The "p. 3: …words **match**…" line as pieces, with as many words before the first match
    (three at most) as let the match itself fit in ``room``."""
    parts: list[tuple[str, bool]] = []
    where = QCoreApplication.translate("RecordTitleDelegate", "p. {page}:").format(page=page)
    for before in (3, 2, 1, 0):
        parts = [(f"{where} ", False), *marked_parts(near_the_match(snippet, before))]
        first = next((i for i, (_text, strong) in enumerate(parts) if strong), len(parts) - 1)
        if sum(width_of(text, strong) for text, strong in parts[:first + 1]) <= room:
            break
    return parts


class RecordTitleDelegate(QStyledItemDelegate):
    """The title cell: a second line with where the search found the words (``grid=False``),
    or the warning sign on the thumbnail of a record naming another patient (``grid=True``)."""

    def __init__(self, parent=None, grid: bool = False) -> None:
        super().__init__(parent)
        self.grid = grid

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if self.grid:
            super().paint(painter, option, index)
            if index.data(WARNING_ROLE):
                self._paint_badge(painter, option, index)
            return
        hit = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        title = opt.text
        opt.text = ""  # background, selection and thumbnail drawn as usual; the text here
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = text_rect.adjusted(2, 0, -2, 0)
        metrics = QFontMetrics(opt.font)
        small = QFont(opt.font)
        small.setPointSizeF(max(1.0, opt.font.pointSizeF() * 0.9))
        small_metrics = QFontMetrics(small)
        height = metrics.height() + small_metrics.height()
        top = rect.top() + max(0, (rect.height() - height) // 2)
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        painter.drawText(QRect(rect.left(), top, rect.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        line = QRect(rect.left(), top + metrics.height(), rect.width(), small_metrics.height())
        bold = QFont(small)
        bold.setBold(True)
        faces = {False: small_metrics, True: QFontMetrics(bold)}
        parts = found_line(hit.page, hit.snippet,
                           lambda text, strong: faces[strong].horizontalAdvance(text),
                           line.width())
        self._paint_parts(painter, line, parts, small)
        painter.restore()

    @staticmethod
    def _paint_parts(painter: QPainter, line: QRect, parts: list[tuple[str, bool]],
                     font: QFont) -> None:
        """Pieces of text one after another on one line, the matched ones bold, the last one
        that does not fit cut with an ellipsis."""
        bold = QFont(font)
        bold.setBold(True)
        x, right = line.left(), line.right()
        for text, strong in parts:
            face = bold if strong else font
            metrics = QFontMetrics(face)
            room = right - x
            if room <= 0:
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setFont(face)
            painter.drawText(QRect(x, line.top(), room, line.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            if shown != text:
                break
            x += metrics.horizontalAdvance(text)

    def _paint_badge(self, painter: QPainter, option: QStyleOptionViewItem,
                     index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        icon_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt, widget)
        sign = index.model().index(index.row(), FLAG, index.parent()).data(
            Qt.ItemDataRole.DecorationRole)
        if sign is None or not icon_rect.isValid():
            return
        # The thumbnail's square canvas holds the page centred: the sign on its corner.
        sign.paint(painter, QRect(icon_rect.right() - BADGE + 1, icon_rect.top(), BADGE, BADGE))


class FlagDelegate(QStyledItemDelegate):
    """The list's narrow warning column: the sign at its own small size, centred (the list's
    icon size is the thumbnails')."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.decorationSize = QSize(FLAG_ICON, FLAG_ICON)  # type: ignore[attr-defined]
        option.decorationAlignment = Qt.AlignmentFlag.AlignCenter  # type: ignore[attr-defined]
