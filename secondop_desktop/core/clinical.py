"""Medications, allergies, problems and lab results read from clinical documents, merged.

Each document's facts are stored as they were read (``clinical_facts``); the lists are computed
from them: the same item from several documents is one item with several sources (matched by
code, then by normalised name). Where the sources disagree, a ``Difference`` says so until the
patient settles it (keep one, keep both, or a note). The patient's own entries (profile.py) are
never changed by any of this.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .clinical_facts import CATEGORIES, Fact
from .db import Database
from .errors import NotFound, ValidationError

CHOICES = ("keep_one", "keep_both", "note")


FactRow = tuple[str, str, str, str, str, str, str, int, str]


def fact_rows(facts: Iterable[Fact]) -> list[FactRow]:
    """Facts as rows for ``insert_facts``, made ahead (on the import worker, outside the
    database lock, which a 5 MB FHIR export would otherwise hold for long)."""
    return [(f.category, f.name, f.code, f.system, f.status, f.date, f.end, int(f.negated),
             json.dumps(f.details)) for f in facts if f.category in CATEGORIES]


def insert_facts(conn: sqlite3.Connection, document_id: int, rows: Iterable[FactRow]) -> None:
    """Store one document's facts (inside the caller's transaction)."""
    conn.executemany(
        "INSERT INTO clinical_facts (document_id, category, name, code, system, status, date, "
        "end_date, negated, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((document_id, *row) for row in rows))


@dataclass(frozen=True)
class Source:
    document_id: int
    title: str
    date: str  # the record's date, ISO, or ''
    provider: str

    @property
    def label(self) -> str:
        """"St Anne's CCD, 2 May 2026"."""
        when = _human_date(self.date)
        return ", ".join(p for p in (self.title, when) if p)


@dataclass
class Item:
    """One medication, allergy, problem... as the documents give it, with where it came from."""

    fact: Fact  # as the latest source says it
    sources: list[Source]
    seen: list[tuple[Fact, Source]] = field(default_factory=list)  # every source's version
    key: str = ""

    @property
    def source_ids(self) -> list[int]:
        return sorted({s.document_id for s in self.sources})

    @property
    def source_labels(self) -> str:
        return "; ".join(dict.fromkeys(s.label for s in self.sources))

    def as_json(self) -> dict[str, Any]:
        f, d = self.fact, self.fact.details
        base: dict[str, Any]
        if f.category == "medication":
            base = {"name": f.name or "No medications", "rxnorm": f.code, "dose": d.get("dose", ""),
                    "route": d.get("route", ""), "frequency": d.get("frequency", ""),
                    "status": f.status, "start": f.date, "end": f.end}
        elif f.category == "allergy":
            base = {"substance": f.name, "code": f.code, "reaction": d.get("reaction", ""),
                    "severity": d.get("severity", ""), "status": f.status,
                    "state": allergy_state(f)}
        elif f.category == "problem":
            base = {"name": f.name or "No known problems", "code": f.code, "system": f.system,
                    "icd10": d.get("icd10", ""), "onset": f.date, "end": f.end,
                    "status": f.status}
        else:
            base = {"name": f.name, "code": f.code, "system": f.system, "status": f.status,
                    "date": f.date}
        return {**base, "negated": f.negated, "sources": self.source_ids}


def allergy_state(fact: Fact) -> str:
    if fact.negated and not fact.name:
        return str(fact.details.get("scope") or "No known allergies").lower()
    return "not allergic" if fact.negated else "allergic"


@dataclass
class LabResult:
    test: str
    loinc: str
    value: float | None
    text: str  # a value that is not a number ("Positive", "Unable to calculate")
    comparator: str  # "<", ">", "<=", ">=" or ''
    unit: str
    low: float | None
    high: float | None
    flag: str
    date: str
    status: str  # final, preliminary, pending
    panel: str
    sources: list[Source]

    @property
    def shown_value(self) -> str:
        if self.status == "pending" and self.value is None and not self.text:
            return "pending"
        if self.value is not None:
            return f"{self.comparator}{number_text(self.value)}"
        return self.text

    @property
    def limits(self) -> str:
        """The reference range as "3.9–5.5" (or "< 5.5", "> 3.9"), '' when none was given."""
        if self.low is not None and self.high is not None:
            return f"{number_text(self.low)}–{number_text(self.high)}"
        if self.high is not None:
            return f"< {number_text(self.high)}"
        return f"> {number_text(self.low)}" if self.low is not None else ""

    def as_json(self) -> dict[str, Any]:
        return {"test": self.test, "loinc": self.loinc, "value": self.value,
                "text": self.text, "comparator": self.comparator, "unit": self.unit,
                "low": self.low, "high": self.high, "flag": self.flag, "date": self.date,
                "status": self.status, "panel": self.panel,
                "source": self.sources[0].document_id if self.sources else None,
                "sources": sorted({s.document_id for s in self.sources})}


@dataclass
class LabTest:
    """All results of one test, oldest first: a row of the Labs screen and a chart."""

    key: str
    test: str
    loinc: str
    results: list[LabResult]

    @property
    def latest(self) -> LabResult:
        return self.results[-1]

    @property
    def numeric(self) -> list[LabResult]:
        return [r for r in self.results if r.value is not None and r.date]

    @property
    def trend(self) -> str:
        """"rising", "falling", "steady" from the last two numbers; '' with fewer."""
        values = [r.value for r in self.numeric]
        if len(values) < 2 or values[-1] is None or values[-2] is None:
            return ""
        last, before = values[-1], values[-2]
        if abs(last - before) <= 0.02 * max(abs(before), 1e-9):
            return "steady"
        return "rising" if last > before else "falling"

    @property
    def units(self) -> list[str]:
        return list(dict.fromkeys(r.unit for r in self.results if r.unit))


@dataclass
class Difference:
    key: str
    category: str
    kind: str  # "dose", "status", "missing"
    subject: str  # the medication or allergy
    text: str  # one line a patient understands
    sources: list[int]
    resolution: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "category": self.category, "kind": self.kind,
                "subject": self.subject, "text": self.text, "sources": self.sources,
                "resolution": self.resolution}


# -- names, units --------------------------------------------------------------------------------
_QUALIFIER = re.compile(r"\((disorder|finding|substance|product|procedure|situation|"
                        r"observable entity|medicinal product)\)")


def normalise_name(name: str) -> str:
    text = _QUALIFIER.sub("", name.lower().replace("\u200b", ""))
    return " ".join(re.sub(r"[^a-z0-9%/.]+", " ", text).split())


# Spellings of one unit; nothing is ever converted from one unit into another.
_UNIT_SPELLINGS = {
    "10*3/ul": "10*3/uL", "10^3/ul": "10*3/uL", "x10^3/ul": "10*3/uL", "x10e3/ul": "10*3/uL",
    "k/ul": "10*3/uL", "thou/ul": "10*3/uL", "thous/mcl": "10*3/uL", "10*3/mcl": "10*3/uL",
    "10*6/ul": "10*6/uL", "10^6/ul": "10*6/uL", "x10^6/ul": "10*6/uL", "m/ul": "10*6/uL",
    "mill/mcl": "10*6/uL", "mg/dl": "mg/dL", "g/dl": "g/dL", "mmol/l": "mmol/L",
    "umol/l": "umol/L", "µmol/l": "umol/L", "meq/l": "meq/L", "ng/ml": "ng/mL",
    "pg/ml": "pg/mL", "u/l": "U/L", "iu/l": "[IU]/L", "[iu]/l": "[IU]/L", "fl": "fL",
    "pg": "pg", "%": "%", "mm/h": "mm/h", "mm/hr": "mm/h", "miu/l": "m[IU]/L",
    "uiu/ml": "u[IU]/mL", "µiu/ml": "u[IU]/mL", "mu/l": "m[IU]/L",
}


def normalise_unit(unit: str) -> str:
    key = unit.strip().lower().replace(" ", "")
    return _UNIT_SPELLINGS.get(key, unit.strip())


def number_text(value: float) -> str:
    """A measured value as a lab shows it: 4.13, 0.012, 152000; never 4.130960000001."""
    if value == 0 or abs(value) >= 1:
        return f"{round(value, 2):g}" if abs(value) < 1e6 else f"{value:.0f}"
    return f"{value:.3g}"


def _human_date(value: str) -> str:
    try:
        date = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{date.day} {date:%b %Y}"


# -- the store -----------------------------------------------------------------------------------
class ClinicalStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _facts(self, category: str) -> list[tuple[Fact, Source]]:
        rows = self.db.query(
            "SELECT f.*, d.title AS doc_title, d.record_date AS doc_date, d.provider AS doc_from "
            "FROM clinical_facts f JOIN documents d ON d.id = f.document_id "
            "WHERE f.category = ? AND d.trashed = 0 "
            "ORDER BY d.record_date IS NULL, d.record_date, d.id, f.id", (category,))
        out = []
        for row in rows:
            fact = Fact(row["category"], row["name"], row["code"], row["system"], row["status"],
                        row["date"], row["end_date"], bool(row["negated"]),
                        json.loads(row["details"] or "{}"))
            out.append((fact, Source(row["document_id"], row["doc_title"],
                                     row["doc_date"] or "", row["doc_from"])))
        return out

    def count(self) -> int:
        return int(self.db.query("SELECT count(*) FROM clinical_facts")[0][0])

    def facts_of(self, document_id: int) -> list[Fact]:
        rows = self.db.query("SELECT * FROM clinical_facts WHERE document_id = ? ORDER BY id",
                             (document_id,))
        return [Fact(r["category"], r["name"], r["code"], r["system"], r["status"], r["date"],
                     r["end_date"], bool(r["negated"]), json.loads(r["details"] or "{}"))
                for r in rows]

    # -- merged lists ----------------------------------------------------------------------------
    def items(self, category: str) -> list[Item]:
        """One item per thing, whatever number of documents mention it; latest source wins."""
        if category == "result":
            raise ValidationError("Lab results are listed by lab_tests().")
        groups = merge(self._facts(category))
        return sorted(groups, key=lambda i: (not i.fact.name, normalise_name(i.fact.name)))

    def lab_tests(self) -> list[LabTest]:
        tests: dict[str, LabTest] = {}
        results: dict[tuple[Any, ...], LabResult] = {}
        for fact, source in self._facts("result"):
            d = fact.details
            key = f"loinc:{fact.code}" if fact.code and fact.system == "LOINC" else (
                f"name:{normalise_name(fact.name)}")
            value = d.get("value")
            identity = (key, fact.date, value, d.get("text", ""), fact.status)
            if identity in results:  # the same result in another document: one more source
                if source not in results[identity].sources:
                    results[identity].sources.append(source)
                continue
            result = LabResult(
                fact.name, fact.code if fact.system == "LOINC" else "",
                float(value) if isinstance(value, (int, float)) else None,
                str(d.get("text", "")), str(d.get("comparator", "")),
                normalise_unit(str(d.get("unit", ""))), _float(d.get("low")),
                _float(d.get("high")), str(d.get("flag", "")), fact.date, fact.status,
                str(d.get("panel", "")), [source])
            results[identity] = result
            test = tests.setdefault(key, LabTest(key, fact.name, result.loinc, []))
            test.results.append(result)
        for test in tests.values():
            test.results.sort(key=lambda r: r.date)
        return sorted(tests.values(), key=lambda t: normalise_name(t.test))

    def lab_results(self) -> list[LabResult]:
        return [r for test in self.lab_tests() for r in test.results]

    # -- differences -----------------------------------------------------------------------------
    def differences(self, include_resolved: bool = True) -> list[Difference]:
        found: list[Difference] = []
        for item in self.items("medication"):
            found.extend(_medication_differences(item))
        found.extend(_allergy_differences(self.items("allergy"), self._facts("allergy")))
        resolutions = self.resolutions()
        for difference in found:
            difference.resolution = resolutions.get(difference.key)
        return [d for d in found if include_resolved or d.resolution is None]

    def unresolved(self) -> list[Difference]:
        return self.differences(include_resolved=False)

    def resolutions(self) -> dict[str, dict[str, Any]]:
        return {r["key"]: {"choice": r["choice"], "keep": r["keep"], "note": r["note"],
                           "resolved": r["resolved"]}
                for r in self.db.query("SELECT * FROM clinical_resolutions")}

    def resolve(self, key: str, choice: str, keep: int | None = None, note: str = "") -> None:
        """Settle a difference: keep one source's version, keep both, or write a note."""
        if choice not in CHOICES:
            raise ValidationError(f"Choose one of: {', '.join(CHOICES)}.")
        if key not in {d.key for d in self.differences()}:
            raise NotFound("That difference is not there any more.")
        if choice == "keep_one" and keep is None:
            raise ValidationError("Say which record's version to keep.")
        if choice == "note" and not note.strip():
            raise ValidationError("Write the note first.")
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO clinical_resolutions (key, choice, keep, note, resolved) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET choice = excluded.choice,"
                " keep = excluded.keep, note = excluded.note, resolved = excluded.resolved",
                (key, choice, keep, note.strip(),
                 dt.datetime.now().replace(microsecond=0).isoformat()))

    def reopen(self, key: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM clinical_resolutions WHERE key = ?", (key,))


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def merge(facts: list[tuple[Fact, Source]]) -> list[Item]:
    """Group facts that share a code or a normalised name (oldest source first)."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def keys(fact: Fact) -> list[str]:
        if not fact.name and not fact.code:
            return [f"none:{fact.category}"]
        out = [f"name:{normalise_name(fact.name)}"] if fact.name else []
        if fact.code:
            out.insert(0, f"code:{fact.system}:{fact.code}")
        return [f"{'not:' if fact.negated else ''}{k}" for k in out]

    for fact, _source in facts:
        first, *rest = keys(fact)
        for other in rest:
            parent[find(other)] = find(first)
    items: dict[str, Item] = {}
    for fact, source in facts:
        root = find(keys(fact)[0])
        item = items.get(root)
        if item is None:
            items[root] = Item(fact, [source], [(fact, source)], root)
            continue
        item.seen.append((fact, source))
        if source not in item.sources:
            item.sources.append(source)
        item.fact = fact  # sources come oldest first: the latest says how things are now
    return list(items.values())


def _medication_differences(item: Item) -> list[Difference]:
    if len({s.document_id for _f, s in item.seen}) < 2 or not item.fact.name:
        return []
    out = []
    doses: dict[str, list[Source]] = {}
    for fact, source in item.seen:
        dose = str(fact.details.get("dose", "")).strip()
        if dose:
            doses.setdefault(dose, []).append(source)
    if len(doses) > 1:
        text = f"{item.fact.name}: " + "; ".join(
            f"{dose} in {', '.join(dict.fromkeys(s.label for s in sources))}"
            for dose, sources in doses.items())
        out.append(Difference(f"medication:{item.key}:dose", "medication", "dose",
                              item.fact.name, text, _ids(s for v in doses.values() for s in v)))
    stopped = [(f, s) for f, s in item.seen if f.status in ("stopped", "completed")]
    active = [(f, s) for f, s in item.seen if f.status == "active"]
    if stopped and active:
        last_stop, last_active = stopped[-1][1], active[-1][1]
        if last_active.date >= last_stop.date:
            text = (f"{item.fact.name}: stopped in {last_stop.label}, but active in the later "
                    f"{last_active.label}")
        else:
            text = (f"{item.fact.name}: active in {last_active.label}, stopped in the later "
                    f"{last_stop.label}")
        out.append(Difference(f"medication:{item.key}:status", "medication", "status",
                              item.fact.name, text,
                              _ids([last_stop, last_active])))
    return out


def _allergy_differences(items: list[Item], facts: list[tuple[Fact, Source]]) -> list[Difference]:
    """An allergy one document lists and another document's allergy list leaves out."""
    with_list: dict[int, Source] = {s.document_id: s for _f, s in facts}
    none_known = {s.document_id for f, s in facts if f.negated and not f.name}
    out = []
    for item in items:
        if item.fact.negated or not item.fact.name or item.fact.status in ("resolved",
                                                                           "inactive"):
            continue
        present = {s.document_id for s in item.sources}
        missing = [s for doc_id, s in with_list.items() if doc_id not in present]
        if not missing:
            continue
        said = [f"{s.label} (which says no known allergies)" if s.document_id in none_known
                else s.label for s in missing]
        text = f"{item.fact.name}: listed in {item.source_labels}; not in {'; '.join(said)}"
        out.append(Difference(f"allergy:{item.key}:missing", "allergy", "missing",
                              item.fact.name, text, _ids([*item.sources, *missing])))
    return out


def _ids(sources: Iterable[Source]) -> list[int]:
    return sorted({s.document_id for s in sources})
