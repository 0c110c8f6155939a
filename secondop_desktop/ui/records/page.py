"""The Records screen: the list (or grid) of documents, preview, details, trash and import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.documents import KINDS, Document
from ...core.errors import NotFound, SecondOpError
from ...core.formats import needs_password
from ...core.importing import ImportCancelled, ImportResult, Outcome
from ...core.ocr.findings import Findings
from ...core.ocr.search import SearchHit
from ...core.ocr.suggest import settle
from ...core.turns import current_turns
from ...translations import QT_TRANSLATE_NOOP, shown_reason
from ..operations import Cancelled, Changes, QueryOp, Task, TaskContext, WriteOp
from ..widgets.empty_state import EmptyNote, EmptyState
from ..widgets.file_drop import FileDropTarget
from ..widgets.fitting_hint import FittingHint
from ..widgets.page import Page
from ..widgets.row_table import header_width
from ..widgets.view_icons import view_icon
from ..writes import Writer
from .combine_split import CombineSplit
from .commands import EditCommand, TrashCommand, TurnCommand
from .delegates import FlagDelegate, RecordTitleDelegate
from .details_editor import DetailsEditor, field_text
from .from_text import FindingsPanel, dated_from_text, load_findings, search_text
from .import_summary import ImportSummary, ImportSummaryDialog, summarize
from .model import (
    DATE,
    FLAG,
    KIND,
    PAGES,
    PROVIDER,
    TITLE,
    RecordsFilter,
    RecordsModel,
    kind_name,
    search_haystack,
)
from .preview import PreviewPane
from .thumbnails import Thumbnailer, icon_size

# The file dialog's filters: (name, shown translated in "RecordsPage"; patterns). The first is
# the default: everything an import takes, portal downloads included.
_SCANS = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.webp *.bmp *.gif"
_IMAGING = "*.dcm *.dicom DICOMDIR"
_PORTAL = "*.xml *.ccd *.ccda *.cda *.json *.ndjson *.zip"
IMPORT_FILTERS = (
    (QT_TRANSLATE_NOOP("RecordsPage", "Everything SecondOp imports"),
     f"{_SCANS} {_IMAGING} {_PORTAL}"),
    (QT_TRANSLATE_NOOP("RecordsPage", "Scans, photos and PDFs"), _SCANS),
    (QT_TRANSLATE_NOOP("RecordsPage", "Imaging"), _IMAGING),
    (QT_TRANSLATE_NOOP("RecordsPage", "Patient-portal downloads"), _PORTAL),
    (QT_TRANSLATE_NOOP("RecordsPage", "All files"), "*"),
)


def import_filters() -> str:
    """The Import dialog's filters, named in the app's language."""
    return ";;".join(f"{QCoreApplication.translate('RecordsPage', name)} ({patterns})"
                     for name, patterns in IMPORT_FILTERS)
COLUMN_WIDTHS = {FLAG: 28, KIND: 76, DATE: 98, PAGES: 48}  # fit their longest value at 10 pt
PROVIDER_SHARE, PROVIDER_MIN, PROVIDER_MAX = 0.24, 90, 190  # of the list's width; elided
TITLE_MIN = 120  # the thumbnail and a title's first words: the list keeps at least this


class RecordsPage(Page):
    title = "Records"
    try_demo = Signal()
    import_finished = Signal(object)  # ImportSummary
    trash_shown = Signal(bool)  # the Trash view is on (True) or off

    def __init__(self, vault, services, parent=None, view: str = "list") -> None:
        super().__init__(vault, services, parent)
        self.showing_trash = False
        self.has_trash = False  # the trash holds records (the first-run screen hides then)
        self.loaded = False
        self._locked: list[Path] = []  # PDFs refused for want of a password, to ask about
        self._several: list[ImportResult] = []  # files of several patients, to ask whose
        self.last_summary: ImportSummary | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self._import_task: Task | None = None
        self._arrived: list[Document] = []  # imported, not yet in the list (see _import_progress)
        self._pending_show: tuple[int, int] | None = None
        # Edits, trash moves and their undo write in the background, in order.
        self.writer = Writer(services, self, Changes(records=True), failed=self.notice.emit)
        self._next_selection: int | None = None  # the record to select once rows have left
        style = self.style()
        self.thumbnails = Thumbnailer(
            vault, services, style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self)
        self.model = RecordsModel(
            self.thumbnails.icon, self,
            warning_icon=style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.thumbnails.ready.connect(self.model.thumbnail_ready)
        self.proxy = RecordsFilter(self)
        self.proxy.setSourceModel(self.model)

        self._build_toolbar()
        self._build_views()
        self.preview = PreviewPane(services, self.vault.documents.readable_path,
                                   patient=self.vault.patient.get,
                                   turns=lambda doc: current_turns(vault, doc.id))
        self.preview.open_original.connect(self.open_original)
        self.preview.turn_requested.connect(self.turn_page)
        self.preview.shown_changed.connect(self.actions_changed)
        self.preview.ask_meaning.connect(self.ask_meaning_on_page)
        self.preview.words_selected.connect(self.ask_meaning_of_dragged)
        self.details = DetailsEditor(self.save_field)
        self.findings: dict[int, Findings] = {}  # what the text says (suggestions, identity)
        self.text_hits: dict[int, SearchHit] = {}  # full-text matches of the search box
        self._search_task: Task | None = None  # the search running for the last key
        self.findings_panel = FindingsPanel()
        self.findings_panel.use.connect(self.use_suggestion)
        self.findings_panel.dismiss.connect(self.dismiss_suggestion)
        details_box = QWidget()
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.findings_panel)
        details_layout.addWidget(self.details)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview)
        right.addWidget(details_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 0)
        right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view_stack)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 400])
        self.splitter.setChildrenCollapsible(False)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(12, 10, 12, 6)
        content_layout.setSpacing(8)
        content_layout.addLayout(self.toolbar)
        content_layout.addWidget(self.splitter, 1)

        self.empty = EmptyState()
        self.empty.try_demo.connect(self.try_demo)
        self.empty.import_files.connect(self._import_dialog)
        self.empty.import_folder.connect(self._import_folder_dialog)
        self.screens = QStackedWidget()
        self.content = content
        self.screens.addWidget(content)
        self.screens.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.screens, 1)
        layout.addWidget(self._build_import_bar())
        self.drop_target = FileDropTarget(self, self.import_paths)
        self.set_view(view)
        self.refresh()
        self.refresh_findings()

    # -- building ------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        style = self.style()
        self.search = QLineEdit()
        # the hint in full where the bar has room (its tooltip always)
        FittingHint(self.search, self.tr("Search titles, notes, providers and the words in "
                                         "records"), self.tr("Search records"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search records"))
        self.search.setAccessibleDescription(self.tr(
            "Shows only the records whose title, notes, tags, provider or text hold these words"))
        # The list is filtered once per answer of the search thread (the details and the text
        # together), never at the key itself: a key costs the GUI thread nothing.
        self.search.textChanged.connect(self._search_text)
        self.search.textChanged.connect(self._update_count)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show records of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind_filter.addItem(kind_name(kind), kind)
        self.kind_filter.currentIndexChanged.connect(self._kind_changed)

        self.list_button = self._toggle(view_icon("list"), self.tr("List"),
                                        lambda: self.set_view("list"))
        self.grid_button = self._toggle(view_icon("grid"), self.tr("Grid"),
                                        lambda: self.set_view("grid"))
        self.list_button.setToolTip(self.tr("Records as a list with details"))
        self.grid_button.setToolTip(self.tr("Records as a grid of large thumbnails"))
        self.trash_button = self._toggle(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Trash"),
            self._trash_toggled)
        self.trash_button.setToolTip(
            self.tr("Show the records in the trash (they can be restored)"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected records back"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        self.restore_button.hide()
        self.import_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr("Add files to this vault (or drop them onto this window)"))
        self.import_button.clicked.connect(self._import_dialog)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.addWidget(self.search, 3)
        self.toolbar.addWidget(self.kind_filter)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addStretch(1)
        for widget in (self.list_button, self.grid_button, self.trash_button,
                       self.restore_button, self.import_button):
            self.toolbar.addWidget(widget)

    def _kind_changed(self, _index: int) -> None:
        self.proxy.set_kind(self.kind_filter.currentData())
        self._update_count()

    def _toggle(self, icon, text: str, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setText(text)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        return button

    def _build_views(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("recordsTable")
        self.table.setAccessibleName(self.tr("Records"))
        self.table.setAccessibleDescription(
            self.tr("Enter opens the record's file; Delete moves it to the trash"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setIconSize(icon_size(grid=False))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(icon_size(grid=False).height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setSectionResizeMode(PROVIDER, QHeaderView.ResizeMode.Interactive)
        header.moveSection(header.visualIndex(FLAG), header.visualIndex(TITLE) + 1)
        self.table.setItemDelegateForColumn(TITLE, RecordTitleDelegate(self.table))
        self.table.setItemDelegateForColumn(FLAG, FlagDelegate(self.table))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumWidth(TITLE_MIN + sum(COLUMN_WIDTHS.values()) + PROVIDER_MIN + 20)
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)

        self.grid = QListView()
        self.grid.setObjectName("recordsGrid")
        self.grid.setAccessibleName(self.tr("Records"))
        self.grid.setModel(self.proxy)
        self.grid.setModelColumn(TITLE)
        self.grid.setSelectionModel(self.table.selectionModel())
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(icon_size(grid=True))
        self.grid.setGridSize(QSize(170, 196))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setWordWrap(True)
        self.grid.setSpacing(6)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.setItemDelegate(RecordTitleDelegate(self.grid, grid=True))
        self.grid.installEventFilter(self)

        self.open_action = QAction(self.tr("Open original"), self)
        self.open_action.triggered.connect(lambda: self.open_original())
        # The key is Edit > Delete's (the window's one action for Del); the menu only shows it.
        self._delete_key = QKeySequence(QKeySequence.StandardKey.Delete).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.trash_action = QAction(self._trash_action_text(), self)
        self.trash_action.triggered.connect(self.delete_selected)
        self.restore_action = QAction(self.tr("Restore"), self)
        self.restore_action.triggered.connect(self.restore_selected)
        self.restore_action.setVisible(False)
        self.combine_split = CombineSplit(self)
        self.ask_snippet_action = QAction(self.tr("Ask what this means…"), self)
        self.ask_snippet_action.triggered.connect(self.ask_meaning_in_snippet)
        self.ask_snippet_action.setVisible(False)  # while a search found the record's words
        for view in (self.table, self.grid):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addAction(self.open_action)
            view.addAction(self.combine_split.combine_action)
            view.addAction(self.combine_split.split_action)
            view.addAction(self.restore_action)
            view.addAction(self.trash_action)
            view.addAction(self.ask_snippet_action)
            view.doubleClicked.connect(lambda _index: self.open_original())
            view.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        # A record that leaves the view (trashed, deleted, filtered out, another list loaded)
        # leaves the preview and the editor too; the selection model has caught up by then.
        for signal in (self.proxy.modelReset, self.proxy.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(lambda *_: self._selection_changed())

        self.nothing_shown = EmptyNote()
        self.nothing_shown.action.connect(self._nothing_shown_action)
        self.view_stack = QStackedWidget()
        self.view_stack.addWidget(self.table)
        self.view_stack.addWidget(self.grid)
        self.view_stack.addWidget(self.nothing_shown)
        self._view_mode = "list"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if watched in (self.table, self.grid) and event.type() == QEvent.Type.FocusIn:
            self._select_on_entry()
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.proxy.rowCount()):
            self._go_to_results()  # Down from the search box: on to what it found
            return True
        return super().eventFilter(watched, event)

    def _go_to_results(self) -> None:
        view = self.current_view()
        view.setFocus(Qt.FocusReason.TabFocusReason)
        self._select_on_entry()

    def _select_on_entry(self) -> None:
        """Entering the list (Tab, Down from the search box) with nothing selected selects the
        row the cursor is on, the first one at first: one is previewed, and Down moves on
        from it (Qt only put its cursor there, and Down then skipped the first row)."""
        selection = self.table.selectionModel()
        if selection.hasSelection() or not self.proxy.rowCount():
            return
        current = selection.currentIndex()
        row = current.row() if current.isValid() else 0
        selection.setCurrentIndex(self.proxy.index(row, TITLE),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)

    def _fit_columns(self) -> None:
        """Provider takes a share of the list's width; the Title stretches over the rest."""
        width = self.table.viewport().width()
        header = self.table.horizontalHeader()
        # Never narrower than their headers: "Págs.", "Médico/centro" are longer than English
        fixed = {c: max(w, header_width(self.table, c)) for c, w in COLUMN_WIDTHS.items()}
        for column, fixed_width in fixed.items():
            if header.sectionSize(column) != fixed_width:
                header.resizeSection(column, fixed_width)
        room = width - sum(fixed.values()) - TITLE_MIN
        least = max(PROVIDER_MIN, header_width(self.table, PROVIDER))
        provider = max(least, min(PROVIDER_MAX, int(width * PROVIDER_SHARE), room))
        header.resizeSection(PROVIDER, provider)

    def _build_import_bar(self) -> QWidget:
        self.import_bar = QWidget()
        self.import_bar.setObjectName("importBar")
        self.import_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(360)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop after the current file; what was imported is kept"))
        self.cancel_button.clicked.connect(self.cancel_import)
        bar = QHBoxLayout(self.import_bar)
        bar.setContentsMargins(12, 6, 12, 8)
        bar.addWidget(self.import_label, 1)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        self.import_bar.hide()
        return self.import_bar

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list off the GUI thread; a 10,000-record vault opens without a wait."""
        documents = self.vault.documents
        trashed = self.showing_trash

        def work(_ctx: TaskContext) -> tuple[list[Document], dict[int, str], bool]:
            has_trash = trashed or bool(documents.records(trashed=True))
            docs = documents.records(trashed=trashed)
            # What the search box looks through, made here: the first key needs no pass over
            # every record on the GUI thread.
            return docs, {doc.id: search_haystack(doc) for doc in docs}, has_trash

        def loaded(result: tuple[list[Document], dict[int, str], bool]) -> None:
            if self.closed or trashed != self.showing_trash:
                return  # shut down, or the user switched views meanwhile (that load is coming)
            docs, haystacks, has_trash = result
            self.has_trash = has_trash or bool(docs)
            self.model.set_documents(docs)
            self.proxy.set_haystacks(haystacks)
            self.loaded = True
            self._update_empty()
            self._update_count()
            if self._pending_show is not None:
                doc_id, page = self._pending_show
                self._pending_show = None
                self.show_document(doc_id, page)

        QueryOp(self.services, self, work, loaded, title=self.tr("Cannot read the records")
                ).run_in_background()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.records and initiator is not self:
            self.refresh()

    def _update_empty(self) -> None:
        """The first-run screen for a vault with no records at all (none in the trash either);
        a note in place of the list when a search or the trash shows nothing."""
        empty = (self.loaded and not self.showing_trash and self.model.rowCount() == 0
                 and not self.has_trash and self._import_task is None)
        self.screens.setCurrentWidget(self.empty if empty else self.content)
        self._show_view()

    def _show_view(self) -> None:
        note = self._nothing_shown_note()
        if note is None:
            self.view_stack.setCurrentWidget(self.grid if self._view_mode == "grid"
                                             else self.table)
        else:
            self.nothing_shown.set_note(*note)
            self.view_stack.setCurrentWidget(self.nothing_shown)

    def _nothing_shown_note(self) -> tuple[str, str, str] | None:
        """(heading, what to do, button) when the list shows nothing; None when it shows rows."""
        if not self.loaded or self.proxy.rowCount() > 0:
            return None
        if self.showing_trash:
            return (self.tr("The trash is empty"),
                    self.tr("Records you move to the trash wait here until you restore them or "
                            "delete them forever."), self.tr("Back to my records"))
        if self.model.rowCount() == 0:
            return (self.tr("No records here"),
                    self.tr("The records you moved to the trash can be restored from it."),
                    self.tr("Show trash"))
        return (self.tr("No records match"),
                self.tr("Nothing matches the search or the kind chosen. Try other words, or "
                        "show all."), self.tr("Clear the search"))

    def _nothing_shown_action(self) -> None:
        if self.showing_trash:
            self.set_showing_trash(False)
        elif self.model.rowCount() == 0:
            self.set_showing_trash(True)
        else:
            self.search.clear()
            self.kind_filter.setCurrentIndex(0)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.showing_trash and not total:
            text = self.tr("The trash is empty")
        elif self.showing_trash:
            text = self.tr("%n in the trash", "", total) if shown == total else self.tr(
                "{shown} of %n in the trash", "", total).format(shown=shown)
        else:
            text = self.tr("%n record(s)", "", total) if shown == total else self.tr(
                "{shown} of %n record(s)", "", total).format(shown=shown)
        self.count_label.setText(text)
        self._show_view()

    # -- views ---------------------------------------------------------------------------------
    @property
    def view_mode(self) -> str:
        return self._view_mode

    def set_view(self, mode: str) -> None:
        grid = mode == "grid"
        self._view_mode = "grid" if grid else "list"
        self.list_button.setChecked(not grid)
        self.grid_button.setChecked(grid)
        self._show_view()

    def current_view(self) -> QAbstractItemView:
        return self.grid if self._view_mode == "grid" else self.table

    def _trash_toggled(self) -> None:
        self.set_showing_trash(self.trash_button.isChecked())

    def set_showing_trash(self, trash: bool) -> None:
        self.details.save_now()
        self.showing_trash = trash
        self.trash_button.setChecked(trash)
        self.restore_button.setVisible(trash)
        self.restore_action.setVisible(trash)
        self.import_button.setVisible(not trash)
        self.trash_action.setText(self._trash_action_text())
        self._arrived = []  # the list is read again from the vault
        self.model.set_documents([])
        self.refresh()
        self.trash_shown.emit(trash)
        self.actions_changed.emit()

    def _trash_action_text(self) -> str:
        """The context menu's Del item: to the trash, or (in the trash) out of the vault."""
        text = self.tr("Delete forever…") if self.showing_trash else self.tr("Move to trash")
        return f"{text}\t{self._delete_key}"

    def save_pending(self) -> None:
        self.details.save_now()

    def pending_problems(self) -> list[tuple[str, QWidget]]:
        problems: list[tuple[str, QWidget]] = []
        for doc_id, label, reason in self.details.pending():
            row = self.model.row_of(doc_id)
            text = self.tr("{field} of “{title}” is not saved: {reason}").format(
                field=label, title=self.model.document(row).title, reason=reason) if row >= 0 \
                else self.tr("{field} of a record is not saved: {reason}").format(
                    field=label, reason=reason)
            problems.append((text, self.details))
        return problems

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- selection -----------------------------------------------------------------------------
    def selected_documents(self) -> list[Document]:
        """The records selected, in list order. By rows of any selected cell: the grid selects
        only the title's cell of a row, the list whole rows (both share one selection)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        docs = [self.proxy.document_at(self.proxy.index(row, TITLE)) for row in rows]
        return [doc for doc in docs if doc is not None]

    def can_delete(self) -> bool:
        return self.table.selectionModel().hasSelection()

    def current_document(self) -> Document | None:
        return self.proxy.document_at(self.table.selectionModel().currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc = self.proxy.document_at(current)
        left = self.details.document
        self.details.set_document(doc)
        if left is not None and left.id in self.details.drafts:
            self.notice.emit(self.tr("What you typed for “{title}” is not a valid value yet; it "
                                     "is kept there, so you can fix it.").format(title=left.title))
        self.findings_panel.show_for(doc, self.findings.get(doc.id) if doc else None)
        if doc is None:
            self.preview.clear()
        elif doc.id in self.text_hits:  # found by its text: open the page the words are on
            self.preview.show_document(doc, self.text_hits[doc.id].page)
        else:
            self.preview.show_document(doc)
        self.ask_snippet_action.setVisible(doc is not None and doc.id in self.text_hits)

    # -- from the text (OCR and PDF text) ------------------------------------------------------
    def refresh_findings(self) -> None:
        """Reload suggestions and identity warnings off the GUI thread (after the queue ran)."""
        vault = self.vault

        self.thumbnails.recheck_turns()  # OCR may have found pages lying sideways
        self.preview.reload_turns()

        def work(_ctx: TaskContext) -> tuple[dict[int, Findings], list[Document]]:
            # The queue may have set dates of service read from the text: those records too.
            return load_findings(vault), dated_from_text(vault)

        def loaded(loaded_now: tuple[dict[int, Findings], list[Document]]) -> None:
            if self.closed:
                return
            result, dated = loaded_now
            for dated_doc in dated:
                self.model.update_document(dated_doc)
                shown = self.details.document
                if shown is not None and shown.id == dated_doc.id \
                        and shown.id not in self.details.drafts:
                    self.details.set_document(dated_doc)
            self.findings = result
            self.model.set_warnings({doc_id: found.identity_warning
                                     for doc_id, found in result.items()
                                     if found.identity_warning})
            doc = self.details.document
            self.findings_panel.show_for(doc, self.findings.get(doc.id) if doc else None)

        QueryOp(self.services, self, work, loaded,
                title=self.tr("Cannot read the suggestions")).run_in_background()

    def _search_text(self, query: str) -> None:
        vault = self.vault

        def found(result: tuple[set[int], dict[int, SearchHit]]) -> None:
            if self.closed or self.search.text() != query:
                return  # a newer search is on its way
            ids, self.text_hits = result
            self.proxy.set_search(query, ids, refilter=False)
            if not self.model.set_found(self.text_hits):  # reordered rows are filtered anew
                self.proxy.set_search(query, ids)
            self._show_sort_column()
            self._update_count()

        if not query.strip():
            if self._search_task is not None:
                self._search_task.cancel()  # an answer for the words cleared is not wanted
            self.text_hits = {}
            self.proxy.set_search("", set())
            self.model.clear_found()
            self._show_sort_column()
            self._update_count()
            return
        if self._search_task is not None:
            self._search_task.cancel()  # typed on: the last search is not wanted any more
        def failed(error: BaseException) -> None:
            if not self.closed and self.search.text() == query:  # the details still filter
                self.proxy.set_search(query, set())
                self._update_count()
            self.services.report_failure(self, error, self.tr("Cannot search the records"))

        self._search_task = QueryOp(
            self.services, self, lambda ctx: search_text(vault, query, ctx.cancel_event), found,
            runner=self.services.searches).failure(failed).run_in_background()

    def _show_sort_column(self) -> None:
        """The header marks the column the list is sorted by; none while it is ranked best match
        first (a click on a header sorts by that column instead)."""
        header = self.table.horizontalHeader()
        column, order = (-1, header.sortIndicatorOrder()) if self.model.ranked \
            else self.model.sort_column
        if column >= 0 and (header.sortIndicatorSection(), header.sortIndicatorOrder()) != \
                (column, order):
            header.setSortIndicator(column, order)
        elif column < 0 and header.sortIndicatorSection() >= 0:
            header.setSortIndicator(-1, order)  # sorts by no column: the ranked order stays

    def use_suggestion(self, doc_id: int, changes: dict) -> None:
        """Fill the details with the suggested values: ordinary values from now on (undoable)."""
        self.undo_stack.beginMacro(self.tr("Use the suggested filing"))  # one step to undo
        for field, value in changes.items():
            self.save_field(doc_id, field, value)
        self.undo_stack.endMacro()
        self.dismiss_suggestion(doc_id)

    def dismiss_suggestion(self, doc_id: int) -> None:
        db = self.vault.db

        def write() -> None:
            with db.transaction() as conn:
                settle(conn, doc_id)

        self.writer(write)
        found = self.findings.get(doc_id)
        if found is not None and found.suggested is not None:
            found.suggested.settled = True
        doc = self.details.document
        self.findings_panel.show_for(doc, self.findings.get(doc.id) if doc else None)

    def _selection_changed(self) -> None:
        """Nothing selected: nothing previewed or editable (an empty trash shows no record)."""
        has_selection = self.table.selectionModel().hasSelection()
        self.restore_button.setEnabled(has_selection)
        self.restore_action.setEnabled(has_selection)
        self.trash_action.setEnabled(has_selection)
        self.combine_split.update()
        self.actions_changed.emit()
        if has_selection:
            return
        if self.details.document is not None:
            self.details.set_document(None)
        if self.preview.document is not None:
            self.preview.clear()

    def select_document(self, doc_id: int) -> bool:
        row = self.model.row_of(doc_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        if not index.isValid():  # hidden by the search or kind filter: show everything
            self.search.clear()
            self.kind_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        selection = self.table.selectionModel()
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.current_view().scrollTo(index)
        return True

    def select_documents(self, ids: list[int]) -> None:
        """Select these records, the first one current (the parts of a split, for example)."""
        if not ids or not self.select_document(ids[0]):
            return
        for doc_id in ids[1:]:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(doc_id), TITLE))
            if index.isValid():
                self.table.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows)

    def show_document(self, document_id: int, page: int = 1) -> None:
        """Select a record and show it at ``page`` (a question's reference, for example)."""
        if self.showing_trash:
            try:
                in_trash = self.vault.documents.get(document_id).trashed
            except NotFound:
                return
            if not in_trash:
                self._pending_show = (document_id, page)
                self.set_showing_trash(False)
                return
        if not self.loaded:
            self._pending_show = (document_id, page)
            return
        if self.select_document(document_id):
            doc = self.current_document()
            if doc is not None:
                self.preview.show_document(doc, page)

    # -- actions -------------------------------------------------------------------------------
    def open_original(self, doc_id: int | None = None) -> None:
        doc = self.current_document() if doc_id is None else self.vault.documents.get(doc_id)
        if doc is None:
            return
        path = self.vault.documents.path(doc)
        if not path.exists():
            self.services.dialogs.error(self, self.tr("Cannot open the record"),
                                        self.tr("Its file is missing from the vault folder."))
            return
        self.services.open_url(QUrl.fromLocalFile(str(path)))

    def delete_selected(self) -> None:
        docs = self.selected_documents()
        if not docs:
            return
        ids, count = [doc.id for doc in docs], len(docs)
        if not self.showing_trash:
            self.has_trash = True
            self._select_after(ids)
            self.undo_stack.push(TrashCommand(self.writer, self.vault, ids, True,
                                              self._written))
            self.notice.emit(
                self.tr("Moved “{title}” to the trash.").format(title=docs[0].title)
                if count == 1 else self.tr("Moved %n records to the trash.", "", count))
            return
        if self.services.dialogs.confirm(
                self, self.tr("Delete forever?"),
                self.tr("Delete “{title}” and its stored file forever? This cannot be undone.")
                .format(title=docs[0].title) if count == 1 else
                self.tr("Delete these %n records and their stored files forever? This cannot "
                        "be undone.", "", count),
                ok=self.tr("Delete forever"), destructive=True):
            self._delete_forever(ids)

    def _delete_forever(self, ids: list[int]) -> None:
        """Delete records and their files, off the GUI thread."""
        documents = self.vault.documents

        def delete(_ctx: TaskContext) -> None:
            for doc_id in ids:
                documents.delete_forever(doc_id)

        def deleted(_result: None) -> None:
            self.model.remove_documents(ids)
            self._update_count()

        def failed(error: BaseException) -> None:
            self.refresh()  # those deleted before the failure are gone from the list too
            self.services.report_failure(self, error, self.tr("Delete forever"))

        self.undo_stack.clear()  # older steps may refer to what is about to go
        # A question about a deleted record loses its link: the questions change too.
        WriteOp(self.services, self, delete, Changes(records=True, questions=True), deleted
                ).failure(failed).run_in_background()

    def restore_selected(self) -> None:
        docs = self.selected_documents()
        if docs:
            ids, count = [d.id for d in docs], len(docs)
            self._select_after(ids)
            self.undo_stack.push(TrashCommand(self.writer, self.vault, ids, False,
                                              self._written))
            self.notice.emit(
                self.tr("Restored “{title}”.").format(title=docs[0].title) if count == 1
                else self.tr("Restored %n records.", "", count))

    def save_field(self, doc_id: int, field: str, value: object) -> str:
        """Save one detail (called by the editor as the patient types, with a value it has
        checked) in the background; '' or the reason it cannot be saved."""
        row = self.model.row_of(doc_id)
        try:
            old_doc = self.model.document(row) if row >= 0 else self.vault.documents.get(doc_id)
        except SecondOpError as exc:
            return shown_reason(exc)
        old = field_text(old_doc, field) if field != "kind" else old_doc.kind
        if old == value:
            return ""
        self.undo_stack.push(EditCommand(self.writer, self.vault, doc_id, field, old, value,
                                         self._written))
        return ""

    def turn_page(self, doc_id: int, page: int, by: int) -> None:
        """Turn a page by hand (``by`` degrees counter-clockwise): undoable, written in the
        background; the file stays as it is, the preview, thumbnail and packet follow."""
        self.undo_stack.push(TurnCommand(self.vault, doc_id, page, by, self._write_turn))

    def _write_turn(self, doc_id: int, write: Callable[[], None]) -> None:
        def written(_result: None) -> None:
            self.thumbnails.redo(doc_id)
            self.preview.reload_turns(doc_id)

        WriteOp(self.services, self, lambda _ctx: write(), Changes(records=True), written,
                title=self.tr("Cannot turn the page")).run_in_background()

    def _written(self, ids: list[int], docs: list[Document]) -> None:
        """Bring the list in line with the vault after an edit, a trash move or an undo (the
        records as the write left them; those gone are left out)."""
        if self.closed:
            return
        found = {doc.id for doc in docs}
        self.model.remove_documents(doc_id for doc_id in ids if doc_id not in found)
        self.show_documents(docs)
        follow, self._next_selection = self._next_selection, None
        if follow is not None and not self.table.selectionModel().hasSelection() \
                and self.select_document(follow):
            # Qt may have put its cursor on that row already: shown all the same.
            self._current_changed(self.table.selectionModel().currentIndex(), QModelIndex())

    def _select_after(self, ids: list[int]) -> None:
        """Before rows leave the list: the row after the last of them becomes the selection
        (else the one before), so Del can go on down the list."""
        rows = {self.proxy.mapFromSource(self.model.index(self.model.row_of(i), TITLE)).row()
                for i in ids if self.model.row_of(i) >= 0}
        rows.discard(-1)
        if not rows:
            return
        after = [r for r in range(max(rows) + 1, self.proxy.rowCount()) if r not in rows]
        before = [r for r in range(min(rows) - 1, -1, -1) if r not in rows]
        doc = self.proxy.document_at(self.proxy.index((after or before or [-1])[0], TITLE)) \
            if after or before else None
        self._next_selection = doc.id if doc is not None else None

    def show_documents(self, docs: list[Document]) -> None:
        """Show these records as they are now: edited, moved to or from the trash, or made.
        A record that comes (back) into the list takes its place in the list's order; an edited
        one stays where it is until the next sort, so it does not jump away while typed in."""
        staying = [doc for doc in docs if doc.trashed == self.showing_trash]
        arrived = any(self.model.row_of(doc.id) < 0 for doc in staying)
        self.has_trash = self.has_trash or any(doc.trashed for doc in docs)
        # Many at once (a trash move of hundreds): one removal and one insert, not one each.
        self.model.remove_documents(doc.id for doc in docs if doc.trashed != self.showing_trash)
        self.model.add_documents(staying)
        for doc in docs:
            current = self.details.document
            if current is not None and current.id == doc.id:
                self.details.set_document(doc)
            self.preview.update_document(doc)
        if arrived:
            self.model.resort()
        self._update_empty()
        self._update_count()

    # -- importing -----------------------------------------------------------------------------
    def _import_dialog(self) -> None:
        files = self.services.dialogs.open_files(self, self.tr("Import records"),
                                                 import_filters())
        if files:
            self.import_paths(files)

    def _import_folder_dialog(self) -> None:
        folder = self.services.dialogs.open_folder(self, self.tr("Import a folder of records"))
        if folder:
            self.import_paths([folder])

    @property
    def importing(self) -> bool:
        return self._import_task is not None

    def import_paths(self, paths: list[Path], password: str | None = None,
                     patient: str | None = None) -> None:
        """Import files and folders in the background, then show what happened; then ask for
        the password of each PDF that needs one (its date of birth forms were tried already)."""
        if self.importing:
            self.services.dialogs.info(
                self, self.tr("An import is running"),
                self.tr("Please wait for it to finish, or cancel it first."))
            return
        if self.showing_trash:
            self.set_showing_trash(False)
        paths = [Path(p) for p in paths]
        documents, importer = self.vault.documents, self.vault.importer

        def work(ctx: TaskContext) -> ImportSummary:
            done_results: list[ImportResult] = []
            total = [0]

            def check_cancel() -> None:
                if ctx.cancelled:
                    raise ImportCancelled()

            def on_result(done: int, count: int, result: ImportResult) -> None:
                done_results.append(result)
                total[0] = count
                doc = None
                if result.outcome is Outcome.IMPORTED and result.document_id is not None:
                    doc = documents.get(result.document_id)
                ctx.progress_batched(done, count, (result, doc))

            try:
                importer.import_paths(paths, on_result, check_cancel, password, patient)
            except (ImportCancelled, Cancelled):
                return summarize(done_results, cancelled=True)
            finally:  # what was recorded before a cancel still reaches the list
                ctx.flush_progress(len(done_results), total[0])
            return summarize(done_results)

        self.import_label.setText(self.tr("Looking at the files…"))
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.import_bar.show()
        self.import_button.setEnabled(False)
        op = WriteOp(self.services, self, work, Changes(records=True), self._import_finished)
        op.failure(self._import_failed).with_progress(self._import_progress)
        self._import_task = op.task
        op.run_in_background()

    def _import_progress(self, done: int, total: int, batch) -> None:
        """A batch of imported files: one update of the bar, and the new rows."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if batch:
            self.import_label.setText(self.tr("Importing {done} of {total}: {name}").format(
                done=done, total=total, name=batch[-1][0].name))
        self._arrived += [doc for _result, doc in batch if doc is not None]
        if self._arrived and self._end_of_list_visible():
            self._show_arrived()

    def _end_of_list_visible(self) -> bool:
        """Whether rows added at the end would be on screen. While they would not, an import
        holds them back: every insert repaints the whole list, and painting asks the model (in
        Python) for each cell while the import's threads want the interpreter too."""
        view = self.current_view()
        rows = self.proxy.rowCount()
        if rows == 0 or not view.isVisible():
            return True
        last = view.visualRect(self.proxy.index(rows - 1, TITLE))
        return last.isValid() and last.top() < view.viewport().height()

    def _show_arrived(self) -> None:
        """Put the imported records held back so far into the list."""
        arrived, self._arrived = self._arrived, []
        if not arrived or self.showing_trash:
            return
        self.model.add_documents(arrived)
        if self.screens.currentWidget() is self.empty:
            self._update_empty()
        self._update_count()

    def cancel_import(self) -> None:
        if self._import_task is not None:
            self._import_task.cancel()
            self.cancel_button.setEnabled(False)
            self.import_label.setText(self.tr("Stopping after the current file…"))

    def _import_ended(self) -> None:
        self._import_task = None
        self._show_arrived()
        self.model.resort()  # imported rows were appended at the end
        self.import_bar.hide()
        self.import_button.setEnabled(True)
        self._update_empty()
        self._update_count()

    def _import_failed(self, error: BaseException) -> None:
        """The import stopped: the records imported before are kept (and listed)."""
        self._import_ended()
        self.services.report_failure(self, error, self.tr("Import stopped"))

    def _import_finished(self, summary: ImportSummary) -> None:
        self._import_ended()
        self.last_summary = summary
        self.import_finished.emit(summary)
        if self.summary_dialog is not None and shiboken6.isValid(self.summary_dialog):
            self.summary_dialog.close()  # the last import's summary: this one tells what is new
        self.summary_dialog = ImportSummaryDialog(summary, self.window())
        self.summary_dialog.open()
        imported = summary.imported
        if len(imported) == 1 and imported[0].document_id is not None:
            self.select_document(imported[0].document_id)
        self._locked += [r.path for r in summary.refused if needs_password(r.reason)]
        self._several += [r for r in summary.refused if r.choices]
        bugs = [r.error for r in summary.results if r.error is not None]
        if bugs:  # ours, not the files': the standard dialog (the tracebacks are in the log)
            self.services.report_failure(self, bugs[0], self.tr("Cannot import"))
        self._ask_next_password()

    def _ask_next_patient(self) -> bool:
        """A file of several patients' records: ask whose to import; True when asked."""
        while self._several and not self.importing:
            refused = self._several.pop(0)
            labels = [label for _value, label in refused.choices]
            chosen = self.services.dialogs.choose(
                self, self.tr("Whose records?"),
                self.tr("“%1” holds the records of %2 patients. A vault is for one patient: "
                        "choose whose records to import.").replace("%1", refused.name)
                .replace("%2", str(len(labels))), labels)
            if chosen is not None:
                self.import_paths([refused.path], patient=refused.choices[
                    labels.index(chosen)][0])
                return True
        return False

    def _ask_next_password(self) -> None:
        """Ask for one locked PDF's password and import it with it; Cancel moves on."""
        if self._ask_next_patient():
            return
        while self._locked and not self.importing:
            path = self._locked.pop(0)
            password = self.services.dialogs.ask_password(
                self, self.tr("This PDF needs a password"),
                self.tr("“{name}” is protected by a password. Type the password the lab or "
                        "clinic gave you; the vault keeps an unlocked copy to show and to send.")
                .format(name=path.name))
            if password:
                self.import_paths([path], password)
                return

    def shutdown(self) -> None:
        """Stop background work before the vault closes."""
        self.closed = True
        self.details.save_now()
        self.preview.clear()  # an image still loading is not shown then
        if self._import_task is not None:
            self._import_task.cancel()
        if self._search_task is not None:
            self._search_task.cancel()  # interrupted at once: its connection closes with the vault
        self.thumbnails.stop()
        self.services.tasks.wait()
        self.services.searches.wait()

    # -- ask what this means -------------------------------------------------------------------
    def ask_meaning_on_page(self, document_id: int, page: int) -> None:
        """The preview's "Ask what a word means…": the page's text, read off the GUI thread."""
        from .ask_meaning import read_page_words

        vault, doc = self.vault, self.preview.document
        title = doc.title if doc is not None else ""

        def read(_ctx):
            return read_page_words(vault, document_id, page, title)

        QueryOp(self.services, self, read, self._ask_meaning_dialog,
                title=self.tr("Ask what this means")).run_in_background()

    def ask_meaning_of_dragged(self, document_id: int, page: int, text: str, box) -> None:
        """Words dragged over on the preview: the dialog opens with them selected."""
        from .ask_meaning import dragged_words

        vault, doc = self.vault, self.preview.document
        title = doc.title if doc is not None else ""

        def shown(words) -> None:
            if not words.selected:
                self.notice.emit(self.tr("No words are known there yet (the page may not have "
                                         "been read). Use “Ask what a word means…” under the "
                                         "preview."))
                return
            self._ask_meaning_dialog(words)

        QueryOp(self.services, self,
                lambda _ctx: dragged_words(vault, document_id, page, title, text, box), shown,
                title=self.tr("Ask what this means")).run_in_background()

    def ask_meaning_in_snippet(self) -> None:
        """From a search hit: the snippet around the match, its words selected."""
        from .ask_meaning import snippet_words

        doc = self.current_document()
        hit = self.text_hits.get(doc.id) if doc is not None else None
        if doc is None or hit is None:
            return
        self._ask_meaning_dialog(snippet_words(doc.id, hit.page, doc.title, hit.snippet))

    def _ask_meaning_dialog(self, words) -> None:
        from .ask_meaning import AskMeaningDialog

        if self.closed:
            return
        if not words.text.strip():
            self.services.dialogs.info(self, self.tr("Ask what this means"),
                                       self.tr("No text of this page is known yet: it has not "
                                               "been read. Try again once the scans are read."))
            return
        self.ask_dialog = AskMeaningDialog(self.vault, self.services, words, self)
        self.ask_dialog.open()
