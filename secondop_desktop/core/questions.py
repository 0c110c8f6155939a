"""Questions for the specialist, in priority order, with room for the answers."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .rows import RowTable
from .validate import parse_int_range, require_text

PRIORITY_LABELS = {1: "Must ask", 2: "Important", 3: "If time allows"}
CATEGORIES = {
    "diagnosis": "Diagnosis",
    "tests": "Tests",
    "treatment": "Treatment options",
    "risks": "Risks and side effects",
    "trials": "Clinical trials",
    "practical": "Practical matters",
    "other": "Other",
}
# How many must-ask questions are shown apart as the ones to ask first.
TOP_COUNT = 3


@dataclass
class Question:
    id: int
    text: str
    priority: int = 2
    category: str = "other"
    position: int = 0
    asked: bool = False
    answer: str = ""
    answered_by: str = ""
    document_id: int | None = None
    page: int | None = None

    @property
    def answered(self) -> bool:
        """Dealt with at the visit: ticked as asked, or an answer written down."""
        return self.asked or bool(self.answer.strip())


# (question id, priority) in display order: what a drag and drop or Alt+Up/Down changes.
Layout = list[tuple[int, int]]


def moved_layout(layout: Layout, ids: list[int], to_row: int) -> Layout:
    """The layout after moving ``ids`` (kept in their order) to sit before row ``to_row``.

    The list is always shown by priority, so a moved question takes a priority that fits between
    its new neighbours: Alt+Up from the top of "Important" makes it a must-ask question.
    """
    moving = [pair for pair in layout if pair[0] in ids]
    if not moving:
        return list(layout)
    to_row = max(0, min(to_row, len(layout)))
    before = sum(1 for pair in layout[:to_row] if pair[0] not in ids)
    rest = [pair for pair in layout if pair[0] not in ids]
    above = rest[before - 1][1] if before > 0 else 1
    below = rest[before][1] if before < len(rest) else 3
    placed = [(qid, max(above, min(priority, below))) for qid, priority in moving]
    return rest[:before] + placed + rest[before:]


def parse_category(value: object) -> str:
    text = str(value or "other").strip().lower()
    if text in CATEGORIES:
        return text
    for key, label in CATEGORIES.items():
        if text == label.lower():
            return key
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Reason", "Unknown category '{value}'; choose one of: {choices}."),
        value=value, choices=', '.join(CATEGORIES))


class QuestionStore(RowTable[Question]):
    table = "questions"
    row_type = Question
    order_by = "priority, position, id"
    noun = "question"

    def clean(self, values: dict[str, Any], partial: bool) -> dict[str, Any]:
        out = dict(values)
        if "text" in out or not partial:
            out["text"] = require_text(out.get("text"), QT_TRANSLATE_NOOP("Reason", "A question"))
        if "priority" in out or not partial:
            out["priority"] = parse_int_range(out.get("priority", 2), 1, 3,
                                              QT_TRANSLATE_NOOP("Reason", "The priority"))
        if "category" in out or not partial:
            out["category"] = parse_category(out.get("category"))
        if "asked" in out:
            out["asked"] = int(bool(out["asked"]))
        for key in ("answer", "answered_by"):
            if key in out:
                out[key] = str(out[key] or "").strip()
        if "page" in out and out["page"] is not None:
            out["page"] = parse_int_range(out["page"], 1, 100_000,
                                          QT_TRANSLATE_NOOP("Reason", "The page"))
        if not partial and "position" not in out:
            out["position"] = self._next_position()
        return out

    def decode(self, row: sqlite3.Row) -> Question:
        question = super().decode(row)
        question.asked = bool(question.asked)
        return question

    def _next_position(self) -> int:
        return int(self.db.query("SELECT coalesce(max(position), -1) + 1 FROM questions")[0][0])

    def set_order(self, ids: list[int]) -> None:
        """Store ``ids`` as the new order (position = index), e.g. after a drag and drop."""
        with self.db.transaction() as conn:
            conn.executemany(
                "UPDATE questions SET position = ? WHERE id = ?",
                [(index, qid) for index, qid in enumerate(ids)],
            )

    def layout(self) -> Layout:
        return [(q.id, q.priority) for q in self.entries()]

    def set_layout(self, layout: Layout) -> None:
        """Store a whole new order and the priorities that go with it (one transaction)."""
        with self.db.transaction() as conn:
            conn.executemany(
                "UPDATE questions SET position = ?, priority = ? WHERE id = ?",
                [(index, priority, qid) for index, (qid, priority) in enumerate(layout)],
            )

    def add_unique(self, text: str, **values: Any) -> tuple[Question, bool]:
        """Add unless the same question is already there; returns (question, added)."""
        existing = self.find_text(text)
        if existing is not None:
            return existing, False
        return self.add(text=text, **values), True

    def find_text(self, text: str) -> Question | None:
        """A question with the same words (ignoring case and spacing), to avoid adding it twice."""
        wanted = " ".join(text.lower().split())
        for question in self.entries():
            if " ".join(question.text.lower().split()) == wanted:
                return question
        return None

    def must_ask(self) -> list[Question]:
        return self.entries("priority = 1")[:TOP_COUNT]
