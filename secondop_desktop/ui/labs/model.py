"""The Labs list: one row per test with its latest value, flag, trend and where it came from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt

from ...core.clinical import LabTest
from ...local_format import partial_date_text
from ...packet.clinical_sections import source_label
from ...translations import QT_TRANSLATE_NOOP
from ..widgets.row_table_model import ROOT, SORT_ROLE, Index

COLUMNS = (QT_TRANSLATE_NOOP("LabTestModel", "Test"), QT_TRANSLATE_NOOP("LabTestModel", "Latest"),
           QT_TRANSLATE_NOOP("LabTestModel", "Unit"), QT_TRANSLATE_NOOP("LabTestModel", "Flag"),
           QT_TRANSLATE_NOOP("LabTestModel", "Trend"), QT_TRANSLATE_NOOP("LabTestModel", "Date"),
           QT_TRANSLATE_NOOP("LabTestModel", "Results"), QT_TRANSLATE_NOOP("LabTestModel", "Range"),
           QT_TRANSLATE_NOOP("LabTestModel", "From"))
DATE, RANGE, FROM = 5, 7, 8
TREND_ARROWS = {"rising": QT_TRANSLATE_NOOP("LabTestModel", "↑ rising"),
                "falling": QT_TRANSLATE_NOOP("LabTestModel", "↓ falling"),
                "steady": QT_TRANSLATE_NOOP("LabTestModel", "→ steady")}


class LabTestModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tests: list[LabTest] = []

    def set_tests(self, tests: list[LabTest]) -> None:
        self.beginResetModel()
        self.tests = list(tests)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.tests)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        test = self.tests[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(test, index.column())
        if role == SORT_ROLE:
            latest = test.latest
            if index.column() == DATE:  # the real date, not its text (14.10. before 02.11.)
                return latest.date
            return latest.value if index.column() == 1 and latest.value is not None else (
                self._display(test, index.column()))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == FROM:
            return "\n".join(dict.fromkeys(source_label(s) for r in test.results
                                           for s in r.sources))
        return None

    def _display(self, test: LabTest, column: int) -> Any:
        latest = test.latest
        if column == 0:
            return test.test
        if column == 1:
            return latest.shown_value
        if column == 2:
            return latest.unit
        if column == 3:
            return latest.flag
        if column == 4:
            return self.tr(TREND_ARROWS[test.trend]) if test.trend in TREND_ARROWS else ""
        if column == DATE:
            return partial_date_text(latest.date[:10])
        if column == 6:
            return len(test.results)
        if column == RANGE:  # as the laboratory wrote it
            return latest.limits
        return source_label(latest.sources[0]) if latest.sources else ""
