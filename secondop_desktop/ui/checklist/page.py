"""The Checklist screen: is my file complete? What a second-opinion reviewer needs for this kind
of question, whether the vault holds it (which records), has asked for it (which request, due
when) or lacks it; one click makes a records request for a missing item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import readiness
from ...core.readiness import CONDITIONS, Item, Readiness, State
from ...packet.readiness_block import paint_readiness, write_readiness_pdf
from ..operations import Changes, QueryOp, WriteOp
from ..printouts import print_pages, save_pdf
from ..style import set_role
from ..widgets.page import Page
from ..widgets.row_table import row_table
from .model import COL_FOUND, ChecklistModel

# What the check reads: a change to any of these may change an item's state.
WATCHED = ("records", "requests", "profile", "appointment", "medications", "allergies",
           "timeline")


class ChecklistPage(Page):
    title = "Checklist"
    open_record_requested = Signal(int, int)  # record id, page: a record an item was found in

    def __init__(self, vault, services, parent: QWidget | None = None) -> None:
        super().__init__(vault, services, parent)
        self.report: Readiness | None = None
        self.model = ChecklistModel(self)
        self.table, _proxy = row_table(self.model, self.tr("What a reviewer needs"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FOUND, QHeaderView.ResizeMode.Stretch)
        self.condition = QComboBox()
        self.condition.setAccessibleName(self.tr("Kind of question"))
        self.condition.addItem(self.tr("From the diagnosis"), "")
        for key, label in CONDITIONS.items():
            self.condition.addItem(QCoreApplication.translate("Readiness", label), key)
        self.condition.activated.connect(lambda _i: self.set_condition())
        caption = QLabel(self.tr("Kind of question:"))
        caption.setBuddy(self.condition)
        self.summary = QLabel("")
        self.summary.setObjectName("checklistSummary")
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.condition)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        intro = QLabel(self.tr(
            "What a second-opinion reviewer needs for your kind of question. A report is not "
            "the same as the slides or the images: a second pathologist reviews the slides, a "
            "second radiologist reads the images."))
        intro.setWordWrap(True)
        set_role(intro, "muted")
        self.why = QLabel("")
        self.why.setWordWrap(True)
        self.request_button = QPushButton(self.tr("Ask for it: new records request"))
        self.request_button.setToolTip(self.tr("Add a records request for this item (to the "
                                               "doctor who referred you); the Requests screen "
                                               "writes the letter"))
        self.skip_button = QPushButton(self.tr("Does not apply to me"))
        self.request_button.clicked.connect(self.request_current)
        self.skip_button.clicked.connect(self.toggle_not_applicable)
        self.save_button = QPushButton(self.tr("Save checklist…"))
        self.print_button = QPushButton(self.tr("Print checklist…"))
        self.save_button.clicked.connect(self.save_checklist)
        self.print_button.clicked.connect(self.print_checklist)
        buttons = QHBoxLayout()
        buttons.addWidget(self.why, 1)
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.skip_button)
        paper = QHBoxLayout()
        paper.addStretch(1)
        paper.addWidget(self.save_button)
        paper.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(paper)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _i: self.activate_current())
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        vault = self.vault
        QueryOp(self.services, self, lambda _ctx: (readiness.check(vault),
                                                   vault.patient.get().condition),
                lambda got: self._show(*got), title=self.tr("Checklist")).run_in_background()

    def _show(self, report: Readiness, condition: str) -> None:
        if self.closed:
            return
        shown = self.current()
        keep = shown.key if shown is not None else None
        self.report = report
        self.model.set_rows(report.items)
        row = self.model.row_of(keep) if keep else -1
        self.table.selectRow(max(row, 0))
        self.condition.setCurrentIndex(max(0, self.condition.findData(condition)))
        guessed = CONDITIONS[report.condition]
        self.condition.setItemText(0, self.tr("From the diagnosis ({kind})").format(
            kind=QCoreApplication.translate("Readiness", guessed)))
        counts = {state: len(report.of(state)) for state in State}
        self.summary.setText(self.tr("{present} present, {requested} requested, {missing} "
                                     "missing").format(present=counts[State.PRESENT],
                                                       requested=counts[State.REQUESTED],
                                                       missing=counts[State.MISSING]))
        self._show_current()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if any(getattr(changes, flag) for flag in WATCHED):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Scans read in the background add words to records: look again when shown."""
        super().showEvent(event)
        self.refresh()

    def current(self) -> Item | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        item = self.current()
        self.why.setText(QCoreApplication.translate("Readiness", item.why)
                         if item is not None else "")
        self.request_button.setEnabled(item is not None and item.state is State.MISSING
                                       and bool(item.request_item))
        self.skip_button.setEnabled(item is not None)
        self.skip_button.setText(self.tr("Applies to me after all")
                                 if item is not None and item.state is State.NOT_APPLICABLE
                                 else self.tr("Does not apply to me"))

    def activate_current(self) -> None:
        """Double-click: show the record an item was found in, or ask for a missing one."""
        item = self.current()
        if item is None:
            return
        if item.records:
            self.open_record_requested.emit(item.records[0][0], 1)
        else:
            self.request_current()

    # -- changing --------------------------------------------------------------------------------
    def set_condition(self) -> None:
        value, vault = self.condition.currentData(), self.vault
        WriteOp(self.services, self, lambda _ctx: vault.patient.set(condition=value),
                Changes(profile=True), title=self.tr("Checklist")).run_in_background()

    def toggle_not_applicable(self) -> None:
        item, vault = self.current(), self.vault
        if item is None:
            return
        skip = item.state is not State.NOT_APPLICABLE
        WriteOp(self.services, self,
                lambda _ctx: readiness.set_not_applicable(vault, item.key, skip),
                Changes(profile=True), title=self.tr("Checklist")).run_in_background()

    def request_current(self) -> None:
        item, vault = self.current(), self.vault
        if item is None or item.state is not State.MISSING or not item.request_item:
            return
        WriteOp(self.services, self, lambda _ctx: readiness.request_missing(vault, item.key),
                Changes(requests=True),
                lambda request: self.notice.emit(self.tr(
                    "Added to the records request to {provider}: see the Requests screen for "
                    "its letter.").format(provider=request.provider)),
                title=self.tr("Checklist")).run_in_background()

    # -- on paper --------------------------------------------------------------------------------
    def _read_for_paper(self) -> tuple[Readiness, str]:
        return readiness.check(self.vault), self.vault.patient.get().name

    def save_checklist(self) -> None:
        save_pdf(self.services, self, self.tr("Save the checklist as"),
                 self.tr("Is my file complete.pdf"),
                 lambda out: write_readiness_pdf(out, *self._read_for_paper()),
                 lambda out: self.notice.emit(self.tr("Saved {name}.").format(name=out.name)))

    def print_checklist(self) -> None:
        print_pages(self.services, self, self.tr("Print the checklist"), self._read_for_paper,
                    lambda printer, got: paint_readiness(printer, *got))
