"""Models of the Symptoms screen: the entries table, its filter, and the chart's symptom list."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from ...core.symptoms import SymptomEntry, SymptomStore
from ...translations import QT_TRANSLATE_NOOP
from ..widgets.row_table_model import ID_ROLE, ROOT, SORT_ROLE, Column, Index, RowTableModel
from ..writes import Writer
from .entry_form import severity_word

COL_WHEN, COL_SYMPTOM, COL_SEVERITY, COL_DURATION, COL_TRIGGERS, COL_NOTES = range(6)
_CENTER = Qt.AlignmentFlag.AlignCenter


def _full_text(value: str | None) -> str | None:
    """The whole text as a tooltip, for a cell too narrow to show it all (none when empty)."""
    return value or None


# Headers in English; the model shows them in the app's language (context "SymptomLog").
SYMPTOM_COLUMNS = (
    Column("at", QT_TRANSLATE_NOOP("SymptomLog", "When")),
    Column("symptom", QT_TRANSLATE_NOOP("SymptomLog", "Symptom")),
    Column("severity", QT_TRANSLATE_NOOP("SymptomLog", "Severity"), align=_CENTER,
           tooltip=lambda v: severity_word(v)),
    Column("duration", QT_TRANSLATE_NOOP("SymptomLog", "Duration"), tooltip=_full_text),
    Column("triggers", QT_TRANSLATE_NOOP("SymptomLog", "Triggers"), tooltip=_full_text),
    Column("notes", QT_TRANSLATE_NOOP("SymptomLog", "Notes"), tooltip=_full_text),
)


class SymptomTableModel(RowTableModel):
    def __init__(self, store: SymptomStore, writer: Writer,
                 undo_stack: QUndoStack | None = None, parent=None) -> None:
        columns = [dataclasses.replace(c, header=QCoreApplication.translate("SymptomLog", c.header))
                   for c in SYMPTOM_COLUMNS]
        super().__init__(store, columns, writer, undo_stack, parent)

    def entries(self) -> list[SymptomEntry]:
        return self.items()


class SymptomFilterModel(QSortFilterProxyModel):
    """Shows the entries of one symptom (or all) within an optional date range."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.symptom: str | None = None
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self.setSortRole(SORT_ROLE)

    def set_symptom(self, symptom: str | None) -> None:
        self.beginFilterChange()
        self.symptom = symptom or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_range(self, first: dt.date | None, last: dt.date | None) -> None:
        self.beginFilterChange()
        self.first, self.last = first, last
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, entry: SymptomEntry, symptom: bool = True) -> bool:
        """The date range (and, unless told not to, the symptom) lets ``entry`` through."""
        day = entry.at.date()
        if self.first is not None and day < self.first:
            return False
        if self.last is not None and day > self.last:
            return False
        return not (symptom and self.symptom and entry.symptom != self.symptom)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:  # noqa: N802
        model = self.sourceModel()
        return isinstance(model, SymptomTableModel) and self.accepts(model.item(source_row))

    def id_at(self, row: int) -> int:
        return self.index(row, 0).data(ID_ROLE)


class SymptomChoiceModel(QAbstractListModel):
    """The symptom names with a check box each: which lines the chart draws.

    New names start checked, so a symptom just logged shows up on the chart at once.
    """

    choice_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._hidden: set[str] = set()

    def set_names(self, names: Iterable[str]) -> None:
        names = list(dict.fromkeys(names))
        if names == self._names:
            return
        self.beginResetModel()
        self._names = names
        self.endResetModel()
        self.choice_changed.emit()

    def names(self) -> list[str]:
        return list(self._names)

    def chosen(self) -> list[str]:
        return [n for n in self._names if n not in self._hidden]

    def set_chosen(self, names: Sequence[str]) -> None:
        self._hidden = set(self._names) - set(names)
        if self._names:
            self.dataChanged.emit(self.index(0), self.index(len(self._names) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.choice_changed.emit()

    def rowCount(self, parent: Any = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: Index,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name = self._names[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            hidden = name in self._hidden
            return Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        name = self._names[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._hidden.discard(name)
        else:
            self._hidden.add(name)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.choice_changed.emit()
        return True
