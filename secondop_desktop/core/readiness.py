"""Is my file complete? What a second-opinion reviewer needs, matched against the vault.

Reviewers ask for the same material for a kind of question (a second pathologist reviews the
slides, a second radiologist reads the images, not only the reports). Each item is found in the
vault by the records' kind and by what their text says (PDF text and read scans: a pathology
report is found by its words, not only by its kind), by the DICOM studies, by what the patient
entered (medications, allergies, the timeline, the reason) and by the open records requests.

An item is *present* (these records), *requested* (that request, due then), *missing* (a records
request can be made for it) or *not applicable* (the patient says so).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .profile import ListState, Profile
from .requests import ITEMS, OPEN_STATUSES, RecordsRequest

if TYPE_CHECKING:
    from .vault import Vault

CONDITIONS: dict[str, str] = {
    "cancer": "Cancer", "heart": "Heart", "neuro": "Brain and nerves",
    "spine-joints": "Spine and joints", "other": "Other",
}
NOT_APPLICABLE_KEY = "readiness.not_applicable"  # in the profile table, keys joined by commas
DEFAULT_PROVIDER = "My current doctor"

# Words in the diagnosis (or the reason) that tell the kind of question, in the order tried:
# "brain tumour" is a cancer question first.
_CONDITION_WORDS: list[tuple[str, str]] = [
    ("cancer", r"cancer|carcinom|tumou?r|lymphom|leuka?emi|melanom|sarcom|malignan|neoplas|"
               r"metasta|oncolog|myelom|gliom|glioblastom|blastom|h[uü]rthle|nodule|mass\b|"
               r"lesion|biopsy"),
    ("heart", r"heart|cardi|coronary|arrhythm|atrial|ventric|valv|aort|myocard|angina|"
              r"hypertension|mitral|stent|bypass|pacemaker"),
    ("neuro", r"brain|neuro|epilep|seizure|sclerosis|parkinson|stroke|migraine|dementia|"
              r"alzheimer|neuropath|aneurysm|headache|tremor"),
    ("spine-joints", r"spin|disc\b|disk\b|hernia|lumbar|sciatica|stenosis|scoliosis|knee|hip\b|"
                     r"shoulder|joint|arthr|ligament|menisc|tendon|vertebra|back pain|neck pain"),
]


class State(StrEnum):
    PRESENT = "present"
    REQUESTED = "requested"
    MISSING = "missing"
    NOT_APPLICABLE = "not applicable"


@dataclass(frozen=True)
class Need:
    """One thing a reviewer needs: how to find it and how to ask for it."""

    key: str
    label: str
    why: str  # one line for the patient: why a reviewer wants it
    words: str = ""  # a regex over a record's text (title, notes and page text); '' = none
    kinds: tuple[str, ...] = ()  # record kinds that count by themselves
    dicom: bool = False  # the image files themselves (DICOM studies)
    facts: str = ""  # a category of facts read from clinical documents (medication...)
    request: str = ""  # the records-request item that asks for it ('' = nothing to ask)
    source: str = ""  # what the patient enters themselves: reason, medications, allergies...


_IMAGING_WORDS = (r"(?-i:\bCT\b|\bMRI?\b|\bPET\b)|magnetic resonance|computed tomograph|"
                  r"ultraso|sonograph|mammogra|x-ray|radiograph|radiolog|findings:|"
                  r"impression:")
# What an operative note says of itself; "…ectomy" alone is also in letters that recommend one.
_OPERATIVE_WORDS = (r"operative (note|report)|operation (note|report)|surg(ery|ical) (note|report)|"
                    r"procedure note|pre-?operative diagnosis|post-?operative diagnosis|"
                    r"procedure performed|an(a)?esthesi")
EVERY: list[Need] = [
    Need("key-question", "The question to answer", "One or two lines that say what you want "
         "the reviewer to answer.", source="reason"),
    Need("medications", "Current medications", "Names, doses and how often.",
         facts="medication", request="medications", source="medications"),
    Need("allergies", "Allergies", "Or that you have none.", facts="allergy",
         source="allergies"),
    Need("timeline", "A timeline", "First symptom, tests, diagnosis and treatments, with dates.",
         source="timeline"),
    Need("labs", "Recent lab results", "Ideally several results over time, not one value.",
         words=r"laborator|lab results?|blood count|haemoglobin|hemoglobin|creatinine|"
               r"(?-i:\bCBC\b|\bTSH\b)|reference range",
         kinds=("labs",), facts="result", request="labs"),
]
BY_CONDITION: dict[str, list[Need]] = {
    "cancer": [
        Need("pathology-report", "Pathology reports", "Of the biopsy and of any surgery.",
             words=r"patholog|histolog|cytolog|biops|specimen|microscopic|carcinom|"
                   r"malignan|gross description|final diagnosis",
             request="pathology-reports"),
        Need("pathology-slides", "Pathology slides and blocks", "A second pathologist reviews "
             "the slides themselves; the lab sends them (often with a signed release).",
             request="pathology-slides"),
        Need("imaging-reports", "Imaging reports", "CT, MRI, PET, ultrasound, mammography.",
             words=_IMAGING_WORDS, request="imaging-reports"),
        Need("imaging-files", "The images themselves (DICOM)", "A second radiologist reads "
             "the images, not only the report.", dicom=True, request="imaging-cd"),
        Need("operative-notes", "Operative notes", "What the surgeon did and found.",
             words=_OPERATIVE_WORDS, request="operative-notes"),
        Need("molecular", "Molecular or biomarker reports", "NGS, IHC, FISH, receptor status.",
             words=r"molecular|biomarker|genomic|next[- ]generation sequencing|"
                   r"immunohistochem|mutation|(?-i:\bNGS\b|\bIHC\b|\bFISH\b|\bPD-L1\b|"
                   r"\bHER2\b|\bEGFR\b|\bKRAS\b|\bBRAF\b|\bBRCA\d?\b)|receptor status|"
                   r"Ki-?67",
             request="pathology-reports"),
        Need("treatment", "Treatment so far, with dates", "Drugs and doses, radiotherapy, "
             "surgery, and how it went.",
             words=r"chemotherap|radiotherap|radiation therap|immunotherap|cycle \d|regimen|"
                   r"tumou?r board|treatment plan|radioactive iodine",
             request="notes"),
    ],
    "heart": [
        Need("ecg", "ECGs", "Resting ECGs, Holter if done.",
             words=r"electrocardiogra|(?-i:\bECG\b|\bEKG\b)|holter|sinus rhythm",
             request="notes"),
        Need("echo", "Echocardiogram report", "With the images if possible.",
             words=r"echocardiogra|ejection fraction|(?-i:\bLVEF\b|\bTTE\b|\bTEE\b)",
             request="imaging-reports"),
        Need("stress-test", "Stress tests", "Exercise, stress echo or perfusion tests.",
             words=r"stress test|exercise test|treadmill|stress echo|myocardial perfusion|"
                   r"ergometr",
             request="notes"),
        Need("catheterisation", "Catheterisation report", "Coronary angiography, if done.",
             words=r"catheteri[sz]ation|angiogra|(?-i:\bPCI\b)", request="operative-notes"),
        Need("cardiac-imaging", "Cardiac imaging (the images)", "Cardiac CT or MRI, echo "
             "loops: the files themselves.", dicom=True, request="imaging-cd"),
    ],
    "neuro": [
        Need("imaging-reports", "MRI and CT reports", "Of the brain or spinal cord.",
             words=_IMAGING_WORDS, request="imaging-reports"),
        Need("imaging-files", "The MRI and CT images (DICOM)", "A second radiologist reads the "
             "images, not only the report.", dicom=True, request="imaging-cd"),
        Need("eeg-emg", "EEG and EMG reports", "Nerve conduction studies too.",
             words=r"electroencephalogra|electromyogra|nerve conduction|(?-i:\bEEG\b|\bEMG\b)",
             request="notes"),
        Need("neurology-notes", "Neurology notes", "Letters and clinic notes of your "
             "neurologist.", words=r"neurolog", request="notes"),
    ],
    "spine-joints": [
        Need("imaging-reports", "MRI, CT and X-ray reports", "Of the spine or the joint.",
             words=_IMAGING_WORDS, request="imaging-reports"),
        Need("imaging-files", "The images themselves (DICOM)", "A second radiologist or surgeon "
             "looks at the images, not only the report.", dicom=True, request="imaging-cd"),
        Need("operative-notes", "Operative notes", "Of any operation on the spine or joint.",
             words=_OPERATIVE_WORDS, request="operative-notes"),
        Need("physiotherapy", "Physiotherapy notes", "What was tried and how it went.",
             words=r"physiotherap|physical therap|rehabilitat", request="notes"),
        Need("injections", "Injections", "Epidural or joint injections, with dates and effect.",
             words=r"injection|epidural|nerve block|infiltrat", request="notes"),
    ],
    "other": [
        Need("doctor-letters", "Letters and notes of your doctors", "The notes that led to the "
             "diagnosis and the plan.", words=r"dear (dr|doctor|colleague)|clinic letter|"
             r"consultation|assessment and plan|history of present illness|impression",
             kinds=("reports",), request="notes"),
        Need("test-reports", "Reports of the tests done", "Imaging, scopes, biopsies.",
             words=_IMAGING_WORDS, kinds=("imaging",), request="imaging-reports"),
    ],
}


def needs_for(condition: str) -> list[Need]:
    """The reviewer's list for a kind of question: its own items, then every case's."""
    return [*BY_CONDITION.get(condition, BY_CONDITION["other"]), *EVERY]


def all_need_keys() -> set[str]:
    return {n.key for needs in BY_CONDITION.values() for n in needs} | {n.key for n in EVERY}


def parse_condition(value: object) -> str:
    """``cancer``, ``Heart``, ``spine`` ... -> a key of CONDITIONS; '' means "from the text"."""
    text = str(value or "").strip().lower().replace(" ", "-")
    if text in ("", "auto", "automatic"):
        return ""
    aliases = {"brain": "neuro", "nerves": "neuro", "neurology": "neuro", "spine": "spine-joints",
               "joints": "spine-joints", "oncology": "cancer", "cardiac": "heart"}
    text = aliases.get(text, text)
    for key, label in CONDITIONS.items():
        if text in (key, label.lower().replace(" ", "-")):
            return key
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Reason", "Unknown kind of question '{value}'; choose one of: {choices}."),
        value=value, choices='|'.join(CONDITIONS))


def guess_condition(text: str) -> str:
    """The kind of question the diagnosis (or reason) names; 'other' when it names none."""
    for key, words in _CONDITION_WORDS:
        if re.search(words, text, re.IGNORECASE):
            return key
    return "other"


def condition_of(profile: Profile) -> tuple[str, bool]:
    """(kind of question, whether it was read from the text rather than set)."""
    if profile.condition in CONDITIONS:
        return profile.condition, False
    return guess_condition(f"{profile.diagnosis}\n{profile.reason}"), True


@dataclass
class Item:
    key: str
    label: str
    why: str
    state: State
    records: list[tuple[int, str]] = field(default_factory=list)  # (id, title)
    detail: str = ""  # "entered on the Visit screen", "request 3 to City Hospital, due ..."
    request_item: str = ""  # what a records request for it asks for ('' = nothing to ask)
    request_id: int | None = None
    # What ``detail`` says, as data (a key of DETAILS and its values): the screens and the
    # packet say it in their own language; ``detail`` is the English of it (CLI, JSON).
    detail_kind: str = ""
    detail_values: dict[str, Any] = field(default_factory=dict)

    def say(self, kind: str, **values: Any) -> None:
        self.detail_kind, self.detail_values = kind, values
        self.detail = detail_english(kind, values)

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "state": self.state.value,
                "records": [{"id": i, "title": t} for i, t in self.records],
                "detail": self.detail, "request_item": self.request_item,
                "request": self.request_id, "why": self.why}


@dataclass
class Readiness:
    condition: str
    guessed: bool  # the kind of question was read from the diagnosis
    items: list[Item]

    def of(self, state: State) -> list[Item]:
        return [i for i in self.items if i.state is state]

    def item(self, key: str) -> Item:
        for item in self.items:
            if item.key == key:
                return item
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "There is no item '{key}' for a {condition} question; choose one of: "
                      "{choices}."),
            key=key, condition=self.condition, choices=', '.join(i.key for i in self.items))

    def as_json(self) -> dict[str, Any]:
        return {"condition": self.condition, "guessed": self.guessed,
                "items": [i.as_json() for i in self.items]}


# -- reading the vault -----------------------------------------------------------------------------
@dataclass
class _Record:
    id: int
    title: str
    kind: str
    format: str
    text: str


def _records(vault: Vault) -> list[_Record]:
    """Every record not in the trash, with all the text known of it (one query each)."""
    conn = vault.db.conn
    text: dict[int, list[str]] = {}
    for doc_id, body in conn.execute("SELECT document_id, text FROM document_text"):
        text.setdefault(doc_id, []).append(body)
    for doc_id, body in conn.execute(
            "SELECT document_id, group_concat(text, ' ') FROM page_text GROUP BY document_id"):
        text.setdefault(doc_id, []).append(body or "")
    out = []
    for doc in vault.documents.records():
        meta = " ".join(str(v) for k, v in doc.meta.items()
                        if isinstance(v, str) and k in ("modality", "description", "body_part",
                                                         "study_description"))
        words = " ".join([doc.title, doc.original_name, doc.body_part, " ".join(doc.tags),
                          doc.notes, meta, *text.get(doc.id, [])])
        out.append(_Record(doc.id, doc.title, doc.kind, doc.format, words))
    return out


def _fact_documents(vault: Vault) -> dict[str, set[int]]:
    rows = vault.db.conn.execute(
        "SELECT f.category, f.document_id FROM clinical_facts f JOIN documents d "
        "ON d.id = f.document_id WHERE d.trashed = 0")
    out: dict[str, set[int]] = {}
    for category, doc_id in rows:
        out.setdefault(category, set()).add(doc_id)
    return out


def not_applicable(vault: Vault) -> set[str]:
    rows = vault.db.query("SELECT value FROM profile WHERE key = ?", (NOT_APPLICABLE_KEY,))
    return {k for k in (rows[0]["value"].split(",") if rows else []) if k}


def set_not_applicable(vault: Vault, key: str, value: bool = True) -> Readiness:
    """The patient says an item does not apply to them (or takes that back)."""
    report = check(vault)
    report.item(key)  # refuses a key that is not on the list
    keys = not_applicable(vault)
    keys = keys | {key} if value else keys - {key}
    with vault.db.transaction() as conn:
        conn.execute("INSERT INTO profile (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     (NOT_APPLICABLE_KEY, ",".join(sorted(keys))))
    return check(vault)


# What an item's detail can say (Item.detail_kind), in English; the screens and the packet
# have their own wording of each.
DETAILS: dict[str, str] = {
    "reason": "your reason, on the Visit screen",
    "listed": "{count} listed on the Visit screen",
    "none-known": "none, as you said on the Visit screen",
    "events": "{count} {events} on the Visit screen",
    "not-sent": "request {id} to {provider}, not sent yet",
    "asked": "request {id} to {provider}, asked {asked}",
    "asked-due": "request {id} to {provider}, asked {asked}, due {due}",
    "not-applicable": "you said it does not apply",
    "received": "marked received on a records request",
}


def detail_english(kind: str, values: dict[str, Any]) -> str:
    count = values.get("count", 0)
    return DETAILS[kind].format(**values, events="event" if count == 1 else "events")


def _own_entries(vault: Vault, profile: Profile, source: str) -> tuple[str, dict[str, Any]]:
    """What the patient entered for ``source`` (a DETAILS kind and its values; '' when
    nothing)."""
    if source == "reason":
        return ("reason", {}) if profile.reason.strip() else ("", {})
    if source in ("medications", "allergies"):
        store = vault.medications if source == "medications" else vault.allergies
        state = store.state()
        if state is ListState.LISTED:
            return "listed", {"count": store.count()}
        return ("none-known", {}) if state is ListState.NONE_KNOWN else ("", {})
    if source == "timeline":
        events = vault.timeline.count()
        return ("events", {"count": events}) if events else ("", {})
    return "", {}


def _request_detail(request: RecordsRequest) -> tuple[str, dict[str, Any]]:
    values: dict[str, Any] = {"id": request.id, "provider": request.provider}
    if request.asked is None:
        return "not-sent", values
    values["asked"] = request.asked.isoformat()
    if request.due:
        return "asked-due", {**values, "due": request.due.isoformat()}
    return "asked", values


def _open_requests(vault: Vault) -> dict[str, RecordsRequest]:
    """Request item key -> the open request still waiting for it (the earliest due)."""
    out: dict[str, RecordsRequest] = {}
    for request in vault.requests.all():
        if request.status not in (*OPEN_STATUSES, "to-ask"):
            continue
        for item in request.missing():
            known = out.get(item.item)
            if known is None or (request.due or dt.date.max) < (known.due or dt.date.max):
                out[item.item] = request
    return out


def _received(vault: Vault) -> dict[str, list[int]]:
    """Request item key -> the records that came in for it (items marked received)."""
    out: dict[str, list[int]] = {}
    for request in vault.requests.all():
        for item in request.items:
            if item.received:
                out.setdefault(item.item, []).extend(item.records)
    return out


def _kind_fits(need: Need, kind: str) -> bool:
    """A lab result is no imaging report however its words go (and the reverse): words count
    for a record filed under another specific kind only when the need is of that kind."""
    if kind == "labs":
        return "labs" in need.kinds or need.request == "labs"
    if kind == "imaging":
        return "imaging" in need.kinds or need.request in ("imaging-reports", "imaging-cd")
    return True


def check(vault: Vault) -> Readiness:
    profile = vault.patient.get()
    condition, guessed = condition_of(profile)
    records = _records(vault)
    titles = {r.id: r.title for r in records}
    facts = _fact_documents(vault)
    waiting = _open_requests(vault)
    received = _received(vault)
    skipped = not_applicable(vault)
    items = []
    for need in needs_for(condition):
        found: list[int] = []
        words = re.compile(need.words, re.IGNORECASE) if need.words else None
        for record in records:
            if (record.kind in need.kinds or (need.dicom and record.format == "dicom")
                    or (words is not None and record.format != "dicom"
                        and _kind_fits(need, record.kind) and words.search(record.text))):
                found.append(record.id)
        found += sorted(facts.get(need.facts, set()) - set(found)) if need.facts else []
        came_in = received.get(need.request, []) if need.request else []
        found += [r for r in came_in if r not in found and r in titles]
        own, own_values = _own_entries(vault, profile, need.source) if need.source else ("", {})
        item = Item(need.key, need.label, need.why, State.MISSING,
                    [(r, titles[r]) for r in found if r in titles], request_item=need.request)
        if own:
            item.say(own, **own_values)
        if need.key in skipped:
            item.state = State.NOT_APPLICABLE
            item.say("not-applicable")
        elif found or own or (need.key == "pathology-slides" and need.request in received):
            item.state = State.PRESENT
            if need.key == "pathology-slides" and not found:
                item.say("received")
        elif need.request and need.request in waiting:
            request = waiting[need.request]
            item.state, item.request_id = State.REQUESTED, request.id
            kind, values = _request_detail(request)
            item.say(kind, **values)
        items.append(item)
    return Readiness(condition, guessed, items)


def request_missing(vault: Vault, key: str, provider: str = "") -> RecordsRequest:
    """One click: a records request for a missing item, to ``provider`` (default: the referring
    doctor). A request to that provider not sent yet takes the item instead of a new one."""
    item = check(vault).item(key)
    if not item.request_item:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "“{label}” is something you enter yourself, on the Visit screen; there is "
                      "nobody to ask for it."), label=item.label)
    provider = provider.strip() or vault.appointment.get().referring.strip() or DEFAULT_PROVIDER
    for request in vault.requests.all():
        if request.provider == provider and request.status == "to-ask":
            keys = [i.item for i in request.items]
            if item.request_item in keys:
                return request
            return vault.requests.update(request.id, items=[*keys, item.request_item])
    return vault.requests.add(provider, [item.request_item])


def summary_lines(report: Readiness) -> tuple[list[str], list[str]]:
    """(what the file includes, what is still missing or awaited), one line each, for the
    packet's Summary."""
    included, missing = [], []
    for item in report.items:
        if item.state is State.PRESENT:
            what = (f"{len(item.records)} record{'s' if len(item.records) != 1 else ''}"
                    if item.records else item.detail)
            included.append(f"{item.label}: {what}")
        elif item.state is State.REQUESTED:
            missing.append(f"{item.label}: requested ({item.detail})")
        elif item.state is State.MISSING:
            missing.append(f"{item.label}: not in the file yet")
    return included, missing


__all__ = ["CONDITIONS", "ITEMS", "Item", "Need", "Readiness", "State", "check",
           "condition_of", "guess_condition", "needs_for", "parse_condition", "request_missing",
           "set_not_applicable", "summary_lines"]
