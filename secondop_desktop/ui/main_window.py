"""The main window: navigation between the four screens, menus, and the open vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from .. import paths
from ..core.vault import Vault
from .page import Page
from .questions_page import QuestionsPage
from .records_page import RecordsPage
from .services import Services
from .settings import Settings
from .symptoms_page import SymptomsPage
from .visit_page import VisitPage


class MainWindow(QMainWindow):
    def __init__(self, vault: Vault, services: Services | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__()
        self.vault = vault
        self.services = services or Services()
        self.settings = settings or Settings()
        self.undo_group = QUndoGroup(self)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages: list[Page] = []
        self._build_pages()
        self.nav.currentRowChanged.connect(self._show_page)
        self._build_menus()
        self.nav.setCurrentRow(0)
        self.resize(1200, 800)
        self._update_title()

    # -- pages ---------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        for page in self.pages:
            self.undo_group.removeStack(page.undo_stack)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.nav.clear()
        self.records = RecordsPage(self.vault, self.services)
        self.questions = QuestionsPage(self.vault, self.services)
        self.symptoms = SymptomsPage(self.vault, self.services)
        self.visit = VisitPage(self.vault, self.services)
        self.pages = [self.records, self.questions, self.symptoms, self.visit]
        for page in self.pages:
            self.stack.addWidget(page)
            self.undo_group.addStack(page.undo_stack)
            QListWidgetItem(page.title, self.nav)

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.undo_group.setActiveStack(self.pages[row].undo_stack)

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, page: Page) -> None:
        self.nav.setCurrentRow(self.pages.index(page))

    # -- menus ---------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&New vault…", self.new_vault, QKeySequence.StandardKey.New)
        self._action(file_menu, "&Open vault…", self.open_vault, QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self._action(file_menu, "&Import files…", self.import_files, "Ctrl+I")
        self._action(file_menu, "Import &folder…", self.import_folder, "Ctrl+Shift+I")
        file_menu.addSeparator()
        self._action(file_menu, "&Export packet…", self.export_packet, "Ctrl+E")
        self._action(file_menu, "&Print questions…", self.print_questions,
                     QKeySequence.StandardKey.Print)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu("&Edit")
        undo = self.undo_group.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self._action(edit, "&Delete", lambda: self.current_page().delete_selected(),
                     QKeySequence.StandardKey.Delete)
        self._action(edit, "&Find", lambda: self.current_page().focus_search(),
                     QKeySequence.StandardKey.Find)

        self.view_menu = bar.addMenu("&View")
        for index, page in enumerate(self.pages):
            self._action(self.view_menu, page.title, lambda _=False, i=index:
                         self.nav.setCurrentRow(i), f"Ctrl+{index + 1}")

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "Where is my &data?", self.show_data_location)
        self._action(help_menu, "&About SecondOp", self.show_about)

    # -- actions -------------------------------------------------------------------------------
    def import_files(self) -> None:
        files = self.services.dialogs.open_files(
            self, "Import records",
            "Records (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.dcm);;All files (*)")
        if files:
            self.show_page(self.records)
            self.records.import_paths(files)

    def import_folder(self) -> None:
        folder = self.services.dialogs.open_folder(self, "Import a folder of records")
        if folder:
            self.show_page(self.records)
            self.records.import_paths([folder])

    def export_packet(self) -> None:
        from .export_dialog import run_export

        run_export(self, self.vault, self.services)

    def print_questions(self) -> None:
        self.show_page(self.questions)
        print_sheet = getattr(self.questions, "print_questions", None)
        if print_sheet:
            print_sheet()

    def new_vault(self) -> None:
        folder = self.services.dialogs.open_folder(self, "Choose an empty folder for the new vault")
        if folder:
            self.switch_vault(folder)

    def open_vault(self) -> None:
        folder = self.services.dialogs.open_folder(self, "Open a SecondOp vault")
        if folder:
            self.switch_vault(folder)

    def switch_vault(self, folder: Path) -> None:
        try:
            vault = Vault.open(folder)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the old vault stays open
            self.services.dialogs.error(self, "Cannot open vault", str(exc))
            return
        self.vault.close()
        self.vault = vault
        self.settings.last_vault = folder
        self._build_pages()
        self.nav.setCurrentRow(0)
        self._update_title()

    def _update_title(self) -> None:
        name = self.vault.patient.get().name
        self.setWindowTitle(f"{name} — {paths.APP_NAME}" if name else paths.APP_NAME)

    def show_data_location(self) -> None:
        self.services.dialogs.info(
            self, "Where is my data?",
            f"This vault's records, questions and notes are stored only on this computer, in:\n\n"
            f"{self.vault.root}\n\nNothing is sent anywhere unless you export a packet.")

    def show_about(self) -> None:
        from .. import __version__

        self.services.dialogs.info(
            self, "About SecondOp",
            f"SecondOp Desktop {__version__}\n\nPrepare for a second medical opinion: your "
            "records, your questions and your symptoms, in one packet for the specialist.")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.settings.window_geometry = self.saveGeometry()
        self.settings.last_vault = self.vault.root
        self.services.tasks.wait()
        super().closeEvent(event)


__all__ = ["MainWindow", "Qt"]
