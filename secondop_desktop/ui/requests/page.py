"""The Requests screen: which providers were asked for records, what came in, what is late.

The form saves as the patient types (after a pause, on leaving the request or the screen, and
before a letter is made), in the background like every write; a letter is always made from what
the form shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SecondOpError
from ...core.importing import Outcome
from ...core.requests import RecordsRequest
from ...packet.request_letter import Letter, write_letter_pdf
from ...translations import app_language, shown_reason
from ..operations import Changes, QueryOp, WriteOp
from ..widgets.file_drop import FileDropTarget
from ..widgets.page import Page
from ..widgets.row_table import GivesWayToAColumn, row_table
from ..writes import Writer
from .editor import RequestEditor
from .letters import ask_for_printer, new_printer, print_letter
from .model import COL_ASKED, COL_DUE, COL_MISSING, COL_PROVIDER, ID_ROLE, RequestsModel

SAVE_DELAY_MS = 800  # a pause in typing this long saves the request


def save_request(vault, request_id: int, values: dict[str, object],
                 received: dict[str, bool]) -> RecordsRequest:
    """Store what the form holds (on the writer thread): the fields and checklist, then the
    items ticked or unticked as received."""
    saved = vault.requests.update(request_id, **values)
    for item in saved.items:
        if item.item in received and received[item.item] != item.received:
            saved = vault.requests.set_item_received(item.id, received[item.item])
    return saved


def receive_files(vault, request_id: int, paths: list[Path],
                  check_cancel: Callable[[], None] | None = None) -> list[int]:
    """Import dropped files and mark the request's missing items received as those records.

    Returns the record ids (a file already in the vault counts as the record it duplicates).
    """
    results = vault.importer.import_paths(paths, check_cancel=check_cancel)
    ids = [r.document_id for r in results
           if r.outcome in (Outcome.IMPORTED, Outcome.DUPLICATE) and r.document_id]
    if ids:
        vault.requests.mark_received(request_id, ids)
    return ids


class RequestsPage(Page):
    title = "Requests"
    overdue_changed = Signal(int)  # how many requests are overdue, for the sidebar

    def __init__(self, vault, services, parent: QWidget | None = None) -> None:
        super().__init__(vault, services, parent)
        self.model = RequestsModel(self)
        self.table, proxy = row_table(self.model, self.tr("Records requests"),
                                      sort_column=COL_DUE)
        self.proxy = cast(QSortFilterProxyModel, proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The two long texts share the width (elided, in full on the form): no sideways scroll.
        for column in (COL_PROVIDER, COL_MISSING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # When they were asked is on the form beside: on a narrow window ("Einrichtung",
        # "Fehlt noch" in German) it makes way for their headers.
        self.fit_columns = GivesWayToAColumn(self.table, [COL_PROVIDER, COL_MISSING],
                                             [COL_ASKED])
        self.writer = Writer(services, self, Changes(requests=True))
        self.editor = RequestEditor()
        self.editor.edited.connect(self._edited)
        self.editor.link_requested.connect(self.link_record)
        self._dirty = False  # typed and not yet handed to the writer
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.summary = QLabel("")
        self.summary.setObjectName("requestsSummary")
        self.new_button = QPushButton(self.tr("New request"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.save_letter_button = QPushButton(self.tr("Save letter…"))
        self.print_letter_button = QPushButton(self.tr("Print letter…"))
        self.inform_button = QPushButton(self.tr("Letter to my doctor…"))
        self.inform_button.setToolTip(self.tr("Tell your current doctor about the second "
                                              "opinion, and ask for your records"))
        self.inform_button.clicked.connect(self.open_inform_letter)
        self.new_button.clicked.connect(self.new_request)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_letter_button.clicked.connect(self.save_letter)
        self.print_letter_button.clicked.connect(self.print_letter)
        bar = QHBoxLayout()
        for button in (self.new_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        # The letters on a row of their own: all five buttons in one did not fit 1024 px, nor
        # four in German or Spanish.
        tell = QHBoxLayout()
        for button in (self.save_letter_button, self.print_letter_button, self.inform_button):
            tell.addWidget(button)
        tell.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(bar)
        left_layout.addLayout(tell)
        left_layout.addWidget(self.summary)  # under the buttons: the row stays narrow
        left_layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Drop the files that came in onto the list to link them to the "
                              "selected request."))
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # The form narrows with the window (a small screen cut it off on the right).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        # The splitter leaves the form the width it needs (it was cut off on a small screen).
        scroll.setMinimumWidth(self.editor.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width() + 4)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.drop_target = FileDropTarget(self.table.viewport(), self.files_dropped)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self, form: bool = True) -> None:
        """Read the list again; ``form``: the form too (not after its own save: the patient
        may be typing on)."""
        keep = self.current_id()
        self.model.set_requests(self.vault.requests.all())
        self.select(keep)
        shown = self.editor.request.id if self.editor.request is not None else None
        if form or shown != self.current_id():
            self._show_current()
        count = self.model.overdue_count()
        total = self.model.rowCount()
        requests = self.tr("%n request(s)", "", total)
        self.summary.setText(self.tr("{requests}, %n overdue", "", count).format(
            requests=requests) if count else requests)
        self.overdue_changed.emit(count)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.requests or changes.records:  # a record that came in, one renamed
            self.refresh(form=initiator is not self)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, request_id: int | None) -> None:
        row = self.model.row_of(request_id) if request_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _current_changed(self) -> None:
        """Another request chosen (the list read again keeps the one shown, and its typing)."""
        shown = self.editor.request.id if self.editor.request is not None else None
        if shown is None or shown != self.current_id():
            self._show_current()

    def _show_current(self) -> None:
        self.save_now()  # what was typed for the request shown so far
        request_id = self.current_id()
        request = self.vault.requests.get(request_id) if request_id is not None else None
        records = [(d.id, d.title) for d in self.vault.documents.records()] if request else []
        self.editor.show_request(request, records)
        for button in (self.delete_button, self.save_letter_button, self.print_letter_button):
            button.setEnabled(request is not None)

    # -- changing --------------------------------------------------------------------------------
    def new_request(self) -> None:
        self.save_now()
        requests = self.vault.requests

        def added(request: RecordsRequest) -> None:
            self.refresh()
            self.select(request.id)
            self.editor.lines["provider"].selectAll()
            self.editor.lines["provider"].setFocus()

        provider = self.tr("New provider")  # the name to type over, stored as typed
        self.writer(lambda: requests.add(provider, "notes"), added)

    def _edited(self) -> None:
        self._dirty = True
        self._save_timer.start()

    def save_now(self) -> bool:
        """Hand what the form holds to the writer, if it changed; False (and the reason shown)
        when it cannot be saved as it is."""
        self._save_timer.stop()
        request = self.editor.request
        if not self._dirty or request is None:
            return True
        values, received = self.editor.values(), self.editor.received_items()
        try:
            self.vault.requests.check(values)
        except SecondOpError as exc:
            self.editor.show_error(shown_reason(exc))
            return False
        self._dirty = False
        self.editor.show_error("")
        vault, request_id = self.vault, request.id
        self.writer(lambda: save_request(vault, request_id, values, received),
                    self.editor.saved, failed=self.editor.show_error)
        return True

    # For the window: nothing typed is lost when the screen is left or the app quits.
    def save_pending(self) -> None:
        self.save_now()

    def pending_problems(self) -> list[tuple[str, QWidget]]:
        if self._dirty and self.editor.request is not None:
            provider = self.editor.lines["provider"].text().strip() or self.tr("a provider")
            return [(self.tr("The request to %1 is not saved: %2").replace("%1", provider)
                     .replace("%2", self.editor.message.text()), self.editor)]
        return []

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.save_now()  # another screen shown: what was typed here is kept
        super().hideEvent(event)

    def shutdown(self) -> None:
        self.save_now()

    def link_record(self, item_key: str, record_id: int) -> None:
        request_id = self.current_id()
        if request_id is None:
            return
        self.save_now()
        requests = self.vault.requests
        self.writer(lambda: requests.mark_received(request_id, [record_id], items=[item_key]),
                    lambda _request: self._show_current(), failed=self.editor.show_error)

    def delete_selected(self) -> None:
        request_id = self.current_id()
        if request_id is None:
            return
        provider = self.editor.lines["provider"].text().strip()
        question = self.tr("Delete the request to {provider}? The records that came in "
                           "stay.").format(provider=provider) if provider else self.tr(
            "Delete this request? The records that came in stay.")
        if self.services.dialogs.confirm(self, self.tr("Delete request"), question,
                                         ok=self.tr("Delete")):
            self._dirty = False  # going: nothing of it to save
            self._save_timer.stop()
            requests = self.vault.requests
            self.writer(lambda: requests.delete(request_id))

    def can_delete(self) -> bool:
        return self.current_id() is not None

    def files_dropped(self, paths: list[Path]) -> None:
        request_id = self.current_id()
        if request_id is None:
            self.services.dialogs.error(self, self.tr("Records that came in"),
                                        self.tr("Add the request first, then drop its records "
                                                "on it."))
            return

        def received(ids: list[int]) -> None:
            if not ids:
                self.services.dialogs.error(self, self.tr("Records that came in"),
                                            self.tr("None of the dropped files could be "
                                                    "imported."))

        vault = self.vault
        # The screens (this one too) show the new records from the announcement that follows.
        WriteOp(self.services, self,
                lambda ctx: receive_files(vault, request_id, paths, ctx.check_cancel),
                Changes(records=True, requests=True), received,
                title=self.tr("Records that came in"),
                initiator=None).run_in_background()

    # -- letters ---------------------------------------------------------------------------------
    def _letter_of_the_form(self) -> Callable[[], Letter] | None:
        """What the form shows is saved first; the letter is then read (on the writer thread,
        after that save) from the vault. None when the form cannot be saved as it is."""
        request_id = self.current_id()
        if request_id is None or not self.save_now():
            return None
        vault, language = self.vault, app_language()  # the letter's: the app's, for now
        return lambda: Letter.of(vault, vault.requests.get(request_id), language=language)

    def save_letter(self) -> None:
        letter = self._letter_of_the_form()
        if letter is None:
            return
        provider = self.editor.lines["provider"].text().strip()
        name = self.tr("Records request {provider}.pdf").format(provider=provider).replace("/", "-")
        out = self.services.dialogs.save_file(self, self.tr("Save the letter as"),
                                              Path.home() / name, self.tr("PDF (*.pdf)"))
        if out is None:
            return

        QueryOp(self.services, self, lambda _ctx: write_letter_pdf(out, letter()),
                title=self.tr("Save letter")).run_in_background()

    def print_letter(self) -> None:
        letter = self._letter_of_the_form()
        if letter is None:
            return

        def ready(made: Letter) -> None:
            printer = new_printer()
            if ask_for_printer(self, printer):
                try:
                    print_letter(printer, made)
                except SecondOpError as exc:
                    self.services.dialogs.error(self, self.tr("Print letter"), shown_reason(exc))

        QueryOp(self.services, self, lambda _ctx: letter(), ready,
                title=self.tr("Print letter")).run_in_background()

    def open_inform_letter(self) -> None:
        from .inform import InformDialog

        referring = self.vault.appointment.get().referring
        self.inform_dialog = InformDialog(self.vault, self.services, referring, self)
        self.inform_dialog.open()
