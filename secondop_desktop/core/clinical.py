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
from .errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from .lab_ranges import parse_range
from .medication_names import ingredient_keys

CHOICES = ("keep_one", "keep_both", "note")
# Things that happen on a day: the same one in two records is one item, two days are two.
EVENTS = ("immunization", "procedure", "encounter")


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
                    "severity": d.get("severity", ""), "criticality": d.get("criticality", ""),
                    "status": f.status, "state": allergy_state(f)}
        elif f.category == "problem":
            base = {"name": f.name or "No known problems", "code": f.code, "system": f.system,
                    "icd10": d.get("icd10", ""), "onset": f.date, "end": f.end,
                    "status": f.status, "as_of": self.as_of}
        else:
            base = {"name": f.name, "code": f.code, "system": f.system, "status": f.status,
                    "date": f.date, **({"location": d["location"]} if d.get("location") else {})}
        seen = [{"name": sf.name, "status": sf.status, "date": sf.date, "end": sf.end,
                 **({"dose": sf.details["dose"]} if sf.details.get("dose") else {}),
                 "source": s.document_id} for sf, s in self.seen]
        return {**base, "negated": f.negated, "sources": self.source_ids, "seen": seen}

    @property
    def as_of(self) -> str:
        """The date of the source the item's status comes from (the latest)."""
        return self.seen[-1][1].date if self.seen else ""


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
    unit: str  # as the laboratory wrote it ("mU/L")
    low: float | None
    high: float | None
    flag: str
    date: str
    status: str  # final, preliminary, pending
    panel: str
    sources: list[Source]
    value_text: str = ""  # the number as written (1.015, 7.50): its precision is the lab's
    unit_key: str = ""  # the unit normalised, to group and compare ("m[IU]/L")
    range_text: str = ""  # the reference range as written, parsed or not
    low_text: str = ""
    high_text: str = ""

    @property
    def shown_value(self) -> str:
        if self.status == "pending" and self.value is None and not self.text:
            return "pending"
        if self.value is not None:
            written = self.value_text if _lab_written(self.value_text) else ""
            return f"{self.comparator}{written or number_text(self.value)}"
        return self.text

    @property
    def limits(self) -> str:
        """The reference range as "3.9–5.5" (or "< 5.5", "> 3.9"), as written where it was
        given as text; '' when none was given."""
        if self.range_text and not (self.low_text or self.high_text):
            return self.range_text
        low = self.low_text or (number_text(self.low) if self.low is not None else "")
        high = self.high_text or (number_text(self.high) if self.high is not None else "")
        if low and high:
            return f"{low}–{high}"
        if high:
            return f"< {high}"
        if low:
            return f"> {low}"
        return self.range_text

    def as_json(self) -> dict[str, Any]:
        return {"test": self.test, "loinc": self.loinc, "value": self.value,
                "value_text": self.value_text or (
                    number_text(self.value) if self.value is not None else ""),
                "text": self.text, "comparator": self.comparator, "unit": self.unit,
                "unit_code": self.unit_key, "low": self.low, "high": self.high,
                "range": self.limits, "range_text": self.range_text, "flag": self.flag,
                "date": self.date,
                "status": self.status, "panel": self.panel,
                "source": self.sources[0].document_id if self.sources else None,
                "sources": sorted({s.document_id for s in self.sources}),
                "from": "; ".join(dict.fromkeys(s.label for s in self.sources))}


