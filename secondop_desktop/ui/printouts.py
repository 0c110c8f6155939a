"""Saving a generated sheet as a PDF and printing it: the same painter for both (the call
sheet, the letter to the current doctor). The data is read off the GUI thread; a printer is
painted on the GUI thread, as Qt requires."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ..core.errors import SecondOpError
from ..translations import shown_reason
from .operations import QueryOp
from .services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printouts", text)


def save_pdf(services: Services, parent: QWidget, title: str, name: str,
             write: Callable[[Path], int], done: Callable[[Path], None] | None = None) -> None:
    """Ask where, then ``write(path)`` in the background; ``done(path)`` once written."""
    out = services.dialogs.save_file(parent, title, Path.home() / name.replace("/", "-"),
                                     "PDF (*.pdf)")
    if out is None:
        return
    QueryOp(services, parent, lambda _ctx: write(out),
            lambda _pages: done(out) if done is not None else None,
            title=title).run_in_background()


def new_printer(doc_name: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    printer.setCreator("SecondOp")
    printer.setFullPage(True)  # the canvas keeps its own margins, as on the PDF
    return printer


def print_pages(services: Services, parent: QWidget, title: str, read: Callable[[], Any],
                paint: Callable[[QPrinter, Any], int]) -> None:
    """Read what to print in the background, then ask for a printer and paint it."""

    def ready(data: Any) -> None:
        printer = new_printer(title)
        if not services.dialogs.choose_printer(parent, title, printer):
            return
        try:
            paint(printer, data)
        except SecondOpError as exc:
            services.dialogs.error(parent, title, shown_reason(exc))

    QueryOp(services, parent, lambda _ctx: read(), ready, title=title).run_in_background()
