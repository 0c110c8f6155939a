"""What the Records screen learns from a record's text: the filing suggested from it (marked as a
suggestion above the details until used or dismissed), the warning when it names another
patient, and the full-text search over scans and PDF text."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.documents import Document
from ...core.ocr.findings import Findings, findings, open_changes
from ...core.ocr.search import SearchHit, matching_ids, search
from ...core.vault import Vault
from ...local_format import date_text, partial_date_text
from ...translations import QT_TRANSLATE_NOOP, shown_reason
from ..identity_question import identity_question
from ..operations import Cancelled
from .model import kind_name

STOP_CHECK_STEPS = 2000  # SQLite virtual-machine steps between looks at the stop event
# Suggested value -> the details field it fills (shown translated in "FindingsPanel").
FIELDS = {"record_date": QT_TRANSLATE_NOOP("FindingsPanel", "Date"),
          "provider": QT_TRANSLATE_NOOP("FindingsPanel", "Provider"),
          "kind": QT_TRANSLATE_NOOP("FindingsPanel", "Kind"),
          "title": QT_TRANSLATE_NOOP("FindingsPanel", "Title")}


def load_findings(vault: Vault) -> dict[int, Findings]:
    """On a worker thread (with its own connection): every record's suggestions and identity
    warning."""
    profile = vault.patient.get()
    return findings(vault.db.conn, profile.name, profile.dob)


def dated_from_text(vault: Vault) -> list[Document]:
    """On a worker thread: the records whose date of service was read from their text."""
    return [doc for doc in vault.documents.records(trashed=None) if doc.has_text_date]


def search_text(vault: Vault, query: str, stop: threading.Event | None = None
                ) -> tuple[set[int], dict[int, SearchHit]]:
    """On a worker thread: every record whose pages hold every word, and the best ones' best
    page with a snippet. Setting ``stop`` (the patient typed on) ends it mid-query."""
    conn = vault.db.conn
    if stop is not None:  # SQLite asks this every few thousand steps; non-zero interrupts
        conn.set_progress_handler(lambda: int(stop.is_set()), STOP_CHECK_STEPS)
    try:
        hits = {hit.id: hit for hit in search(conn, query, mark=("<b>", "</b>"))}
        return matching_ids(conn, query), hits
    except sqlite3.OperationalError as error:
        if stop is not None and stop.is_set():
            raise Cancelled() from error
        raise
    finally:
        if stop is not None:
            conn.set_progress_handler(None, 0)


class FindingsPanel(QWidget):
    """Above the details: the identity warning (red) and the suggestions with Use / Dismiss."""

    use = Signal(int, dict)  # document id, {field: value}
    dismiss = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_id: int | None = None
        self.changes: dict[str, str] = {}
        self._date_before = ""
        self.warning = QLabel()
        self.warning.setObjectName("identityWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.unread = QLabel()
        self.unread.setObjectName("unreadPages")
        self.unread.setWordWrap(True)
        self.text_date = QLabel()
        self.text_date.setObjectName("dateFromText")
        self.text_date.setWordWrap(True)
        self.undo_date_button = QPushButton()
        self.undo_date_button.clicked.connect(self._undo_text_date)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestedFiling")
        self.suggestion.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use"))
        self.use_button.clicked.connect(
            lambda: self.document_id is not None and self.use.emit(self.document_id,
                                                                   dict(self.changes)))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(
            lambda: self.document_id is not None and self.dismiss.emit(self.document_id))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.unread)
        dated = QHBoxLayout()
        dated.addWidget(self.text_date, 1)
        dated.addWidget(self.undo_date_button)
        layout.addLayout(dated)
        layout.addWidget(self.suggestion)
        layout.addLayout(buttons)
        self.show_for(None, None)

    def show_for(self, doc: Document | None, found: Findings | None) -> None:
        self.document_id = doc.id if doc else None
        self.changes = open_changes(doc, found) if doc else {}
        warning = found.identity_warning if (doc and found) else None
        self.warning.setText(identity_question(warning) if warning else "")
        self.warning.setVisible(bool(warning))
        lines = [self.tr("{field}: {value}").format(field=self.tr(FIELDS[k]),
                                                    value=kind_name(v) if k == "kind" else v)
                 for k, v in self.changes.items()]
        self.suggestion.setText(self.tr("Suggested from the text — {fields}").format(
            fields="; ".join(lines)) if lines else "")
        for widget in (self.suggestion, self.use_button, self.dismiss_button):
            widget.setVisible(bool(lines))
        unread = found.unread_pages if (doc and found) else ()
        self.unread.setText("\n".join(
            self.tr("Page %1 could not be read: %2. It is shown and packed as it is, but its "
                    "words cannot be searched.").replace("%1", str(page))
            .replace("%2", shown_reason(reason))
            for page, reason in unread))
        self.unread.setVisible(bool(unread))
        from_text = self._show_text_date(doc)
        self.setVisible(bool(warning or lines or unread or from_text))

    def _show_text_date(self, doc: Document | None) -> bool:
        """A date of service read from the text in place of the file date: said, and the
        file date one click away (the patient's choice from then on)."""
        self._date_before = doc.date_before_text if doc is not None else ""
        shown = doc is not None and doc.has_text_date
        if shown and doc is not None and doc.record_date is not None:
            self.text_date.setText(self.tr("Date of service read from the text: %1.")
                                   .replace("%1", date_text(doc.record_date)))
            self.undo_date_button.setText(
                self.tr("Use the file date (%1)").replace(
                    "%1", partial_date_text(self._date_before))
                if self._date_before else self.tr("Leave it undated"))
        for widget in (self.text_date, self.undo_date_button):
            widget.setVisible(shown)
        return shown

    def _undo_text_date(self) -> None:
        if self.document_id is not None:
            self.use.emit(self.document_id, {"record_date": self._date_before})
