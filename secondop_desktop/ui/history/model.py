"""The History screen's table: every exported packet, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...core.sent_log import SentPacket
from ..widgets.list_table_model import Index, ListTableModel

COL_WHEN, COL_TO, COL_FILE, COL_PAGES, COL_SIZE = range(5)
HEADERS = ("When", "For", "File", "Pages", "Size")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2



def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB"):
        if size < 1000 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000  # type: ignore[assignment]
    return f"{size:.1f} GB"


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
            return (f"{e.path}\nSHA-256 {e.sha256}\n{len(e.records)} records, "
                    f"{len(e.questions)} questions" + ("\nProtected with a password"
                                                       if e.protected else ""))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_PAGES, COL_SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(e: SentPacket, column: int, exists: bool) -> str:
        if column == COL_WHEN:
            return e.at.strftime("%Y-%m-%d %H:%M")
        if column == COL_TO:
            return e.recipient or "—"
        if column == COL_FILE:
            lock = " (password)" if e.protected else ""
            return e.file_name + lock + ("" if exists else " – moved or deleted")
        if column == COL_PAGES:
            return str(e.pages)
        return human_size(e.size)
