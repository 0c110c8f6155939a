"""The opinions given after the visit: who said what, in their words.

One row per opinion (the current doctor's, the second-opinion specialist's, any further one).
Lists a doctor named (alternatives, benefits, risks, tests) are kept as typed; ``items`` reads
them one per line or separated by ';'. The answers written down at the visit belong to the
opinion given there (``visit``), or to the opinion of whoever answered (``answered_by``).
Recording an opinion gathers its recommendation and alternatives into the decision guide.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from .db import Database
from .decision import DecisionGuide
from .errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from .questions import Question, QuestionStore
from .rows import RowTable
from .validate import MONTH_ABBR, format_partial_date, optional_partial_date, require_text
from .wording import items, same_person

ROLES: dict[str, str] = {
    "current": "Current doctor",
    "second": "Second opinion",
    "other": "Another opinion",
}
# The fields of an opinion the patient types, in the order the editor and the PDF show them.
TEXT_FIELDS: dict[str, str] = {
    "diagnosis": "Diagnosis",
    "extent": "Stage or extent",
    "recommendation": "Recommended treatment",
    "alternatives": "Alternatives mentioned",
    "benefits": "Benefits named",
    "risks": "Risks named",
    "tests": "Tests wanted first",
    "urgency": "Urgency",
    "certainty": "How sure they were",
    "notes": "My notes",
}
LIST_FIELDS = ("alternatives", "benefits", "risks", "tests")


@dataclass
class Opinion:
    id: int
    by: str
    role: str = ""
    date: str = ""  # as precise as known: 2026-11-20, 2026-11 or 2026
    diagnosis: str = ""
    extent: str = ""
    recommendation: str = ""
    alternatives: str = ""
    benefits: str = ""
    risks: str = ""
    tests: str = ""
    urgency: str = ""
    certainty: str = ""
    notes: str = ""
    visit: bool = False  # given at the visit the question list was made for
    document_id: int | None = None  # the written opinion (a letter), once it came in

    @property
    def label(self) -> str:
        """"Dr Okafor (current doctor), Nov 2026"."""
        role = ROLES.get(self.role, "")
        who = f"{self.by} ({role[:1].lower() + role[1:]})" if role else self.by
        return f"{who}, {readable_date(self.date)}" if self.date else who

    def listed(self, key: str) -> list[str]:
        return items(getattr(self, key))

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["role_label"] = ROLES.get(self.role, "")
        for key in LIST_FIELDS:
            out[f"{key}_items"] = self.listed(key)
        return out


def readable_date(stored: str) -> str:
    """"20 Nov 2026", "Nov 2026" or "2026", as precise as it was given."""
    if len(stored) == 10:
        day = dt.date.fromisoformat(stored)
        return f"{day.day} {MONTH_ABBR[day.month - 1]} {day.year}"
    return format_partial_date(stored)


def parse_role(value: object) -> str:
    text = str(value or "").strip().lower()
    if not text:
        return ""
    for key, label in ROLES.items():
        if text in (key, label.lower()):
            return key
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Reason", "Unknown role '{value}'; choose one of: {choices}."),
        value=value, choices=', '.join(ROLES))


class OpinionStore(RowTable[Opinion]):
    table, row_type, order_by, noun = "opinions", Opinion, "id", "opinion"  # as recorded

    def __init__(self, db: Database, guide: DecisionGuide | None = None) -> None:
        super().__init__(db)
        self.guide = guide

    def clean(self, values: dict[str, Any], partial: bool) -> dict[str, Any]:
        out = dict(values)
        if "by" in out or not partial:
            out["by"] = require_text(out.get("by"),
                                     QT_TRANSLATE_NOOP("Reason", "Who gave the opinion"))
        if "role" in out:
            out["role"] = parse_role(out["role"])
        if "date" in out:
            out["date"] = optional_partial_date(out["date"],
                                                QT_TRANSLATE_NOOP("Reason", "The opinion's date"))
        for key in TEXT_FIELDS:
            if key in out:
                out[key] = str(out[key] or "").strip()
        if "visit" in out:
            out["visit"] = int(bool(out["visit"]))
        if out.get("document_id") is not None:
            out["document_id"] = self._record(out["document_id"])
        return out

    def _record(self, value: object) -> int:
        try:
            record = int(str(value))
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "'{value}' is not a record number."), value=value) from None
        if not self.db.query("SELECT 1 FROM documents WHERE id = ?", (record,)):
            raise NotFound(QT_TRANSLATE_NOOP(
                "Reason", "There is no record {record}."), record=record)
        return record

    def decode(self, row: sqlite3.Row) -> Opinion:
        opinion = super().decode(row)
        opinion.visit = bool(opinion.visit)
        return opinion

    # -- writing: the decision guide follows every change ------------------------------------------
    def add(self, **values: Any) -> Opinion:
        clean = self.clean(values, partial=False)
        appointment = self._appointment()
        if "visit" not in clean:  # the specialist the question list was made for
            clean["visit"] = int(same_person(clean["by"], appointment.get("specialist", ""))
                                 and not self.entries("visit = 1"))
        if not clean.get("role"):
            clean["role"] = ("second" if clean["visit"] else
                             "current" if same_person(clean["by"],
                                                      appointment.get("referring", "")) else "")
        opinion = self._insert(clean)
        self._settle(opinion)
        return opinion

    def update(self, item_id: int, **changes: Any) -> Opinion:
        opinion = super().update(item_id, **changes)
        self._settle(opinion)
        return opinion

    def delete(self, item_id: int) -> Opinion:
        opinion = super().delete(item_id)
        self._gather()
        return opinion

    def restore(self, item: Opinion) -> Opinion:
        opinion = super().restore(item)
        self._settle(opinion)
        return opinion

    def _settle(self, opinion: Opinion) -> None:
        """One opinion holds the visit's answers; the guide gathers the options again."""
        if opinion.visit:
            with self.db.transaction() as conn:
                conn.execute("UPDATE opinions SET visit = 0 WHERE id != ?", (opinion.id,))
        self._gather()

    def _gather(self) -> None:
        if self.guide is not None:
            self.guide.gather(self.entries())

    def _appointment(self) -> dict[str, str]:
        rows = self.db.query("SELECT key, value FROM profile WHERE key LIKE 'appointment.%'")
        return {r["key"].split(".", 1)[1]: r["value"] for r in rows}

    # -- the visit's answers -------------------------------------------------------------------
    def answers(self, opinion: Opinion, opinions: list[Opinion] | None = None) -> list[Question]:
        """The questions answered by this opinion's doctor; answers nobody is named for (or
        someone with no opinion recorded) belong to the opinion given at the visit."""
        others = [o for o in (opinions if opinions is not None else self.entries())
                  if o.id != opinion.id]
        out = []
        for question in QuestionStore(self.db).entries():
            if not question.answer.strip():
                continue
            if same_person(question.answered_by, opinion.by):
                out.append(question)
            elif opinion.visit and not any(same_person(question.answered_by, o.by)
                                           for o in others):
                out.append(question)
        return out
