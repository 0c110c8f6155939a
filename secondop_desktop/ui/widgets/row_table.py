"""The read-only list table the newer screens share: whole rows selected one at a time, no
editing in place, one Tab stop, a name for screen readers, and sorting through a proxy."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from .row_table_model import SORT_ROLE


def row_table(model: QAbstractItemModel, name: str, sort_column: int | None = None,
              parent: QWidget | None = None) -> tuple[QTableView, QSortFilterProxyModel | None]:
    """A table showing ``model``; sorted by ``sort_column`` (raw values of SORT_ROLE, through
    the returned proxy) when one is given, else in the model's own order (proxy None)."""
    table = QTableView(parent)
    proxy = None
    if sort_column is None:
        table.setModel(model)
    else:
        proxy = QSortFilterProxyModel(table)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    return table, proxy


class SelectsTheNext(QObject):
    """After rows are deleted from ``table`` (``arm`` first), the row that took their place is
    selected, so Del can go on down the list (Qt leaves nothing selected)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.armed = False
        model = table.model()
        assert model is not None  # the table shows its model already
        model.rowsRemoved.connect(self._removed)

    def arm(self) -> None:
        self.armed = True

    def _removed(self, *_args: object) -> None:
        if not self.armed:
            return
        self.armed = False
        current = self.table.currentIndex()
        if current.isValid() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(current.row())
