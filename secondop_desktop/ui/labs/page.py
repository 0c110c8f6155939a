"""The Labs screen: every test from the imported records, and a chart of the one selected with
its reference range as a band. Read in the background once when built and again after imports
(when next shown); the test selected stays selected."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRectF, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
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
from ...packet.lab_chart import LabChartInk, paint_lab_chart
from ..operations import Changes, QueryOp, TaskContext
from ..services import Services
from ..style import is_dark, role_color
from ..widgets.page import Page
from ..widgets.row_table import row_table
from .model import LabTestModel


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

    def ink(self) -> LabChartInk:
        """The chart in the palette's colours: light on a dark theme, as printed on a light one."""
        palette = self.palette()
        if not is_dark(palette):
            return LabChartInk()
        return LabChartInk(axis=palette.color(QPalette.ColorRole.Text).name(),
                           band=role_color("chart-band", palette).name(),
                           line=role_color("chart-line", palette).name(),
                           outside=role_color("chart-outside", palette).name())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
        if self.test is not None:
            paint_lab_chart(painter, rect.adjusted(8, 8, -8, -8), self.test, ink=self.ink())
        painter.end()


class LabsPage(Page):
    title = "Labs"

    def __init__(self, vault: Vault, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(vault, services, parent)
        self.model = LabTestModel(self)
        self.table, proxy = row_table(self.model, self.tr("Lab tests"), sort_column=0)
        self.proxy = cast(QSortFilterProxyModel, proxy)
        # The short columns (value, unit, trend, date...) as wide as their words in the app's
        # language; the test's name and its source share the rest (they were squeezed to
        # three letters at 1024 pixels, behind columns of a fixed 100).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.chart = LabChartWidget()
        self.empty = QLabel(self.tr(
            "No lab results yet. Import the C-CDA or FHIR file your patient portal offers "
            "(“Download my record”) and the results appear here."))
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
        self._stale = False  # records came in while the screen was hidden
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Imports happen on the Records screen: their results show when the patient comes
        (read again only when records came in meanwhile)."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        vault = self.vault

        def work(_ctx: TaskContext) -> list[LabTest]:
            return vault.clinical.lab_tests()

        QueryOp(self.services, self, work, self._loaded,
                title=self.tr("Cannot read the lab results")).run_in_background()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.records:  # imported records bring lab results
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def _loaded(self, tests: list[LabTest]) -> None:
        if self.closed:
            return
        shown = self.chart.test.key if self.chart.test is not None else None
        self.model.set_tests(tests)
        self.empty.setVisible(not tests)
        if not tests:
            self.chart.set_test(None)
            return
        # The test the patient was looking at stays selected (else the first one).
        row = next((i for i, t in enumerate(tests) if t.key == shown), None)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None \
            else self.proxy.index(0, 0)
        self.table.setCurrentIndex(index)

    def _show_selected(self, current, _previous=None) -> None:
        if not current.isValid():
            self.chart.set_test(None)
            return
        self.chart.set_test(self.model.tests[self.proxy.mapToSource(current).row()])
