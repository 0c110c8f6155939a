"""Every modal question the app asks, behind one small service that tests replace.

No widget calls QMessageBox or QFileDialog directly; they call ``services.dialogs``. Tests pass a
``ScriptedDialogs`` (tests/ui/fakes.py) so that nothing blocks on a modal window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # QtPrintSupport loads when printing first does
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from .settings import Settings

BUG_TITLE = QT_TRANSLATE_NOOP("DialogService", "Something went wrong")
BUG_TEXT = QT_TRANSLATE_NOOP("DialogService",
                             "Something went wrong. Details were saved to the log.")
translate = QCoreApplication.translate


class DialogService:
    """The real dialogs. File dialogs open in the folder a file was last chosen in (remembered
    in ``settings``), not always the home folder."""

    def __init__(self, settings: Settings | None = None) -> None:
        self._settings = settings

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from .settings import Settings

            self._settings = Settings()
        return self._settings

    def start_folder(self) -> Path:
        return self.settings.last_folder

    def remember(self, chosen: Path) -> None:
        """The folder of what was chosen (a folder itself, or a file's) opens next time."""
        self.settings.last_folder = chosen if chosen.is_dir() else chosen.parent

    def save_path(self, suggested: Path) -> Path:
        """Where a Save dialog starts: a name offered in the home folder, in the last folder."""
        return self.start_folder() / suggested.name if suggested.parent == Path.home() \
            else suggested

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def bug(self, parent: QWidget | None, details: str) -> None:
        """The one report of a bug of ours; "Copy details" puts the traceback on the clipboard
        (to send it to us), the log holds it anyway."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("DialogService", BUG_TITLE),
                          translate("DialogService", BUG_TEXT),
                          QMessageBox.StandardButton.Close, parent)
        copy = box.addButton(translate("DialogService", "Copy details"),
                             QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(details)

    def confirm(self, parent: QWidget | None, title: str, text: str, ok: str = "",
                destructive: bool = False) -> bool:
        """Ask before acting (``ok``: the button that does it; default "OK"). A ``destructive``
        action is never the default: Enter cancels."""
        ok = ok or translate("DialogService", "OK")
        box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                          title, text, QMessageBox.StandardButton.Cancel, parent)
        accept = box.addButton(ok, QMessageBox.ButtonRole.DestructiveRole if destructive
                               else QMessageBox.ButtonRole.AcceptRole)
        if destructive:
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        else:
            box.setDefaultButton(accept)
        box.exec()
        return box.clickedButton() is accept

    def ask_password(self, parent: QWidget | None, title: str, text: str) -> str | None:
        """A password typed in (shown as dots), or None when the patient cancels."""
        value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
        return value if ok and value else None

    def inform_with_action(self, parent: QWidget | None, title: str, text: str,
                           action: str) -> bool:
        """A message with one thing to do about it and Close (no Cancel: nothing to cancel);
        True when the patient chose ``action``."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Close, parent)
        chosen = box.addButton(action, QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.exec()
        return box.clickedButton() is chosen

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, str(self.start_folder()),
                                                filters)
        if names:
            self.remember(Path(names[0]))
        return [Path(n) for n in names]

    def open_folder(self, parent: QWidget | None, title: str,
                    places: tuple[Path, ...] = ()) -> Path | None:
        """A folder; ``places`` (the default vault, recent ones) are listed in the sidebar."""
        dialog = QFileDialog(parent, title, str(self.start_folder()))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if places:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # it shows them
            dialog.setSidebarUrls([*dialog.sidebarUrls(), *(
                QUrl.fromLocalFile(str(place)) for place in places if place.is_dir())])
        if not dialog.exec():
            return None
        chosen = dialog.selectedFiles()
        if not chosen:
            return None
        self.remember(Path(chosen[0]).parent)  # next time: beside it, to choose another
        return Path(chosen[0])

    def choose_printer(self, parent: QWidget | None, title: str, printer: QPrinter) -> bool:
        """The system print dialog; True when the user pressed Print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_preview(self, dialog: QPrintPreviewDialog) -> None:
        dialog.exec()

    def save_file(self, parent: QWidget | None, title: str, suggested: Path,
                  filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(self.save_path(suggested)),
                                              filters)
        if name:
            self.remember(Path(name).parent)
        return Path(name) if name else None

    def choose(self, parent: QWidget | None, title: str, text: str,
               options: list[str]) -> str | None:
        item, ok = QInputDialog.getItem(parent, title, text, options, 0, False)
        return item if ok else None

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label)
        return text.strip() if ok and text.strip() else None