def _lab_written(text: str) -> bool:
    """A number as a laboratory writes it; 40.16371499477315 is a computer's float (generated
    exports), shown to six significant digits instead."""
    return 0 < sum(ch.isdigit() for ch in text.lstrip("0.")) <= 8


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
        """The units as written, one per unit (spellings of one unit count once)."""
        by_key: dict[str, str] = {}
        for r in self.results:
            if r.unit:
                by_key[r.unit_key or r.unit] = r.unit  # the latest spelling
        return list(by_key.values())


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
    """A number with no written form kept: 4.13, 1.015, 0.012, 152000; never 4.130960000001
    (and never fewer digits than a lab gives: values as written are shown as written)."""
    if abs(value) >= 1e6:
        return f"{value:.0f}"
    return f"{value:.6g}"


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
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "Lab results are listed by lab_tests()."))
        groups = merge(self._facts(category))
        return sorted(groups, key=lambda i: (not i.fact.name, normalise_name(i.fact.name),
                                             i.fact.date if category in EVENTS else ""))

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
            low, high = _float(d.get("low")), _float(d.get("high"))
            range_text = str(d.get("range_text", ""))
            parsed = parse_range(range_text) if low is None and high is None else None
            texts = (str(d.get("low_text", "")), str(d.get("high_text", "")))
            if parsed is not None:  # "12.0-15.0" given as text: a band on the chart too
                low, high = parsed
            unit = str(d.get("unit", ""))
            result = LabResult(
                fact.name, fact.code if fact.system == "LOINC" else "",
                float(value) if isinstance(value, (int, float)) else None,
                str(d.get("text", "")), str(d.get("comparator", "")), unit, low, high,
                str(d.get("flag", "")), fact.date, fact.status, str(d.get("panel", "")),
                [source], str(d.get("value_text", "")),
                normalise_unit(str(d.get("unit_code", "")) or unit), range_text, *texts)
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
        for item in self.items("problem"):
            found.extend(_problem_differences(item))
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
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "Choose one of: {choices}."), choices=', '.join(CHOICES))
        if key not in {d.key for d in self.differences()}:
            raise NotFound(QT_TRANSLATE_NOOP("Reason", "That difference is not there any more."))
        if choice == "keep_one" and keep is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "Say which record's version to keep."))
        if choice == "note" and not note.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Reason", "Write the note first."))
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
        if fact.category == "medication" and fact.name:  # one drug under several products
            out += [f"ingredient:{k}" for k in ingredient_keys(fact.name)]
        if fact.category in EVENTS:  # each vaccination, operation, visit is one of its own
            out = [f"{k}@{fact.date[:10]}" for k in out]
        return [f"{'not:' if fact.negated else ''}{k}" for k in out]

    for fact, _source in facts:
        first, *rest = keys(fact)
        for other in rest:
            parent[find(other)] = find(first)
    items: dict[str, Item] = {}
    # Oldest first by the source's date, then (within one source, as a FHIR export lists a
    # condition active and then resolved) by the fact's own dates: the last one says how
    # things are now.
    facts = sorted(facts, key=lambda fs: (not fs[1].date, fs[1].date, fs[1].document_id,
                                          max(fs[0].date[:10], fs[0].end[:10])))
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


# Units that count things (a tablet, "1 U" from a vendor that means one of them): "1 U" is "1".
_COUNT_UNITS = {"", "1", "u", "unit", "units", "{tbl}", "{tablet}", "tab", "tabs", "tablet",
                "tablets", "{capsule}", "cap", "caps", "capsule", "capsules", "each", "ea",
                "{each}", "{dose}", "dose", "doses", "{puff}", "puff", "puffs"}
_UNIT_ALIASES = {"ug": "mcg", "µg": "mcg", "mcg": "mcg", "milligram": "mg", "milligrams": "mg",
                 "gram": "g", "grams": "g", "ml": "ml", "millilitre": "ml", "milliliter": "ml",
                 "[iu]": "iu", "iu": "iu", "[iu]/kg": "iu/kg"}
_VOLUME = re.compile(r"^\d*(\.\d+)?\s*(ml|l|dl|cl|µl|ul|\[foz_us\]|oz)$")
_DOSE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:[–-]\s*(\d+(?:\.\d+)?))?\s*(.*?)\s*$")


def normalise_dose(text: str) -> tuple[float, float, str] | None:
    """(low, high, unit) of a dose, units spelt one way and counting units dropped; None when
    it is no dose (a concentration such as "250 mg/mL", or no number)."""
    match = _DOSE.match(text.lower())
    if not match:
        return None
    low = float(match.group(1))
    high = float(match.group(2)) if match.group(2) else low
    unit = match.group(3).replace(" ", "")
    if unit == "%" or ("/" in unit and _VOLUME.match(unit.split("/", 1)[1])):
        return None  # how strong the product is, not how much is taken
    unit = _UNIT_ALIASES.get(unit, unit)
    return low, high, "" if unit in _COUNT_UNITS else unit


