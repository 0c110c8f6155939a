"""The Visit screen's "From your records" box: medications, allergies and problems read from the
imported clinical documents, each with where it came from, and the differences between those
documents for the patient to settle (keep one, keep both, or a note).

Read in the background; the patient's own lists above are never changed from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.clinical import Difference, Item
from ...translations import QT_TRANSLATE_NOOP
from ..operations import Changes, QueryOp, TaskContext
from ..widgets.row_table_model import ROOT, Index
from ..writes import Writer

# The words below are English; _tr() shows them in the app's language (context "FromRecords").
CATEGORY_TABS = (("medication", QT_TRANSLATE_NOOP("FromRecords", "Medications")),
                 ("allergy", QT_TRANSLATE_NOOP("FromRecords", "Allergies")),
                 ("problem", QT_TRANSLATE_NOOP("FromRecords", "Problems")))
ITEM_COLUMNS = (QT_TRANSLATE_NOOP("FromRecords", "Name"),
                QT_TRANSLATE_NOOP("FromRecords", "Details"),
                QT_TRANSLATE_NOOP("FromRecords", "Status"),
                QT_TRANSLATE_NOOP("FromRecords", "From"))
ITEM_WIDTHS = (180, 130, 70)  # the last column (From) takes the rest
DIFFERENCE_COLUMNS = (QT_TRANSLATE_NOOP("FromRecords", "About"),
                      QT_TRANSLATE_NOOP("FromRecords", "What differs"),
                      QT_TRANSLATE_NOOP("FromRecords", "Settled"))
CHOICE_WORDS = {"keep_one": QT_TRANSLATE_NOOP("FromRecords", "kept one"),
                "keep_both": QT_TRANSLATE_NOOP("FromRecords", "kept both"),
                "note": QT_TRANSLATE_NOOP("FromRecords", "note")}
NONE_KNOWN = {"medication": QT_TRANSLATE_NOOP("FromRecords", "No medications"),
              "problem": QT_TRANSLATE_NOOP("FromRecords", "No known problems")}


def _tr(text: str) -> str:
    """A word marked above (context "FromRecords") in the app's language."""
    return QCoreApplication.translate("FromRecords", text)


def item_row(item: Item) -> tuple[str, str, str, str]:
    f, d = item.fact, item.fact.details
    if f.category == "allergy" and f.negated and not f.name:
        scope = d.get("scope")  # the record's own words, when it said more
        none = QCoreApplication.translate("FromRecords", "No known allergies")
        return (str(scope) if scope else none, "", "", item.source_labels)
    if not f.name:
        return (_tr(NONE_KNOWN.get(f.category, QT_TRANSLATE_NOOP("FromRecords", "None known"))),
                "", "", item.source_labels)
    name = QCoreApplication.translate("FromRecords", "Not: {name}").format(name=f.name) \
        if f.negated else f.name
    parts = [str(d[k]) for k in ("dose", "frequency", "reaction", "icd10") if d.get(k)]
    # Severity (of a past reaction) and criticality (the risk of the next) under their names.
    parts += [f"{_tr(label)}: {d[k]}"
              for k, label in (("severity", QT_TRANSLATE_NOOP("FromRecords", "severity")),
                               ("criticality", QT_TRANSLATE_NOOP("FromRecords", "criticality")))
              if d.get(k)]
    status = f"{f.status} {f.end[:10]}" if f.end and f.status not in ("active", "") else f.status
    return (name, ", ".join(parts), status, item.source_labels)


class ReadOnlyTableModel(QAbstractTableModel):
    """Rows of text, computed once when the data arrives (no work in ``data``)."""

    def __init__(self, headers: tuple[str, ...], parent=None) -> None:
        super().__init__(parent)
        self.headers = tuple(_tr(h) for h in headers)
        self.rows: list[tuple[str, ...]] = []
        self.payload: list[Any] = []  # the item or difference behind each row

    def set_rows(self, rows: Sequence[tuple[str, ...]], payload: list[Any]) -> None:
        self.beginResetModel()
        self.rows, self.payload = list(rows), payload
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None


@dataclass
class Snapshot:
    items: dict[str, list[Item]]
    differences: list[Difference]
    titles: dict[int, str]


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)  # one tab stop; arrows move within
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


