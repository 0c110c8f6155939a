"""The Requests screen: which providers were asked for records, what came in, what is late."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSortFilterProxyModel, Signal
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

from ...core.documents import Outcome
from ...core.errors import SecondOpError
from ...packet.request_letter import Letter, write_letter_pdf
from ..operations import Changes, QueryOp, WriteOp
from ..widgets.file_drop import FileDropTarget
from ..widgets.page import Page
from ..widgets.row_table import row_table
from .editor import RequestEditor
from .letters import ask_for_printer, new_printer, print_letter
from .model import COL_DUE, COL_MISSING, ID_ROLE, RequestsModel


def receive_files(vault, request_id: int, paths: list[Path],
                  check_cancel: Callable[[], None] | None = None) -> list[int]:
    """Import dropped files and mark the request's missing items received as those records.

    Returns the record ids (a file already in the vault counts as the record it duplicates).
    """
    results = vault.documents.import_paths(paths, check_cancel=check_cancel)
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
        self.table, proxy = row_table(self.model, "Records requests", sort_column=COL_DUE)
        self.proxy = cast(QSortFilterProxyModel, proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MISSING, QHeaderView.ResizeMode.Stretch)
        self.editor = RequestEditor()
        self.editor.save_requested.connect(self.save_current)
        self.editor.link_requested.connect(self.link_record)
        self.summary = QLabel("")
        self.summary.setObjectName("requestsSummary")
        self.new_button = QPushButton("New request")
        self.delete_button = QPushButton("Delete")
        self.save_letter_button = QPushButton("Save letter…")
        self.print_letter_button = QPushButton("Print letter…")
        self.inform_button = QPushButton(self.tr("Letter to my doctor…"))
        self.inform_button.setToolTip(self.tr("Tell your current doctor about the second "
                                              "opinion, and ask for your records"))
        self.inform_button.clicked.connect(self.open_inform_letter)
        self.new_button.clicked.connect(self.new_request)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_letter_button.clicked.connect(self.save_letter)
        self.print_letter_button.clicked.connect(self.print_letter)
        bar = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.save_letter_button,
                       self.print_letter_button, self.inform_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        hint = QLabel("Drop the files that came in onto the list to link them to the "
                      "selected request.")
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.drop_target = FileDropTarget(self.table.viewport(), self.files_dropped)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_id()
        self.model.set_requests(self.vault.requests.list())
        self.select(keep)
        self._show_current()
        count = self.model.overdue_count()
        total = self.model.rowCount()
        self.summary.setText(f"{total} request{'s' if total != 1 else ''}"
                             + (f", {count} overdue" if count else ""))
        self.overdue_changed.emit(count)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.requests or changes.records:  # a record that came in, one renamed
            self.refresh()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, request_id: int | None) -> None:
        row = self.model.row_of(request_id) if request_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _show_current(self) -> None:
        request_id = self.current_id()
        request = self.vault.requests.get(request_id) if request_id is not None else None
        records = [(d.id, d.title) for d in self.vault.documents.list()] if request else []
        self.editor.show_request(request, records)
        for button in (self.delete_button, self.save_letter_button, self.print_letter_button):
            button.setEnabled(request is not None)

    # -- changing --------------------------------------------------------------------------------
    def new_request(self) -> None:
        request = self.vault.requests.add("New provider", "notes")
        self.announce(Changes(requests=True))
        self.select(request.id)
        self.editor.lines["provider"].selectAll()
        self.editor.lines["provider"].setFocus()

    def save_current(self) -> None:
        request = self.editor.request
        if request is None:
            return
        try:
            self.vault.requests.update(request.id, **self.editor.values())
            saved = self.vault.requests.get(request.id)
            wanted = self.editor.received_items()
            for item in saved.items:
                if item.item in wanted and wanted[item.item] != item.received:
                    self.vault.requests.set_item_received(item.id, wanted[item.item])
        except SecondOpError as exc:
            self.editor.show_error(exc.reason)
            return
        self.announce(Changes(requests=True))

    def link_record(self, item_key: str, record_id: int) -> None:
        request_id = self.current_id()
        if request_id is None:
            return
        try:
            self.vault.requests.mark_received(request_id, [record_id], items=[item_key])
        except SecondOpError as exc:
            self.editor.show_error(exc.reason)
            return
        self.announce(Changes(requests=True))

    def delete_selected(self) -> None:
        request_id = self.current_id()
        if request_id is None:
            return
        request = self.vault.requests.get(request_id)
        if self.services.dialogs.confirm(self, "Delete request",
                                         f"Delete the request to {request.provider}? The "
                                         "records that came in stay.", ok="Delete"):
            self.vault.requests.delete(request_id)
            self.announce(Changes(requests=True))

    def files_dropped(self, paths: list[Path]) -> None:
        request_id = self.current_id()
        if request_id is None:
            self.services.dialogs.error(self, "Records that came in",
                                        "Add the request first, then drop its records on it.")
            return

        def received(ids: list[int]) -> None:
            if not ids:
                self.services.dialogs.error(self, "Records that came in",
                                            "None of the dropped files could be imported.")

        vault = self.vault
        # The screens (this one too) show the new records from the announcement that follows.
        WriteOp(self.services, self,
                lambda ctx: receive_files(vault, request_id, paths, ctx.check_cancel),
                Changes(records=True, requests=True), received, title="Records that came in",
                initiator=None).run_in_background()

    # -- letters ---------------------------------------------------------------------------------
    def _letter(self) -> Letter | None:
        request_id = self.current_id()
        return Letter.of(self.vault, self.vault.requests.get(request_id)) \
            if request_id is not None else None

    def save_letter(self) -> None:
        letter = self._letter()
        if letter is None:
            return
        name = f"Records request {letter.request.provider}.pdf".replace("/", "-")
        out = self.services.dialogs.save_file(self, "Save the letter as", Path.home() / name,
                                              "PDF (*.pdf)")
        if out is None:
            return

        QueryOp(self.services, self, lambda _ctx: write_letter_pdf(out, letter),
                title="Save letter").run_in_background()

    def print_letter(self) -> None:
        letter = self._letter()
        if letter is None:
            return
        printer = new_printer()
        if ask_for_printer(self, printer):
            try:
                print_letter(printer, letter)
            except SecondOpError as exc:
                self.services.dialogs.error(self, "Print letter", exc.reason)

    def open_inform_letter(self) -> None:
        from .inform import InformDialog

        referring = self.vault.appointment.get().referring
        self.inform_dialog = InformDialog(self.vault, self.services, referring, self)
        self.inform_dialog.open()
