"""The History screen's table: every exported packet, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...core.sent_log import SentPacket
from ...local_format import datetime_text, human_size
from ...translations import QT_TRANSLATE_NOOP
from ..widgets.list_table_model import Index, ListTableModel

COL_WHEN, COL_TO, COL_FILE, COL_PAGES, COL_SIZE = range(5)
HEADERS = (QT_TRANSLATE_NOOP("SentModel", "When"), QT_TRANSLATE_NOOP("SentModel", "For"),
           QT_TRANSLATE_NOOP("SentModel", "File"), QT_TRANSLATE_NOOP("SentModel", "Pages"),
           QT_TRANSLATE_NOOP("SentModel", "Size"))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SentModel(ListTableModel):
    headers = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SentPacket] = []
        self._exists: list[bool] = []

    def set_entries(self, entries: list[SentPacket], exists: list[bool]) -> None:
        """``exists``: whether each file is still where it was written (checked by the caller)."""
        self._exists = list(exists)
        self.set_rows(entries)

    def entry(self, row: int) -> SentPacket:
        return self._rows[row]

    def file_exists(self, row: int) -> bool:
        return self._exists[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, column, self._exists[index.row()])
        if role == SORT_ROLE:
            return {COL_WHEN: e.at.isoformat(), COL_PAGES: e.pages, COL_SIZE: e.size}.get(
                column, self._display(e, column, True).casefold())
        if role == ID_ROLE:
            return e.id
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [str(e.path), f"SHA-256 {e.sha256}",
                     self.tr("%n record(s)", "", len(e.records)) + ", "
                     + self.tr("%n question(s)", "", len(e.questions))]
            if e.protected:
                lines.append(self.tr("Protected with a password"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_PAGES, COL_SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, e: SentPacket, column: int, exists: bool) -> str:
        if column == COL_WHEN:
            return datetime_text(e.at)
        if column == COL_TO:
            return e.recipient or "—"
        if column == COL_FILE:
            name = self.tr("{file} (password)").format(file=e.file_name) if e.protected \
                else e.file_name
            return name if exists else self.tr("{file} – moved or deleted").format(file=name)
        if column == COL_PAGES:
            return str(e.pages)
        return human_size(e.size)
