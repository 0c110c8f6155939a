"""The Symptoms screen: quick entry, a chart of severity over time, and the log as a table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.symptoms import SymptomEntry
from ...local_format import date_format, datetime_text
from ..operations import Changes
from ..widgets.form_fields import MessageLabel
from ..widgets.page import Page
from ..widgets.row_table import SelectsTheNext, header_width
from ..writes import Writer
from .chart_widget import SymptomChartWidget
from .entry_form import SymptomEntryForm
from .model import (
    COL_DURATION,
    COL_NOTES,
    COL_SEVERITY,
    COL_SYMPTOM,
    COL_TRIGGERS,
    COL_WHEN,
    SymptomChoiceModel,
    SymptomFilterModel,
    SymptomTableModel,
)

# The log's columns other than Notes: (fewest, most) average characters wide.
FITTED_COLUMNS = {COL_WHEN: (0, 24), COL_SYMPTOM: (12, 20), COL_SEVERITY: (0, 12),
                  COL_DURATION: (10, 16), COL_TRIGGERS: (14, 24)}
NO_DATE = QDate(2000, 1, 1)  # the minimum of the range edits, shown as "any"


class SeverityDelegate(QStyledItemDelegate):
    """Edits a severity with a 0-10 spin box, so an out-of-range number cannot be typed."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QSpinBox(parent)
        editor.setRange(0, 10)
        return editor


def _range_edit(special: str) -> QDateEdit:  # special: shown for "no date" (NO_DATE)
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())  # 2026-10-14, 14.10.2026, 14/10/2026
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(special)
    edit.setDate(NO_DATE)
    return edit


