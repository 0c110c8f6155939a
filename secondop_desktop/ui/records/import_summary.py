"""What an import did: imported, already in the vault (and as which record), refused and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.documents import ImportResult, Outcome


@dataclass(frozen=True)
class ImportSummary:
    results: tuple[ImportResult, ...]
    cancelled: bool = False

    def of(self, outcome: Outcome) -> list[ImportResult]:
        return [r for r in self.results if r.outcome is outcome]

    @property
    def imported(self) -> list[ImportResult]:
        return self.of(Outcome.IMPORTED)

    @property
    def duplicates(self) -> list[ImportResult]:
        return self.of(Outcome.DUPLICATE)

    @property
    def refused(self) -> list[ImportResult]:
        """Files refused and folders skipped: everything that did not go in."""
        return [r for r in self.results if r.failed]

    def headline(self) -> str:
        # the images of one study count once: they make one record
        records = len({r.document_id for r in self.imported})
        parts = [_count(records, "record imported", "records imported")]
        if self.duplicates:
            parts.append(_count(len(self.duplicates), "already in the vault",
                                "already in the vault"))
        if self.refused:
            parts.append(_count(len(self.refused), "file not imported", "files not imported"))
        text = ", ".join(parts) + "."
        if self.cancelled:
            text = "Import cancelled. " + text + " Records imported before Cancel are kept whole."
        return text

    def text(self) -> str:
        """The whole summary as plain text, for the dialog and the clipboard."""
        lines = [self.headline()]
        if self.refused:
            lines += ["", "Not imported, and why:"]
            lines += [f"  {r.name}: {r.reason}" for r in self.refused]
        if self.duplicates:
            lines += ["", "Already in the vault:"]
            lines += [f"  {r.name}: same file as “{r.existing_title}” (record {r.document_id})"
                      for r in self.duplicates]
        if self.imported:
            lines += ["", "Imported:"]
            lines += [f"  {r.name}" for r in self.imported]
        return "\n".join(lines)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class ImportSummaryDialog(QDialog):
    """Non-blocking (``open()``), so the patient can look at the records behind it."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle("Import finished" if not summary.cancelled else "Import cancelled")
        self.setMinimumWidth(520)
        headline = QLabel(summary.headline())
        headline.setWordWrap(True)
        headline.setObjectName("summaryHeadline")
        font = headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        headline.setFont(font)
        self.details = QPlainTextEdit(summary.text().split("\n", 1)[1].lstrip("\n")
                                      if "\n" in summary.text() else "")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setVisible(bool(self.details.toPlainText()))
        self.details.setMinimumHeight(160)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("Copy list")
        self.copy_button.setToolTip("Copy this summary to paste it into an e-mail or a note")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addWidget(headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.summary.text())


def summarize(results: Sequence[ImportResult], cancelled: bool = False) -> ImportSummary:
    return ImportSummary(tuple(results), cancelled)
