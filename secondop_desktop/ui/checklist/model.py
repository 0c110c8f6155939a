"""The readiness check's table: what a reviewer needs, its state and where it was found."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...core.readiness import Item, State
from ...packet.readiness_block import STATE_WORDS, detail_text
from ...translations import QT_TRANSLATE_NOOP
from ..widgets.list_table_model import Index, ListTableModel

COL_ITEM, COL_STATE, COL_FOUND = range(3)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_INK = {
    State.PRESENT: QColor("#1e6b34"),
    State.REQUESTED: QColor("#8a5a00"),
    State.MISSING: QColor("#a1261b"),
    State.NOT_APPLICABLE: QColor("#5b6773"),
}
STATE_SYMBOLS = {State.PRESENT: "✓", State.REQUESTED: "…", State.MISSING: "✗",
                 State.NOT_APPLICABLE: "–"}


def _tr(text: str) -> str:
    """A label of the readiness check's data, in the app's language."""
    return QCoreApplication.translate("Readiness", text)


def state_text(state: State) -> str:
    return f"{STATE_SYMBOLS[state]} {_tr(STATE_WORDS[state])}"


def found_text(item: Item) -> str:
    """Where an item was found: its records, else what was entered, else the request."""
    if item.records:
        return "; ".join(title for _id, title in item.records)
    return detail_text(item, QCoreApplication.translate)


class ChecklistModel(ListTableModel):
    headers = (QT_TRANSLATE_NOOP("ChecklistModel", "What a reviewer needs"),
               QT_TRANSLATE_NOOP("ChecklistModel", "State"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Found in"))

    def item(self, row: int) -> Item:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, item in enumerate(self._rows) if item.key == key), -1)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().headerData(section, orientation, role)
        return QCoreApplication.translate("ChecklistModel", value) if isinstance(value, str) \
            else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: Item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ITEM:
                return _tr(item.label)
            if column == COL_STATE:
                return state_text(item.state)
            return found_text(item)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE:
            return STATE_INK[item.state]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(item.why)
        if role == KEY_ROLE:
            return item.key
        return None