class SymptomsPage(Page):
    title = "Symptoms"

    def __init__(self, vault, services, parent=None) -> None:
        super().__init__(vault, services, parent)
        # Every change is written in the background and announced by the writer.
        self.writer = Writer(services, self, Changes(symptoms=True))
        self.model = SymptomTableModel(vault.symptoms, self.writer, self.undo_stack, self)
        self.proxy = SymptomFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.choices = SymptomChoiceModel(self)
        self.entry_form = SymptomEntryForm(self._add)
        # "Saved: …" and "Deleted …" describe the last action only (see _history_moved).
        self._said_at: int | None = None
        self.undo_stack.indexChanged.connect(self._history_moved)
        self.entry_form.confirm_future = self._confirm_future
        self.entry_form.confirm_name = self._confirm_name
        self.chart = SymptomChartWidget()
        self._build()
        self.model.changed.connect(self._model_changed)
        self.model.modelReset.connect(self._model_changed)
        self.model.rejected.connect(self.table_message.show_error)
        self.choices.choice_changed.connect(self._update_chart)
        self._model_changed()

    def save_pending(self) -> None:
        form = self.entry_form
        if any(edit.text().strip() for edit in (form.symptom, form.duration, form.triggers,
                                                 form.notes)):
            form.submit()

    def pending_problems(self) -> list[tuple[str, QWidget]]:
        form = self.entry_form
        typed = [edit for edit in (form.symptom, form.duration, form.triggers, form.notes)
                 if edit.text().strip()]
        if typed:
            return [(self.tr("The symptom entry is not saved: {reason}").format(
                reason=form.message.text()), typed[0])]
        return []

    def _confirm_future(self, at: dt.datetime) -> bool:
        when = datetime_text(at)  # as the log and the field write it, not "10/14/26 9:30 AM"
        return self.services.dialogs.confirm(
            self, self.tr("A time in the future?"),
            self.tr("The time is {time}, which has not come yet. Save the entry anyway?").format(
                time=when), ok=self.tr("Save anyway"))

    def _confirm_name(self, name: str) -> bool:
        return self.services.dialogs.confirm(
            self, self.tr("A date as the symptom?"),
            self.tr("“%1” looks like a date or a time, not the name of a symptom. Save it as the "
                    "symptom's name anyway?").replace("%1", name), ok=self.tr("Save anyway"))

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.choice_list = QListView()
        self.choice_list.setModel(self.choices)
        self.choice_list.setFixedWidth(190)
        self.choice_list.setAccessibleName(self.tr("Symptoms shown on the chart"))
        chart_row = QWidget()
        chart_box = QHBoxLayout(chart_row)
        chart_box.setContentsMargins(0, 0, 0, 0)
        chart_box.addWidget(self.chart, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel("<b>{}</b>".format(self.tr("Show on the chart"))))
        side.addWidget(self.choice_list, 1)
        chart_box.addLayout(side)

        self.symptom_filter = QComboBox()
        self.symptom_filter.setMinimumContentsLength(16)
        self.symptom_filter.currentIndexChanged.connect(self._filter_changed)
        self.date_from = _range_edit(self.tr("any date"))
        self.date_to = _range_edit(self.tr("any date"))
        self.date_from.setAccessibleName(self.tr("Show entries from"))
        self.date_to.setAccessibleName(self.tr("Show entries up to"))
        self.symptom_filter.setAccessibleName(self.tr("Show entries of symptom"))
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._filter_changed)
        clear = QPushButton(self.tr("Show all"))
        clear.clicked.connect(self.clear_filter)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected entries (Edit > Undo brings them back)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("Symptom")), self.symptom_filter, QLabel(self.tr("From")),
                       self.date_from, QLabel(self.tr("to")), self.date_to, clear):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        filters.addSpacing(12)
        filters.addWidget(self.delete_button)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setAccessibleName(self.tr("Symptom log"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setItemDelegateForColumn(COL_SEVERITY, SeverityDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self.fit_columns)
        self.fit_columns()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.next_after_delete = SelectsTheNext(self.table)
        self.table_message = MessageLabel()

        log = QWidget()
        log_box = QVBoxLayout(log)
        log_box.setContentsMargins(0, 0, 0, 0)
        log_box.addLayout(filters)
        log_box.addWidget(self.table, 1)
        log_box.addWidget(self.table_message)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(chart_row)
        splitter.addWidget(log)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.entry_form)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def fit_columns(self) -> None:
        """Size the columns to what they hold, within bounds, and give Notes the rest.

        Long texts are elided (their tooltip holds them in full), so the log fits the width of a
        small window without sideways scrolling. Widths are set when the log is (re)loaded only,
        so a column the patient widened keeps its width while entries are added.
        """
        char = self.table.fontMetrics().averageCharWidth()
        for column, (fewest, most) in FITTED_COLUMNS.items():
            self.table.resizeColumnToContents(column)
            width = self.table.columnWidth(column) + char  # a little air before the next
            # never narrower than its header ("Intensidad", "Auslöser"), whatever the cap
            self.table.setColumnWidth(column, max(fewest * char, min(width, most * char),
                                                  header_width(self.table, column)))
        # A time always reads "YYYY-MM-DD HH:MM": room for it even when the log starts empty.
        when = self.table.fontMetrics().horizontalAdvance("2000-00-00 00:00") + 2 * char
        self.table.setColumnWidth(COL_WHEN, max(when, self.table.columnWidth(COL_WHEN)))

    # -- keeping the parts in step -------------------------------------------------------------
    def _model_changed(self) -> None:
        names = self.vault.symptoms.names()
        self.entry_form.set_names(names)
        self.choices.set_names(sorted(names, key=str.casefold))
        self._fill_symptom_filter(names)
        self._update_chart()
        self._update_count()

    def _fill_symptom_filter(self, names: list[str]) -> None:
        current = self.proxy.symptom
        self.symptom_filter.blockSignals(True)
        self.symptom_filter.clear()
        self.symptom_filter.addItem(self.tr("All symptoms"))
        self.symptom_filter.addItems(sorted(names, key=str.casefold))
        index = self.symptom_filter.findText(current) if current else 0
        self.symptom_filter.setCurrentIndex(max(index, 0))
        self.symptom_filter.blockSignals(False)
        if current and index < 0:
            self.proxy.set_symptom(None)

    def _filter_changed(self) -> None:
        # The first choice is "All symptoms" (in the app's language: compared by its place).
        index = self.symptom_filter.currentIndex()
        self.proxy.set_symptom(self.symptom_filter.currentText() if index > 0 else None)
        self.proxy.set_range(_date_or_none(self.date_from), _date_or_none(self.date_to))
        self._update_chart()
        self._update_count()

    def clear_filter(self) -> None:
        self.symptom_filter.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)

    def chart_entries(self) -> list[SymptomEntry]:
        """The entries the chart draws: those in the chosen date range."""
        return [e for e in self.model.entries() if self.proxy.accepts(e, symptom=False)]

    def _update_chart(self) -> None:
        self.chart.set_data(self.chart_entries(), self.choices.chosen())

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        entries = self.tr("%n entry(s)", "", total)
        self.count_label.setText(entries if shown == total else self.tr(
            "{shown} of %n entry(s)", "", total).format(shown=shown))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.table.selectionModel().hasSelection())
        self.actions_changed.emit()  # Edit > Delete (the Del key) follows the selection

    def can_delete(self) -> bool:
        return self.table.selectionModel().hasSelection()

    # -- Page ----------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.next_after_delete.arm()
            self.model.remove_rows(rows)
            # In the status bar, with its Undo button: a line under the log made the window
            # taller on a small screen.
            self.notice.emit(self.tr("Deleted the entry.") if len(rows) == 1
                             else self.tr("Deleted %n entries.", "", len(rows)))

    def _add(self, **values: object) -> None:
        self.model.add(**values)
        self._said_at = self.undo_stack.index()  # the form says "Saved: …" of this one

    def _history_moved(self, index: int) -> None:
        """Another action, an Undo or a Redo: what was said of the one before is not news."""
        if index == self._said_at:
            return
        self._said_at = None
        if not self.entry_form.message.is_error:
            self.entry_form.message.clear_message()

    def focus_search(self) -> None:
        self.symptom_filter.setFocus()

    def refresh(self) -> None:
        self.model.reload()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.symptoms and initiator is not self:
            self.refresh()


def _date_or_none(edit: QDateEdit) -> dt.date | None:
    date = edit.date()
    if date == NO_DATE:
        return None
    day = date.toPython()
    assert isinstance(day, dt.date)  # a QDate is always one
    return day
