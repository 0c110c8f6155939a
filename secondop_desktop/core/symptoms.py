"""The symptom log: when, what, how bad (0-10), how long, triggers, notes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from .errors import QT_TRANSLATE_NOOP
from .rows import RowTable
from .validate import parse_datetime, parse_int_range, require_text

SEVERITY_WORDS = {0: "none", 10: "worst imaginable"}
# The usual bands of a 0-10 numeric rating scale, for a word beside the number.
_SEVERITY_BANDS = (
    (0, "none"), (3, "mild"), (6, "moderate"), (9, "severe"), (10, "worst imaginable"),
)


@dataclass
class SymptomEntry:
    id: int
    at: dt.datetime
    symptom: str
    severity: int
    duration: str = ""
    triggers: str = ""
    notes: str = ""


def parse_severity(value: object) -> int:
    return parse_int_range(value, 0, 10, QT_TRANSLATE_NOOP("Reason", "Severity"))


def describe_severity(severity: int) -> str:
    """'none', 'mild', 'moderate', 'severe' or 'worst imaginable' for 0-10."""
    level = parse_severity(severity)
    return next(word for top, word in _SEVERITY_BANDS if level <= top)


class SymptomStore(RowTable[SymptomEntry]):
    table = "symptoms"
    row_type = SymptomEntry
    order_by = "at, id"
    noun = "symptom entry"

    def clean(self, values: dict[str, Any], partial: bool) -> dict[str, Any]:
        out = dict(values)
        if "symptom" in out or not partial:
            out["symptom"] = require_text(out.get("symptom"),
                                          QT_TRANSLATE_NOOP("Reason", "The symptom"))
        if "severity" in out or not partial:
            out["severity"] = parse_severity(out.get("severity"))
        if "at" in out or not partial:
            at = out.get("at") or dt.datetime.now()
            out["at"] = parse_datetime(at,
                QT_TRANSLATE_NOOP("Reason", "The time")).isoformat(timespec="minutes")
        for key in ("duration", "triggers", "notes"):
            if key in out:
                out[key] = str(out[key] or "").strip()
        return out

    def decode(self, row: sqlite3.Row) -> SymptomEntry:
        entry = super().decode(row)
        entry.at = dt.datetime.fromisoformat(row["at"])
        return entry

    def names(self) -> list[str]:
        """Distinct symptom names, most used first (for autocomplete and chart series)."""
        rows = self.db.query(
            "SELECT symptom, count(*) AS n FROM symptoms GROUP BY symptom ORDER BY n DESC, symptom"
        )
        return [r["symptom"] for r in rows]

    def between(
        self, start: dt.datetime | None = None, end: dt.datetime | None = None,
        symptom: str | None = None,
    ) -> list[SymptomEntry]:
        clauses, params = [], []
        if start:
            clauses.append("at >= ?")
            params.append(start.isoformat(timespec="minutes"))
        if end:
            clauses.append("at <= ?")
            params.append(end.isoformat(timespec="minutes"))
        if symptom:
            clauses.append("symptom = ?")
            params.append(symptom)
        return self.entries(" AND ".join(clauses), tuple(params))
