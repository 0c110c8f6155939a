"""The Specialists screen: the shortlist of candidates for the second opinion, what the patient
checked and what each office said; choosing one makes them the appointment's specialist; the
call sheet holds the questions to ask each office on the phone."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSortFilterProxyModel
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

from ...core.specialists import Specialist
from ...packet.call_sheet import CallSheet, paint_call_sheet, write_call_sheet_pdf
from ..operations import Changes, QueryOp, WriteOp
from ..printouts import print_pages, save_pdf
from ..style import set_role
from ..widgets.page import Page
from ..widgets.row_table import GivesWayToAColumn, row_table
from .editor import SpecialistEditor
from .model import COL_INSURANCE, COL_NAME, COL_WAIT, COL_WHERE, ID_ROLE, SpecialistsModel

Shortlist = tuple[list[Specialist], int | None]


class SpecialistsPage(Page):
    title = "Specialists"

    def __init__(self, vault, services, parent: QWidget | None = None) -> None:
        super().__init__(vault, services, parent)
        self.model = SpecialistsModel(self)
        self.table, proxy = row_table(self.model, self.tr("Shortlist of specialists"),
                                      sort_column=COL_NAME)
        self.proxy = cast(QSortFilterProxyModel, proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHERE, QHeaderView.ResizeMode.Stretch)
        # Insurance and waiting time are in the details beside the list: on a narrow window
        # they make way for the specialty and institution.
        self.fit_columns = GivesWayToAColumn(self.table, [COL_WHERE],
                                             [COL_INSURANCE, COL_WAIT])
        self.editor = SpecialistEditor()
        self.editor.save_requested.connect(self.save_current)
        self.add_button = QPushButton(self.tr("Add specialist"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.choose_button = QPushButton(self.tr("Choose for my appointment"))
        self.choose_button.setToolTip(self.tr("Make them the specialist of your appointment: the "
                                              "Visit screen and the packet's cover follow"))
        self.save_sheet_button = QPushButton(self.tr("Save call sheet…"))
        self.print_sheet_button = QPushButton(self.tr("Print call sheet…"))
        self.add_button.clicked.connect(self.add_specialist)
        self.remove_button.clicked.connect(self.delete_selected)
        self.choose_button.clicked.connect(self.choose_current)
        self.save_sheet_button.clicked.connect(self.save_call_sheet)
        self.print_sheet_button.clicked.connect(self.print_call_sheet)
        bar = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.choose_button):
            bar.addWidget(button)
        bar.addStretch(1)
        sheet_bar = QHBoxLayout()
        for button in (self.save_sheet_button, self.print_sheet_button):
            sheet_bar.addWidget(button)
        sheet_bar.addStretch(1)
        hint = QLabel(self.tr(
            "Keep the doctors you are considering here: check their board certification and "
            "how many cases like yours they see, then call each office with the call sheet."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self.chosen_label = QLabel("")
        self.chosen_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(hint)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.chosen_label)
        left_layout.addLayout(sheet_bar)
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
        self._reloading = False
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: None if self._reloading else self._row_changed())
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id()
        vault = self.vault

        def read(_ctx) -> Shortlist:
            return vault.specialists.entries(), vault.specialists.chosen_id()

        QueryOp(self.services, self, read, lambda got: self._show(got, keep),
                title=self.tr("Specialists")).run_in_background()

    def _show(self, shortlist: Shortlist, keep: int | None) -> None:
        if self.closed:
            return
        specialists, chosen = shortlist
        self._reloading = True  # the reset moves the selection: not the patient's doing
        try:
            self.model.set_shortlist(specialists, chosen)
            self.select(keep)
        finally:
            self._reloading = False
        self._show_current(keep_typing=True)
        chosen_one = next((s for s in specialists if s.id == chosen), None)
        self.chosen_label.setText(
            self.tr("Chosen for your appointment: {name}").format(name=chosen_one.name)
            if chosen_one else self.tr("No specialist chosen yet."))

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.specialists:
            self.refresh()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current(self) -> Specialist | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.specialist(self.proxy.mapToSource(index).row())

    def select(self, specialist_id: int | None) -> None:
        row = self.model.row_of(specialist_id) if specialist_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _row_changed(self) -> None:
        """Another specialist chosen in the list: what was typed for the last one is saved."""
        if self.editor.dirty():
            self.save_current()
        self._show_current()

    def save_pending(self) -> None:
        if self.editor.dirty():
            self.save_current()

    def shutdown(self) -> None:
        self.save_pending()

    def _show_current(self, keep_typing: bool = False) -> None:
        """``keep_typing``: a form whose save was refused keeps what was typed, and why."""
        specialist = self.current()
        shown = self.editor.specialist
        refused = (keep_typing and shown is not None and specialist is not None
                   and shown.id == specialist.id and bool(self.editor.message.text()))
        if not refused:
            self.editor.show_specialist(specialist)
        for button in (self.remove_button, self.choose_button):
            button.setEnabled(specialist is not None)
        has_any = self.model.rowCount() > 0
        for button in (self.save_sheet_button, self.print_sheet_button):
            button.setEnabled(has_any)

    # -- changing --------------------------------------------------------------------------------
    def _write(self, fn, changes: Changes, done=None, failed=None) -> None:
        op = WriteOp(self.services, self, lambda _ctx: fn(), changes, done,
                     title=self.tr("Specialists"))
        if failed is not None:
            op.failure(failed)
        op.run_in_background()

    def add_specialist(self) -> None:
        vault = self.vault

        def added(specialist: Specialist) -> None:
            self.refresh(select=specialist.id)
            self.editor.lines["name"].selectAll()
            self.editor.lines["name"].setFocus()

        self._write(lambda: vault.specialists.add(name=self.tr("New specialist")),
                    Changes(specialists=True), added)

    def save_current(self) -> None:
        specialist = self.editor.specialist
        if specialist is None:
            return
        values, vault = self.editor.values(), self.vault
        chosen = self.model.chosen_id == specialist.id

        def save() -> Specialist:
            saved = vault.specialists.update(specialist.id, **values)
            if chosen:  # the appointment follows what is edited of the chosen one
                vault.specialists.choose(saved.id, vault.appointment)
            return saved

        def failed(error: BaseException) -> None:
            reason = getattr(error, "reason", None)
            if reason is None:
                self.services.report_failure(self, error, self.tr("Specialists"))
            elif self.editor.specialist is not None \
                    and self.editor.specialist.id == specialist.id:
                self.editor.show_error(reason)
            else:  # the patient has moved on to another one
                self.notice.emit(self.tr("{name} was not saved: {reason}").format(
                    name=specialist.name, reason=reason))

        self._write(save, Changes(specialists=True, appointment=chosen),
                    lambda _s: self.notice.emit(self.tr("Saved.")), failed)

    def choose_current(self) -> None:
        specialist = self.current()
        if specialist is None:
            return
        vault = self.vault
        self._write(lambda: vault.specialists.choose(specialist.id, vault.appointment),
                    Changes(specialists=True, appointment=True),
                    lambda s: self.notice.emit(
                        self.tr("{name} is now your appointment's specialist.").format(
                            name=s.name)))

    def can_delete(self) -> bool:
        return self.current() is not None

    def delete_selected(self) -> None:
        specialist = self.current()
        if specialist is None:
            return
        if not self.services.dialogs.confirm(
                self, self.tr("Remove specialist"),
                self.tr("Take {name} off the shortlist?").format(name=specialist.name),
                ok=self.tr("Remove")):
            return
        vault = self.vault
        self._write(lambda: vault.specialists.delete(specialist.id), Changes(specialists=True))

    # -- the call sheet --------------------------------------------------------------------------
    def save_call_sheet(self) -> None:
        vault = self.vault
        save_pdf(self.services, self, self.tr("Save the call sheet as"),
                 self.tr("Call sheet.pdf"),
                 lambda out: write_call_sheet_pdf(out, CallSheet.from_vault(vault)),
                 lambda out: self.notice.emit(self.tr("Saved {name}.").format(name=out.name)))

    def print_call_sheet(self) -> None:
        vault = self.vault
        print_pages(self.services, self, self.tr("Print the call sheet"),
                    lambda: CallSheet.from_vault(vault), paint_call_sheet)
