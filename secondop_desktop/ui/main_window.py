"""The main window: navigation between the four screens, menus, and the open vault."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..translations import QT_TRANSLATE_NOOP
from .settings import Settings
from .style import style_sheet

if TYPE_CHECKING:  # imported when first needed: the first frame waits for none of them
    from PySide6.QtGui import QAction, QCloseEvent

    from ..core.vault import Vault
    from ..packet.export import PacketOptions
    from .export.dialog import ExportDialog
    from .ocr_runner import OcrRunner
    from .operations import Changes
    from .records.page import RecordsPage
    from .services import Services
    from .shortcuts import AppShortcuts
    from .widgets.file_drop import FileDropTarget
    from .widgets.notice import NoticeBar
    from .widgets.page import Page

# The screens' names in the sidebar, shown translated in the context "Screens".
PAGE_TITLES = (QT_TRANSLATE_NOOP("Screens", "Records"), QT_TRANSLATE_NOOP("Screens", "Questions"),
               QT_TRANSLATE_NOOP("Screens", "Symptoms"), QT_TRANSLATE_NOOP("Screens", "Visit"),
               QT_TRANSLATE_NOOP("Screens", "Requests"), QT_TRANSLATE_NOOP("Screens", "History"),
               QT_TRANSLATE_NOOP("Screens", "Labs"), QT_TRANSLATE_NOOP("Screens", "Specialists"),
               QT_TRANSLATE_NOOP("Screens", "Checklist"),
               QT_TRANSLATE_NOOP("Screens", "Opinions"))
REQUESTS_ROW = 4
LABS_ROW = 6
SPECIALISTS_ROW, CHECKLIST_ROW, OPINIONS_ROW = 7, 8, 9
# The View menu's items for the screens, in PAGE_TITLES' order (context "MainWindow"): no two
# items of the View menu share an accelerator, in any language (in English the records list
# has the L).
VIEW_LABELS = (QT_TRANSLATE_NOOP("MainWindow", "&Records"),
               QT_TRANSLATE_NOOP("MainWindow", "&Questions"),
               QT_TRANSLATE_NOOP("MainWindow", "&Symptoms"),
               QT_TRANSLATE_NOOP("MainWindow", "&Visit"),
               QT_TRANSLATE_NOOP("MainWindow", "R&equests"),
               QT_TRANSLATE_NOOP("MainWindow", "&History"),
               QT_TRANSLATE_NOOP("MainWindow", "L&abs"),
               QT_TRANSLATE_NOOP("MainWindow", "&Find a specialist"),
               QT_TRANSLATE_NOOP("MainWindow", "Is &my file complete?"),
               QT_TRANSLATE_NOOP("MainWindow", "Opi&nions"))
NAV_WIDTH = 170
MIN_WINDOW_WIDTH = 1024  # px: every screen fits a window this wide (tests/ui/test_screen_sizes)
# The screens besides Records are built once its list is there (or after this long).
LIST_FIRST_MS, LIST_POLL_MS = 3000, 10
AUTO_BACKUP_WAIT_MS = 15 * 60_000  # a backup on quit may take a while on a slow disk
# Where a platform has no standard key for an action (Quit, on some), the usual one.
FALLBACK_KEYS = {"Quit": "Ctrl+Q", "Preferences": "Ctrl+,"}
# Keys a focused text box or list keeps for itself (Delete deletes a character there).
LOCAL_KEYS = {"Delete", "Undo", "Redo"}
# Line icons of the screens, in resources/icons/nav: NAME.svg in slate for the light sidebar,
# NAME-selected.svg in white for the highlighted row (the SVG renderer knows no currentColor).
NAV_ICONS = ("records", "questions", "symptoms", "visit", "requests", "history", "labs",
             "specialists", "checklist", "opinions")


NEW_VAULT_NAME = "SecondOp vault"  # a folder's name: the same in every language


def screen_name(title: str) -> str:
    """A screen's name (one of PAGE_TITLES) in the app's language."""
    return QCoreApplication.translate("Screens", title)


def is_vault(folder: Path) -> bool:
    from ..core.vault import DB_NAME

    return (folder / DB_NAME).is_file()


def new_vault_folder(parent: Path) -> Path:
    """A name for a new vault folder inside ``parent`` that is not taken yet."""
    candidate = parent / NEW_VAULT_NAME
    number = 2
    while candidate.exists():
        candidate = parent / f"{NEW_VAULT_NAME} {number}"
        number += 1
    return candidate


class MainWindow(QMainWindow):
    """The window of one vault.

    Given an open ``vault``, the window is ready at once. Given a ``folder`` instead (the app's
    start), the window shows first and the vault opens in the background right after its first
    frame; ``ready`` tells when it is there (``failed`` holds the reason when it cannot open).
    Either way the screens (and their imports) are built when first needed or once the window is
    on screen, so a big vault opens as fast as an empty window.
    """

    first_frame_shown = Signal()  # the window is on screen; what can wait until then, may start
    vault_opened = Signal(object)  # the folder of the vault now open (at start, or switched)

    def __init__(self, vault: Vault | None = None, services: Services | None = None,
                 settings: Settings | None = None, *, folder: Path | None = None,
                 demo: bool = False) -> None:
        super().__init__()
        self.vault = vault
        self.demo = demo  # the made-up patient: marked, and never remembered as the last vault
        self.demo_window: MainWindow | None = None
        self.ocr: OcrRunner | None = None  # reads scans in the background once screens are up
        self.failed = ""
        self._closed = False  # closed: no screen is built any more
        self._folder = folder
        self._first_frame = False
        self._services = services
        self.settings = settings or Settings()
        self.undo_group = QUndoGroup(self)
        self.setStyleSheet(style_sheet(self.palette()))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setAccessibleDescription(
            self.tr("Every screen of the app; Ctrl+1 to Ctrl+9 open the first nine"))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setIconSize(QSize(24, 24))  # the icons' own grid: crisp lines
        self.stack = QStackedWidget()
        # As wide as a 1024-pixel screen leaves it, from the start (a smaller screen: all of
        # it): a screen that needs more room once it shows something (a record's preview bar)
        # never widens the window by itself.
        screen = self.screen()
        room = screen.availableGeometry().width() if screen is not None else MIN_WINDOW_WIDTH
        self.stack.setMinimumWidth(min(MIN_WINDOW_WIDTH, room) - NAV_WIDTH)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if demo:
            outer.addWidget(self._demo_banner())
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_pages()
        self.nav.currentRowChanged.connect(self._show_page)
        self._build_menu_bar()
        self.statusBar()  # empty in the first frame: its notice line comes right after it
        self._completed = False  # see _complete_window
        self.shortcut_keeper: AppShortcuts | None = None  # with the keys, after the first frame
        from .widgets.screen_fit import fit_to_screen, keep_on_screen

        fit_to_screen(self, QSize(1200, 800))
        geometry = self.settings.window_geometry
        if geometry is not None and not demo:
            self.restoreGeometry(geometry)
            keep_on_screen(self)
        self.drop_target: FileDropTarget | None = None
        self._listening = False
        self._set_ready(False)
        self.setWindowTitle(paths.APP_NAME)
        if vault is not None:
            self._complete_window()
            self._vault_ready()

    def _demo_banner(self) -> QWidget:
        banner = QWidget()
        banner.setObjectName("demoBanner")
        text = QLabel(self.tr("This is a demo with a made-up patient. Nothing you do here "
                              "touches your own records."))
        text.setObjectName("demoBannerText")
        text.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back to my records"))
        self.back_button.setAccessibleDescription(self.tr("Close the demo and show your own vault"))
        self.back_button.clicked.connect(self.back_to_my_records)
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(text, 1)
        row.addWidget(self.back_button)
        return banner

    def back_to_my_records(self) -> None:
        """Close the demo; the patient's own window is there (or opens, after ``--demo``)."""
        opener = self.parent_window
        if opener is None:
            folder = self.settings.last_vault or paths.default_vault_dir()
            opener = MainWindow(services=self._services, settings=self.settings, folder=folder)
            opener.show()
        opener.raise_()
        opener.activateWindow()
        self.close()

    parent_window: MainWindow | None = None  # the window the demo was opened from
    notice: NoticeBar  # what just happened, with Undo; there from right after the first frame

    @property
    def services(self) -> Services:
        if self._services is None:
            from .services import Services

            self._services = Services()
        return self._services

    def _accept_drops(self) -> None:
        """Files dropped anywhere on the window go to the Records screen."""
        if self.drop_target is None:
            from .widgets.file_drop import FileDropTarget

            self.drop_target = FileDropTarget(self, self.import_dropped)

    @property
    def ready(self) -> bool:
        """The vault is open (the screens can be used)."""
        return self.vault is not None

    def _set_ready(self, ready: bool) -> None:
        """Until the vault is open, only Quit and Help work."""
        self.nav.setEnabled(ready)
        if ready and self.vault is not None:
            self.show_overdue(self.vault.requests.overdue_count())
            self.update_backup_reminder()
        self._enable_actions(ready)

    def _enable_actions(self, ready: bool) -> None:
        for action in self._vault_actions:
            action.setEnabled(ready)
        self._update_actions()

    def _update_actions(self) -> None:
        """Actions that depend on the screen shown are enabled only when they can act."""
        if not hasattr(self, "zoom_actions"):
            return
        page = self._slots[self.stack.currentIndex()] if self.ready else None
        self.delete_action.setEnabled(page is not None and page.can_delete())
        preview = getattr(page, "preview", None)
        zoomable = preview is not None and preview.zoomable() is not None
        for action in self.zoom_actions:
            action.setEnabled(zoomable)
        # Combine and split follow the Records screen's own actions (its selection).
        combine_split = getattr(page, "combine_split", None)
        for mine, theirs in zip(self.pages_actions, ("combine_action", "split_action"),
                                strict=True):
            mine.setEnabled(combine_split is not None
                            and getattr(combine_split, theirs).isEnabled())
        turnable = preview is not None and preview.can_turn()
        for action in self.turn_actions:
            action.setEnabled(turnable)

    def show_notice(self, text: str) -> None:
        """What just happened, in the status bar with an Undo button, for a while."""
        self.notice.show_notice(text)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A light or dark theme chosen while the app runs: our colours follow."""
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            sheet = style_sheet(self.palette())
            if sheet != self.styleSheet():
                self.setStyleSheet(sheet)
                self._add_nav_icons(again=True)  # their lines read on the new sidebar
                # A widget with a style sheet of its own kept the palette it was polished in
                # while never shown (the Visit screen stayed light in dark): polished again.
                for widget in self.findChildren(QWidget):
                    if own := widget.styleSheet():
                        widget.setStyleSheet("")  # the same sheet again would be a no-op
                        widget.setStyleSheet(own)

    # -- first frame -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._first_frame:
            self._first_frame = True
            # After this frame reaches the screen: open the vault, then build the screens.
            QTimer.singleShot(0, self, self._after_first_frame)

    def _complete_window(self) -> None:
        """What the first frame shows no part of: the menus' items, their keys and the status
        bar's notice line (some forty QActions and their imports); at once when the window is
        given an open vault."""
        if not self._completed:
            self._completed = True
            from .widgets.notice import NoticeBar

            self._fill_menus()
            self._enable_actions(self.ready)  # the new items follow the state of the vault
            self.notice = NoticeBar(self.undo_group)
            self.statusBar().addWidget(self.notice, 1)
        self._apply_shortcuts()

    def _after_first_frame(self) -> None:
        self._complete_window()
        self._add_nav_icons()
        self.first_frame_shown.emit()
        if self.vault is not None:
            self._show_page(self.nav.currentRow())
            QTimer.singleShot(0, self, self._build_rest)
        elif self._folder is not None:
            self._open_in_background(self._folder)

    def _open_in_background(self, folder: Path) -> None:
        from .operations import QueryOp

        def work(_ctx: object) -> Vault:
            from ..core.vault import Vault

            return Vault.open(folder)

        def failed(error: BaseException) -> None:
            self.failed = getattr(error, "reason", "") or self.tr(
                "SecondOp could not open the vault.")
            self.services.report_failure(self, error, self.tr("Cannot open the vault"))
            self.close()

        def opened(vault: Vault) -> None:
            self.vault = vault
            self._vault_ready()
            self._show_page(self.nav.currentRow())
            QTimer.singleShot(0, self, self._build_rest)
            self._tell_about_the_vault()

        QueryOp(self.services, self, work, opened).failure(failed).run_in_background()

    def _tell_about_the_vault(self) -> None:
        """After a vault opens: say when it is read-only, and offer back the stored files no
        record named (set aside in lost+found)."""
        vault = self.vault
        if vault is not None and vault.changes_lost:  # a damaged -wal lost the last changes
            self.services.dialogs.error(self, self.tr("Recent changes may be lost"),
                                        vault.changes_lost)
        if vault is not None and vault.readonly:
            self.services.dialogs.info(
                self, self.tr("Read-only vault"),
                self.tr("This vault's folder cannot be written to: you can look through it and "
                        "export a packet, but changes will not be saved."))
            return
        if vault is None:
            return
        count = len(vault.lost_and_found())
        if not count or not self.services.dialogs.confirm(
                self, self.tr("Files set aside"),
                self.tr(
                    "The vault's lost+found folder keeps %n stored file(s) that no record "
                    "names (after an interrupted import or a damaged database). Make records of "
                    "them again?", "", count), ok=self.tr("Recover")):
            return

        from ..core.importing import ImportResult, Outcome
        from .operations import Changes, WriteOp

        def recovered(results: list[ImportResult]) -> None:
            made = sum(r.outcome is Outcome.IMPORTED for r in results)
            self.services.dialogs.info(self, self.tr("Files recovered"), self.tr(
                "%n record(s) made from the files set aside.", "", made))

        # The screens show the new records from the announcement that follows.
        WriteOp(self.services, self, lambda _ctx: vault.recover_all_lost(),
                Changes(records=True), recovered, title=self.tr("Files not recovered")
                ).run_in_background()

    def _vault_ready(self) -> None:
        """A vault is open (at start, or another one): the window follows what changes in it."""
        if not self._listening:
            self._listening = True
            self.services.changes.operation_did_execute.connect(self._changes_announced)
        self._update_title()
        self._set_ready(True)
        self._accept_drops()
        if self.vault is not None:
            self.vault_opened.emit(self.vault.root)

    def _changes_announced(self, changes: Changes, initiator: object) -> None:
        if getattr(initiator, "vault", self.vault) is not self.vault:
            return  # a change in the other window's vault (the demo's)
        if changes.profile and self.vault is not None:
            self._update_title()

    # -- pages ---------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        """Stand-ins for the four screens, each built when first needed (see ``page_at``)."""
        while self.stack.count():
            placeholder = self.stack.widget(0)
            assert placeholder is not None  # within count()
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.nav.blockSignals(True)
        self.nav.clear()
        self._slots: list[Page | None] = [None] * len(PAGE_TITLES)
        self._list_asked: float | None = None  # when the other screens began to wait for it
        for index in range(len(PAGE_TITLES)):
            # Stands in until the page is built; only the first one is ever seen.
            self.stack.addWidget(self._placeholder() if index == 0 else QWidget())
        # Added by their texts: an item made in Python would cost the first frame the types of
        # QListWidgetItem and QIcon (1.5% of it).
        self.nav.addItems([screen_name(title) for title in PAGE_TITLES])
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        if self._first_frame or self.vault is not None:
            self._add_nav_icons()

    def _add_nav_icons(self, again: bool = False) -> None:
        """Given with the screens, not in the first frame (the SVG icon engine loads a plugin);
        ``again`` in the colours of a new palette."""
        given = not self.nav.item(0).icon().isNull()
        if given != again:
            return  # given already (or not yet, to change: the first frame gives them)
        from .widgets.nav_icons import nav_icon

        for row, name in enumerate(NAV_ICONS):
            self.nav.item(row).setIcon(nav_icon(name, self.palette()))

    def _placeholder(self) -> QWidget:
        label = QLabel(self.tr("Opening your records…"))
        label.setObjectName("pagePlaceholder")
        # Centred by a style sheet: Qt's alignment flags would cost the first frame their import.
        label.setStyleSheet("qproperty-alignment: AlignCenter;")  # colour: style.py
        return label

    def page_at(self, index: int) -> Page:
        page = self._slots[index]
        if page is not None:
            return page
        page = self._create_page(index)
        self._slots[index] = page
        placeholder = self.stack.widget(index)
        assert placeholder is not None  # every screen has a stand-in until it is built
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self.undo_group.addStack(page.undo_stack)
        self.undo_anywhere.watch(page.undo_stack)
        if index == current:  # Edit > Undo follows the page on screen
            self.undo_group.setActiveStack(page.undo_stack)
        page.actions_changed.connect(self._update_actions)
        page.notice.connect(self.show_notice)
        return page

    def _create_page(self, index: int) -> Page:
        if self.vault is None:
            raise RuntimeError("the vault is not open yet")
        if index == 0:
            from .records.page import RecordsPage

            records = RecordsPage(self.vault, self.services, view=self.settings.records_view)
            records.try_demo.connect(self.open_demo)
            records.import_finished.connect(self._kick_ocr)
            records.trash_shown.connect(self.trash_action.setChecked)
            return records
        if index == 1:
            from .questions.page import QuestionsPage

            page: Page = QuestionsPage(self.vault, self.services)
            # Signals of the other screens, connected when those screens provide them.
            open_record = getattr(page, "open_record_requested", None)
            if open_record is not None:
                open_record.connect(self.show_record)
            return page
        if index == 2:
            from .symptoms.page import SymptomsPage

            return SymptomsPage(self.vault, self.services)
        if index == REQUESTS_ROW:
            from .requests.page import RequestsPage

            requests_page = RequestsPage(self.vault, self.services)
            requests_page.overdue_changed.connect(self.show_overdue)
            return requests_page
        if index == 5:
            from .history.page import HistoryPage

            return HistoryPage(self.vault, self.services, export=self.export_again)
        if index == LABS_ROW:
            from .labs.page import LabsPage

            return LabsPage(self.vault, self.services)
        if index == SPECIALISTS_ROW:
            from .specialists.page import SpecialistsPage

            return SpecialistsPage(self.vault, self.services)
        if index == CHECKLIST_ROW:
            from .checklist.page import ChecklistPage

            checklist = ChecklistPage(self.vault, self.services)
            checklist.open_record_requested.connect(self.show_record)
            return checklist
        if index == OPINIONS_ROW:
            from .opinions.page import OpinionsPage

            return OpinionsPage(self.vault, self.services)
        from .visit.page import VisitPage

        return VisitPage(self.vault, self.services)

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

    @property
    def requests(self) -> Page:
        return self.page_at(REQUESTS_ROW)

    @property
    def history(self) -> Page:
        return self.page_at(5)

    def _build_rest(self) -> None:
        """The screens not shown yet, one per turn of the event loop once the window is up and
        the records list is there, so switching is instant later and the list stays responsive
        meanwhile. (The list's rows come from a worker: a screen being built would hold them
        back by the time it takes.)"""
        if self._waiting_for_the_list():
            QTimer.singleShot(LIST_POLL_MS, self, self._build_rest)
            return
        missing = [i for i, page in enumerate(self._slots) if page is None]
        if missing and self.vault is not None and not self._closed:
            self.page_at(missing[0])
            QTimer.singleShot(0, self, self._build_rest)
        elif self.vault is not None and not self._closed:
            self._read_scans()

    def _waiting_for_the_list(self) -> bool:
        """The Records screen is reading its list (for LIST_FIRST_MS at most: a list that
        cannot be read holds nothing back for long)."""
        records = self._slots[0]
        if records is None or getattr(records, "loaded", True) or self._closed:
            return False
        if self._list_asked is None:
            self._list_asked = time.monotonic()
        return time.monotonic() - self._list_asked < LIST_FIRST_MS / 1000

    def _kick_ocr(self, _summary: object) -> None:
        if self.ocr is not None:
            self.ocr.kick()

    def _read_scans(self) -> None:
        """Once the screens are up: read the vault's queued scans in the background."""
        if self.ocr is None:
            from .ocr_runner import OcrRunner, OcrStatus

            self.ocr = OcrRunner(self.services, self)
            self.statusBar().addPermanentWidget(OcrStatus(self.ocr, self))
            self.ocr.idle.connect(self._scans_read)
            self._ocr_settings_changed()
        if self.vault is not None and self.ocr.root != self.vault.root:
            self.ocr.attach(self.vault)

    def _ocr_settings_changed(self) -> None:
        """Settings > Reading scans: languages from the next run, on or off at once."""
        if self.ocr is not None:
            self.ocr.skipped_languages = self.settings.ocr_skipped_languages
            self.ocr.set_automatic(self.settings.ocr_automatic)

    def show_settings(self) -> None:
        from PySide6.QtCore import Qt

        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.ocr_changed.connect(self._ocr_settings_changed)
        self.settings_dialog = dialog
        dialog.open()

    def _scans_read(self) -> None:
        """The queue ran dry: the Records screen shows what the text suggests."""
        records = getattr(self, "_slots", [None])[0] if self.vault is not None else None
        if records is not None and self.ocr is not None and self.vault is not None \
                and self.ocr.root == self.vault.root:
            records.refresh_findings()

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(PAGE_TITLES):
            page = self.page_at(row)
            self.stack.setCurrentIndex(row)
            self.undo_group.setActiveStack(page.undo_stack)
            self._update_actions()

    def show_record(self, document_id: int, page: int = 1) -> None:
        """Jump to a record (from a question's reference) and show it at ``page``."""
        self.show_page(self.records)
        self.records.show_document(document_id, page)

    def _show_stack(self, stack: object) -> None:
        page = next((p for p in self.built_pages() if p.undo_stack is stack), None)
        if page is not None:
            self.show_page(page)

    def current_page(self) -> Page:
        return self.page_at(self.stack.currentIndex())

    def show_page(self, page: Page) -> None:
        self.nav.setCurrentRow(self._slots.index(page))

    # -- menus ---------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot,
                 shortcut: str | tuple[str, ...] | None = None) -> QAction:
        """A menu item; ``shortcut`` is a key combination ("Ctrl+I") or the name of one of
        QKeySequence's standard keys ("Open"), which follow the platform's conventions, or a
        tuple of them (the first is the one menus show)."""
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self._vault_actions.append(action)
        if shortcut is not None and shortcut not in LOCAL_KEYS:
            self._app_wide.append(action)
        return action

    def _apply_shortcuts(self) -> None:
        """Keyboard shortcuts, given right after the first frame: the first one makes PySide
        build all of Qt's enums, a cost the first frame need not wait for."""
        from PySide6.QtGui import QKeySequence

        from .shortcuts import AppShortcuts

        if self.shortcut_keeper is None:  # an app-wide event filter: every event passes it
            self.shortcut_keeper = AppShortcuts(self, self._app_wide)
            # Edit > Delete acts on the list that has the focus (Visit has three).
            self.shortcut_keeper.focus_changed.connect(self._update_actions)
        for action, shortcut in self._shortcuts:
            keys: list[QKeySequence] = []
            for name in (shortcut,) if isinstance(shortcut, str) else shortcut:
                standard = getattr(QKeySequence.StandardKey, name, None)
                found = QKeySequence.keyBindings(standard) if standard is not None else []
                keys += found or [QKeySequence(FALLBACK_KEYS.get(name, name))]
            action.setShortcuts(keys)  # all of them: Redo is Ctrl+Y and Ctrl+Shift+Z
        self._shortcuts.clear()

    def _build_menu_bar(self) -> None:
        """The menus' titles, in the first frame; their items come right after it."""
        self._vault_actions: list[QAction] = []
        self._app_wide: list[QAction] = []  # their keys win over a focused text box's own
        self._shortcuts: list[tuple[QAction, str | tuple[str, ...]]] = []
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.record_menu = bar.addMenu(self.tr("&Record"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup

        file_menu = self.file_menu
        self._action(file_menu, self.tr("&New vault…"), self.new_vault, "New")
        self._action(file_menu, self.tr("&Open vault…"), self.open_vault, "Open")
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import files…"), self.import_files, "Ctrl+I")
        self._action(file_menu, self.tr("Import &folder…"), self.import_folder, "Ctrl+Shift+I")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Export packet…"), self.export_packet, "Ctrl+E")
        self._action(file_menu, self.tr("&Back up…"), self.back_up)
        self._action(file_menu, self.tr("&Restore…"), self.restore)
        self._action(file_menu, self.tr("&Print questions…"), self.print_questions, "Print")
        self._action(file_menu, self.tr("Print pre&view…"), self.print_preview, "Ctrl+Shift+P")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, "Quit")
        self._vault_actions.pop()  # Quit always works

        edit = self.edit_menu
        from .undo_anywhere import UndoAnywhere

        # Undo on the screen shown, else the latest action of another screen (shown first).
        self.undo_anywhere = UndoAnywhere(self.undo_group, self._show_stack, self)
        undo = self.undo_anywhere.action
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self._shortcuts += [(undo, "Undo"), (redo, "Redo")]
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self.delete_action = self._action(
            edit, self.tr("&Delete"), lambda: self.current_page().delete_selected(), "Delete")
        self._action(edit, self.tr("&Find"), lambda: self.current_page().focus_search(), "Find")
        edit.addSeparator()
        settings = self._action(edit, self.tr("Se&ttings…"), self.show_settings, "Preferences")
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the app menu
        self._vault_actions.pop()  # Settings work before any vault opens

        for index, label in enumerate(VIEW_LABELS):
            self._action(self.view_menu, QCoreApplication.translate("MainWindow", label),
                         lambda _=False, i=index:
                         self.nav.setCurrentRow(i),
                         f"Ctrl+{index + 1}" if index < 9 else None)  # Ctrl+0 fits the width
        self.view_menu.addSeparator()
        layout_group = QActionGroup(self)
        self.list_action = self._action(self.view_menu, self.tr("Records as a &list"),
                                        lambda: self.set_records_view("list"))
        self.grid_action = self._action(self.view_menu, self.tr("Records as a &grid"),
                                        lambda: self.set_records_view("grid"))
        for action in (self.list_action, self.grid_action):
            action.setCheckable(True)
            layout_group.addAction(action)
        self.list_action.setChecked(self.settings.records_view == "list")
        self.grid_action.setChecked(self.settings.records_view == "grid")
        self.trash_action = self._action(self.view_menu, self.tr("Show &trash"),
                                         self.toggle_trash)
        self.trash_action.setCheckable(True)
        self.view_menu.addSeparator()
        # The record's preview: enabled while the Records screen shows one (_update_actions).
        view = self.view_menu
        self.zoom_actions = [
            self._action(view, self.tr("Zoom &in"), lambda: self.records.preview.zoom_in(),
                         ("ZoomIn", "Ctrl+=")),
            self._action(view, self.tr("Zoom &out"), lambda: self.records.preview.zoom_out(),
                         "ZoomOut"),
            self._action(view, self.tr("Fit &width"), lambda: self.records.preview.fit_width(),
                         "Ctrl+0"),
            self._action(view, self.tr("Fit &page"), lambda: self.records.preview.fit_page()),
        ]
        self.turn_actions = [  # the page shown, by hand (OCR can guess wrong; photos it skips)
            self._action(self.view_menu, self.tr("Rotate anti-cloc&kwise"),
                         lambda: self.records.preview.rotate_left(), "Ctrl+L"),
            self._action(self.view_menu, self.tr("Rotate &clockwise"),
                         lambda: self.records.preview.rotate_right(), "Ctrl+R"),
        ]

        record_menu = self.record_menu
        self.pages_actions = [
            self._action(record_menu, self.tr("&Combine records…"),
                         lambda: self.records.combine_split.combine()),
            self._action(record_menu, self.tr("&Split record…"),
                         lambda: self.records.combine_split.split()),
        ]

        help_menu = self.help_menu
        self._action(help_menu, self.tr("Where is my &data?"), self.show_data_location)
        self._action(help_menu, self.tr("Show &log folder"), self.show_log_folder)
        self._vault_actions.pop()  # the log is there before any vault opens
        self._action(help_menu, self.tr("&About SecondOp"), self.show_about)
        self._vault_actions.pop()  # About always works

    # -- actions -------------------------------------------------------------------------------
    def import_files(self) -> None:
        from .records.page import import_filters

        files = self.services.dialogs.open_files(self, self.tr("Import records"),
                                                 import_filters())
        if files:
            self.import_dropped(files)

    def import_folder(self) -> None:
        folder = self.services.dialogs.open_folder(self, self.tr("Import a folder of records"))
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

    def open_demo(self) -> None:
        """Create the demo vault (once, in the background) and show it in a window of its own,
        marked as a demo; this window stays on the patient's vault."""
        from .. import demo
        from .operations import QueryOp

        if self.demo_window is not None and self.demo_window.isVisible():
            self.demo_window.activateWindow()
            return
        folder = paths.demo_vault_dir()
        self.notice.show_notice(self.tr("Preparing the demo vault…"))

        def done(_result: object) -> None:
            self.notice.clear()
            self.demo_window = MainWindow(services=self.services, settings=self.settings,
                                          folder=folder, demo=True)
            self.demo_window.parent_window = self
            self.demo_window.show()

        def failed(error: BaseException) -> None:
            self.notice.clear()
            self.services.report_failure(self, error, self.tr("Cannot open the demo"))

        QueryOp(self.services, self, lambda _ctx: demo.ensure_demo_vault(folder), done
                ).failure(failed).run_in_background()

    def show_overdue(self, count: int) -> None:
        """The sidebar says how many records requests are overdue."""
        item = self.nav.item(REQUESTS_ROW)
        if item is not None:
            name = screen_name(PAGE_TITLES[REQUESTS_ROW])
            item.setText(f"{name} ({count})" if count else name)
            item.setToolTip(
                self.tr("%n records request(s) overdue", "", count) if count else "")

    def update_backup_reminder(self) -> None:
        """A status bar note with a button while the vault has records and no recent backup."""
        from ..core.backup import backup_due

        if getattr(self, "backup_reminder", None) is None:
            from PySide6.QtWidgets import QPushButton

            self.backup_reminder = QWidget()
            row = QHBoxLayout(self.backup_reminder)
            row.setContentsMargins(0, 0, 0, 0)
            self.backup_reminder_label = QLabel("")
            button = QPushButton(self.tr("Back up now…"))
            button.clicked.connect(self.back_up)
            row.addWidget(self.backup_reminder_label)
            row.addWidget(button)
            self.statusBar().addPermanentWidget(self.backup_reminder)
        vault = self.vault
        due = vault is not None and backup_due(vault.db)
        if vault is not None and due:
            from ..core.backup import last_backup
            from .widgets.date_field import display_date

            last = last_backup(vault.db)
            self.backup_reminder_label.setText(
                self.tr("This vault has never been backed up.") if last is None else
                self.tr("The last backup is from {date}; time for a new one.")
                .format(date=display_date(last.date())))
        self.backup_reminder.setVisible(due)

    def back_up(self) -> None:
        from .backup.dialogs import BackupDialog, open_dialog

        dialog = BackupDialog(self.vault, self.services, self, self.settings)
        dialog.backed_up.connect(self.update_backup_reminder)
        self.backup_dialog = open_dialog(dialog)

    def restore(self) -> None:
        from .backup.dialogs import RestoreDialog, open_dialog

        dialog = RestoreDialog(self.services, self)
        dialog.restored.connect(self._offer_restored)
        self.restore_dialog = open_dialog(dialog)

    def _offer_restored(self, folder: Path) -> None:
        if self.services.dialogs.confirm(
                self, self.tr("Restored"),
                self.tr("The backup was restored into {folder}. Open that vault now?")
                .format(folder=folder), ok=self.tr("Open it")):
            self.switch_vault(folder)

    def export_packet(self) -> None:
        from .export.dialog import run_export

        run_export(self, self.vault, self.services)

    def export_again(self, preset: tuple[PacketOptions, str]) -> ExportDialog:
        """The export dialog set as an earlier export was (History's "Export again…")."""
        from .export.dialog import run_export

        return run_export(self, self.vault, self.services, preset)

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

    def _places(self) -> tuple[Path, ...]:
        return (paths.default_vault_dir(), *self.settings.recent_vaults)

    def _fill_recent_menu(self) -> None:
        """The default vault, then the vaults opened before (those still there)."""
        self.recent_menu.clear()
        default = paths.default_vault_dir()
        entries = [(self.tr("My default vault ({folder})").format(folder=default), default)]
        entries += [(str(folder), folder) for folder in self.settings.recent_vaults
                     if folder != default and is_vault(folder)]
        for text, folder in entries:
            action = self.recent_menu.addAction(text)
            action.triggered.connect(lambda _=False, f=folder: self.switch_vault(f))
            current = self.vault is not None and Path(self.vault.root) == folder
            action.setEnabled(not current)

    def new_vault(self) -> None:
        """A new vault is always a new folder, made inside the one chosen: no folder that was
        there before becomes a vault or changes its permissions."""
        parent = self.services.dialogs.open_folder(
            self, self.tr("Choose where to make the new vault (a new folder is made inside it)"))
        if parent:
            self.switch_vault(new_vault_folder(parent))

    def open_vault(self) -> None:
        folder = self.services.dialogs.open_folder(self, self.tr("Open a SecondOp vault"),
                                                   places=self._places())
        if not folder:
            return
        if not is_vault(folder):
            inside = new_vault_folder(folder)
            if not self.services.dialogs.confirm(
                    self, self.tr("Not a SecondOp vault"),
                    self.tr("{folder} is not a SecondOp vault. Make a new, empty vault in a new "
                            "folder inside it ({name})? The folder you chose stays as it is.")
                    .format(folder=folder, name=inside.name),
                    ok=self.tr("Make a new vault inside")):
                return
            folder = inside
        self.switch_vault(folder)

    def switch_vault(self, folder: Path) -> None:
        """Open the vault in ``folder`` in the background; once it is open, it replaces this one
        (which stays open if that one cannot be opened)."""
        from ..core.vault import Vault
        from .operations import QueryOp

        # Beside the open vault's own work: an import running there is stopped only once the
        # new vault is open.
        QueryOp(self.services, self, lambda _ctx: Vault.open(folder), self._replace_vault,
                title=self.tr("Cannot open the vault"), views=True).run_in_background()

    def _replace_vault(self, vault: Vault) -> None:
        self._remember_vault()  # the one being left goes to File > Open recent
        self._retire_pages()
        if self.vault is not None:
            self.vault.close()
        self.vault = vault
        self._remember_vault()
        self._build_pages()
        self._vault_ready()
        self._show_page(0)
        QTimer.singleShot(0, self, self._build_rest)
        self.trash_action.setChecked(False)
        self._tell_about_the_vault()

    def _retire_pages(self) -> None:
        """Take the screens of the vault about to close off the window, while it is still open:
        what was typed is saved (a field saves when the focus leaves it), background work ends,
        their timers stop, and no later event (paint, focus, timer) reaches them again."""
        if self.ocr is not None:
            self.ocr.stop()
        focused = self.focusWidget()
        for page in self.built_pages():
            if focused is not None and page.isAncestorOf(focused):
                focused.clearFocus()
            page.close_page()
            for timer in page.findChildren(QTimer):
                timer.stop()
            self.undo_group.removeStack(page.undo_stack)
            self.undo_anywhere.forget(page.undo_stack)
            self.stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.services.tasks.wait()  # their last edits, written in the background, are stored
        self._slots = [None] * len(PAGE_TITLES)

    def _update_title(self) -> None:
        if self.vault is None:
            return
        name = self.vault.patient.get().name
        if self.demo:
            name = self.tr("Demo: {name}").format(name=name) if name else self.tr(
                "Demo: made-up patient")
        self.setWindowTitle(f"{name} — {paths.APP_NAME}" if name else paths.APP_NAME)

    def show_data_location(self) -> None:
        from PySide6.QtCore import QUrl

        if self.vault is None:
            return
        if self.services.dialogs.inform_with_action(
                self, self.tr("Where is my data?"),
                self.tr("This vault's records, questions and notes are stored only on this "
                        "computer, in:\n\n{folder}\n\nNothing is sent anywhere unless you export "
                        "a packet. Keep a backup of this folder.").format(folder=self.vault.root),
                action=self.tr("Show folder")):
            self.services.open_url(QUrl.fromLocalFile(str(self.vault.root)))

    def show_log_folder(self) -> None:
        """Help > Show log folder: where the details of a problem were saved."""
        from PySide6.QtCore import QUrl

        from ..core.secure import secure_dir

        folder = secure_dir(paths.log_dir())  # there even before anything was logged
        self.services.open_url(QUrl.fromLocalFile(str(folder)))

    def bring_to_front(self) -> None:
        """Another launch of the app on this vault asked for this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_about(self) -> None:
        from .. import __version__

        self.services.dialogs.info(
            self, self.tr("About SecondOp"),
            self.tr("SecondOp Desktop {version}\n\nPrepare for a second medical opinion: your "
                    "records, your questions and your symptoms, in one packet for the "
                    "specialist.").format(version=__version__))

    def _remember_vault(self) -> None:
        """The vault the next start opens: the patient's own, never the demo."""
        if self.vault is not None and not self.demo \
                and Path(self.vault.root) != paths.demo_vault_dir():
            self.settings.last_vault = self.vault.root
            self.settings.add_recent_vault(Path(self.vault.root))

    def confirm_nothing_typed_is_lost(self) -> bool:
        """Save what is typed; if some of it cannot be saved, say what and where, and close only
        if the patient chooses to discard it (otherwise the field to fix is shown)."""
        problems: list[tuple[str, QWidget]] = []
        for page in self.built_pages():
            page.save_pending()
            problems += page.pending_problems()
        if not problems:
            return True
        listed = "\n".join(f"• {text}" for text, _widget in problems)
        if self.services.dialogs.confirm(
                self, self.tr("Not saved yet"),
                self.tr("Some of what you typed is not saved yet:\n\n{problems}\n\nFix it, or "
                        "discard it and close.").format(problems=listed),
                ok=self.tr("Discard and close"), destructive=True):
            return True
        widget = problems[0][1]
        page = next(p for p in self.built_pages() if p.isAncestorOf(widget) or p is widget)
        self.show_page(page)
        widget.setFocus()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.ready and not self._closed and not self.confirm_nothing_typed_is_lost():
            event.ignore()
            return
        self._closed = True
        if not self.demo:
            self.settings.window_geometry = self.saveGeometry()
        self._remember_vault()
        if self.ocr is not None:
            self.ocr.stop()
        for page in self.built_pages():
            page.close_page()
        if self._start_auto_backup():
            self.services.tasks.wait(AUTO_BACKUP_WAIT_MS)
        self.services.tasks.wait()
        self.services.views.wait()
        super().closeEvent(event)

    def _start_auto_backup(self) -> bool:
        """The backup on quit that Back up… can switch on; True when one was started."""
        folder = self.settings.auto_backup_folder
        if folder is None or self.vault is None or not self.vault.documents.count():
            return False
        from ..core import backup

        vault, keep = self.vault, self.settings.auto_backup_keep
        self.statusBar().showMessage(self.tr("Backing up before closing…"))

        from .operations import QueryOp, TaskContext

        def work(ctx: TaskContext) -> None:
            backup.auto_backup(vault.root, folder, keep, cancel=ctx.check_cancel)
            backup.note_backup(vault.db)  # here: the window will not hear the result

        # No dialog while the window closes: a bug's traceback is logged by the worker, and the
        # backup reminder speaks at the next start when no backup was made.
        QueryOp(self.services, None, work).failure(lambda _error: None).run_in_background()
        return True


__all__ = ["MainWindow"]
