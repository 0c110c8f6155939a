"""The read-only list table the newer screens share: whole rows selected one at a time, no
editing in place, one Tab stop, a name for screen readers, and sorting through a proxy."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView, QWidget

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
    # A header narrower than its word ends in "…" rather than losing letters at both sides
    # (German "Einrichtung" read "inrichtun").
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    return table, proxy


class SelectsTheNext(QObject):
    """After rows are deleted from ``table`` (``arm`` first), the row that took their place is
    selected (the last one when they were at the end), so Del can go on down the list: Qt left
    nothing selected, or put its cursor on the row above."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.row: int | None = None  # the first row deleted, while armed
        model = table.model()
        assert model is not None  # the table shows its model already
        model.rowsRemoved.connect(self._removed)

    def arm(self) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        self.row = min(rows) if rows else None

    def _removed(self, *_args: object) -> None:
        row, self.row = self.row, None
        model = self.table.model()
        if row is None or model is None or not model.rowCount():
            return
        self.table.selectRow(min(row, model.rowCount() - 1))


def header_width(table: QTableView, column: int) -> int:
    """The width ``column``'s header needs to show whole, in the header's own (bold) font: Qt's
    measure, less the sort arrow's room where the arrow is not drawn (another column's)."""
    header = table.horizontalHeader()
    size = header.sectionSizeFromContents(column)
    if header.isSortIndicatorShown() and header.sortIndicatorSection() != column:
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return size.width() - size.height() - margin
    return size.width()


class GivesWayToAColumn(QObject):
    """Keeps the headers of ``table``'s stretching columns ``keep`` whole on a narrow window (a
    1024-pixel one in German: "Fachgebiet und Einrichtung" was left 26 pixels) by hiding the
    ``optional`` columns, the last first, while they would be cut; they come back when there
    is room. For columns the screen shows in full beside the list too (its details)."""

    def __init__(self, table: QTableView, keep: Sequence[int], optional: Sequence[int]) -> None:
        super().__init__(table)
        self.table, self.keep, self.optional = table, list(keep), list(optional)
        table.viewport().installEventFilter(self)
        model = table.model()
        assert model is not None  # the table shows its model already
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged,
                       model.layoutChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *_args: object) -> None:
        model = self.table.model()
        room = self.table.viewport().width()
        others = [c for c in range(model.columnCount()) if c not in self.optional
                  and c not in self.keep and not self.table.isColumnHidden(c)]
        # Qt shares the rest out equally among the stretching columns: each needs the room of
        # the longest of their headers.
        needed = len(self.keep) * max(header_width(self.table, c) for c in self.keep)
        needed += sum(self._contents(c) for c in others)
        for column in self.optional:  # the first ones stay longest
            needed += self._contents(column)
            self.table.setColumnHidden(column, needed > room)

    def _contents(self, column: int) -> int:
        return max(header_width(self.table, column), self.table.sizeHintForColumn(column))
