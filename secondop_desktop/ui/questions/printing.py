"""Printing the question sheet: the same painter code for the printer, the preview and PDF files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from ...core.errors import SecondOpError
from ...packet.question_sheet import TITLE, QuestionSheet, paint_question_sheet


class PrintError(SecondOpError):
    """The printer could not be started; the message says so in plain words."""


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(TITLE)
    printer.setCreator("SecondOp")
    return printer


def print_sheet(printer: QPrinter, sheet: QuestionSheet) -> int:
    """Paint the sheet on ``printer`` (what happens once the print dialog is accepted)."""
    painter = QPainter()
    if not painter.begin(printer):
        name = printer.printerName() or printer.outputFileName()
        raise PrintError(QCoreApplication.translate(
            "QuestionPrinting", "Could not start printing on {printer}; check that it is "
            "available.").format(printer=name) if name else QCoreApplication.translate(
            "QuestionPrinting", "Could not start printing; check that the printer is available."))
    try:
        return paint_question_sheet(painter, printer, sheet)
    finally:
        painter.end()


