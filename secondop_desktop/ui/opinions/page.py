"""The Opinions screen: each opinion after the visit, the opinions side by side, and the
decision guide. Printable through the system's print dialog and savable as a PDF.

What it shows is one snapshot read in the background (``ComparisonData``); every change goes
through a WriteOp and is announced, and the snapshot is read again from that announcement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.comparison import EXPLANATION
from ...core.errors import SecondOpError, ValidationError
from ...core.importing import Outcome
from ...core.opinions import Opinion
from ...core.questions import Question
from ...packet.opinion_pages import (
    ComparisonData,
    opinion_label,
    paint_comparison,
    write_comparison_pdf,
)
from ...translations import QT_TRANSLATE_NOOP, shown_reason
from ..operations import Changes, QueryOp, TaskContext, WriteOp, is_our_bug
from ..style import set_role
from ..widgets.file_drop import FileDropTarget
from ..widgets.page import Page
from ..widgets.row_table import row_table
from .decide import DecideView
from .editor import OpinionEditor
from .model import ID_ROLE, ComparisonModel, OpinionsModel

OPINIONS_TAB, COMPARE_TAB, DECIDE_TAB = range(3)
EDIT_COMMAND_ID = 0x0914
LETTER_FILTERS = QT_TRANSLATE_NOOP(
    "OpinionsPage", "Letters (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif);;All files (*)")


class EditCommand(QUndoCommand):
    """Fields of one opinion as typed; undo puts the old words back. Saves of the same fields
    of the same opinion in a row (a pause in typing saves) make one step."""

    def __init__(self, page: OpinionsPage, opinion_id: int, old: dict, new: dict) -> None:
        super().__init__(QCoreApplication.translate("OpinionsPage", "Edit opinion"))
        self.page, self.opinion_id, self.old, self.new = page, opinion_id, old, new
        self._first = True

    def id(self) -> int:
        return EDIT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (isinstance(other, EditCommand) and other.opinion_id == self.opinion_id
                and set(other.new) == set(self.new)):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.page.store(self.opinion_id, self.new, from_editor=self._first)
        self._first = False

    def undo(self) -> None:
        self.page.store(self.opinion_id, self.old, from_editor=False)


class RemoveCommand(QUndoCommand):
    """Remove an opinion; undo puts it back as it was (the guide gathers its options again).
    Both run in the background, in order, through the page's ``write``."""

    def __init__(self, page: OpinionsPage, opinion: Opinion) -> None:
        super().__init__(QCoreApplication.translate("OpinionsPage", "Remove opinion"))
        self.page, self.opinion = page, opinion

    def redo(self) -> None:
        opinion_id = self.opinion.id
        self.page.write(lambda vault: vault.opinions.delete(opinion_id),
                        QCoreApplication.translate("OpinionsPage", "Opinion not removed"))

    def undo(self) -> None:
        opinion = self.opinion
        self.page.write(lambda vault: vault.opinions.restore(opinion),
                        QCoreApplication.translate("OpinionsPage", "Opinion not put back"))


@dataclass
class Snapshot:
    data: ComparisonData
    records: list[tuple[int, str]] = field(default_factory=list)  # for the written opinion


def read_snapshot(vault) -> Snapshot:
    return Snapshot(ComparisonData.of(vault),
                    [(d.id, d.title) for d in vault.documents.records()])


