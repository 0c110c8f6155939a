"""The symptom chart on screen: a thin widget around the one painter function."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.symptoms import SymptomEntry
from ...packet.symptom_chart import paint_symptom_chart
from ..style import PAPER, PAPER_EDGE


class SymptomChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[SymptomEntry] = []
        self.symptoms: list[str] | None = None
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, entries: Sequence[SymptomEntry], symptoms: Sequence[str] | None) -> None:
        self.entries = list(entries)
        self.symptoms = None if symptoms is None else list(symptoms)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(720, 280)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, QColor(PAPER))  # the chart is paper-like, as when printed
        painter.setPen(QColor(PAPER_EDGE))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        paint_symptom_chart(painter, rect.adjusted(4, 4, -4, -4), self.entries, self.symptoms)
        painter.end()
