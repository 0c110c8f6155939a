"""The Opinions screen's tables: the opinions recorded, and the opinions side by side.

Both hold the snapshot they were last given (``ComparisonData``) and compute one cell at a time
from it, no SQL. The comparison's mark is a symbol and words (never colour alone); the rows
where the doctors' words differ are tinted as well.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont

from ...core.comparison import MARKS, Point, Verdict
from ...core.opinions import Opinion
from ...packet.opinion_pages import (
    DIFFERENT_TINT,
    cell_text,
    partial_date,
    role_text,
    tr_in_common,
)
from ...translations import QT_TRANSLATE_NOOP
from ..widgets.list_table_model import ROOT, Index, ListTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 2
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3
TALK_ABOUT = (Verdict.DIFFERENT, Verdict.PARTLY)


def _word(context: str, text: str) -> str:
    """A word of the core's data ("Opinion", "Comparison"), in the app's language."""
    return QCoreApplication.translate(context, text)


def shown_date(stored: str) -> str:
    """A date as precise as given, in the app's language."""
    return partial_date(stored, QCoreApplication.translate, QLocale())


class OpinionsModel(ListTableModel):
    """One row per opinion: who (and their role), when, what they recommend."""

    headers: ClassVar[tuple[str, ...]] = (QT_TRANSLATE_NOOP("OpinionsModel", "Who"),
                                          QT_TRANSLATE_NOOP("OpinionsModel", "When"),
                                          QT_TRANSLATE_NOOP("OpinionsModel", "Recommends"))
    COL_BY, COL_DATE, COL_RECOMMENDS = range(3)

    def set_opinions(self, opinions: list[Opinion]) -> None:
        self.set_rows(opinions)

    def opinion(self, row: int) -> Opinion:
        opinion: Opinion = self._rows[row]
        return opinion

    def row_of(self, opinion_id: int | None) -> int:
        return next((i for i, o in enumerate(self._rows) if o.id == opinion_id), -1)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        text = super().headerData(section, orientation, role)
        return _word("OpinionsModel", text) if isinstance(text, str) else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        opinion: Opinion = self._rows[index.row()]
        if role == ID_ROLE:
            return opinion.id
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.COL_BY:
                said = role_text(opinion, QCoreApplication.translate)
                return f"{opinion.by}\n{said}" if said else opinion.by
            if column == self.COL_DATE:
                return shown_date(opinion.date)
            return " ".join(opinion.recommendation.split())
        if role == Qt.ItemDataRole.ToolTipRole and opinion.visit:
            return QCoreApplication.translate(
                "OpinionsModel", "The answers written down at the visit belong to this opinion.")
        return None


class ComparisonModel(ListTableModel):
    """One row per point; columns: the mark, then each opinion's words."""

    COL_MARK = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._opinions: list[Opinion] = []

    def set_comparison(self, opinions: list[Opinion], points: list[Point]) -> None:
        self.beginResetModel()
        self._opinions, self._rows = list(opinions), list(points)
        self.endResetModel()

    def point(self, row: int) -> Point:
        point: Point = self._rows[row]
        return point

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 1 + len(self._opinions)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return _word("Opinion", self.point(section).label) \
                if 0 <= section < len(self._rows) else None
        if section == self.COL_MARK:
            return QCoreApplication.translate("OpinionsModel", "Do they agree?")
        if 0 < section <= len(self._opinions):  # on two lines: the columns stay narrow
            opinion = self._opinions[section - 1]
            details = ", ".join(p for p in (role_text(opinion, QCoreApplication.translate),
                                            shown_date(opinion.date)) if p)
            return f"{opinion.by}\n{details}" if details else opinion.by
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        point = self.point(index.row())
        column = index.column()
        if role == VERDICT_ROLE:
            return point.verdict
        if column == self.COL_MARK:
            return self._mark_data(point, role)
        value = point.values[column - 1] if column - 1 < len(point.values) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(point.key, value) or "—"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "{by}: {value}".format(by=self._opinions[column - 1].by, value=value or (
                QCoreApplication.translate("OpinionsModel", "not stated")))
        return None

    @staticmethod
    def _mark_data(point: Point, role: int) -> Any:
        symbol, words = MARKS[point.verdict]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{symbol}  {_word('Comparison', words)}"
            if point.verdict is Verdict.PARTLY and point.shared:
                text += "\n" + tr_in_common(point.shared, QCoreApplication.translate)
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_word('Opinion', point.label)}: {_word('Comparison', words)}"
        if role == Qt.ItemDataRole.BackgroundRole and point.verdict in TALK_ABOUT:
            return QColor(DIFFERENT_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and point.verdict in TALK_ABOUT:
            return QColor("#1d2630")  # dark on the tint in a dark theme too
        if role == Qt.ItemDataRole.FontRole and point.verdict in TALK_ABOUT:
            font = QFont()
            font.setBold(True)
            return font
        return None
