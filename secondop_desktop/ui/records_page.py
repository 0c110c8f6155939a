"""The Records screen (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from .page import Page


class RecordsPage(Page):
    title = "Records"

    def __init__(self, vault, services, parent=None) -> None:
        super().__init__(vault, services, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Records"))
