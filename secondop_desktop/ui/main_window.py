"""The main window: navigation between the four screens, menus, and the open vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from .. import paths
from ..core.vault import Vault
from .file_drop import FileDropTarget
from .page import Page
from .records_page import RecordsPage
from .services import Services
from .settings import Settings
from .style import STYLE_SHEET

PAGE_TITLES = ("Records", "Questions", "Symptoms", "Visit")
RECORD_FILTERS = ("Records (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.dcm);;"
                  "All files (*)")
NAV_ICONS = (QStyle.StandardPixmap.SP_FileDialogDetailedView,
             QStyle.StandardPixmap.SP_MessageBoxQuestion,
             QStyle.StandardPixmap.SP_FileDialogInfoView,
             QStyle.StandardPixmap.SP_DirHomeIcon)


class MainWindow(QMainWindow):
    def __init__(self, vault: Vault, services: Services | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__()
        self.vault = vault
        self.services = services or Services()
        self.settings = settings or Settings()
        self.undo_group = QUndoGroup(self)
        self.setStyleSheet(STYLE_SHEET)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_pages()
        self.nav.currentRowChanged.connect(self._show_page)
        self._build_menus()
        self.nav.setCurrentRow(0)
        self.resize(1200, 800)
        geometry = self.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        # Files dropped anywhere on the window go to the Records screen.
        self.drop_target = FileDropTarget(self, self.import_dropped)
        self._update_title()

    # -- pages ---------------------------------------------------------------------------------
    # Records is built at once; the other screens (and their imports) when first needed or
    # right after the window is on screen, so a big vault opens as fast as an empty window.
    def _build_pages(self) -> None:
        for page in self.built_pages():
            self.undo_group.removeStack(page.undo_stack)
            page.deleteLater()
        while self.stack.count():
            self.stack.removeWidget(self.stack.widget(0))
        self.nav.blockSignals(True)
        self.nav.clear()
        self._slots: list[Page | None] = [None] * len(PAGE_TITLES)
        for title, icon in zip(PAGE_TITLES, NAV_ICONS, strict=True):
            self.stack.addWidget(QWidget())  # stands in until the page is built
            QListWidgetItem(self.style().standardIcon(icon), title, self.nav)
        self.nav.blockSignals(False)
        self.page_at(0)

    def page_at(self, index: int) -> Page:
        page = self._slots[index]
        if page is not None:
            return page
        page = self._create_page(index)
        self._slots[index] = page
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self.undo_group.addStack(page.undo_stack)
        return page

    def _create_page(self, index: int) -> Page:
        if index == 0:
            page = RecordsPage(self.vault, self.services, view=self.settings.records_view)
            page.try_demo.connect(self.open_demo)
            return page
        if index == 1:
            from .questions_page import QuestionsPage

            page = QuestionsPage(self.vault, self.services)
            # Signals of the other screens, connected when those screens provide them.
            open_record = getattr(page, "open_record_requested", None)
            if open_record is not None:
                open_record.connect(self.show_record)
            return page
        if index == 2:
            from .symptoms_page import SymptomsPage

            return SymptomsPage(self.vault, self.services)
        from .visit_page import VisitPage

        page = VisitPage(self.vault, self.services)
        patient_changed = getattr(page, "patient_changed", None)
        if patient_changed is not None:
            patient_changed.connect(self._update_title)
        return page

    def built_pages(self) -> list[Page]:
        return [page for page in getattr(self, "_slots", []) if page is not None]

    @property
    def pages(self) -> list[Page]:
        return [self.page_at(i) for i in range(len(PAGE_TITLES))]

    @property
    def records(self) -> RecordsPage:
        return self.page_at(0)  # type: ignore[return-value]

    @property
    def questions(self) -> Page:
        return self.page_at(1)

    @property
    def symptoms(self) -> Page:
        return self.page_at(2)

    @property
    def visit(self) -> Page:
        return self.page_at(3)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self, self._build_rest)

    def _build_rest(self) -> None:
        """The screens not shown yet, built once the window is up so switching is instant."""
        for index in range(len(PAGE_TITLES)):
            self.page_at(index)

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(PAGE_TITLES):
            page = self.page_at(row)
            self.stack.setCurrentIndex(row)
            self.undo_group.setActiveStack(page.undo_stack)

    def show_record(self, document_id: int, page: int = 1) -> None:
        """Jump to a record (from a question's reference) and show it at ``page``."""
        self.show_page(self.records)
        self.records.show_document(document_id, page)

    def current_page(self) -> Page:
        return self.page_at(self.stack.currentIndex())

    def show_page(self, page: Page) -> None:
        self.nav.setCurrentRow(self._slots.index(page))

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
        self._action(file_menu, "Print pre&view…", self.print_preview, "Ctrl+Shift+P")
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
        for index, title in enumerate(PAGE_TITLES):
            self._action(self.view_menu, title, lambda _=False, i=index:
                         self.nav.setCurrentRow(i), f"Ctrl+{index + 1}")
        self.view_menu.addSeparator()
        layout_group = QActionGroup(self)
        self.list_action = self._action(self.view_menu, "Records as a &list",
                                        lambda: self.set_records_view("list"))
        self.grid_action = self._action(self.view_menu, "Records as a &grid",
                                        lambda: self.set_records_view("grid"))
        for action in (self.list_action, self.grid_action):
            action.setCheckable(True)
            layout_group.addAction(action)
        self.list_action.setChecked(self.settings.records_view == "list")
        self.grid_action.setChecked(self.settings.records_view == "grid")
        self.trash_action = self._action(self.view_menu, "&Trash", self.toggle_trash)
        self.trash_action.setCheckable(True)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "Where is my &data?", self.show_data_location)
        self._action(help_menu, "&About SecondOp", self.show_about)

    # -- actions -------------------------------------------------------------------------------
    def import_files(self) -> None:
        files = self.services.dialogs.open_files(self, "Import records", RECORD_FILTERS)
        if files:
            self.import_dropped(files)

    def import_folder(self) -> None:
        folder = self.services.dialogs.open_folder(self, "Import a folder of records")
        if folder:
            self.import_dropped([folder])

    def import_dropped(self, paths: list[Path]) -> None:
        self.show_page(self.records)
        self.records.import_paths(paths)

    def set_records_view(self, mode: str) -> None:
        self.records.set_view(mode)
        self.settings.records_view = mode

    def toggle_trash(self) -> None:
        self.show_page(self.records)
        self.records.set_showing_trash(not self.records.showing_trash)
        self.trash_action.setChecked(self.records.showing_trash)

    def open_demo(self) -> None:
        """Create the demo vault (once, in the background) and switch to it."""
        from .. import demo

        folder = paths.demo_vault_dir()
        self.statusBar().showMessage("Preparing the demo vault…")

        def finished(_result, error) -> None:
            self.statusBar().clearMessage()
            if error is not None:
                self.services.dialogs.error(self, "Cannot open the demo",
                                            getattr(error, "reason", str(error)))
                return
            self.switch_vault(folder)

        self.services.tasks.start(lambda _ctx: demo.ensure_demo_vault(folder), finished)

    def export_packet(self) -> None:
        from .export_dialog import run_export

        run_export(self, self.vault, self.services)

    def print_questions(self) -> None:
        self.show_page(self.questions)
        print_sheet = getattr(self.questions, "print_questions", None)
        if print_sheet:
            print_sheet()

    def print_preview(self) -> None:
        self.show_page(self.questions)
        preview = getattr(self.questions, "print_preview", None)
        if preview:
            preview()

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
        for page in self.built_pages():
            page.shutdown()
        self.vault.close()
        self.vault = vault
        self.settings.last_vault = folder
        self._build_pages()
        self.nav.setCurrentRow(0)
        self.trash_action.setChecked(False)
        self._update_title()

    def _update_title(self) -> None:
        name = self.vault.patient.get().name
        self.setWindowTitle(f"{name} — {paths.APP_NAME}" if name else paths.APP_NAME)

    def show_data_location(self) -> None:
        if self.services.dialogs.confirm(
                self, "Where is my data?",
                f"This vault's records, questions and notes are stored only on this computer, "
                f"in:\n\n{self.vault.root}\n\nNothing is sent anywhere unless you export a "
                "packet. Keep a backup of this folder.", ok="Show folder"):
            self.services.open_url(QUrl.fromLocalFile(str(self.vault.root)))

    def show_about(self) -> None:
        from .. import __version__

        self.services.dialogs.info(
            self, "About SecondOp",
            f"SecondOp Desktop {__version__}\n\nPrepare for a second medical opinion: your "
            "records, your questions and your symptoms, in one packet for the specialist.")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.settings.window_geometry = self.saveGeometry()
        self.settings.last_vault = self.vault.root
        for page in self.built_pages():
            page.shutdown()
        self.services.tasks.wait()
        super().closeEvent(event)


__all__ = ["MainWindow", "Qt"]
