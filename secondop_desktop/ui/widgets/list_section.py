"""One list of the Visit screen: an add row (Enter adds), the table, and a Remove button;
``ListSpec`` says what it shows (the Visit screen declares its lists with it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...translations import shown_reason
from .date_field import PARTIAL_HINT, DateField
from .fitting_hint import FittingHint
from .form_fields import MessageLabel
from .list_table_model import translated
from .row_table import SelectsTheNext
from .row_table_model import PARTIAL_DATE_FIELDS, SORT_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class ListSpec:
    """What one list shows, and the hint in each field of its add row."""

    title: str
    columns: tuple[Column, ...]
    placeholders: tuple[str, ...]
    widths: tuple[int, ...]


class ListSection(QGroupBox):
    """The spec's title and hints are shown translated in the context "ListSection" (mark them
    ``QT_TRANSLATE_NOOP("ListSection", …)``); the columns' headers as the model shows them."""

    def __init__(self, model: RowTableModel, spec: ListSpec,
                 parent: QWidget | None = None) -> None:
        title = translated(self, spec.title)
        super().__init__(title, parent)
        self.model, self.spec = model, spec
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(model)
        self.inputs: list[QLineEdit] = []
        add_row = QHBoxLayout()
        add_row.setSpacing(4)
        for column, hint in zip(spec.columns, spec.placeholders, strict=True):
            hint = translated(self, hint)
            # Dates (since when, when it happened) may be a month or a year: "Oct 2026", "2019".
            edit = DateField(partial=True, hint=hint) if column.field in PARTIAL_DATE_FIELDS \
                else QLineEdit()
            # A date field's calendar icon says "a date" where its hint is one word ("Since"):
            # its tooltip gives the examples the hint has no room for.
            examples = isinstance(edit, DateField) and not any(c.isdigit() for c in hint)
            edit.setToolTip(f"{hint}\n{edit.tr(PARTIAL_HINT)}" if examples else hint)
            # The hint in full where the row has room, else the column's name ("Frecuencia,
            # p. ej. …" in German or Spanish, at 1024 pixels); the tooltip keeps it in full.
            FittingHint(edit, hint, translated(model, column.header))
            edit.setMinimumWidth(64)
            edit.returnPressed.connect(self.add)
            edit.setAccessibleName(f"{title}: {translated(model, column.header)}")
            self.inputs.append(edit)
            # The room shared out as each hint needs it, in this language: a long word
            # ("Frecuencia") is not squeezed while a short one ("Dosis") has room to spare.
            add_row.addWidget(edit, _hint_width(edit, hint))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to {list}").format(list=title))
        self.add_button.clicked.connect(self.add)
        add_row.addWidget(self.add_button)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setAccessibleName(title)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order they were added
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # set before the stretch, whose floor it becomes (a sideways scroll bar below it)
        self.table.horizontalHeader().setDefaultSectionSize(60)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The last column only stretches: a width set on it would become its minimum and push
        # the table into a sideways scroll bar on a narrow window.
        for i, width in enumerate(spec.widths[:-1]):
            self.table.setColumnWidth(i, width)
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove from {list}").format(list=title))
        self.remove_button.setToolTip(self.tr("Remove the selected rows (Edit > Undo brings "
                                              "them back)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.next_after_delete = SelectsTheNext(self.table)
        self.message = MessageLabel()
        model.rejected.connect(self.message.show_error)

        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def values(self) -> dict[str, str]:
        return {c.field: e.core_text() if isinstance(e, DateField) else e.text()
                for c, e in zip(self.spec.columns, self.inputs, strict=True)}

    def add(self) -> bool:
        try:
            self.model.add(**self.values())
        except ValidationError as exc:
            self.message.show_error(shown_reason(exc))
            return False
        for edit in self.inputs:
            edit.clear()
        self.message.clear_message()
        self.inputs[0].setFocus()
        return True

    def selected_rows(self) -> list[int]:
        return sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()})

    def remove_selected(self) -> None:
        self.next_after_delete.arm()
        self.model.remove_rows(self.selected_rows())

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())


def _hint_width(edit: QLineEdit, hint: str) -> int:
    """The width ``edit`` needs to show ``hint`` whole, its icons (a calendar) included."""
    icons = sum(edit.sizeHint().height() for action in edit.actions() if action.isVisible())
    return edit.fontMetrics().horizontalAdvance(hint) + icons + 12
