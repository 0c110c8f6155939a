"""Combine… and Split… on the Records screen: when they apply, their dialogs, the work in the
background, and the undo steps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from ...core.documents import Document
from ...core.formats import PAGED_FORMATS
from ..operations import Changes, TaskContext, WriteOp
from .combine_dialog import CombineDialog
from .commands import PagesCommand, pages_module
from .pages_dialog import PagesDialog
from .split_dialog import SplitDialog

if TYPE_CHECKING:
    from .page import RecordsPage

translate = QCoreApplication.translate


def _not_paged(docs: Sequence[Document], combining: bool) -> str | None:
    """Why a record that is no PDF or picture cannot be combined (or split), in whole sentences:
    each language words them its own way."""
    for doc in docs:
        if doc.format in PAGED_FORMATS:
            continue
        if doc.format == "dicom":
            reason = translate(
                "CombineSplit", "“{title}” is an imaging study (DICOM); only PDFs and pictures "
                "can be combined.") if combining else translate(
                "CombineSplit", "“{title}” is an imaging study (DICOM); only PDFs and pictures "
                "can be split.")
        elif doc.format in ("ccda", "fhir"):
            reason = translate(
                "CombineSplit", "“{title}” is a portal document; only PDFs and pictures can be "
                "combined.") if combining else translate(
                "CombineSplit", "“{title}” is a portal document; only PDFs and pictures can be "
                "split.")
        else:
            reason = translate(
                "CombineSplit", "“{title}” is a {format} file; only PDFs and pictures can be "
                "combined.") if combining else translate(
                "CombineSplit", "“{title}” is a {format} file; only PDFs and pictures can be "
                "split.")
        return reason.format(title=doc.title, format=doc.format.upper())
    return None


def combine_refusal(docs: Sequence[Document]) -> str | None:
    """Why these records cannot be combined (one line), or None when they can."""
    if len(docs) < 2:
        return translate("CombineSplit", "Select two or more records to combine them.")
    return _not_paged(docs, combining=True)


def split_refusal(docs: Sequence[Document]) -> str | None:
    """Why this selection cannot be split (one line), or None when it can."""
    if len(docs) != 1:
        return translate("CombineSplit", "Select one record to split it.")
    if (reason := _not_paged(docs, combining=False)) is not None:
        return reason
    if docs[0].pages < 2:
        return translate("CombineSplit", "“{title}” has one page; only a record of several "
                         "pages can be split.").format(title=docs[0].title)
    return None


@dataclass(frozen=True)
class PagesOutcome:
    """What a combine, split or their undo left: the records to select, and every record it
    touched as it is now (read in the worker, so the GUI thread reads nothing)."""

    select: list[int]
    documents: list[Document]


class CombineSplit(QObject):
    """The two actions of the Records screen (its context menu; the Record menu follows them)."""

    def __init__(self, page: RecordsPage) -> None:
        super().__init__(page)
        self.page = page
        self.combine_action = QAction(self.tr("&Combine records…"), page)
        self.combine_action.triggered.connect(self.combine)
        self.split_action = QAction(self.tr("&Split record…"), page)
        self.split_action.triggered.connect(self.split)
        self.combine_dialog: CombineDialog | None = None
        self.split_dialog: SplitDialog | None = None
        self.running = 0  # writes of ours not finished yet: no new combine or split meanwhile
        self.update()

    def _selection(self) -> list[Document]:
        return [] if self.page.showing_trash else self.page.selected_documents()

    def update(self) -> None:
        """Enable each action when the selection allows it; its status tip says why not."""
        docs = self._selection()
        for action, reason, tip in (
                (self.combine_action, combine_refusal(docs),
                 self.tr("Make one record of the selected records' pages")),
                (self.split_action, split_refusal(docs),
                 self.tr("Make several records of this record's pages"))):
            action.setEnabled(reason is None and not self.running)
            action.setStatusTip(reason or tip)
            action.setToolTip(reason or tip)

    # -- combine -------------------------------------------------------------------------------
    def _chosen(self, refusal: Callable[[Sequence[Document]], str | None],
                title: str) -> list[Document]:
        """The selected records, or none after saying (in one line) why they cannot be used."""
        docs = self._selection()
        reason = refusal(docs)
        if reason is not None:
            self.page.services.dialogs.info(self.page, title, reason)
            return []
        return docs

    def combine(self) -> None:
        docs = self._chosen(combine_refusal, self.tr("Cannot combine these records"))
        if not docs:
            return
        thumbnails = self.page.thumbnails
        dialog = CombineDialog(docs, thumbnails.icon, self.page.window())
        thumbnails.ready.connect(dialog.order.thumbnail_ready)
        dialog.finished.connect(lambda _result: thumbnails.ready.disconnect(
            dialog.order.thumbnail_ready))
        dialog.confirmed.connect(lambda: self._combine(dialog))
        self.combine_dialog = dialog
        dialog.open()

    def _combine(self, dialog: CombineDialog) -> None:
        vault, ids, title = self.page.vault, dialog.document_ids(), dialog.title()
        dialog.set_working(self.tr("Combining %n records…", "", len(ids)))

        def made(new: list[int]) -> None:
            self.page.undo_stack.push(PagesCommand(
                self.tr("Combine %n records", "", len(ids)), vault, new, ids,
                self._in_background))
            self.page.notice.emit(self.tr("Combined %n records into “{title}”; the originals "
                                          "are in the trash.", "", len(ids)).format(title=title))

        self._in_background(lambda: [pages_module().combine(vault, ids, title)], ids, made,
                            self.tr("Cannot combine the records"), dialog)

    # -- split ---------------------------------------------------------------------------------
    def split(self) -> None:
        docs = self._chosen(split_refusal, self.tr("Cannot split this record"))
        if not docs:
            return
        doc = docs[0]
        dialog = SplitDialog(doc, self.page.vault.documents.readable_path(doc),
                             self.page.services, self.page.window())
        dialog.confirmed.connect(lambda: self._split(dialog))
        self.split_dialog = dialog
        dialog.open()

    def _split(self, dialog: SplitDialog) -> None:
        vault, doc, starts = self.page.vault, dialog.document, dialog.starts()
        dialog.set_working(self.tr("Splitting “{title}”…").format(title=doc.title))

        def made(new: list[int]) -> None:
            self.page.undo_stack.push(PagesCommand(
                self.tr("Split “{title}”").format(title=doc.title), vault, new, [doc.id],
                self._in_background))
            self.page.notice.emit(self.tr("Split “{title}” into %n records; the original is in "
                                          "the trash.", "", len(new)).format(title=doc.title))

        self._in_background(lambda: pages_module().split(vault, doc.id, starts), [doc.id], made,
                            self.tr("Cannot split the record"), dialog)

    # -- in the background ---------------------------------------------------------------------
    def _in_background(self, work: Callable[[], list[int]], affected: list[int],
                       then: Callable[[list[int]], None] | None = None,
                       title: str = "",
                       dialog: PagesDialog | None = None) -> None:
        """Run ``work`` (a core call returning the records to select) on the writer thread;
        then show every record it touched as it is now and select the ones it returned. The
        dialog that asked for it stays open (busy) until then."""
        documents = self.page.vault.documents
        title = title or self.tr("Cannot change the records")

        def task(_ctx: TaskContext) -> PagesOutcome:
            select = work()
            touched = list(dict.fromkeys([*affected, *select]))
            return PagesOutcome(select, [documents.get(i) for i in touched])

        def done(outcome: PagesOutcome) -> None:
            self._finished(dialog, True)
            if self.page.closed:
                return
            self.page.show_documents(outcome.documents)
            self.page.select_documents(outcome.select)
            if then is not None:
                then(outcome.select)
            self.page.refresh_findings()  # what the text says, for the records made

        def failed(error: BaseException) -> None:
            self._finished(dialog, False)
            if self.page.closed:
                return
            self.page.refresh()  # whatever the vault holds now
            self.page.services.report_failure(self.page, error, title)

        self.running += 1
        self.update()
        self.page.actions_changed.emit()
        # Question links follow the pages: the Questions screen refreshes too.
        WriteOp(self.page.services, self.page, task, Changes(records=True, questions=True),
                done, title=title).failure(failed).run_in_background()

    def _finished(self, dialog: PagesDialog | None, made: bool) -> None:
        if dialog is not None:
            dialog.finish(made)
        self.running -= 1
        self.update()
        self.page.actions_changed.emit()