class FromRecordsSection(QGroupBox):
    def __init__(self, vault, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("From your records"))
        self.vault, self.services = vault, services
        # Nothing another screen shows: how the patient settled a difference shows here.
        self.writer = Writer(services, self, Changes(),
                             failed=lambda reason: services.dialogs.error(
                                 self, self.tr("Not saved"), reason))
        self.titles: dict[int, str] = {}
        self.tabs = QTabWidget()
        self.item_models: dict[str, ReadOnlyTableModel] = {}
        for category, english in CATEGORY_TABS:
            title = _tr(english)
            model = ReadOnlyTableModel(ITEM_COLUMNS, self)
            self.item_models[category] = model
            table = _table(model, self.tr("{list} from your records").format(list=title))
            for column, width in enumerate(ITEM_WIDTHS):
                table.setColumnWidth(column, width)
            self.tabs.addTab(table, title)
        self.differences = ReadOnlyTableModel(DIFFERENCE_COLUMNS, self)
        self.difference_table = _table(self.differences,
                                       self.tr("Differences between records"))
        self.difference_table.setColumnWidth(0, 140)
        self.difference_table.setColumnWidth(1, 380)
        self.keep_one_button = QPushButton(self.tr("Keep one…"))
        self.keep_both_button = QPushButton(self.tr("Keep both"))
        self.note_button = QPushButton(self.tr("Note…"))
        self.keep_one_button.clicked.connect(self.keep_one)
        self.keep_both_button.clicked.connect(lambda: self._settle("keep_both"))
        self.note_button.clicked.connect(self.add_note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.keep_one_button, self.keep_both_button, self.note_button):
            buttons.addWidget(button)
        differences = QWidget()
        layout = QVBoxLayout(differences)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.difference_table)
        layout.addLayout(buttons)
        self.differences_tab = self.tabs.addTab(differences, self.tr("Differences"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)

    def refresh(self) -> None:
        clinical, documents = self.vault.clinical, self.vault.documents

        def work(_ctx: TaskContext) -> Snapshot:
            return Snapshot({c: clinical.items(c) for c, _t in CATEGORY_TABS},
                            clinical.differences(),
                            {d.id: d.title for d in documents.records(trashed=None)})

        QueryOp(self.services, self, work, self._loaded,
                title=self.tr("Cannot read the records' lists")).run_in_background()

    def _loaded(self, snapshot: Snapshot) -> None:
        self.titles = snapshot.titles
        for category, model in self.item_models.items():
            items = snapshot.items[category]
            model.set_rows([item_row(i) for i in items], items)
        rows = [(d.subject, d.text, self._settled_text(d)) for d in snapshot.differences]
        self.differences.set_rows(rows, snapshot.differences)
        open_count = sum(1 for d in snapshot.differences if d.resolution is None)
        self.tabs.setTabText(self.differences_tab, self.tr("Differences ({count})").format(
            count=open_count) if open_count else self.tr("Differences"))
        self.setVisible(any(m.rows for m in self.item_models.values()) or bool(rows))

    def _settled_text(self, difference: Difference) -> str:
        resolution = difference.resolution
        if resolution is None:
            return ""
        if resolution["choice"] == "keep_one":
            return self.tr("kept {record}").format(
                record=self.titles.get(resolution["keep"], resolution["keep"]))
        if resolution["choice"] == "note":
            return self.tr("note: {note}").format(note=resolution["note"])
        return _tr(CHOICE_WORDS[resolution["choice"]])

    def selected_difference(self) -> Difference | None:
        rows = self.difference_table.selectionModel().selectedRows()
        return self.differences.payload[rows[0].row()] if rows else None

    def keep_one(self) -> None:
        difference = self.selected_difference()
        if difference is None:
            return
        options = [self.titles.get(i, self.tr("Record {number}").format(number=i))
                   for i in difference.sources]
        chosen = self.services.dialogs.choose(self, self.tr("Keep one"),
                                              self.tr("Which record is right?"), options)
        if chosen is not None:
            self._settle("keep_one", keep=difference.sources[options.index(chosen)])

    def add_note(self) -> None:
        if self.selected_difference() is None:
            return
        note = self.services.dialogs.ask_text(self, self.tr("Note"),
                                              self.tr("Your note on this difference:"))
        if note:
            self._settle("note", note=note)

    def _settle(self, choice: str, keep: int | None = None, note: str = "") -> None:
        """Save the patient's choice off the GUI thread; a refusal (the difference went away,
        an empty note) is shown with its reason."""
        difference = self.selected_difference()
        if difference is None:
            return
        clinical = self.vault.clinical
        # Written in the background like every write; shown settled once it is stored.
        self.writer(lambda: clinical.resolve(difference.key, choice, keep, note),
                    lambda _result: self.refresh())
