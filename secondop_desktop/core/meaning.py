"""Asking what a word means: a question about words found in a record, linked to its page.

Patients meet words in their reports they do not know ("Hürthle cell"); asking the specialist
what they mean is one of the most useful questions at a visit.
"""

from __future__ import annotations

import re

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .ocr.store import PageText
from .questions import Question, QuestionStore

MAX_WORDS = 12  # more than a phrase is a passage: the patient should ask in their own words
_TRIM = " \t\r\n.,;:!?()[]{}\"'“”‘’«»*•·-–—"


def selected_phrase(text: str) -> str:
    """The words selected, on one line, without the punctuation a selection drags along."""
    phrase = re.sub(r"\s+", " ", text or "").strip(_TRIM)
    if not phrase:
        raise ValidationError(QT_TRANSLATE_NOOP("Reason", "Select a word or a few words first."))
    if len(phrase.split()) > MAX_WORDS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "Select a few words (at most {max_words}) to ask what they mean."),
            max_words=MAX_WORDS)
    return phrase


def meaning_question(text: str) -> str:
    return f"What does '{selected_phrase(text)}' mean?"


def ask_meaning(questions: QuestionStore, text: str, document_id: int | None = None,
                page: int | None = None) -> tuple[Question, bool]:
    """Add "What does '…' mean?" (category diagnosis) linked to the record and page; a
    question already on the list is returned as it is. Returns (question, added)."""
    values: dict[str, object] = {"category": "diagnosis", "priority": 2}
    if document_id is not None:
        values.update(document_id=document_id, page=page or 1)
    return questions.add_unique(meaning_question(text), **values)


Box = tuple[float, float, float, float]  # x, y, width, height as fractions of the page


def words_in_box(page: PageText, box: Box) -> str:
    """The words of a read page whose middle lies in ``box`` (dragged over the page shown
    upright), in reading order; '' when the page has no word boxes (a PDF's own text)."""
    if page.width <= 0 or page.height <= 0:
        return ""
    x0, y0 = box[0] * page.width, box[1] * page.height
    x1, y1 = x0 + box[2] * page.width, y0 + box[3] * page.height
    picked = [w.text for w in page.words
              if x0 <= (w.box[0] + w.box[2]) / 2 <= x1 and y0 <= (w.box[1] + w.box[3]) / 2 <= y1]
    return " ".join(picked)
