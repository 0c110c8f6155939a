"""Saving and printing a request letter: the same painter for the PDF and the printer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ...packet.request_letter import Letter, paint_letter


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("RequestLetters", "Records request"))
    printer.setCreator("SecondOp")
    printer.setFullPage(True)  # the canvas keeps its own margins, as on the PDF
    return printer


def print_letter(printer: QPrinter, letter: Letter) -> int:
    """What happens once the print dialog is accepted; returns the pages printed."""
    return paint_letter(printer, letter)


def ask_for_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RequestLetters", "Print the request letter"))
    return dialog.exec() == QDialog.DialogCode.Accepted
