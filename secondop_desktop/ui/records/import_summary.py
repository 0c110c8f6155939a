"""What an import did: imported, already in the vault (and as which record), refused and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
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

from ...core.importing import ImportResult, Outcome
from ...translations import shown_reason

translate = QCoreApplication.translate


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
        sentences = [translate("ImportSummary", "%n record(s) imported.", "", records)]
        if self.duplicates:
            sentences.append(translate("ImportSummary", "%n file(s) already in the vault.", "",
                                       len(self.duplicates)))
        if self.refused:
            sentences.append(translate("ImportSummary", "%n file(s) not imported.", "",
                                       len(self.refused)))
        if self.cancelled:
            sentences = [translate("ImportSummary", "Import cancelled."), *sentences,
                         translate("ImportSummary",
                                   "Records imported before Cancel are kept whole.")]
        return " ".join(sentences)

    def text(self) -> str:
        """The whole summary as plain text, for the dialog and the clipboard."""
        lines = [self.headline()]
        if self.refused:
            lines += ["", translate("ImportSummary", "Not imported, and why:")]
            lines += [f"  {r.name}: {shown_reason(r.reason)}" for r in self.refused]
        if self.duplicates:
            lines += ["", translate("ImportSummary", "Already in the vault:")]
            lines += ["  " + translate(
                "ImportSummary", "{name}: same file as “{title}” (record {number})").format(
                name=r.name, title=r.existing_title, number=r.document_id)
                for r in self.duplicates]
        if self.imported:
            lines += ["", translate("ImportSummary", "Imported:")]
            lines += [f"  {r.name}" for r in self.imported]
        return "\n".join(lines)


class ImportSummaryDialog(QDialog):
    """Non-blocking (``open()``), so the patient can look at the records behind it."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Import finished") if not summary.cancelled
                            else self.tr("Import cancelled"))
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
        self.copy_button = QPushButton(self.tr("Copy list"))
        self.copy_button.setToolTip(self.tr("Copy this summary to paste it into an e-mail or a "
                                            "note"))
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
