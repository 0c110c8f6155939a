"""Combine records: the chosen records in the order their pages will follow, and the new title."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.documents import Document
from .model import display_date
from .pages_dialog import PagesDialog

Index = QModelIndex | QPersistentModelIndex
IconFor = Callable[[Document], QIcon]

THUMB = QSize(48, 48)


def default_order(docs: Sequence[Document]) -> list[Document]:
    """Oldest record first (a letter's pages are dated alike); records without a date last; the
    order they came in (the list's) where dates are equal."""
    return sorted(docs, key=lambda d: (d.record_date is None, d.record_date or dt.date.min))


def pages_text(count: int) -> str:
    return QCoreApplication.translate("CombineOrder", "%n page(s)", "", count)


class CombineOrder(QAbstractListModel):
    """The records to combine, in order. Rows move by drag (the view calls ``moveRows``) or by
    Move up / Move down."""

    def __init__(self, docs: Sequence[Document], icon_for: IconFor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._docs = list(docs)
        self._icon_for = icon_for

    def documents(self) -> list[Document]:
        return list(self._docs)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._docs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._docs):
            return None
        doc = self._docs[index.row()]
        date = display_date(doc) if doc.record_date is not None else self.tr("No date")
        facts = f"{date} · {pages_text(doc.pages)}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{doc.title}\n{facts}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{index.row() + 1}. {doc.title}, {facts}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon_for(doc)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # between rows: where a dragged record can go
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def moveRows(self, source_parent: Index, source_row: int, count: int,  # noqa: N802
                 destination_parent: Index, destination_child: int) -> bool:
        """Move ``count`` rows to before ``destination_child`` (Qt's meaning)."""
        last = source_row + count - 1
        if (source_parent.isValid() or destination_parent.isValid() or count < 1
                or source_row < 0 or last >= len(self._docs)
                or not 0 <= destination_child <= len(self._docs)
                or source_row <= destination_child <= last + 1):
            return False
        self.beginMoveRows(QModelIndex(), source_row, last, QModelIndex(), destination_child)
        moving = self._docs[source_row:last + 1]
        del self._docs[source_row:last + 1]
        at = destination_child if destination_child < source_row else destination_child - count
        self._docs[at:at] = moving
        self.endMoveRows()
        return True

    def move(self, row: int, step: int) -> bool:
        """One record up (-1) or down (+1)."""
        target = row + step
        if not 0 <= row < len(self._docs) or not 0 <= target < len(self._docs):
            return False
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(),
                             target if step < 0 else target + 1)

    def thumbnail_ready(self, doc_id: int) -> None:
        for row, doc in enumerate(self._docs):
            if doc.id == doc_id:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class CombineDialog(PagesDialog):
    """Asks in which order and under which title: ``document_ids()`` and ``title()``."""

    def __init__(self, docs: Sequence[Document], icon_for: IconFor,
                 parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            translate("CombineDialog", "Combine records"), translate("CombineDialog", "Combine"),
            translate("CombineDialog",
                      "The pages of these %n records become one record, in this order. Drag a "
                      "record, or use Move up and Move down (Alt+Up, Alt+Down).", "",
                      len(docs)),
            translate("CombineDialog",
                      "The original records go to the trash; Undo (Ctrl+Z) brings them back."),
            parent)
        self.order = CombineOrder(default_order(docs), icon_for, self)

        self.list = QListView()
        self.list.setObjectName("combineOrder")
        self.list.setAccessibleName(self.tr("Records to combine, in order"))
        self.list.setModel(self.order)
        self.list.setIconSize(THUMB)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDropIndicatorShown(True)
        self.list.setCurrentIndex(self.order.index(0))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Put the selected record's pages earlier (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Put the selected record's pages later (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for key, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            QShortcut(QKeySequence(key), self, lambda s=step: self.move_current(s))
        moves = QVBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        order_row = QHBoxLayout()
        order_row.addWidget(self.list, 1)
        order_row.addLayout(moves)

        self.title_edit = QLineEdit(self.order.documents()[0].title)
        self.title_edit.setAccessibleName(self.tr("Title of the combined record"))
        self._title_typed = False  # until then the title follows the first record
        self.title_edit.textEdited.connect(self._title_edited)
        self.title_edit.textChanged.connect(lambda *_: self._update_buttons())
        form = QFormLayout()
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title_edit)
        form.addRow(title_label, self.title_edit)

        self.body_layout.addLayout(order_row, 1)
        self.body_layout.addLayout(form)
        self.order.rowsMoved.connect(lambda *_: self._order_changed())
        self.resize(520, 420)
        self.list.setFocus()
        self._update_buttons()

    def document_ids(self) -> list[int]:
        return [doc.id for doc in self.order.documents()]

    def title(self) -> str:
        return self.title_edit.text().strip()

    def move_current(self, step: int) -> None:
        row = self.list.currentIndex().row()
        if self.order.move(row, step):  # the current index follows its record
            self.list.scrollTo(self.list.currentIndex())

    def _title_edited(self, _text: str) -> None:
        self._title_typed = True

    def _order_changed(self) -> None:
        if not self._title_typed:
            self.title_edit.setText(self.order.documents()[0].title)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, rows = self.list.currentIndex().row(), self.order.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < rows - 1)
        self.ok_button.setEnabled(bool(self.title()))
