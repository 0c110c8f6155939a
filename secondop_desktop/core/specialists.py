"""The shortlist of specialists the patient considers for the second opinion.

Each candidate holds what people check before booking (board certification and when they
checked it, experience with cases like theirs in their own words, insurance, referral, cost,
telehealth, wait, languages) and what the office said on the phone. Choosing one makes them the
appointment's specialist, so that the Visit screen and the packet's cover follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .profile import KeyValueSection
from .requests import parse_choice
from .rows import RowTable
from .validate import optional_date, parse_int_range, require_text

STATUSES: dict[str, str] = {
    "considering": "Considering", "contacted": "Contacted", "booked": "Booked",
    "declined": "Declined",
}
ANSWERS: dict[str, str] = {"unknown": "Not known yet", "yes": "Yes", "no": "No"}
# Fields whose value is yes / no / unknown.
YES_NO_FIELDS = ("insurance", "referral", "telehealth")
TEXT_FIELDS = ("specialty", "institution", "board", "board_link", "cases", "recommended_by",
               "cost", "languages", "phone", "email", "address", "notes")
CHOSEN_KEY = "specialists.chosen"  # in the profile table: the id of the one chosen
# Where patients in the US look up a board certification; other countries have their own
# registers (the patient can put theirs in the link field).
BOARD_LOOKUP = "https://www.certificationmatters.org"
MAX_WAIT_DAYS = 3650


@dataclass
class Specialist:
    id: int
    name: str
    specialty: str = ""
    institution: str = ""
    board: str = ""  # which board certifies them, as the patient found it
    board_checked: str = ""  # YYYY-MM-DD: when the patient checked it
    board_link: str = ""  # where one checks
    cases: str = ""  # experience with cases like theirs, in the patient's words
    recommended_by: str = ""
    insurance: str = "unknown"  # covered by the patient's insurance: yes | no | unknown
    cost: str = ""
    referral: str = "unknown"  # a referral or prior authorisation needed: yes | no | unknown
    telehealth: str = "unknown"
    wait_days: int | None = None  # days to the first appointment
    languages: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""  # what the office said on the phone
    status: str = "considering"

    @property
    def where(self) -> str:
        return ", ".join(p for p in (self.specialty, self.institution) if p)

    def as_json(self, chosen: bool = False) -> dict[str, Any]:
        from dataclasses import asdict

        return {**asdict(self), "chosen": chosen}


def parse_yes_no(value: object, what: str = "answer") -> str:
    text = str(value or "").strip().lower()
    if text in ("", "?", "unknown", "not known", "not known yet"):
        return "unknown"
    return parse_choice(text, ANSWERS, what)


def parse_wait_days(value: object) -> int | None:
    if value in (None, ""):
        return None
    return parse_int_range(value, 0, MAX_WAIT_DAYS, QT_TRANSLATE_NOOP("Reason", "The wait in days"))


class SpecialistStore(RowTable[Specialist]):
    table, row_type, order_by, noun = "specialists", Specialist, "id", "specialist"

    def clean(self, values: dict[str, Any], partial: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in values.items():
            if key in ("id",):
                out[key] = value
            elif key == "name":
                out[key] = require_text(value, QT_TRANSLATE_NOOP("Reason", "The specialist's name"))
            elif key in TEXT_FIELDS:
                out[key] = str(value or "").strip()
            elif key in YES_NO_FIELDS:
                out[key] = parse_yes_no(value, key.replace("_", " "))
            elif key == "status":
                out[key] = parse_choice(value, STATUSES, QT_TRANSLATE_NOOP("Reason", "status"))
            elif key == "board_checked":
                out[key] = optional_date(value,
                    QT_TRANSLATE_NOOP("Reason", "The date you checked the certification"))
            elif key == "wait_days":
                out[key] = parse_wait_days(value)
            else:
                raise ValidationError(QT_TRANSLATE_NOOP("Reason", "Unknown field: {key}."), key=key)
        if not partial and "name" not in out:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "The specialist's name cannot be empty."))
        return out

    # -- the one chosen ------------------------------------------------------------------------
    def chosen_id(self) -> int | None:
        rows = self.db.query("SELECT value FROM profile WHERE key = ?", (CHOSEN_KEY,))
        if not rows or not rows[0]["value"].isdigit():
            return None
        chosen = int(rows[0]["value"])
        exists = self.db.query("SELECT 1 FROM specialists WHERE id = ?", (chosen,))
        return chosen if exists else None

    def chosen(self) -> Specialist | None:
        chosen = self.chosen_id()
        return self.get(chosen) if chosen is not None else None

    def choose(self, specialist_id: int, appointment: KeyValueSection) -> Specialist:
        """Make them the appointment's specialist (``appointment``: the vault's section).

        Their name, specialty, institution and address replace the appointment's; a field the
        shortlist leaves empty keeps what the appointment had."""
        specialist = self.get(specialist_id)
        changes = {"specialist": specialist.name}
        for field, value in (("specialty", specialist.specialty),
                             ("facility", specialist.institution),
                             ("address", specialist.address)):
            if value:
                changes[field] = value
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO profile (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         (CHOSEN_KEY, str(specialist_id)))
        appointment.set(**changes)
        return specialist
