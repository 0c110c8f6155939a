"""The Labs screen: every test from the imported records, and a chart of the one selected with
its reference range as a band. Read in the background; refreshed after imports."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRectF, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.clinical import LabTest
from ...core.vault import Vault
from ...packet.lab_chart import paint_lab_chart
from ..operations import Changes, QueryOp, TaskContext
from ..services import Services
from ..widgets.page import Page
from ..widgets.row_table import row_table
from .model import LabTestModel

EMPTY = ("No lab results yet. Import the C-CDA or FHIR file your patient portal offers "
         "(\"Download my record\") and the results appear here.")


class LabChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.test: LabTest | None = None
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_test(self, test: LabTest | None) -> None:
        self.test = test
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(720, 260)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, QColor("white"))
        if self.test is not None:
            paint_lab_chart(painter, rect.adjusted(8, 8, -8, -8), self.test)
        painter.end()


class LabsPage(Page):
    title = "Labs"

    def __init__(self, vault: Vault, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(vault, services, parent)
        self.model = LabTestModel(self)
        self.table, proxy = row_table(self.model, "Lab tests", sort_column=0)
        self.proxy = cast(QSortFilterProxyModel, proxy)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.chart = LabChartWidget()
        self.empty = QLabel(EMPTY)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)  # the list gets the room; the chart reads at any height
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Imports happen on the Records screen: their results show when the patient comes."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        vault = self.vault

        def work(_ctx: TaskContext) -> list[LabTest]:
            return vault.clinical.lab_tests()

        QueryOp(self.services, self, work, self._loaded,
                title="Cannot read the lab results").run_in_background()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.records:  # imported records bring lab results
            self.refresh()

    def _loaded(self, tests: list[LabTest]) -> None:
        if self.closed:
            return
        self.model.set_tests(tests)
        self.empty.setVisible(not tests)
        if tests:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.chart.set_test(None)

    def _show_selected(self, current, _previous=None) -> None:
        if not current.isValid():
            self.chart.set_test(None)
            return
        self.chart.set_test(self.model.tests[self.proxy.mapToSource(current).row()])