def _medication_differences(item: Item) -> list[Difference]:
    if len({s.document_id for _f, s in item.seen}) < 2 or not item.fact.name:
        return []
    out = []
    # Each document's doses; two documents differ only when they share none (a document that
    # lists a drug twice is never compared with itself).
    by_document: dict[int, dict[tuple[float, float, str], str]] = {}
    sources: dict[int, Source] = {}
    for fact, source in item.seen:
        written = str(fact.details.get("dose", "")).strip()
        dose = normalise_dose(written) if written else None
        if dose is not None:
            by_document.setdefault(source.document_id, {})[dose] = written
            sources[source.document_id] = source
    documents = list(by_document)
    disagree = any(not by_document[a].keys() & by_document[b].keys()
                   for i, a in enumerate(documents) for b in documents[i + 1:])
    if disagree:
        text = f"{item.fact.name}: " + "; ".join(
            f"{' or '.join(dict.fromkeys(doses.values()))} in {sources[doc].label}"
            for doc, doses in by_document.items())
        out.append(Difference(f"medication:{item.key}:dose", "medication", "dose",
                              item.fact.name, text, sorted(by_document)))
    stopped = [(f, s) for f, s in item.seen if f.status in ("stopped", "completed")]
    active = [(f, s) for f, s in item.seen if f.status == "active"]
    if stopped and active and stopped[-1][1] != active[-1][1]:
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


_PROBLEM_STATES = {"active": "active", "recurrence": "active", "relapse": "active",
                   "resolved": "resolved", "completed": "resolved", "inactive": "inactive",
                   "remission": "in remission"}


def _problem_differences(item: Item) -> list[Difference]:
    """Sources that disagree on a problem's status (active in one, resolved in a later one)
    or on its onset; the merged status is the latest source's, these show the others."""
    named = [(f, s) for f, s in item.seen if f.name and not f.negated]
    if len(named) < 2:
        return []
    out = []
    several_each = len({s.document_id for _f, s in named}) < len(named)

    def said(fact: Fact, source: Source, what: str) -> str:
        when = fact.end or fact.date if several_each else ""
        return f"{what} in {source.label}" + (f" (as of {when[:10]})" if when else "")

    states = [(_PROBLEM_STATES.get(f.status, f.status), f, s) for f, s in named if f.status]
    # Within one record, resolved and later active again is a new episode, not a disagreement.
    conflict = any(a[0] != b[0] and not (a[2] == b[2] and b[0] == "active")
                   for a, b in zip(states, states[1:], strict=False))
    if conflict:
        steps: list[str] = []
        for state, fact, source in states:
            line = said(fact, source, state)
            if not steps or steps[-1] != line:
                steps.append(line)
        text = f"{item.fact.name}: " + "; then ".join(steps) + (
            f". Listed as {states[-1][0]} (the latest).")
        out.append(Difference(f"problem:{item.key}:status", "problem", "status",
                              item.fact.name, text, _ids(s for _st, _f, s in states)))
    onsets: dict[str, Source] = {}
    for fact, source in named:  # an old resolved episode is no other onset of this one
        current = _PROBLEM_STATES.get(fact.status, "active") == "active"
        if current and fact.date and not any(
                o.startswith(fact.date[:10]) or fact.date.startswith(o) for o in onsets):
            onsets[fact.date[:10]] = source
    if len(onsets) > 1 and len({s.document_id for s in onsets.values()}) > 1:
        text = f"{item.fact.name}: began " + "; ".join(
            f"{when} in {source.label}" for when, source in onsets.items())
        out.append(Difference(f"problem:{item.key}:onset", "problem", "onset", item.fact.name,
                              text, _ids(onsets.values())))
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
