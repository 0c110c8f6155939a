"""Split a record: its pages as thumbnails, and the patient marks where each new record starts."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QListView,
    QWidget,
)

from ...core.documents import Document
from ..operations import QueryOp, Task, TaskContext
from ..services import Services
from .page_images import render_pages
from .pages_dialog import PagesDialog

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PAGE_PX = 120  # a page's thumbnail: enough to tell a letterhead from a lab table


def parts(pages: int, starts: set[int] | list[int]) -> list[tuple[int, int]]:
    """The (first, last) pages of each new record, for ``starts`` (1-based, pages 2 and up)."""
    bounds = [1, *sorted(s for s in set(starts) if 1 < s <= pages), pages + 1]
    return [(first, after - 1) for first, after in zip(bounds, bounds[1:], strict=False)]


def split_summary(pages: int, starts: set[int] | list[int]) -> str:
    """"3 records: pages 1-4, 5-9, 10-12", or what to do while nothing is marked."""
    ranges = parts(pages, starts)
    if len(ranges) == 1:
        return QCoreApplication.translate("SplitDialog",
                                          "Mark the pages where a new record starts.")
    shown = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)
    return QCoreApplication.translate("SplitDialog", "%n records: pages {pages}", "",
                                      len(ranges)).format(pages=shown)


class SplitPages(QAbstractListModel):
    """One row per page; each page after the first can be checked: a new record starts there."""

    starts_changed = Signal()

    def __init__(self, pages: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.starts: set[int] = set()
        self._icons: dict[int, QIcon] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.pages

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.pages:
            return None
        page = index.row() + 1
        starts = page in self.starts
        if role == Qt.ItemDataRole.DisplayRole:  # where each new record begins, at a glance
            if page == 1 or starts:
                return self.tr("Page {page}\nRecord {record} starts").format(
                    page=page, record=self.part_of(page))
            return self.tr("Page {page}").format(page=page)
        if role == Qt.ItemDataRole.CheckStateRole and page > 1:
            return Qt.CheckState.Checked if starts else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (self.tr("Page {page}, a new record starts here") if starts
                    else self.tr("Page {page}")).format(page=page)
        if role == Qt.ItemDataRole.ToolTipRole and page > 1:
            return self.tr("Checked: a new record starts at this page")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(page)
        return None

    def part_of(self, page: int) -> int:
        """The number of the new record that holds ``page``."""
        return 1 + sum(1 for start in self.starts if start <= page)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.row() > 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.row() == 0:
            return False
        self.set_start(index.row() + 1, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def set_start(self, page: int, starts: bool) -> None:
        if not 1 < page <= self.pages or (page in self.starts) == starts:
            return
        if starts:
            self.starts.add(page)
        else:
            self.starts.discard(page)
        # The numbers of the records after this page change too.
        self.dataChanged.emit(self.index(page - 1), self.index(self.pages - 1))
        self.starts_changed.emit()

    def set_image(self, page: int, image: QImage) -> None:
        if image.isNull():
            return
        self._icons[page] = QIcon(QPixmap.fromImage(image))
        index = self.index(page - 1)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class SplitDialog(PagesDialog):
    """The pages render in the background (never on the GUI thread); ``starts()`` is the
    patient's choice."""

    def __init__(self, doc: Document, path: Path, services: Services,
                 parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            translate("SplitDialog", "Split a record"), translate("SplitDialog", "Split"),
            translate("SplitDialog", "“{title}” has %n pages. Check each page where a new "
                      "record starts (Space checks the selected page).", "", doc.pages
                      ).format(title=doc.title),
            translate("SplitDialog",
                      "The original record goes to the trash; Undo (Ctrl+Z) brings it back."),
            parent)
        self.document = doc
        self.pages = SplitPages(doc.pages, self)

        self.view = QListView()
        self.view.setObjectName("splitPages")
        self.view.setAccessibleName(self.tr("Pages of the record"))
        self.view.setModel(self.pages)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(PAGE_PX, PAGE_PX))
        self.view.setGridSize(QSize(PAGE_PX + 40, PAGE_PX + 56))  # the box, two lines
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)  # "Page 4" over "Record 2 starts"
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setCurrentIndex(self.pages.index(0))

        self.starts_here = QCheckBox(self.tr("&New record starts at this page"))
        self.starts_here.setToolTip(self.tr("The selected page begins a new record"))
        self.starts_here.toggled.connect(self._starts_here_toggled)
        self.summary = QLabel()
        self.summary.setObjectName("splitSummary")
        self.summary.setAccessibleName(self.tr("What the split makes"))
        self.body_layout.addWidget(self.view, 1)
        self.body_layout.addWidget(self.starts_here)
        self.body_layout.addWidget(self.summary)
        self.pages.starts_changed.connect(self._update)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.resize(720, 560)
        self.view.setFocus()
        self._update()
        self._closed = False
        self._task = self._render(path, doc.format, services)

    def starts(self) -> list[int]:
        return sorted(self.pages.starts)

    def _starts_here_toggled(self, checked: bool) -> None:
        self.pages.set_start(self.view.currentIndex().row() + 1, checked)

    def _update(self) -> None:
        page = self.view.currentIndex().row() + 1
        self.starts_here.setEnabled(page > 1)
        self.starts_here.blockSignals(True)  # showing the page's mark is not a change of it
        self.starts_here.setChecked(page in self.pages.starts)
        self.starts_here.blockSignals(False)
        self.summary.setText(split_summary(self.pages.pages, self.pages.starts))
        self.ok_button.setEnabled(bool(self.pages.starts))

    def _render(self, path: Path, fmt: str, services: Services) -> Task:
        count = self.pages.pages

        def work(ctx: TaskContext) -> None:
            try:
                for page, image in enumerate(render_pages(path, fmt, PAGE_PX), start=1):
                    ctx.check_cancel()
                    ctx.progress(page, count, image)
            except (OSError, ValueError) as exc:  # unreadable: the pages stay without pictures
                log.info("Pages of a record could not be shown: %s", type(exc).__name__)

        def shown(page: int, _total: int, image: QImage) -> None:
            if not self._closed:
                self.pages.set_image(page, image)

        op = QueryOp(services, self, work, views=True, title=self.tr("Cannot show the pages"))
        return op.with_progress(shown).run_in_background()

    def done(self, result: int) -> None:
        self._closed = True
        self._task.cancel()  # pages still rendering are not needed any more
        super().done(result)
