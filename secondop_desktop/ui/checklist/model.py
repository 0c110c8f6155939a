"""The readiness check's table: what a reviewer needs, its state and where it was found."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...core.readiness import Item, State
from ..widgets.list_table_model import Index, ListTableModel

COL_ITEM, COL_STATE, COL_FOUND = range(3)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_INK = {
    State.PRESENT: QColor("#1e6b34"),
    State.REQUESTED: QColor("#8a5a00"),
    State.MISSING: QColor("#a1261b"),
    State.NOT_APPLICABLE: QColor("#5b6773"),
}
STATE_LABELS = {
    State.PRESENT: "✓ Present",
    State.REQUESTED: "… Requested",
    State.MISSING: "✗ Missing",
    State.NOT_APPLICABLE: "– Not applicable",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecklistModel", text)


def found_text(item: Item) -> str:
    """Where an item was found: its records, else what was entered, else the request."""
    if item.records:
        return "; ".join(title for _id, title in item.records)
    return item.detail


class ChecklistModel(ListTableModel):
    headers = ("What a reviewer needs", "State", "Found in")

    def item(self, row: int) -> Item:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, item in enumerate(self._rows) if item.key == key), -1)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().headerData(section, orientation, role)
        return _tr(value) if isinstance(value, str) else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: Item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ITEM:
                return _tr(item.label)
            if column == COL_STATE:
                return _tr(STATE_LABELS[item.state])
            return found_text(item)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE:
            return STATE_INK[item.state]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(item.why)
        if role == KEY_ROLE:
            return item.key
        return None
