"""The Requests screen's table: one row per provider asked; overdue rows stand out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...core.requests import STATUSES, RecordsRequest
from ...local_format import date_text
from ...translations import QT_TRANSLATE_NOOP
from ..style import ROLES, role_color
from ..widgets.list_table_model import Index, ListTableModel

COL_PROVIDER, COL_STATUS, COL_ASKED, COL_DUE, COL_MISSING = range(5)
HEADERS = (QT_TRANSLATE_NOOP("RequestsModel", "Provider"),
           QT_TRANSLATE_NOOP("RequestsModel", "Status"),
           QT_TRANSLATE_NOOP("RequestsModel", "Asked"), QT_TRANSLATE_NOOP("RequestsModel", "Due"),
           QT_TRANSLATE_NOOP("RequestsModel", "Still missing"))
# The labels of core/requests.py (English there), shown in the app's language through label():
# what can be asked for, how it was asked (a word inside the status), and the status.
_EXTRACT = [
    QT_TRANSLATE_NOOP("RequestItems", "Visit notes"),
    QT_TRANSLATE_NOOP("RequestItems", "Discharge summaries"),
    QT_TRANSLATE_NOOP("RequestItems", "Imaging reports"),
    QT_TRANSLATE_NOOP("RequestItems", "Imaging on CD/DVD or download"),
    QT_TRANSLATE_NOOP("RequestItems", "Pathology reports"),
    QT_TRANSLATE_NOOP("RequestItems", "Pathology slides/blocks"),
    QT_TRANSLATE_NOOP("RequestItems", "Operative notes"),
    QT_TRANSLATE_NOOP("RequestItems", "Lab results"),
    QT_TRANSLATE_NOOP("RequestItems", "Medication list"),
    QT_TRANSLATE_NOOP("RequestItems", "Other"),
    QT_TRANSLATE_NOOP("RequestMethods", "Letter"),
    QT_TRANSLATE_NOOP("RequestMethods", "Portal"),
    QT_TRANSLATE_NOOP("RequestMethods", "Phone"),
    QT_TRANSLATE_NOOP("RequestMethods", "In person"),
    QT_TRANSLATE_NOOP("RequestStatuses", "To ask"),
    QT_TRANSLATE_NOOP("RequestStatuses", "Asked"),
    QT_TRANSLATE_NOOP("RequestStatuses", "Partly received"),
    QT_TRANSLATE_NOOP("RequestStatuses", "Received"),
    QT_TRANSLATE_NOOP("RequestStatuses", "Refused"),
    QT_TRANSLATE_NOOP("RequestFormats", "Paper copies"),
    QT_TRANSLATE_NOOP("RequestFormats", "CD/DVD"),
    QT_TRANSLATE_NOOP("RequestFormats", "Electronic copies (download or email)"),
]
# How it was asked, as a word inside the status: "Asked (letter)".
METHOD_WORDS = {"letter": QT_TRANSLATE_NOOP("RequestsModel", "letter"),
                "portal": QT_TRANSLATE_NOOP("RequestsModel", "portal"),
                "phone": QT_TRANSLATE_NOOP("RequestsModel", "phone"),
                "in-person": QT_TRANSLATE_NOOP("RequestsModel", "in person")}


def label(context: str, text: str) -> str:
    """A label of core/requests.py in the app's language: context "RequestItems",
    "RequestMethods", "RequestStatuses" or "RequestFormats"."""
    return QCoreApplication.translate(context, text)


def _tr(text: str) -> str:
    """A word marked above (context "RequestsModel") in the app's language."""
    return QCoreApplication.translate("RequestsModel", text)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_TINT = QColor(ROLES["overdue-bg"][0])  # on a light palette (a dark one has its own)



class RequestsModel(ListTableModel):
    """Holds the requests it was last given; ``data`` computes one cell from them, no SQL."""

    headers = HEADERS  # in English; shown in the app's language

    def __init__(self, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RecordsRequest] = []
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_requests(self, requests: list[RecordsRequest]) -> None:
        self.set_rows(requests)

    def request(self, row: int) -> RecordsRequest:
        return self._rows[row]

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def overdue_count(self) -> int:
        return sum(r.overdue(self.today) for r in self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().headerData(section, orientation, role)
        return _tr(value) if isinstance(value, str) else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        overdue = r.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, index.column())
        if role == SORT_ROLE:
            return self._sort(r, index.column())
        if role == ID_ROLE:
            return r.id
        if role == OVERDUE_ROLE:
            return overdue
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return role_color("overdue-bg")  # the theme's: text keeps its contrast on it
        if role == Qt.ItemDataRole.ForegroundRole and overdue and index.column() == COL_DUE:
            return role_color("overdue-ink")
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return QCoreApplication.translate(
                "RequestsModel", "Overdue: the answer was due on {date}.").format(
                date=date_text(r.due))
        return None

    @staticmethod
    def _display(r: RecordsRequest, column: int) -> str:
        if column == COL_PROVIDER:
            return f"{r.provider} – {r.department}" if r.department else r.provider
        if column == COL_STATUS:
            status = label("RequestStatuses", STATUSES.get(r.status, r.status))
            if not r.asked:
                return status
            return QCoreApplication.translate("RequestsModel", "{status} ({method})").format(
                status=status, method=_tr(METHOD_WORDS.get(r.method, r.method)))
        if column == COL_ASKED:
            return date_text(r.asked)
        if column == COL_DUE:
            return date_text(r.due)
        missing = r.missing() if r.status not in ("received", "refused") else []
        return ", ".join(label("RequestItems", i.label) for i in missing)

    @staticmethod
    def _sort(r: RecordsRequest, column: int) -> Any:
        if column == COL_ASKED:
            return r.asked.isoformat() if r.asked else ""
        if column == COL_DUE:
            return r.due.isoformat() if r.due else "9999"
        if column == COL_STATUS:
            return list(STATUSES).index(r.status) if r.status in STATUSES else 99
        return RequestsModel._display(r, column).casefold()
