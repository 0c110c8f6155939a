"""A table model over one of the vault's row stores, with undoable add, edit and delete.

Symptom entries, medications, allergies and timeline events are all ``RowTable`` stores; this one
model shows any of them from a list of ``Column``s. Every change goes through a QUndoCommand on the
page's undo stack, so Edit > Undo reverts it in the vault and in the view alike; each is written in
the background (``Writer``, in order) and the rows follow once it is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.errors import ValidationError
from ...core.rows import RowTable
from ...local_format import date_text, datetime_text, partial_date_text
from ...translations import QT_TRANSLATE_NOOP, shown_reason
from ..writes import Writer
from .date_field import locale_to_iso
from .list_table_model import translated

# Raw values for sorting: ints, folded text, and ISO text for dates (PySide hands Python datetimes
# to Qt as opaque objects that do not compare).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id in the vault

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid parent of every row of a flat table


def as_text(value: Any) -> str:
    """How a stored value reads in a cell and in an editor: dates as the app's language writes
    them ("2026-10-14 09:30", "14.10.2026 09:30"), which ``from_text`` reads back."""
    if isinstance(value, dt.datetime):
        return datetime_text(value)
    if isinstance(value, dt.date):
        return date_text(value)
    return "" if value is None else str(value)


def from_text(field: str, old: Any, typed: Any) -> Any:
    """What was typed in a cell, as the store reads it: a date in the language's own form
    (14.10.2026, "Okt. 2026") in ISO; anything else as typed."""
    if isinstance(typed, str) and (field in PARTIAL_DATE_FIELDS or isinstance(old, dt.date)):
        return locale_to_iso(typed, with_time=isinstance(old, dt.datetime))
    return typed


translate = QCoreApplication.translate
PARTIAL_DATE_FIELDS = ("date", "since")  # kept as precise as known: 2019, 2026-10 or a day


# The undo steps' names, whole for each kind of row (the store's ``noun``), so that every language
# words them its own way; an unknown kind reads as an "entry". (add, edit, delete one) by noun:
_STEP_TEXTS = {
    "symptom entry": (QT_TRANSLATE_NOOP("RowTableModel", "Add symptom entry"),
                      QT_TRANSLATE_NOOP("RowTableModel", "Edit symptom entry"),
                      QT_TRANSLATE_NOOP("RowTableModel", "Delete symptom entry")),
    "medication": (QT_TRANSLATE_NOOP("RowTableModel", "Add medication"),
                   QT_TRANSLATE_NOOP("RowTableModel", "Edit medication"),
                   QT_TRANSLATE_NOOP("RowTableModel", "Delete medication")),
    "allergy": (QT_TRANSLATE_NOOP("RowTableModel", "Add allergy"),
                QT_TRANSLATE_NOOP("RowTableModel", "Edit allergy"),
                QT_TRANSLATE_NOOP("RowTableModel", "Delete allergy")),
    "event": (QT_TRANSLATE_NOOP("RowTableModel", "Add event"),
              QT_TRANSLATE_NOOP("RowTableModel", "Edit event"),
              QT_TRANSLATE_NOOP("RowTableModel", "Delete event")),
    "entry": (QT_TRANSLATE_NOOP("RowTableModel", "Add entry"),
              QT_TRANSLATE_NOOP("RowTableModel", "Edit entry"),
              QT_TRANSLATE_NOOP("RowTableModel", "Delete entry")),
}
ADD, EDIT, DELETE = range(3)


def step_text(step: int, noun: str, count: int = 1) -> str:
    """The name of an undo step (ADD, EDIT or DELETE ``count`` rows) on rows of ``noun``."""
    if step == DELETE and count != 1:
        return {"symptom entry": translate("RowTableModel", "Delete %n symptom entries", "", count),
                "medication": translate("RowTableModel", "Delete %n medications", "", count),
                "allergy": translate("RowTableModel", "Delete %n allergies", "", count),
                "event": translate("RowTableModel", "Delete %n events", "", count),
                }.get(noun, translate("RowTableModel", "Delete %n entries", "", count))
    return translate("RowTableModel", _STEP_TEXTS.get(noun, _STEP_TEXTS["entry"])[step])


@dataclass(frozen=True)
class Column:
    field: str
    header: str  # English; shown translated: mark it QT_TRANSLATE_NOOP("RowTableModel", …)
    editable: bool = True
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str | None] | None = None  # extra words shown on hover


class RowTableModel(QAbstractTableModel):
    """Rows of a RowTable store; edits and deletes are undoable through ``undo_stack``."""

    rejected = Signal(str)  # a one-line reason why an edit was not saved
    changed = Signal()  # after any add, edit or delete (and their undo)

    def __init__(self, store: RowTable, columns: Sequence[Column], writer: Writer,
                 undo_stack: QUndoStack | None = None, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.columns = list(columns)
        self.undo_stack = undo_stack
        self.writer = writer
        self._rows: list[Any] = []
        self.reload()

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.store.entries()
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def item(self, row: int) -> Any:
        return self._rows[row]

    def items(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, item_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self._rows[index.row()], column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) \
                and column.field in PARTIAL_DATE_FIELDS:
            return partial_date_text(as_text(value))  # "Oct 2026", as precise as typed
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value if isinstance(value, int) else as_text(value)
        if role == SORT_ROLE:
            if isinstance(value, dt.date):
                return value.isoformat()
            return value.casefold() if isinstance(value, str) else value
        if role == ID_ROLE:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return translated(self, self.columns[section].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- changing (each goes through the undo stack) -------------------------------------------
    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        field = self.columns[index.column()].field
        value = from_text(field, getattr(item, field), value)
        try:
            clean = self.store.clean({field: value}, partial=True)
        except ValidationError as exc:
            self.rejected.emit(shown_reason(exc))
            return False
        old = self.store.encode(item)[field]
        if clean[field] == old:
            return False
        self._push(_EditRow(self, item.id, {field: old}, {field: value}))
        return True

    def add(self, **values: Any) -> dict[str, Any]:
        """Validate and add a row (written in the background); raises ValidationError with the
        reason if it is not valid. Returns the values as they will be stored."""
        clean = self.store.clean(dict(values), partial=False)
        self._push(_AddRow(self, values))
        return clean

    def remove_rows(self, rows: Sequence[int]) -> None:
        ids = [self._rows[r].id for r in sorted(set(rows)) if 0 <= r < len(self._rows)]
        if ids:
            self._push(_DeleteRows(self, ids))

    def _push(self, command: QUndoCommand) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()

    # -- what the commands call after changing the vault ---------------------------------------
    def _inserted(self, item: Any) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(item)
        self.endInsertRows()
        self.changed.emit()

    def _replaced(self, item: Any) -> None:
        row = self.row_of(item.id)
        if row >= 0:
            self._rows[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            self.changed.emit()

    def _removed(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def _inserted_all(self, items: list[Any]) -> None:
        for item in items:
            self._inserted(item)

    def _removed_all(self, ids: list[int]) -> None:
        for item_id in ids:
            self._removed(item_id)

    def write(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Write in the background; a step whose row changed under it says why."""
        self.writer(fn, done, failed=self.rejected.emit)


