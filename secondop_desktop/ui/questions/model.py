"""The question list as a table model over ``vault.questions``; every change is an undo step.

The model holds a copy of the rows in display order (priority, then position). Each change is
written in the background (``Writer``, in order) and the model re-reads the store once it is
written, moving rows rather than resetting so that selections survive edits; an edited cell shows
its new value at once. Cells are computed from those rows and the record titles the page hands
over: painting never queries the vault.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QUndoStack

from ...core.errors import SecondOpError
from ...core.questions import (
    CATEGORIES,
    PRIORITY_LABELS,
    TOP_COUNT,
    Layout,
    Question,
    QuestionStore,
    moved_layout,
)
from ...translations import QT_TRANSLATE_NOOP, shown_reason
from ..style import role_color
from ..writes import WriteCommand, Writer

COL_NUMBER, COL_ASKED, COL_TEXT, COL_PRIORITY, COL_CATEGORY, COL_RECORD, COL_ANSWER, COL_BY = (
    range(8)
)
# Shown translated in "QuestionsModel".
HEADERS = [QT_TRANSLATE_NOOP("QuestionsModel", "#"), QT_TRANSLATE_NOOP("QuestionsModel", "Asked"),
           QT_TRANSLATE_NOOP("QuestionsModel", "Question"),
           QT_TRANSLATE_NOOP("QuestionsModel", "Priority"),
           QT_TRANSLATE_NOOP("QuestionsModel", "Category"),
           QT_TRANSLATE_NOOP("QuestionsModel", "About record"),
           QT_TRANSLATE_NOOP("QuestionsModel", "Answer"),
           QT_TRANSLATE_NOOP("QuestionsModel", "Answered by")]
FIELDS = {COL_ASKED: "asked", COL_TEXT: "text", COL_PRIORITY: "priority",
          COL_CATEGORY: "category", COL_ANSWER: "answer", COL_BY: "answered_by"}
# The undo step of an edit, by field (Edit > Undo names it; shown translated in "QuestionsModel").
EDIT_STEPS = {"text": QT_TRANSLATE_NOOP("QuestionsModel", "Edit question"),
              "priority": QT_TRANSLATE_NOOP("QuestionsModel", "Change priority"),
              "category": QT_TRANSLATE_NOOP("QuestionsModel", "Change category"),
              "answer": QT_TRANSLATE_NOOP("QuestionsModel", "Change answer"),
              "answered_by": QT_TRANSLATE_NOOP("QuestionsModel", "Change who answered")}
SortRole = Qt.ItemDataRole.UserRole + 1  # raw values for sorting
QuestionRole = Qt.ItemDataRole.UserRole + 2  # the Question itself
LinkRole = Qt.ItemDataRole.UserRole + 3  # (document id, page) or None
AddedRole = Qt.ItemDataRole.UserRole + 4  # a suggestion already in the list
MIME_TYPE = "application/x-secondop-question-ids"

_Index = QModelIndex | QPersistentModelIndex


class QuestionsModel(QAbstractTableModel):
    problem = Signal(str)  # a one-line reason when an edit was refused
    changed = Signal()  # the store was changed (an edit, its undo or redo)

    def __init__(self, store: QuestionStore, undo_stack: QUndoStack, writer: Writer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.undo_stack, self.writer = store, undo_stack, writer
        self._rows: list[Question] = store.entries()
        self._adding: set[str] = set()  # the words of questions being written
        self._titles: dict[int, str] = {}  # record id -> title, for the "About record" column

    def set_record_titles(self, titles: dict[int, str]) -> None:
        """The titles of the vault's records (read off the GUI thread by the page)."""
        self._titles = dict(titles)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_RECORD),
                                  self.index(len(self._rows) - 1, COL_RECORD))

    # -- reading -------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def question(self, row: int) -> Question:
        return self._rows[row]

    def row_of(self, question_id: int) -> int:
        return next((i for i, q in enumerate(self._rows) if q.id == question_id), -1)

    def has_text(self, text: str) -> bool:
        """Whether the list holds these words already (ignoring case and spacing), or they are
        being added; read from the rows in memory, so painting never queries the vault."""
        wanted = _words(text)
        return wanted in self._adding or any(_words(q.text) == wanted for q in self._rows)

    def is_top(self, row: int) -> bool:
        """One of the first must-ask questions, shown apart as the ones to ask first."""
        return row < TOP_COUNT and self._rows[row].priority == 1

    def link_text(self, q: Question) -> str:
        if q.document_id is None:
            return ""
        title = self._titles.get(q.document_id)
        if title is None:
            return self.tr("a deleted record")
        return self.tr("{title}, page {page}").format(title=title, page=q.page) if q.page \
            else title

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell for ``role``, from the columns declared once in ``COLUMNS``."""
        cell = _ROLES.get(role)
        if cell is None or not index.isValid():
            return None
        row = index.row()
        return cell(Cell(self, self._rows[row], row), index.column())

    def _tooltip(self, cell: Cell, col: int) -> str | None:
        q = cell.q
        if col == COL_RECORD and q.document_id is not None:
            return self.tr("Click to open this record")
        if col == COL_NUMBER and self.is_top(cell.row):
            return self.tr("One of the questions to ask first")
        if col == COL_TEXT and q.answer:
            answer = self.tr("Answer ({who}): {answer}").format(who=q.answered_by,
                                                               answer=q.answer) \
                if q.answered_by else self.tr("Answer: {answer}").format(answer=q.answer)
            return f"{q.text}\n\n{answer}"
        return q.text if col == COL_TEXT else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == COL_ASKED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in FIELDS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # -- changing (each change is one undo step) -----------------------------------------------
    def setData(self, index: _Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_ASKED:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or col not in FIELDS:
            return False
        return self.edit(self._rows[index.row()].id, FIELDS[col], value)

    def edit(self, question_id: int, field: str, value: Any) -> bool:
        """Change one field of one question; refused values are reported, never saved."""
        row = self.row_of(question_id)
        if row < 0:
            return False
        old = getattr(self._rows[row], field)
        if field in ("text", "answer", "answered_by"):
            value = str(value or "").strip()
        if old == value:
            return False
        try:
            self.store.clean({field: value}, partial=True)
        except SecondOpError as exc:
            self.problem.emit(shown_reason(exc))
            return False
        if field == "asked":
            label = self.tr("Tick question as asked") if value else self.tr("Untick question")
        else:
            label = self.tr(EDIT_STEPS[field])
        self._show_now(row, field, value)
        self.push(label, lambda: self.store.update(question_id, **{field: value}),
                  lambda: self.store.update(question_id, **{field: old}))
        return True

    def _show_now(self, row: int, field: str, value: Any) -> None:
        """An edited cell shows its new value while it is written (priority moves a row only
        once it is stored, when the list is read again)."""
        if field == "priority":
            return
        self._rows[row] = dataclasses.replace(self._rows[row], **{field: value})
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def set_link(self, question_id: int, document_id: int | None, page: int | None) -> None:
        row = self.row_of(question_id)
        if row < 0:
            return
        q = self._rows[row]
        old = {"document_id": q.document_id, "page": q.page}
        new = {"document_id": document_id, "page": page if document_id is not None else None}
        if old != new:
            self.push(self.tr("Link question to record"),
                      lambda: self.store.update(question_id, **new),
                      lambda: self.store.update(question_id, **old))

    def add(self, text: str, priority: int = 2, category: str = "other",
            added: Callable[[Question], None] | None = None) -> bool:
        """Add a question unless it is already in the list; False (and the reason said) when
        it is not added. ``added`` gets the new question once it is stored."""
        try:
            self.store.clean({"text": text, "priority": priority, "category": category},
                             partial=True)
        except SecondOpError as exc:
            self.problem.emit(shown_reason(exc))
            return False
        if self.has_text(text):
            self.problem.emit(self.tr("That question is already in your list."))
            return False
        made: list[Question] = []
        words = _words(text)
        self._adding.add(words)
        tell = [added] if added is not None else []  # once: not again after undo and redo

        def redo() -> Question:
            if made:
                return self.store.restore(made[0])
            made.append(self.store.add(text=text, priority=priority, category=category))
            return made[0]

        def stored(question: Question | None) -> None:
            self._adding.discard(words)
            self._synced(question)
            if question is not None and tell:
                tell.pop()(question)

        self.undo_stack.push(WriteCommand(self.tr("Add question"), self.writer, redo,
                                          lambda: self.store.delete(made[0].id), stored))
        return True

    def delete(self, ids: list[int]) -> None:
        if not ids:
            return
        removed: list[Question] = []
        layout: Layout = []

        def redo() -> None:  # on the writer thread, after the edits made before it
            layout[:] = self.store.layout()
            removed[:] = self.store.delete_many(ids)

        def undo() -> None:
            self.store.restore_many(removed)
            self.store.set_layout(layout)

        self.push(self.tr("Delete question") if len(ids) == 1 else
                  self.tr("Delete %n questions", "", len(ids)), redo, undo)

    def move(self, ids: list[int], to_row: int) -> bool:
        """Move questions to sit before ``to_row`` (a drop, or Alt+Up/Down)."""
        before = [(q.id, q.priority) for q in self._rows]
        after = moved_layout(before, ids, to_row)
        if after == before:
            return False
        # The list is shown by priority; a move never changes one behind the patient's back.
        if dict(after) != dict(before):
            moved = next(self._rows[self.row_of(qid)] for qid in ids)
            self.problem.emit(self.tr(
                "“{question}” is listed under “{priority}”. To move it into another group, "
                "change its priority.").format(question=moved.text,
                                               priority=priority_label(moved.priority)))
            return False
        self.push(self.tr("Move question"), lambda: self.store.set_layout(after),
                  lambda: self.store.set_layout(before))
        return True

    def push(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> None:
        """One undo step: written in the background, then the list is read again."""
        self.undo_stack.push(WriteCommand(text, self.writer, redo, undo, self._synced))

    def _synced(self, _result: object = None) -> None:
        self.sync()
        self.changed.emit()

    # -- keeping in step with the store --------------------------------------------------------
    def sync(self) -> None:
        """Re-read the store; rows are removed, moved and inserted, not reset."""
        fresh = self.store.entries()
        fresh_ids = {q.id for q in fresh}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in fresh_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        kept_ids = {q.id for q in self._rows}
        kept = [q for q in fresh if q.id in kept_ids]
        self.layoutAboutToBeChanged.emit()
        new_row = {q.id: i for i, q in enumerate(kept)}
        old_ids = [q.id for q in self._rows]
        for index in self.persistentIndexList():
            target = new_row[old_ids[index.row()]]
            self.changePersistentIndex(index, self.index(target, index.column()))
        self._rows = kept
        self.layoutChanged.emit()
        for row, q in enumerate(fresh):
            if q.id not in kept_ids:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, q)
                self.endInsertRows()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(HEADERS) - 1))

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.store.entries()
        self.endResetModel()

    # -- drag and drop -------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps([self._rows[r].id for r in rows]).encode())
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: _Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        ids = ids_from_mime(data)
        if row < 0:  # dropped onto a row: take its place; onto empty space: go last
            row = parent.row() if parent.isValid() else len(self._rows)
        self.move(ids, row)
        return False  # the move is done; the view must not remove the dragged rows


def priority_label(priority: int) -> str:
    """"Must ask", … in the app's language (the Questions screen marks them, "QuestionLabels")."""
    return QCoreApplication.translate("QuestionLabels", PRIORITY_LABELS[priority])


