"""The History screen: what went out, to whom; show the file, or export the same again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...packet.export import SECTIONS, PacketOptions
from ..operations import Changes
from ..widgets.page import Page
from ..widgets.row_table import row_table
from .model import COL_FILE, COL_TO, SentModel

# Shows the export dialog with an earlier export's options and recipient; returns the dialog.
ExportAgain = Callable[[tuple[PacketOptions, str]], QWidget]


class HistoryPage(Page):
    title = "History"  # (not shown: the window names its screens)

    def __init__(self, vault, services, export: ExportAgain,
                 parent: QWidget | None = None) -> None:
        """``export``: the window's export dialog (this screen imports no other screen)."""
        super().__init__(vault, services, parent)
        self._export = export
        self.model = SentModel(self)
        self.table, _ = row_table(self.model, self.tr("Exported packets"))
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in (COL_TO, COL_FILE)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No packet has been exported yet. File > Export packet… "
                                    "writes one, and it is listed here with whom it was for."))
        self.empty.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Show in folder"))
        self.again_button = QPushButton(self.tr("Export again…"))
        self.reveal_button.clicked.connect(self.reveal)
        self.again_button.clicked.connect(self.export_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        entries = self.vault.sent.entries()
        self.model.set_entries(entries, [e.exists() for e in entries])
        self.empty.setVisible(not entries)
        if entries:
            self.table.selectRow(0)
        self._update_buttons()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.sent:  # a packet exported (and logged) since
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # a sent file may have been moved or deleted outside SecondOp

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.reveal_button.setEnabled(row >= 0 and self.model.file_exists(row))
        self.again_button.setEnabled(row >= 0)

    def reveal(self) -> None:
        row = self.current_row()
        if row >= 0 and self.model.file_exists(row):
            self.services.open_url(QUrl.fromLocalFile(str(self.model.entry(row).path.parent)))

    def preset_of(self, row: int) -> tuple[PacketOptions, str]:
        """The options an earlier export had, for the export dialog."""
        entry = self.model.entry(row)
        saved = entry.options
        sections = set(saved.get("sections", SECTIONS)) & set(SECTIONS)
        record_ids = saved.get("record_ids")
        return (PacketOptions(sections=sections,
                              record_ids=record_ids if record_ids is not None else None,
                              email_size=bool(saved.get("email_size")),
                              page_size=str(saved.get("page_size", "A4")),
                              # exported before packets had a language: English
                              language=str(saved.get("language", "en"))), entry.recipient)

    def export_again(self) -> QWidget | None:
        row = self.current_row()
        if row < 0:
            return None
        return self._export(self.preset_of(row))
