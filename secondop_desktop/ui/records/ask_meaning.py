"""Ask what this means: select words of a record's page (its PDF text or what reading the scan
found) or of a search snippet, and add "What does '…' mean?" to the questions, in the category
diagnosis, linked to that record and page."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SecondOpError
from ...core.meaning import Box, ask_meaning, meaning_question, words_in_box
from ...core.ocr.store import page_text
from ...translations import shown_reason
from ..operations import Changes, WriteOp
from .model import MARKS, plain_snippet


@dataclass(frozen=True)
class PageWords:
    """The text of one page of a record, to select words from."""

    document_id: int
    page: int  # 1-based
    title: str
    text: str
    selected: str = ""  # words selected to begin with (the search's match)


def read_page_words(vault, document_id: int, page: int, title: str) -> PageWords:
    """The page's text (PDF text layer or OCR); the record's whole text when the page was not
    read on its own yet. Runs off the GUI thread."""
    known = page_text(vault.db.conn, document_id, page - 1)
    text = known.text if known is not None else ""
    if not text.strip():
        rows = vault.db.query("SELECT text FROM document_text WHERE document_id = ?",
                              (document_id,))
        text = rows[0]["text"] if rows else ""
    return PageWords(document_id, page, title, text)


def dragged_words(vault, document_id: int, page: int, title: str, text: str,
                  box: Box) -> PageWords:
    """The words dragged over on the preview: the PDF's own text there, else the words that
    reading the scan found in the box; with the page's text around them."""
    words = read_page_words(vault, document_id, page, title)
    phrase = " ".join(text.split())
    if not phrase:
        known = page_text(vault.db.conn, document_id, page - 1)
        phrase = words_in_box(known, box) if known is not None else ""
    return replace(words, text=words.text or phrase, selected=phrase)


def snippet_words(document_id: int, page: int, title: str, snippet: str) -> PageWords:
    """A search hit's snippet, its matched words selected."""
    marked = re.findall(re.escape(MARKS[0]) + "(.*?)" + re.escape(MARKS[1]), snippet)
    return PageWords(document_id, page, title, plain_snippet(snippet).strip("…").strip(),
                     " ".join(marked))


class AskMeaningDialog(QDialog):
    """The page's words, selectable; "Ask what this means" adds the question."""

    def __init__(self, vault, services, words: PageWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.services, self.words = vault, services, words
        self.added: str = ""  # the question added, once it is
        self.setWindowTitle(self.tr("Ask what this means"))
        where = QLabel(self.tr("{title}, page {page}: select the words you want explained.")
                       .format(title=words.title, page=words.page))
        where.setWordWrap(True)
        self.text = QPlainTextEdit(words.text)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the page"))
        self.preview = QLabel("")
        self.preview.setWordWrap(True)
        self.ask_button = QPushButton(self.tr("Ask what this means"))
        self.ask_button.setDefault(True)
        self.ask_button.clicked.connect(self.ask)
        self.ask_action = QAction(self.tr("Ask what this means"), self)
        self.ask_action.triggered.connect(self.ask)
        self.text.selectionChanged.connect(self._selection_changed)
        self.text.customContextMenuRequested.connect(self._context_menu)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.ask_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.select(words.selected)
        self._selection_changed()

    def select(self, phrase: str) -> None:
        """Select the first place the phrase occurs (the words the search found)."""
        if not phrase:
            return
        start = self.text.toPlainText().casefold().find(phrase.casefold())
        if start < 0:
            return
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def selected(self) -> str:
        # Qt puts U+2029 between paragraphs of a selection
        return self.text.textCursor().selectedText().replace("\u2029", " ")

    def _selection_changed(self) -> None:
        try:
            question = meaning_question(self.selected())
        except SecondOpError as exc:
            self.preview.setText(shown_reason(exc))
            enabled = False
        else:
            self.preview.setText(self.tr("Adds the question: {question}").format(
                question=question))
            enabled = True
        self.ask_button.setEnabled(enabled)
        self.ask_action.setEnabled(enabled)

    def _context_menu(self, position) -> None:
        menu = self.text.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        if first is not None:
            menu.insertAction(first, self.ask_action)
            menu.insertSeparator(first)
        else:
            menu.addAction(self.ask_action)
        menu.exec(self.text.mapToGlobal(position))

    def ask(self) -> None:
        phrase, vault, words = self.selected(), self.vault, self.words

        def added(result) -> None:
            question, new = result
            self.added = question.text
            note = (self.tr("Added to your questions: {question}") if new else
                    self.tr("Already among your questions: {question}"))
            self.preview.setText(note.format(question=question.text))
            self.ask_button.setEnabled(False)

        WriteOp(self.services, self,
                lambda _ctx: ask_meaning(vault.questions, phrase, words.document_id,
                                         words.page),
                Changes(questions=True), added,
                title=self.tr("Ask what this means")).run_in_background()
