"""Telling the current doctor: the letter (and talking points for a conversation) about the
second opinion, saved as a PDF or printed, from beside the records-request letters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...packet.inform_letter import InformLetter, paint_inform, write_inform_pdf
from ...translations import app_language, packet_text
from ..printouts import print_pages, save_pdf
from ..style import set_role


class InformDialog(QDialog):
    """Whom to write to, then Save as PDF… or Print…; the letter is read from the vault when
    written, so it says what the Visit and Checklist screens say at that moment."""

    def __init__(self, vault, services, referring: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.services = vault, services
        self.setWindowTitle(self.tr("Letter to my current doctor"))
        intro = QLabel(self.tr(
            "A courteous letter telling your current doctor that you are seeking a second "
            "opinion, with whom and why; it asks them to send your records and images and says "
            "both doctors may talk to each other. A second page holds talking points, if you "
            "would rather say it in person."))
        intro.setWordWrap(True)
        self.to = QLineEdit(referring)
        self.to.setPlaceholderText(self.tr("Dr …"))
        self.to.setAccessibleName(self.tr("To"))
        self.to.textChanged.connect(lambda _t: self._update())
        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        self.message = QLabel("")
        set_role(self.message, "muted")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_letter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self._update()

    def _update(self) -> None:
        ready = bool(self.to.text().strip())
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def save(self) -> None:
        to, vault, language = self.to.text().strip(), self.vault, app_language()

        def write(out: Path) -> int:
            # The letter's language is the app's (for now), on the thread that writes it.
            with packet_text.language_of_this_thread(language):
                return write_inform_pdf(out, InformLetter.of(vault, to))

        save_pdf(self.services, self, self.tr("Save the letter as"),
                 self.tr("Second opinion - letter to {doctor}.pdf").format(doctor=to), write,
                 lambda out: self.message.setText(self.tr("Saved {name}.").format(
                     name=out.name)))

    def print_letter(self) -> None:
        to, vault = self.to.text().strip(), self.vault
        language = app_language()

        def read() -> InformLetter:
            with packet_text.language_of_this_thread(language):
                return InformLetter.of(vault, to)

        def paint(printer: QPrinter, letter: InformLetter) -> int:
            with packet_text.language_of_this_thread(language):
                return paint_inform(printer, letter)

        print_pages(self.services, self, self.tr("Print the letter"), read, paint)
