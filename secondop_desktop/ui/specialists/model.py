"""The shortlist's table: one row per specialist; the one chosen for the appointment marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ...core.specialists import ANSWERS, STATUSES, Specialist
from ...translations import QT_TRANSLATE_NOOP
from ..widgets.list_table_model import Index, ListTableModel
from ..widgets.row_table_model import SORT_ROLE

COL_NAME, COL_WHERE, COL_STATUS, COL_INSURANCE, COL_WAIT = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CHOSEN_MARK = "★ "


def _tr(text: str) -> str:
    """A word of the shortlist's data (core.specialists), in the app's language."""
    return QCoreApplication.translate("Specialists", text)


class SpecialistsModel(ListTableModel):
    """Holds the shortlist it was last given; ``data`` computes one cell, no SQL."""

    headers = (QT_TRANSLATE_NOOP("SpecialistsModel", "Specialist"),
               QT_TRANSLATE_NOOP("SpecialistsModel", "Specialty and institution"),
               QT_TRANSLATE_NOOP("SpecialistsModel", "Status"),
               QT_TRANSLATE_NOOP("SpecialistsModel", "Insurance"),
               QT_TRANSLATE_NOOP("SpecialistsModel", "Wait"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chosen_id: int | None = None

    def set_shortlist(self, specialists: list[Specialist], chosen_id: int | None) -> None:
        self.chosen_id = chosen_id
        self.set_rows(specialists)

    def specialist(self, row: int) -> Specialist:
        return self._rows[row]

    def row_of(self, specialist_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == specialist_id), -1)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().headerData(section, orientation, role)
        return QCoreApplication.translate("SpecialistsModel", value) \
            if isinstance(value, str) else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s: Specialist = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, column)
        if role == SORT_ROLE:
            if column == COL_WAIT:
                return s.wait_days if s.wait_days is not None else 1_000_000
            if column == COL_STATUS:
                return list(STATUSES).index(s.status)
            return self._display(s, column).removeprefix(CHOSEN_MARK).casefold()
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole and s.id == self.chosen_id:
            return QCoreApplication.translate("SpecialistsModel",
                                              "Chosen: the appointment's specialist")
        if role == Qt.ItemDataRole.ForegroundRole and s.status == "declined":
            return Qt.GlobalColor.gray
        return None

    def _display(self, s: Specialist, column: int) -> str:
        if column == COL_NAME:
            return (CHOSEN_MARK if s.id == self.chosen_id else "") + s.name
        if column == COL_WHERE:
            return s.where
        if column == COL_STATUS:
            return _tr(STATUSES[s.status])
        if column == COL_INSURANCE:
            return "" if s.insurance == "unknown" else _tr(ANSWERS[s.insurance])
        if s.wait_days is None:
            return ""
        return QCoreApplication.translate("SpecialistsModel", "%n day(s)", "", s.wait_days)