# The commands keep what a write returned (the row added, the rows deleted) on the writer thread,
# where the write that needs it next (its undo) runs: writes run there in order.
class _AddRow(QUndoCommand):
    def __init__(self, model: RowTableModel, values: dict[str, Any]) -> None:
        super().__init__(step_text(ADD, model.store.noun))
        self.model, self.values = model, values
        self.item: Any = None

    def redo(self) -> None:
        store = self.model.store

        def write() -> Any:
            self.item = store.add(**self.values) if self.item is None else store.restore(self.item)
            return self.item

        self.model.write(write, self.model._inserted)

    def undo(self) -> None:
        store = self.model.store

        def write() -> int:
            store.delete(self.item.id)
            return int(self.item.id)

        self.model.write(write, self.model._removed)


class _EditRow(QUndoCommand):
    def __init__(self, model: RowTableModel, item_id: int, old: dict, new: dict) -> None:
        super().__init__(step_text(EDIT, model.store.noun))
        self.model, self.item_id, self.old, self.new = model, item_id, old, new

    def _apply(self, values: dict) -> None:
        store, item_id = self.model.store, self.item_id
        self.model.write(lambda: store.update(item_id, **values), self.model._replaced)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class _DeleteRows(QUndoCommand):
    """Many rows in one transaction, and back in one."""

    def __init__(self, model: RowTableModel, ids: list[int]) -> None:
        super().__init__(step_text(DELETE, model.store.noun, len(ids)))
        self.model, self.ids = model, ids
        self.items: list[Any] = []

    def redo(self) -> None:
        store = self.model.store

        def write() -> list[int]:
            self.items = store.delete_many(self.ids)
            return [item.id for item in self.items]

        self.model.write(write, self.model._removed_all)

    def undo(self) -> None:
        store = self.model.store

        def write() -> list[Any]:
            store.restore_many(self.items)
            return list(self.items)

        self.model.write(write, self.model._inserted_all)
