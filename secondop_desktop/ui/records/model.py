"""The records list as an item model, and the proxy that filters it by kind and search words.

Besides each record's details, the model holds what was learnt from the text off the GUI thread:
the identity warning of a record that names another patient (its own narrow column, and in the
title's tooltip and accessible text) and, while the search box is used, the page and snippet where
the words were found. Painting reads only these; it never asks the vault.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...core.documents import KIND_LABELS, Document
from ...core.ocr.search import SearchHit
from ...translations import QT_TRANSLATE_NOOP
from ..identity_question import identity_question

# FLAG (another patient named in the text) comes last among the columns, whatever its place on
# screen, so that the older columns keep their numbers.
TITLE, KIND, DATE, PROVIDER, PAGES, FLAG = range(6)
FLAG_HEADER_TIP = QT_TRANSLATE_NOOP("RecordsModel", "Records whose text names another patient")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw values: dates as ISO text, pages as int
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 3
WARNING_ROLE = Qt.ItemDataRole.UserRole + 4  # "Is this your record? This page names …" or None
HIT_ROLE = Qt.ItemDataRole.UserRole + 5  # the search's SearchHit (page, marked snippet) or None
FOUND_ROLE = Qt.ItemDataRole.UserRole + 6  # "p. 2: …the words…" while searching, else None
MARKS = ("<b>", "</b>")  # around the matched words in a hit's snippet
# The roles that change with what the text says (a warning, a search hit), not with the details.
TEXT_ROLES = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
              Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE, WARNING_ROLE, HIT_ROLE, FOUND_ROLE]

Index = QModelIndex | QPersistentModelIndex
IconFor = Callable[[Document], QIcon | None]

SCATTERED_RUNS = 16  # more runs of rows than this leave the list in one reset


FILE_DATE_TIP = QT_TRANSLATE_NOOP(
    "RecordsModel", "File date: when the file was made, not necessarily the date of service. "
    "Type the date of service in the details to replace it.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordsModel", text)


def list_date(doc: Document) -> str:
    """"01 Mar 2024", the month as the app's language names it (a file date is set in italics
    in the list: "(file)" after it would not fit its column)."""
    if doc.record_date is None:
        return "—"
    return QLocale().toString(QDate(doc.record_date), "dd MMM yyyy")


def display_date(doc: Document) -> str:
    """The list's date, and where it is a file date, said so."""
    date = list_date(doc)
    if doc.record_date is None or not doc.has_file_date:
        return date
    return QCoreApplication.translate("RecordsModel", "{date} (file)").format(date=date)


def sentence(text: str) -> str:
    """A line read out after another needs its full stop (a screen reader pauses there)."""
    return text if text.endswith((".", "?", "!", "…")) else f"{text}."


def plain_snippet(snippet: str) -> str:
    return snippet.replace(MARKS[0], "").replace(MARKS[1], "")


def found_text(hit: SearchHit) -> str:
    """Where the search found the words: "p. 2: …creatinine 142 µmol/L…"."""
    return QCoreApplication.translate("RecordsModel", "p. {page}: {snippet}").format(
        page=hit.page, snippet=plain_snippet(hit.snippet))