def category_label(category: str) -> str:
    """A category's name in the app's language ("QuestionLabels"); an unknown one as it is."""
    label = CATEGORIES.get(category)
    return QCoreApplication.translate("QuestionLabels", label) if label else category


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def ids_from_mime(data: QMimeData) -> list[int]:
    try:
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in ids if isinstance(i, int)]


def _questions(proxy: QSortFilterProxyModel) -> QuestionsModel:
    model = proxy.sourceModel()
    assert isinstance(model, QuestionsModel)  # the filters below sit on the question list only
    return model



@dataclass(frozen=True)
class Cell:
    """What every column's functions read: the model (titles, top questions), the question and
    its row."""

    model: QuestionsModel
    q: Question
    row: int


@dataclass(frozen=True)
class Column:
    """One column, declared once: what it shows, sorts by and edits (None: nothing)."""

    display: Callable[[Cell], Any] = lambda _cell: None
    sort: Callable[[Cell], Any] = lambda _cell: None
    edit: Callable[[Cell], Any] = lambda _cell: None


COLUMNS: dict[int, Column] = {
    COL_NUMBER: Column(
        display=lambda c: f"★ {c.row + 1}" if c.model.is_top(c.row) else str(c.row + 1),
        sort=lambda c: c.row),
    COL_ASKED: Column(sort=lambda c: int(c.q.asked), edit=lambda c: c.q.asked),
    COL_TEXT: Column(display=lambda c: c.q.text, sort=lambda c: c.q.text.lower(),
                     edit=lambda c: c.q.text),
    COL_PRIORITY: Column(display=lambda c: priority_label(c.q.priority),
                         sort=lambda c: c.q.priority, edit=lambda c: c.q.priority),
    COL_CATEGORY: Column(display=lambda c: category_label(c.q.category),
                         sort=lambda c: c.q.category, edit=lambda c: c.q.category),
    COL_RECORD: Column(display=lambda c: c.model.link_text(c.q),
                       sort=lambda c: c.model.link_text(c.q).lower()),
    COL_ANSWER: Column(display=lambda c: c.q.answer, sort=lambda c: c.q.answer.lower(),
                       edit=lambda c: c.q.answer),
    COL_BY: Column(display=lambda c: c.q.answered_by, sort=lambda c: c.q.answered_by.lower(),
                   edit=lambda c: c.q.answered_by),
}
_NO_COLUMN = Column()