class OpinionsPage(Page):
    title = "Opinions"

    def __init__(self, vault, services, parent: QWidget | None = None) -> None:
        super().__init__(vault, services, parent)
        self.snapshot: Snapshot | None = None
        self._select_after: int | None = None

        self.model = OpinionsModel(self)
        self.table, _ = row_table(self.model, self.tr("Opinions"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OpinionsModel.COL_RECOMMENDS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.editor = OpinionEditor()
        self.editor.save_requested.connect(self.save_opinion)
        self.editor.import_requested.connect(self.import_letter)
        self.drop_target = FileDropTarget(self.table.viewport(), self.link_files)
        self.new_button = QPushButton(self.tr("New opinion"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.new_button.clicked.connect(self.new_opinion)
        self.remove_button.clicked.connect(self.delete_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        hint = QLabel(self.tr("Write down each opinion as the doctor gave it: the current "
                              "doctor's, the second opinion, any other. Lists take one entry "
                              "per line. Drop the written opinion (a letter) onto the list to "
                              "link it to the opinion selected."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(hint)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.editor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(editor_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 520])

        self.comparison = ComparisonModel(self)
        self.compare_view = QTableView()
        self.compare_view.setModel(self.comparison)
        self.compare_view.setWordWrap(True)
        self.compare_view.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.compare_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare_view.setAccessibleName(self.tr("The opinions side by side"))
        self.compare_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.compare_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.compare_empty = QLabel(self.tr("Record two opinions to see them side by side."))
        set_role(self.compare_empty, "muted")
        explanation = QLabel(QCoreApplication.translate("Comparison", EXPLANATION))
        explanation.setWordWrap(True)
        set_role(explanation, "muted")
        compare = QWidget()
        compare_layout = QVBoxLayout(compare)
        compare_layout.addWidget(self.compare_empty)
        compare_layout.addWidget(self.compare_view, 1)
        compare_layout.addWidget(explanation)

        self.decide = DecideView(self.write, services.dialogs)
        decide_scroll = QScrollArea()
        decide_scroll.setWidgetResizable(True)
        decide_scroll.setWidget(self.decide)

        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Opinions"))
        self.tabs.addTab(compare, self.tr("Compare"))
        self.tabs.addTab(decide_scroll, self.tr("Decide"))
        self.tabs.currentChanged.connect(lambda _i: self.actions_changed.emit())
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button.setToolTip(self.tr("The comparison and the decision guide, for the "
                                             "treating doctor or a third opinion"))
        self.pdf_button.setToolTip(self.print_button.toolTip())
        self.print_button.clicked.connect(self.print_comparison)
        self.pdf_button.clicked.connect(self.save_pdf)
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        corner_layout.addWidget(self.print_button)
        corner_layout.addWidget(self.pdf_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self, refill: bool = True) -> None:
        """Read everything again; ``refill``: the editor too (else only what it is based on,
        when the change was made here: what is being typed stays as it is)."""
        vault = self.vault
        QueryOp(self.services, self, lambda _ctx: read_snapshot(vault),
                lambda snapshot: self._show(snapshot, refill),
                title=self.tr("Opinions")).run_in_background()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.opinions or changes.questions or changes.records or changes.profile:
            self.refresh(refill=initiator is not self)

    def _show(self, snapshot: Snapshot, refill: bool = True) -> None:
        if self.closed:
            return
        self.snapshot = snapshot
        data = snapshot.data
        keep = self._select_after or self.current_id()
        self.model.set_opinions(data.opinions)
        row = self.model.row_of(keep)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_current(force=refill or self._select_after is not None)
        if self._select_after is not None:
            self._select_after = None
            self.editor.by.selectAll()
            self.editor.by.setFocus()
        self.comparison.set_comparison(data.opinions, data.points)
        self.compare_empty.setVisible(len(data.opinions) < 2)
        self.decide.show_data(data)
        self.remove_button.setEnabled(self.current_id() is not None)
        self.actions_changed.emit()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_opinion(self) -> Opinion | None:
        row = self.model.row_of(self.current_id())
        return self.model.opinion(row) if row >= 0 else None

    def _answers(self, opinion: Opinion | None) -> list[Question]:
        if opinion is None or self.snapshot is None:
            return []
        return self.snapshot.data.answers.get(opinion.id, [])

    def _chosen(self) -> None:
        """Another opinion chosen in the list (a list read again keeps the one shown)."""
        shown = self.editor.opinion
        if shown is None or shown.id != self.current_id():
            self._show_current()

    def _show_current(self, force: bool = True) -> None:
        """Fill the editor, unless it shows this same opinion and the change was its own."""
        opinion = self.current_opinion()
        shown = self.editor.opinion
        if not force and opinion is not None and shown is not None and shown.id == opinion.id:
            self.editor.saved(opinion)
            self.editor.show_answers(self._answers(opinion))
            return
        if shown is not None and (opinion is None or shown.id != opinion.id):
            self.editor.save_now()  # what was typed for the one left
        records = self.snapshot.records if self.snapshot else []
        self.editor.show_opinion(opinion, self._answers(opinion), records)
        self.remove_button.setEnabled(opinion is not None)

    # -- writing ---------------------------------------------------------------------------------
    def write(self, work: Callable[[Any], object], title: str,
              success: Callable[[Any], None] | None = None,
              failure: Callable[[BaseException], None] | None = None) -> None:
        """Run ``work(vault)`` off the GUI thread; every screen hears it changed the opinions."""
        vault = self.vault
        op = WriteOp(self.services, self, lambda _ctx: work(vault), Changes(opinions=True),
                     success, title=title)
        if failure is not None:
            op.failure(failure)
        op.run_in_background()

    def new_opinion(self) -> None:
        def added(opinion: Opinion) -> None:
            self._select_after = opinion.id
            self.tabs.setCurrentIndex(OPINIONS_TAB)

        self.write(lambda vault: vault.opinions.add(by=self.tr("New opinion")),
                   self.tr("Opinion not added"), added)

    def save_opinion(self, opinion_id: int, changes: dict) -> None:
        """What the editor asks to store: an undoable step (typing in one field is one)."""
        shown = self.editor.opinion
        if shown is None or shown.id != opinion_id:
            return
        old = {key: getattr(shown, key) for key in changes}
        self.undo_stack.push(EditCommand(self, opinion_id, old, dict(changes)))

    def store(self, opinion_id: int, values: dict, from_editor: bool) -> None:
        """Write fields of an opinion; an undo or redo (not from the editor) refills it."""
        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError | SecondOpError) and not is_our_bug(error):
                self.editor.show_error(shown_reason(error))
            else:
                self.services.report_failure(self, error, self.tr("Opinion not saved"))

        vault = self.vault
        WriteOp(self.services, self, lambda _ctx: vault.opinions.update(opinion_id, **values),
                Changes(opinions=True), self.editor.saved if from_editor else None,
                title=self.tr("Opinion not saved"),
                initiator=self if from_editor else self.undo_stack).failure(
            failed).run_in_background()

    def import_letter(self) -> None:
        files = self.services.dialogs.open_files(self, self.tr("Import the written opinion"),
                                                 self.tr(LETTER_FILTERS))
        if files:
            self.link_files(files)

    def link_files(self, paths: list[Path]) -> None:
        """Import the written opinion (imported like any record) and link it to the opinion
        selected; a file already in the vault links the record it is."""
        opinion_id = self.current_id()
        if opinion_id is None:
            self.services.dialogs.error(self, self.tr("Written opinion"), self.tr(
                "Add the opinion first, then drop its letter on it."))
            return

        def work(ctx: TaskContext) -> list[int]:
            results = vault.importer.import_paths(paths, check_cancel=ctx.check_cancel)
            ids = [r.document_id for r in results
                   if r.outcome in (Outcome.IMPORTED, Outcome.DUPLICATE) and r.document_id]
            if ids:
                vault.opinions.update(opinion_id, document_id=ids[0])
            return ids

        def linked(ids: list[int]) -> None:
            if not ids:
                self.services.dialogs.error(self, self.tr("Written opinion"), self.tr(
                    "The file could not be imported as a record."))

        vault = self.vault
        # Another initiator than this page: the editor is filled again and shows the link.
        WriteOp(self.services, self, work, Changes(records=True, opinions=True), linked,
                title=self.tr("Written opinion"), initiator=self.undo_stack).run_in_background()

    def can_delete(self) -> bool:
        return self.tabs.currentIndex() == OPINIONS_TAB and self.current_id() is not None

    def delete_selected(self) -> None:
        opinion = self.current_opinion()
        if opinion is None:
            return
        if self.services.dialogs.confirm(
                self, self.tr("Remove opinion"),
                self.tr("Remove the opinion of {who}? A linked record stays in your records.")
                .format(who=opinion_label(opinion, QCoreApplication.translate, QLocale())),
                ok=self.tr("Remove"), destructive=True):
            self.editor.show_opinion(None, [], [])
            self.undo_stack.push(RemoveCommand(self, opinion))
            self.notice.emit(self.tr("Removed the opinion of {who}.").format(who=opinion.by))

    def save_pending(self) -> None:
        self.editor.save_now()

    def pending_problems(self) -> list[tuple[str, QWidget]]:
        problem = self.editor.problem() if self.editor.opinion is not None else ""
        if not problem:
            return []
        field_ = self.editor.by if not self.editor.by.text().strip() else self.editor.date
        return [(self.tr("Opinions: {problem}").format(problem=problem), field_)]

    def shutdown(self) -> None:
        self.editor.save_now()

    # -- printing and PDF ------------------------------------------------------------------------
    def print_comparison(self) -> None:
        if self.snapshot is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Comparing the opinions"))
        printer.setCreator("SecondOp")
        printer.setFullPage(True)  # the canvas keeps its own margins, as on the PDF
        if not self.services.dialogs.choose_printer(self, self.tr("Print the comparison"),
                                                    printer):
            return
        try:
            paint_comparison(printer, self.snapshot.data)
        except SecondOpError as exc:
            self.services.dialogs.error(self, self.tr("Print the comparison"), shown_reason(exc))

    def suggested_pdf(self) -> Path:
        name = self.snapshot.data.profile.name.strip() if self.snapshot else ""
        stem = " ".join(p for p in (self.tr("Comparing the opinions"), name,
                                    dt.date.today().isoformat()) if p)
        return Path.home() / f"{stem}.pdf"

    def save_pdf(self) -> None:
        if self.snapshot is None:
            return
        out = self.services.dialogs.save_file(self, self.tr("Save the comparison as"),
                                              self.suggested_pdf(), "PDF (*.pdf)")
        if out is None:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        data = self.snapshot.data

        def written(pages: int) -> None:
            self.notice.emit(self.tr("Saved the comparison (%n page(s)) as {name}.", "", pages)
                             .format(name=out.name))

        QueryOp(self.services, self, lambda _ctx: write_comparison_pdf(out, data), written,
                title=self.tr("Comparison not saved")).run_in_background()
