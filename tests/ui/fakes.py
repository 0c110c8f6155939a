"""Stand-ins for the dialog service and the desktop, so no GUI test blocks on a modal window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from secondop_desktop.ui.dialogs import BUG_TEXT, DialogService


class ScriptedDialogs(DialogService):
    """Records every message; answers questions from queues the test fills."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []  # (level, title, text)
        self.confirm_answers: list[bool] = []
        self.destructive: list[bool] = []  # per confirm: was the action marked destructive
        self.files: list[list[Path]] = []
        self.folders: list[Path | None] = []
        self.save_paths: list[Path | None] = []
        self.passwords: list[str | None] = []
        self.choices: list[str | None] = []
        self.texts: list[str | None] = []
        # What the patient does in the print dialog (set the printer up, True for Print).
        self.print_setup: Callable[[QPrinter], bool] = lambda printer: False
        self.previews: list[QPrintPreviewDialog] = []  # shown, not run

    def info(self, parent, title, text):
        self.messages.append(("info", title, text))

    def error(self, parent, title, text):
        self.messages.append(("error", title, text))

    def bug(self, parent, details):
        self.messages.append(("bug", BUG_TEXT, details))

    def confirm(self, parent, title, text, ok="OK", destructive=False):
        self.messages.append(("confirm", title, text))
        self.destructive.append(destructive)
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def inform_with_action(self, parent, title, text, action):
        self.messages.append(("inform", title, text))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def ask_password(self, parent, title, text):
        self.messages.append(("password", title, text))
        return self.passwords.pop(0) if self.passwords else None

    def open_files(self, parent, title, filters):
        return self.files.pop(0) if self.files else []

    def open_folder(self, parent, title, places=()):
        self.places = places
        return self.folders.pop(0) if self.folders else None

    def choose_printer(self, parent, title, printer):
        return self.print_setup(printer)

    def print_preview(self, dialog):
        self.previews.append(dialog)

    def save_file(self, parent, title, suggested, filters):
        return self.save_paths.pop(0) if self.save_paths else None

    def choose(self, parent, title, text, options):
        self.messages.append(("choose", title, text))
        return self.choices.pop(0) if self.choices else None

    def ask_text(self, parent, title, label):
        self.messages.append(("ask_text", title, label))
        return self.texts.pop(0) if self.texts else None


class FakeThreadPool:
    """Runs each job at once on the calling thread (Picard's FakeThreadPool): the production
    task code runs, results arrive before ``start`` returns, no test waits for a thread."""

    def start(self, runnable, priority: int = 0) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - Qt's name
        return True