def _column(col: int) -> Column:
    return COLUMNS.get(col, _NO_COLUMN)


def _check_state(c: Cell, col: int) -> Qt.CheckState | None:
    if col != COL_ASKED:
        return None
    return Qt.CheckState.Checked if c.q.asked else Qt.CheckState.Unchecked


def _font(c: Cell, col: int) -> QFont | None:
    """A record link is underlined; a must-ask question's number and text are bold."""
    if col == COL_RECORD and c.q.document_id is not None:
        font = QFont()
        font.setUnderline(True)
        return font
    if col in (COL_NUMBER, COL_TEXT) and c.q.priority == 1:
        font = QFont()
        font.setBold(True)
        return font
    return None


# What each role asks of a cell; a role not here has no data.
_ROLES: dict[int, Callable[[Cell, int], Any]] = {
    QuestionRole: lambda c, _col: c.q,
    LinkRole: lambda c, _col: None if c.q.document_id is None else (c.q.document_id, c.q.page),
    SortRole: lambda c, col: _column(col).sort(c),
    Qt.ItemDataRole.DisplayRole: lambda c, col: _column(col).display(c),
    Qt.ItemDataRole.EditRole: lambda c, col: _column(col).edit(c),
    Qt.ItemDataRole.CheckStateRole: _check_state,
    Qt.ItemDataRole.ToolTipRole: lambda c, col: c.model._tooltip(c, col),
    Qt.ItemDataRole.FontRole: _font,
    Qt.ItemDataRole.ForegroundRole:
        lambda _c, col: QBrush(role_color("link")) if col == COL_RECORD else None,
    Qt.ItemDataRole.TextAlignmentRole:
        lambda _c, col: int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if col == COL_NUMBER else None,
}