class RecordsModel(QAbstractTableModel):
    """One row per document. Thumbnails come from ``icon_for`` (lazy: asked only when painted)."""

    def __init__(self, icon_for: IconFor | None = None, parent=None,
                 warning_icon: QIcon | None = None) -> None:
        super().__init__(parent)
        self._docs: list[Document] = []
        self._rows: dict[int, int] = {}
        self._icon_for = icon_for
        self._warning_icon = warning_icon
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._warnings: dict[int, str] = {}  # document id -> the identity warning's reason
        self._hits: dict[int, SearchHit] = {}  # the search's hits, best first
        self._ranks: dict[int, int] = {}  # document id -> its place among the hits
        self._searching = False
        self._column_chosen = False  # a header was clicked during this search: no ranking

    # -- contents ------------------------------------------------------------------------------
    def set_documents(self, docs: Iterable[Document]) -> None:
        self.beginResetModel()
        self._docs = list(docs)
        if self.ranked:
            self._docs.sort(key=self._rank)
        elif self._sort_column >= 0:
            column, reverse = self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder
            self._docs.sort(key=lambda doc: self._sort_value(doc, column), reverse=reverse)
        self._reindex()
        self.endResetModel()

    def add_document(self, doc: Document) -> None:
        if doc.id in self._rows:
            self.update_document(doc)
            return
        row = len(self._docs)
        self.beginInsertRows(QModelIndex(), row, row)
        self._docs.append(doc)
        self._rows[doc.id] = row
        self.endInsertRows()

    def add_documents(self, docs: Iterable[Document]) -> None:
        """Append many (an import's batch) in one insert; known ones are updated instead."""
        new: dict[int, Document] = {}
        for doc in docs:
            if doc.id in self._rows:
                self.update_document(doc)
            else:
                new[doc.id] = doc
        if not new:
            return
        first = len(self._docs)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._docs.extend(new.values())
        for row, doc_id in enumerate(new, start=first):
            self._rows[doc_id] = row
        self.endInsertRows()

    def update_document(self, doc: Document) -> None:
        row = self._rows.get(doc.id)
        if row is None:
            return
        self._docs[row] = doc
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def remove_document(self, doc_id: int) -> None:
        row = self._rows.get(doc_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._docs[row]
        self._reindex()
        self.endRemoveRows()

    def remove_documents(self, doc_ids: Iterable[int]) -> None:
        """Remove many (500 moved to the trash) in one removal per run of adjacent rows, from
        the bottom up, or in one reset when they lie scattered: one by one, the list took
        seconds to follow."""
        gone = {doc_id for doc_id in doc_ids if doc_id in self._rows}
        runs: list[tuple[int, int]] = []  # (first, last), from the bottom up
        for row in sorted((self._rows[doc_id] for doc_id in gone), reverse=True):
            if runs and runs[-1][0] == row + 1:
                runs[-1] = (row, runs[-1][1])
            else:
                runs.append((row, row))
        if len(runs) > SCATTERED_RUNS:
            self.set_documents_kept(lambda doc: doc.id not in gone)
            return
        for first, last in runs:
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._docs[first:last + 1]
            self._reindex()
            self.endRemoveRows()

    def set_documents_kept(self, keep: Callable[[Document], bool]) -> None:
        """Keep the rows ``keep`` says, in their order, in one reset."""
        self.beginResetModel()
        self._docs = [doc for doc in self._docs if keep(doc)]
        self._reindex()
        self.endResetModel()

    def thumbnail_ready(self, doc_id: int) -> None:
        row = self._rows.get(doc_id)
        if row is not None:
            index = self.index(row, TITLE)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- what the text says --------------------------------------------------------------------
    def set_warnings(self, warnings: dict[int, str]) -> None:
        """Identity warnings (document id -> reason), as loaded in the background."""
        changed = set(warnings.items()) ^ set(self._warnings.items())
        self._warnings = dict(warnings)
        self._rows_changed({doc_id for doc_id, _reason in changed})

    def warning(self, doc_id: int) -> str | None:
        return self._warnings.get(doc_id)

    def set_found(self, hits: dict[int, SearchHit]) -> bool:
        """The search box's full-text hits, best first: each row shows its page and snippet,
        and the list is ranked best first unless a header was clicked during this search.
        Returns whether the rows were reordered (a filter over them looks at every row)."""
        before = set(self._hits)
        self._hits = dict(hits)
        self._ranks = {doc_id: rank for rank, doc_id in enumerate(hits)}
        self._searching = True
        if self.ranked:  # every row is laid out (and so repainted and filtered) anew
            self._reorder(self._rank)
            return True
        self._rows_changed(before | set(hits))
        return False

    def clear_found(self) -> None:
        """The search box was cleared: the list goes back to its column's order."""
        before = set(self._hits)
        self._hits, self._ranks = {}, {}
        self._searching = self._column_chosen = False
        self._rows_changed(before)
        self.resort()

    @property
    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column the patient sorts by (and its order), ranked or not."""
        return self._sort_column, self._sort_order

    @property
    def ranked(self) -> bool:
        """Rows stand best match first (a search is on and no header was clicked during it)."""
        return self._searching and bool(self._hits) and not self._column_chosen

    @property
    def _rank(self) -> Callable[[Document], int]:
        """Sort key: the position among the hits; records found by their details alone come
        after them. A plain lambda over locals: it runs for every row at each search."""
        ranks, last = self._ranks, len(self._ranks)
        return lambda doc: ranks.get(doc.id, last)

    def _rows_changed(self, ids: set[int]) -> None:
        """What the text says changed for these records: their rows repaint. Row by row, and
        naming the roles, so that the filter looks again at these rows only and keeps what it
        knows of each record's details."""
        for doc_id in ids:
            row = self._rows.get(doc_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1),
                                      TEXT_ROLES)

    # -- order ---------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in one Python sort: 10,000 rows in milliseconds, not a Qt comparison per
        pair calling back into Python. Selections and the current row follow their documents.
        During a search this is the patient's choice of a column over the ranking."""
        self._sort_column, self._sort_order = column, order
        if self._searching:
            self._column_chosen = True
        self._reorder(lambda doc: self._sort_value(doc, column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _reorder(self, key: Callable[[Document], Any], reverse: bool = False) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._docs[i.row()].id if 0 <= i.row() < len(self._docs) else None
                   for i in old]
        self._docs.sort(key=key, reverse=reverse)
        self._reindex()
        new = [self.index(self._rows[doc_id], i.column()) if doc_id in self._rows
               else QModelIndex() for i, doc_id in zip(old, old_ids, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def resort(self) -> None:
        """Sort again (after rows were appended by an import): best match first while ranked,
        else by the last column."""
        if self.ranked:
            self._reorder(self._rank)
        elif self._sort_column >= 0:
            self._reorder(lambda doc: self._sort_value(doc, self._sort_column),
                          reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _reindex(self) -> None:
        self._rows = {doc.id: row for row, doc in enumerate(self._docs)}

    def row_of(self, doc_id: int) -> int:
        return self._rows.get(doc_id, -1)

    def document(self, row: int) -> Document:
        return self._docs[row]

    def documents(self) -> list[Document]:
        return list(self._docs)

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(HEADERS[section]) if HEADERS[section] else ""
            if section == FLAG and role in (Qt.ItemDataRole.ToolTipRole,
                                            Qt.ItemDataRole.AccessibleTextRole):
                return _tr(FLAG_HEADER_TIP)
            if role == Qt.ItemDataRole.TextAlignmentRole and section == PAGES:
                return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell for ``role``: per role, one function over the record and the column
        (``_ROLES`` below; the columns' text and sort values are declared once, in ``COLUMNS``)."""
        cell = _ROLES.get(role)
        if cell is None or not index.isValid() or not (0 <= index.row() < len(self._docs)):
            return None
        return cell(self, self._docs[index.row()], index.column())

    def _warning_question(self, doc: Document) -> str | None:
        reason = self._warnings.get(doc.id)
        return identity_question(reason) if reason else None

    def _found_text(self, doc: Document) -> str | None:
        hit = self._hits.get(doc.id)
        return found_text(hit) if hit else None

    def _decoration(self, doc: Document, column: int) -> Any:
        if column == FLAG:
            return self.warning_icon() if doc.id in self._warnings else None
        return self._icon_for(doc) if column == TITLE and self._icon_for else None

    def _tooltip(self, doc: Document, column: int) -> str | None:
        if column == FLAG:
            return self._warning_question(doc)
        if column == TITLE:
            return "\n".join(self._about(doc, [doc.title, doc.original_name]))
        if column == DATE and doc.has_file_date:
            return _tr(FILE_DATE_TIP)
        if column == PROVIDER and doc.provider:
            return doc.provider  # elided in a narrow column
        return None

    def _accessible_text(self, doc: Document, column: int) -> str | None:
        if column == FLAG:
            return self._warning_question(doc)
        if column == DATE and doc.has_file_date:
            return display_date(doc)  # what the italics say to the eye
        if column == TITLE:
            about = self._about(doc, [doc.title])
            return " ".join(map(sentence, about)) if len(about) > 1 else None  # else the title
        return None

    def _about(self, doc: Document, lines: list[str]) -> list[str]:
        """A record's own lines with the warning before them and where the search found it
        after: the title's tooltip (the grid shows no other column) and its accessible text."""
        reason = self._warnings.get(doc.id)
        hit = self._hits.get(doc.id)
        return ([identity_question(reason)] if reason else []) + lines + \
            ([found_text(hit)] if hit else [])

    def warning_icon(self) -> QIcon:
        """The platform's standard warning sign (made once, on first use)."""
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def _sort_value(self, doc: Document, column: int) -> Any:
        if column == FLAG:
            return 0 if doc.id in self._warnings else 1  # flagged records first
        return COLUMNS[column].sort(doc)


@dataclass(frozen=True)
class Column:
    """One column, declared once: its header, its text and its raw value for sorting."""

    header: str
    display: Callable[[Document], str]
    sort: Callable[[Document], Any]


def kind_name(kind: str) -> str:
    """A record kind as the app's language names it (core.documents.KIND_LABELS, shown in the
    context "RecordKinds")."""
    return QCoreApplication.translate("RecordKinds", KIND_LABELS.get(kind, kind))


# Headers shown translated in "RecordsModel".
COLUMNS: dict[int, Column] = {
    TITLE: Column(QT_TRANSLATE_NOOP("RecordsModel", "Title"), lambda doc: doc.title,
                  lambda doc: doc.title.casefold()),
    KIND: Column(QT_TRANSLATE_NOOP("RecordsModel", "Kind"), lambda doc: kind_name(doc.kind),
                 lambda doc: doc.kind),
    DATE: Column(QT_TRANSLATE_NOOP("RecordsModel", "Date"), list_date,
                 lambda doc: doc.record_date.isoformat() if doc.record_date else ""),
    PROVIDER: Column(QT_TRANSLATE_NOOP("RecordsModel", "Provider"), lambda doc: doc.provider,
                     lambda doc: doc.provider.casefold()),
    PAGES: Column(QT_TRANSLATE_NOOP("RecordsModel", "Pages"), lambda doc: str(doc.pages),
                  lambda doc: doc.pages),
    FLAG: Column("", lambda _doc: "", lambda _doc: 1),  # sorted by the model: it knows the flags
}
HEADERS = tuple(COLUMNS[column].header for column in range(len(COLUMNS)))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@functools.cache
def _file_date_font() -> QFont:
    """Italics, and only that: the view's own font gives the rest (made once an app exists)."""
    italic = QFont()
    italic.setItalic(True)
    return italic



# What each role asks of a record's cell; a role not here has no data.
_ROLES: dict[int, Callable[[RecordsModel, Document, int], Any]] = {
    Qt.ItemDataRole.DisplayRole: lambda _m, doc, column: COLUMNS[column].display(doc),
    SORT_ROLE: lambda m, doc, column: m._sort_value(doc, column),
    ID_ROLE: lambda _m, doc, _column: doc.id,
    DOCUMENT_ROLE: lambda _m, doc, _column: doc,
    WARNING_ROLE: lambda m, doc, _column: m._warning_question(doc),
    HIT_ROLE: lambda m, doc, _column: m._hits.get(doc.id),
    FOUND_ROLE: lambda m, doc, _column: m._found_text(doc),
    Qt.ItemDataRole.DecorationRole: lambda m, doc, column: m._decoration(doc, column),
    Qt.ItemDataRole.ToolTipRole: lambda m, doc, column: m._tooltip(doc, column),
    Qt.ItemDataRole.AccessibleTextRole: lambda m, doc, column: m._accessible_text(doc, column),
    Qt.ItemDataRole.TextAlignmentRole: lambda _m, _doc, column: _RIGHT if column == PAGES else None,
    Qt.ItemDataRole.FontRole: lambda _m, doc, column: _file_date_font() if column == DATE
    and doc.has_file_date else None,
}


def search_haystack(doc: Document) -> str:
    """The details a search box looks through for one document, lower-cased once (its kind in
    English and in the app's language)."""
    parts = [doc.title, doc.notes, ", ".join(doc.tags), doc.provider, doc.body_part,
             doc.original_name, KIND_LABELS.get(doc.kind, doc.kind), kind_name(doc.kind)]
    return "\n".join(parts).casefold()


class RecordsFilter(QSortFilterProxyModel):
    """Kind filter and word search: the details here, the text (PDF and OCR) by the full-text
    search on a worker thread, whose answer arrives as ``set_text_hits``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._query = ""
        self._words: list[str] = []  # the query's words, lower-cased once
        self._records = RecordsModel()  # the source, typed (until setSourceModel)
        self._haystacks: dict[int, str] = {}
        self._matched: set[int] = set()  # records whose details hold every word typed
        self._text_hits: set[int] = set()  # records the full-text search found (scans too)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)  # re-filters edited rows; sorting is the source's

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt's name
        assert isinstance(model, RecordsModel)  # filterAcceptsRow reads its documents directly
        self._records = model
        # Connected first, so the cache is cleared before the proxy filters the changed rows.
        model.dataChanged.connect(self._forget_rows)
        model.modelReset.connect(self._forget_all)
        super().setSourceModel(model)

    def _forget_all(self) -> None:
        self._haystacks.clear()
        self._matched.clear()

    def _forget_rows(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        """An edited document is searched afresh (a new thumbnail or a warning changes none of
        what is searched)."""
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return
        model = self.sourceModel()
        for row in range(top_left.row(), bottom_right.row() + 1):
            doc_id = model.data(model.index(row, 0), ID_ROLE)
            self._haystacks.pop(doc_id, None)
            self._matched.discard(doc_id)

    def set_haystacks(self, haystacks: dict[int, str]) -> None:
        """What ``search_haystack`` gives for each record, made off the GUI thread."""
        self._haystacks.update(haystacks)
        self._matched |= self._matching(haystacks)

    def _matching(self, haystacks: dict[int, str]) -> set[int]:
        """The records among ``haystacks`` whose details hold every word typed: one pass per
        word over the records still in, not one call per row for each filter pass."""
        if not self._words:
            return set()
        matched: Iterable[int] = haystacks
        for word in self._words:
            matched = {doc_id for doc_id in matched if word in haystacks[doc_id]}
        return set(matched)

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._kind = kind or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, query: str, text_hits: set[int] | None = None,
                   refilter: bool = True) -> None:
        """Filter by the words typed (and, given, the records the full-text search found for
        them): one pass over the rows for both. ``refilter=False`` as in ``set_text_hits``."""
        if refilter:
            self.beginFilterChange()
        self._query = query.strip()
        words = self._query.casefold().split()
        if words != self._words:
            self._words = words
            self._matched = self._matching(self._haystacks)
        if text_hits is not None:
            self._text_hits = set(text_hits)
        if refilter:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text_hits(self, ids: set[int], refilter: bool = True) -> None:
        """The records the full-text search found. ``refilter=False`` when the source is about
        to reorder its rows, which filters every row anyway: one pass over 10,000 rows, not
        two."""
        if not refilter:
            self._text_hits = set(ids)
            return
        self.beginFilterChange()
        self._text_hits = set(ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (fast); this proxy keeps its order and only filters."""
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._kind and not self._query:
            return True  # the common case, asked for every row of a 10,000-record vault
        # Straight from the list, not through a QModelIndex: asked for every row at each key.
        doc = self._records.document(source_row)
        if self._kind and doc.kind != self._kind:
            return False
        if not self._query:
            return True
        if doc.id in self._matched or doc.id in self._text_hits:
            return True
        if doc.id in self._haystacks:
            return False  # looked through already for these words
        haystack = search_haystack(doc)  # new or edited since
        self._haystacks[doc.id] = haystack
        if all(word in haystack for word in self._words):
            self._matched.add(doc.id)
            return True
        return False

    def document_at(self, index: Index) -> Document | None:
        return self.data(index, DOCUMENT_ROLE) if index.isValid() else None
