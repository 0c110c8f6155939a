"""The decision guide: the options, what each brings and risks, what matters to the patient.

It follows the structure shared by published personal decision guides (the decision and where the
patient stands, who they decide with, four yes/no checks of a sure decision, the options with
their benefits and risks and how much each matters, the next steps), in our own words. It lays
out what the doctors and the patient said and never ranks or recommends an option.

Options are gathered from the opinions: each recommendation and each alternative mentioned is an
option (the same words from two doctors make one option, citing both). The benefits and risks a
doctor named go with the option that doctor recommended. The patient can add options, merge two
that are the same treatment in other words, set one aside, and rate each benefit and risk from
0 (does not matter to me) to 5 (matters very much). An option or a benefit the patient touched
(rated, added, merged) stays when the opinion that brought it changes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from .db import Database
from .errors import QT_TRANSLATE_NOOP, NotFound, Reason, ValidationError
from .profile import KeyValueSection
from .rows import RowTable
from .validate import optional_date, parse_int_range, require_text
from .wording import items as _items
from .wording import normal as _normal

if TYPE_CHECKING:  # opinions.py imports this module
    from .opinions import Opinion

STATUSES: dict[str, str] = {
    "not-yet": "I have not thought about it yet",
    "considering": "I am considering the options",
    "close": "I am close to choosing",
    "decided": "I have decided",
}
ROLES: dict[str, str] = {
    "alone": "I decide myself, after hearing the views of others",
    "shared": "I decide together with others",
    "others": "Someone else decides, after hearing my views",
}
# The four checks of a sure decision (the "SURE" screening test), in our words.
CHECKS: dict[str, str] = {
    "knowledge": "I know the options and their benefits and risks",
    "values": "I am clear which benefits and risks matter most to me",
    "support": "I have the support and advice I need to choose",
    "sure": "I feel sure what is best for me",
}
ANSWERS = ("yes", "no")
KINDS = ("benefit", "risk")
MATTERS_WORDS = {0: "not at all", 1: "a little", 2: "somewhat", 3: "quite a lot", 4: "a lot",
                 5: "very much"}
NO_RECOMMENDATION = ("SecondOp lays out what the doctors and you said; it does not recommend "
                     "any option.")


@dataclass
class DecisionState:
    """Where the patient stands; stored as ``decision.*`` rows of the profile table."""

    question: str = ""  # the decision to make, in the patient's words
    deadline: str = ""  # by when (YYYY-MM-DD)
    status: str = ""  # a key of STATUSES; '' is "not-yet"
    choice: str = ""  # the id of the option chosen (or leant towards)
    decide_with: str = ""  # who the patient wants to decide with
    role: str = ""  # a key of ROLES
    knowledge: str = ""  # each check: 'yes', 'no' or '' (not answered)
    values: str = ""
    support: str = ""
    sure: str = ""

    @property
    def status_key(self) -> str:
        return self.status or "not-yet"

    @property
    def choice_id(self) -> int | None:
        return int(self.choice) if self.choice.isdigit() else None

    def checks(self) -> dict[str, str]:
        return {key: getattr(self, key) for key in CHECKS}


@dataclass
class Factor:
    """A benefit or a risk of an option, and how much it matters to the patient (0-5)."""

    id: int
    option_id: int
    kind: str
    text: str
    opinion_id: int | None = None  # the doctor who named it (None: the patient's own)
    own: bool = False
    matters: int | None = None


@dataclass
class Source:
    opinion_id: int
    role: str  # 'recommended' or 'alternative'
    key: str


@dataclass
class Option:
    id: int
    text: str
    own: bool = False  # added by the patient
    removed: bool = False  # set aside by the patient
    sources: list[Source] = field(default_factory=list)
    benefits: list[Factor] = field(default_factory=list)
    risks: list[Factor] = field(default_factory=list)

    def factors(self, kind: str) -> list[Factor]:
        return self.benefits if kind == "benefit" else self.risks

    def recommended_by(self) -> list[int]:
        return [s.opinion_id for s in self.sources if s.role == "recommended"]

    def mentioned_by(self) -> list[int]:
        return [s.opinion_id for s in self.sources if s.role == "alternative"]


@dataclass
class Step:
    id: int
    what: str
    who: str = ""  # whom to call or ask
    due: str = ""  # by when (YYYY-MM-DD)
    done: bool = False


class StepStore(RowTable[Step]):
    table, row_type, order_by, noun = "decision_steps", Step, "done, due = '', due, id", "step"

    def clean(self, values: dict[str, Any], partial: bool) -> dict[str, Any]:
        out = dict(values)
        if "what" in out or not partial:
            out["what"] = require_text(out.get("what"),
                                       QT_TRANSLATE_NOOP("Reason", "The next step"))
        if "who" in out:
            out["who"] = str(out["who"] or "").strip()
        if "due" in out:
            out["due"] = optional_date(out["due"], QT_TRANSLATE_NOOP("Reason", "The step's date"))
        if "done" in out:
            out["done"] = int(bool(out["done"]))
        return out

    def decode(self, row: Any) -> Step:
        step = super().decode(row)
        step.done = bool(step.done)
        return step


def option_number(value: object) -> int:
    text = str(value).strip()
    if not text.isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "'{value}' is not an option number (see `secondop decision`)."), value=value)
    return int(text)


def parse_choice(value: object, choices: dict[str, str], what: str) -> str:
    text = str(value or "").strip().lower().replace(" ", "-")
    if text in choices:
        return text
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Reason", "Unknown {what} '{value}'; choose one of: {choices}."),
        what=Reason(what), value=value, choices=', '.join(choices))


class DecisionGuide:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.section = KeyValueSection(db, "decision", DecisionState)
        self.steps = StepStore(db)

    # -- where the patient stands ----------------------------------------------------------------
    def state(self) -> DecisionState:
        state: DecisionState = self.section.get()
        return state

    def set_state(self, **changes: object) -> DecisionState:
        clean: dict[str, object] = {}
        for key, value in changes.items():
            if key == "status":
                clean[key] = parse_choice(value or "not-yet", STATUSES,
                                          QT_TRANSLATE_NOOP("Reason", "status"))
            elif key == "role":
                clean[key] = parse_choice(value, ROLES,
                                          QT_TRANSLATE_NOOP("Reason", "role")) if value else ""
            elif key in CHECKS:
                clean[key] = parse_choice(value, dict.fromkeys(ANSWERS, ""),
                                          QT_TRANSLATE_NOOP("Reason", "answer")) \
                    if value else ""
            elif key == "choice":
                clean[key] = str(self.option(option_number(value)).id) \
                    if value not in (None, "") else ""
            elif key == "deadline":
                clean[key] = optional_date(value,
                                           QT_TRANSLATE_NOOP("Reason", "The date to decide by"))
            elif key in ("question", "decide_with"):
                clean[key] = str(value or "").strip()
            else:
                raise ValidationError(QT_TRANSLATE_NOOP("Reason", "Unknown field: {key}."), key=key)
        self.section.set(**clean)
        return self.state()

    # -- options ---------------------------------------------------------------------------------
    def options(self, removed: bool = False) -> list[Option]:
        """The options in the order they came (set-aside ones only with ``removed``)."""
        rows = self.db.query("SELECT * FROM decision_options WHERE removed = ? ORDER BY id",
                             (int(removed),))
        sources: dict[int, list[Source]] = {}
        for r in self.db.query("SELECT * FROM decision_sources ORDER BY rowid"):
            sources.setdefault(r["option_id"], []).append(
                Source(r["opinion_id"], r["role"], r["key"]))
        factors: dict[int, list[Factor]] = {}
        for r in self.db.query("SELECT * FROM decision_factors ORDER BY id"):
            factors.setdefault(r["option_id"], []).append(Factor(
                r["id"], r["option_id"], r["kind"], r["text"], r["opinion_id"], bool(r["own"]),
                r["matters"]))
        out = []
        for r in rows:
            mine = factors.get(r["id"], [])
            out.append(Option(r["id"], r["text"], bool(r["own"]), bool(r["removed"]),
                              sources.get(r["id"], []),
                              [f for f in mine if f.kind == "benefit"],
                              [f for f in mine if f.kind == "risk"]))
        return out

    def option(self, option_id: int) -> Option:
        for option in self.options() + self.options(removed=True):
            if option.id == option_id:
                return option
        raise NotFound(QT_TRANSLATE_NOOP(
            "Reason", "There is no option {option_id} in the decision guide."), option_id=option_id)

    def add_option(self, text: str, benefits: str = "", risks: str = "") -> Option:
        text = require_text(text, QT_TRANSLATE_NOOP("Reason", "The option"))
        for option in self.options():
            if _normal(option.text) == _normal(text):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Reason", "'{text}' is already option {id}."), text=option.text, id=option.id)
        with self.db.transaction() as conn:
            option_id = int(conn.execute("INSERT INTO decision_options (text, own) VALUES (?, 1)",
                                         (text,)).lastrowid or 0)
            for kind, given in (("benefit", benefits), ("risk", risks)):
                conn.executemany(
                    "INSERT INTO decision_factors (option_id, kind, text, own) VALUES (?, ?, ?, 1)",
                    [(option_id, kind, item) for item in _items(given)])
        return self.option(option_id)

    def rename_option(self, option_id: int, text: str) -> Option:
        self.option(option_id)
        with self.db.transaction() as conn:
            conn.execute("UPDATE decision_options SET text = ?, own = 1 WHERE id = ?",
                         (require_text(text, QT_TRANSLATE_NOOP("Reason", "The option")), option_id))
        return self.option(option_id)

    def set_aside(self, option_id: int, removed: bool = True) -> Option:
        """Take an option off the guide (or back); its ratings stay for when it comes back."""
        self.option(option_id)
        with self.db.transaction() as conn:
            conn.execute("UPDATE decision_options SET removed = ? WHERE id = ?",
                         (int(removed), option_id))
        if removed and self.state().choice_id == option_id:
            self.section.set(choice="")
        return self.option(option_id)

    def merge(self, into_id: int, other_id: int) -> Option:
        """Make ``other`` part of ``into``: its doctors, benefits and risks (the same words
        once), its place as the choice. ``into`` keeps its words."""
        if into_id == other_id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "Choose two different options to merge."))
        into, other = self.option(into_id), self.option(other_id)
        have = {(f.kind, _normal(f.text)) for f in into.benefits + into.risks}
        with self.db.transaction() as conn:
            conn.execute("UPDATE decision_sources SET option_id = ? WHERE option_id = ?",
                         (into_id, other_id))
            for factor in other.benefits + other.risks:
                if (factor.kind, _normal(factor.text)) in have:
                    continue
                conn.execute("UPDATE decision_factors SET option_id = ? WHERE id = ?",
                             (into_id, factor.id))
            conn.execute("UPDATE decision_options SET own = 1 WHERE id = ?", (into_id,))
            conn.execute("DELETE FROM decision_options WHERE id = ?", (other.id,))
        if self.state().choice_id == other_id:
            self.section.set(choice=str(into_id))
        return self.option(into_id)

    # -- benefits and risks ----------------------------------------------------------------------
    def add_factor(self, option_id: int, kind: str, text: str) -> Factor:
        kind = parse_choice(kind, dict.fromkeys(KINDS, ""), QT_TRANSLATE_NOOP("Reason", "kind"))
        text = require_text(text, QT_TRANSLATE_NOOP("Reason", "The benefit") if kind == "benefit"
                            else QT_TRANSLATE_NOOP("Reason", "The risk"))
        self.option(option_id)
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO decision_factors (option_id, kind, text, own) "
                         "VALUES (?, ?, ?, 1)",
                         (option_id, kind, text))
        return self.option(option_id).factors(kind)[-1]

    def remove_factor(self, factor_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM decision_factors WHERE id = ?", (factor_id,))

    def factor_at(self, option_id: int, kind: str, number: int) -> Factor:
        """The ``number``-th (from 1) benefit or risk of an option, as listed."""
        listed = self.option(option_id).factors(kind)
        if not 1 <= number <= len(listed):
            if not listed:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Reason", "Option {option_id} has no benefits listed yet.") if kind == "benefit"
                    else QT_TRANSLATE_NOOP("Reason", "Option {option_id} has no risks listed yet."),
                    option_id=option_id)
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "Option {option_id} has no benefit or risk number {number}; give a "
                          "number from 1 to {count}."),
                option_id=option_id, number=number, count=len(listed))
        return listed[number - 1]

    def rate(self, factor_id: int, matters: object) -> Factor:
        """How much a benefit or risk matters to the patient: 0-5, or None (not rated)."""
        value = None if matters in (None, "") else parse_int_range(
            matters, 0, 5, QT_TRANSLATE_NOOP("Reason", "How much it matters"))
        with self.db.transaction() as conn:
            cur = conn.execute("UPDATE decision_factors SET matters = ? WHERE id = ?",
                               (value, factor_id))
            if cur.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Reason", "That benefit or risk does not exist any more."))
        row = self.db.query("SELECT option_id FROM decision_factors WHERE id = ?", (factor_id,))
        option = self.option(row[0]["option_id"])
        return next(f for f in option.benefits + option.risks if f.id == factor_id)

    # -- gathering from the opinions -------------------------------------------------------------
    def gather(self, opinions: list[Opinion]) -> None:
        """Bring the options in step with the opinions (see the module's description)."""
        wanted: dict[tuple[int, str, str], str] = {}
        for opinion in opinions:
            if opinion.recommendation.strip():
                wanted[(opinion.id, "recommended", _normal(opinion.recommendation))] = \
                    opinion.recommendation.strip()
            for item in _items(opinion.alternatives):
                wanted.setdefault((opinion.id, "alternative", _normal(item)), item)
        with self.db.transaction() as conn:
            have = {(r["opinion_id"], r["role"], r["key"]): r["option_id"] for r in conn.execute(
                "SELECT * FROM decision_sources").fetchall()}
            for key in set(have) - set(wanted):
                conn.execute("DELETE FROM decision_sources WHERE opinion_id = ? AND role = ? "
                             "AND key = ?", key)
            by_key = {k[2]: option_id for k, option_id in have.items() if k in wanted}
            for r in conn.execute("SELECT id, text FROM decision_options").fetchall():
                by_key.setdefault(_normal(r["text"]), r["id"])
            for key in [k for k in wanted if k not in have]:
                option_id = by_key.get(key[2])
                if option_id is None:
                    option_id = int(conn.execute(
                        "INSERT INTO decision_options (text) VALUES (?)",
                        (wanted[key],)).lastrowid or 0)
                    by_key[key[2]] = option_id
                conn.execute("INSERT INTO decision_sources (option_id, opinion_id, role, key) "
                             "VALUES (?, ?, ?, ?)", (option_id, *key))
            self._gather_factors(conn, opinions)
            # Options no opinion brings any more, which the patient never touched.
            conn.execute(
                "DELETE FROM decision_options WHERE own = 0 AND removed = 0 AND id NOT IN "
                "(SELECT option_id FROM decision_sources) AND id NOT IN "
                "(SELECT option_id FROM decision_factors WHERE own = 1 OR matters IS NOT NULL)")

    @staticmethod
    def _gather_factors(conn: Any, opinions: list[Opinion]) -> None:
        by_id = {o.id: o for o in opinions}
        wanted: dict[tuple[int, str, str], tuple[str, int]] = {}
        for r in conn.execute("SELECT option_id, opinion_id FROM decision_sources "
                              "WHERE role = 'recommended' ORDER BY rowid").fetchall():
            opinion = by_id.get(r["opinion_id"])
            for kind, text in (("benefit", opinion.benefits if opinion else ""),
                               ("risk", opinion.risks if opinion else "")):
                for item in _items(text):
                    wanted.setdefault((r["option_id"], kind, _normal(item)),
                                      (item, r["opinion_id"]))
        present: set[tuple[int, str, str]] = set()
        for r in conn.execute("SELECT * FROM decision_factors").fetchall():
            key = (r["option_id"], r["kind"], _normal(r["text"]))
            if r["own"] or r["matters"] is not None or (key in wanted and key not in present):
                present.add(key)
            else:
                conn.execute("DELETE FROM decision_factors WHERE id = ?", (r["id"],))
        conn.executemany(
            "INSERT INTO decision_factors (option_id, kind, text, opinion_id) VALUES (?, ?, ?, ?)",
            [(key[0], key[1], text, opinion_id) for key, (text, opinion_id) in wanted.items()
             if key not in present])

    # -- for --json and the pages ------------------------------------------------------------------
    def as_json(self, opinions: list[Opinion], goals: str = "") -> dict[str, Any]:
        state = self.state()
        names = {o.id: o.label for o in opinions}

        def option_json(option: Option) -> dict[str, Any]:
            return {
                "id": option.id, "text": option.text, "own": option.own,
                "recommended_by": [names.get(i, "") for i in option.recommended_by()],
                "mentioned_by": [names.get(i, "") for i in option.mentioned_by()],
                **{f"{kind}s": [{"n": n, "id": f.id, "text": f.text, "matters": f.matters,
                                 "named_by": names.get(f.opinion_id or 0, "me")}
                                for n, f in enumerate(option.factors(kind), start=1)]
                   for kind in KINDS},
            }

        chosen = state.choice_id
        return {
            "goals": goals,
            "question": state.question,
            "deadline": state.deadline,
            "status": state.status_key,
            "status_label": STATUSES[state.status_key],
            "choice": chosen,
            "decide_with": state.decide_with,
            "role": state.role,
            "checks": {key: state.checks()[key] or None for key in CHECKS},
            "options": [option_json(o) for o in self.options()],
            "set_aside": [option_json(o) for o in self.options(removed=True)],
            "next_steps": [asdict(s) for s in self.steps.entries()],
            "note": NO_RECOMMENDATION,
        }


def state_fields() -> list[str]:
    return [f.name for f in fields(DecisionState)]