class UnansweredFilter(QSortFilterProxyModel):
    """Optionally hides questions already asked or answered; sorts by the raw values."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._only_unanswered = False
        self._words = ""

    @property
    def only_unanswered(self) -> bool:
        return self._only_unanswered

    def set_only_unanswered(self, on: bool) -> None:
        self.beginFilterChange()
        self._only_unanswered = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter_text(self, text: str) -> None:
        """Show only questions (or their answers) holding these words, in any case."""
        self.beginFilterChange()
        self._words = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802
        question = _questions(self).question(row)
        if self._only_unanswered and question.answered:
            return False
        if self._words:
            haystack = f"{question.text} {question.answer}".casefold()
            return all(word in haystack for word in self._words.split())
        return True


class TopQuestionsFilter(QSortFilterProxyModel):
    """Only the questions to ask first, for the box above the list."""

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802
        return _questions(self).is_top(row)

    def filterAcceptsColumn(self, column: int, parent: _Index) -> bool:  # noqa: N802
        return column == COL_TEXT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return f"{index.row() + 1}.  {super().data(index, role)}"
        if role == Qt.ItemDataRole.FontRole:
            return None
        return super().data(index, role)


class SuggestionsModel(QAbstractListModel):
    """Suggested questions of one category; ones already in the list are greyed and ticked."""

    def __init__(self, suggestions: dict[str, list[str]], is_added: Callable[[str], bool],
                 parent=None) -> None:
        super().__init__(parent)
        self.suggestions, self.is_added = suggestions, is_added
        self.category = next(iter(suggestions), "other")

    def set_category(self, category: str) -> None:
        self.beginResetModel()
        self.category = category
        self.endResetModel()

    def items(self) -> list[str]:
        return self.suggestions.get(self.category, [])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self.items()[index.row()]
        if role in (Qt.ItemDataRole.ToolTipRole, SortRole, Qt.ItemDataRole.EditRole) or (
                role == Qt.ItemDataRole.DisplayRole and not self.is_added(text)):
            return text
        if role == Qt.ItemDataRole.DisplayRole and self.is_added(text):
            return f"✓ {text}"  # a mark, not a box: nothing here toggles
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("Already in your list") if self.is_added(text) else \
                self.tr("Double-click or press Add to add it to your questions")
        if role == AddedRole:
            return self.is_added(text)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def refresh(self) -> None:
        if self.items():
            self.dataChanged.emit(self.index(0), self.index(len(self.items()) - 1))
