"""The patient, the appointment, medications, allergies and timeline events.

The patient and appointment are one key/value table, so a new field needs no migration. Dates are
stored as ISO text; '' means not given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any, ClassVar

from .db import Database
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .rows import RowTable
from .validate import (
    optional_partial_date,
    parse_date,
    parse_datetime,
    parse_partial_date,
    require_text,
)


@dataclass
class Profile:
    """Who the patient is and why they want a second opinion."""

    name: str = ""
    dob: str = ""  # YYYY-MM-DD
    sex: str = ""
    contact: str = ""
    reason: str = ""  # why a second opinion, in the patient's words
    diagnosis: str = ""  # the diagnosis or plan under review
    goals: str = ""  # what matters to the patient, in their words ("Keep teaching")
    address: str = ""  # postal address, printed on the letters the patient sends
    condition: str = ""  # kind of question (cancer, heart...); '' = read from the diagnosis

    @property
    def dob_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.dob) if self.dob else None


@dataclass
class Appointment:
    specialist: str = ""
    specialty: str = ""
    facility: str = ""
    when: str = ""  # YYYY-MM-DDTHH:MM
    address: str = ""
    companion: str = ""  # who comes along to take notes
    referring: str = ""  # the physician who referred the patient, shown on the packet's cover

    @property
    def when_datetime(self) -> dt.datetime | None:
        return dt.datetime.fromisoformat(self.when) if self.when else None


def _clean_profile_value(key: str, value: object) -> str:
    if key == "dob":
        if value in (None, ""):
            return ""
        date = parse_date(value, QT_TRANSLATE_NOOP("Reason", "The date of birth"))
        if date > dt.date.today():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "The date of birth cannot be in the future."))
        if date.year < 1900:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "The date of birth must be after 1900."))
        return date.isoformat()
    if key == "condition":
        from .readiness import parse_condition  # readiness reads profiles: imported late

        return parse_condition(value)
    if key == "when":
        if value in (None, ""):
            return ""
        return parse_datetime(value,
            QT_TRANSLATE_NOOP("Reason", "The appointment time")).isoformat(timespec="minutes")
    return str(value or "").strip()


class KeyValueSection:
    """A dataclass stored as ``prefix.field`` rows of the profile table."""

    def __init__(self, db: Database, prefix: str, kind: type) -> None:
        self.db, self.prefix, self.kind = db, prefix, kind
        self.keys = {f.name for f in fields(kind)}

    def get(self) -> Any:
        rows = self.db.query(
            "SELECT key, value FROM profile WHERE key LIKE ?", (self.prefix + ".%",)
        )
        values = {r["key"].split(".", 1)[1]: r["value"] for r in rows}
        return self.kind(**{k: v for k, v in values.items() if k in self.keys})

    def clean(self, key: str, value: object) -> str:
        """The stored form of one field's value, or a ValidationError saying what is wrong.

        The Visit screen calls this as the patient types, so that the message appears at once.
        """
        if key not in self.keys:
            raise ValidationError(QT_TRANSLATE_NOOP("Reason", "Unknown field: {key}."), key=key)
        return _clean_profile_value(key, value)

    def set(self, **changes: object) -> Any:
        unknown = set(changes) - self.keys
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "Unknown field: {fields}."), fields=', '.join(sorted(unknown)))
        clean = {k: _clean_profile_value(k, v) for k, v in changes.items()}
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT INTO profile (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(f"{self.prefix}.{k}", v) for k, v in clean.items()],
            )
        return self.get()


@dataclass
class Medication:
    id: int
    name: str
    dose: str = ""
    frequency: str = ""
    since: str = ""  # YYYY-MM-DD or ''
    purpose: str = ""


@dataclass
class Allergy:
    id: int
    substance: str
    reaction: str = ""


@dataclass
class TimelineEvent:
    id: int
    date: str  # YYYY-MM-DD
    what: str


def _strip_all(out: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        if key in out:
            out[key] = str(out[key] or "").strip()


class ListState(StrEnum):
    """What a clinician may read from a medication or allergy list: an empty list is not a
    statement. "No known allergies" is printed only when the patient said so."""

    NOT_RECORDED = "not recorded"
    NONE_KNOWN = "none known"
    LISTED = "listed"


class StatedList[T](RowTable[T]):
    """A list the patient can also declare empty ("none known"): a flag in the profile table,
    cleared when an entry is added, meaningless while entries exist."""

    none_key: ClassVar[str]

    def state(self) -> ListState:
        if self.count():
            return ListState.LISTED
        rows = self.db.query("SELECT value FROM profile WHERE key = ?", (self.none_key,))
        return ListState.NONE_KNOWN if rows and rows[0]["value"] == "1" else ListState.NOT_RECORDED

    def set_none_known(self, none_known: bool = True) -> ListState:
        """Record that the patient has none (or take that back); refused while entries exist."""
        if none_known and self.count():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "Remove the listed {noun} entries first."), noun=self.noun)
        with self.db.transaction() as conn:
            if none_known:
                conn.execute("INSERT INTO profile (key, value) VALUES (?, '1') "
                             "ON CONFLICT (key) DO UPDATE SET value = '1'", (self.none_key,))
            else:
                conn.execute("DELETE FROM profile WHERE key = ?", (self.none_key,))
        return self.state()

    def _insert(self, clean: dict[str, Any]) -> T:
        item = super()._insert(clean)
        with self.db.transaction() as conn:  # a listed entry replaces "none known"
            conn.execute("DELETE FROM profile WHERE key = ?", (self.none_key,))
        return item

    def restore_many(self, items: list[T]) -> None:
        super().restore_many(items)
        if items:
            with self.db.transaction() as conn:
                conn.execute("DELETE FROM profile WHERE key = ?", (self.none_key,))


class MedicationStore(StatedList[Medication]):
    table, row_type, order_by, noun = "medications", Medication, "id", "medication"
    none_key = "medications.none_known"

    def clean(self, values: dict[str, Any], partial: bool) -> dict[str, Any]:
        out = dict(values)
        if "name" in out or not partial:
            out["name"] = require_text(out.get("name"),
                                       QT_TRANSLATE_NOOP("Reason", "The medication's name"))
        if "since" in out:
            out["since"] = optional_partial_date(out["since"],
                                                 QT_TRANSLATE_NOOP("Reason", "'Since'"))
        _strip_all(out, ("dose", "frequency", "purpose"))
        return out


class AllergyStore(StatedList[Allergy]):
    table, row_type, order_by, noun = "allergies", Allergy, "id", "allergy"
    none_key = "allergies.none_known"

    def clean(self, values: dict[str, Any], partial: bool) -> dict[str, Any]:
        out = dict(values)
        if "substance" in out or not partial:
            out["substance"] = require_text(out.get("substance"),
                                            QT_TRANSLATE_NOOP("Reason", "The substance"))
        _strip_all(out, ("reaction",))
        return out


class TimelineStore(RowTable[TimelineEvent]):
    table, row_type, order_by, noun = "timeline", TimelineEvent, "date, id", "event"

    def clean(self, values: dict[str, Any], partial: bool) -> dict[str, Any]:
        out = dict(values)
        if "date" in out or not partial:
            out["date"] = parse_partial_date(out.get("date"),
                                             QT_TRANSLATE_NOOP("Reason", "The event's date"))
        if "what" in out or not partial:
            out["what"] = require_text(out.get("what"),
                                       QT_TRANSLATE_NOOP("Reason", "What happened"))
        return out
