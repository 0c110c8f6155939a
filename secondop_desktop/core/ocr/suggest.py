"""Filing suggested from a record's text: date of service, provider, kind and title.

Plain rules over the text, no model: labels ("Date of service", "Collected", "Reported"), a letter
date near the top, the letterhead's facility, and the names of common tests and studies.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import asdict, dataclass

from .dates import FoundDate, day_first_in, find_dates

# Labels of the date of service, best first; print, scan and birth dates are never it.
SERVICE_LABELS = [
    r"date\s+of\s+service", r"service\s+date", r"date\s+of\s+(?:exam(?:ination)?|study|visit|"
    r"procedure|admission|consultation|clinic|operation|surgery)",
    r"(?:exam(?:ination)?|study|visit|procedure|clinic|appointment|admission)\s+date",
    r"collect(?:ed|ion(?:\s+date)?)", r"sample\s+(?:taken|date)", r"specimen\s+(?:date|taken)",
    r"seen\s+on", r"reported|report\s+date|date\s+reported", r"date",
]
NOT_SERVICE = re.compile(r"(birth|dob|d\.o\.b|born|print|scan|fax|page|received\s+by\s+fax|"
                         r"expir|next|due|follow[- ]?up)\W*$", re.IGNORECASE)
FACILITY_WORDS = re.compile(
    r"\b(hospital|clinic|clinics|medical\s+cent(?:re|er)|health|healthcare|laborator(?:y|ies)|"
    r"pathology|radiology|imaging|diagnostics?|infirmary|practice|surgery|institute|"
    r"university|foundation|trust|centre|center|partners|associates|nhs)\b", re.IGNORECASE)
# A heading that names the document ("Laboratory results") is not the facility's name.
DOCUMENT_WORDS = re.compile(r"\b(results?|reports?|letter|summary|request|form)\b", re.IGNORECASE)
LETTERHEAD_LINES = 8
LETTER_DATE_LINES = 15

MODALITIES = [("MRI", r"\bmri\b|magnetic\s+resonance"), ("CT", r"\bct\b|computed\s+tomograph"),
              ("PET-CT", r"\bpet[- ]?ct\b"), ("X-ray", r"x[- ]?ray|radiograph"),
              ("Ultrasound", r"ultrasound|sonograph|\bus\b\s+(?:abdomen|pelvis)"),
              ("Mammogram", r"mammogra"), ("DEXA scan", r"\bdexa\b|bone\s+densit")]
BODY_PARTS = ["lumbar spine", "cervical spine", "thoracic spine", "whole spine", "brain", "head",
              "chest", "abdomen and pelvis", "abdomen", "pelvis", "knee", "shoulder", "hip",
              "ankle", "wrist", "hand", "foot", "neck", "heart", "breast", "liver", "kidneys",
              "prostate", "thyroid", "sinuses"]
LAB_TITLES = [("Full blood count", r"full\s+blood\s+count|\bfbc\b|"
                                   r"ha?emoglobin[\s\S]{0,300}platelets"),
              ("Complete blood count", r"complete\s+blood\s+count|\bcbc\b"),
              ("Comprehensive metabolic panel", r"comprehensive\s+metabolic\s+panel|\bcmp\b"),
              ("Basic metabolic panel", r"basic\s+metabolic\s+panel|\bbmp\b"),
              ("Urea and electrolytes", r"urea\s+(?:and|&)\s+electrolytes|\bu\s*&\s*e\b"),
              ("Liver function tests", r"liver\s+function|\blfts?\b"),
              ("Thyroid function tests", r"thyroid\s+function|\btfts?\b"),
              ("Lipid panel", r"lipid\s+(?:panel|profile)|cholesterol"),
              ("HbA1c", r"hba1c|glycated\s+ha?emoglobin"),
              ("Urinalysis", r"urinalysis|urine\s+(?:analysis|dipstick)"),
              ("Coagulation screen", r"coagulation|\binr\b"),
              ("Iron studies", r"iron\s+studies|ferritin"), ("Vitamin D", r"vitamin\s+d\b"),
              ("PSA", r"\bpsa\b|prostate[- ]specific")]
REPORT_TITLES = [("Discharge summary", r"discharge\s+summary"),
                 ("Histology report", r"histolog|histopatholog"),
                 ("Pathology report", r"pathology\s+report|biopsy"),
                 ("Operative note", r"operati(?:ve|on)\s+(?:note|report)"),
                 ("Referral letter", r"referral"),
                 ("Clinic letter", r"clinic\s+letter|dear\s+dr|dear\s+colleague")]
KIND_HINTS = {
    "imaging": r"\b(mri|ct|x[- ]?ray|ultrasound|radiolog\w*|imaging|scan|contrast|sagittal|"
               r"axial|impression|findings|radiologist)\b",
    "labs": r"\b(result|reference\s+range|ref\.?\s+range|units?|specimen|collected|"
            r"haemoglobin|hemoglobin|platelets|wbc|sodium|potassium|creatinine|mmol/l|g/l|"
            r"laborator\w*|pathology\s+lab)\b",
    "reports": r"\b(dear|yours\s+sincerely|diagnosis|plan|history|examination|discharge|"
               r"summary|referral|clinic\s+letter|impression|consultant|i\s+saw|we\s+saw)\b",
}


# An imaging report's structure: its headings (or a modality line of a study's header).
IMAGING_REPORT = re.compile(r"^\s*(?:findings|impression|technique|conclusions?|comparison|"
                            r"clinical\s+(?:history|indication|details)|indication|procedure|"
                            r"exam(?:ination)?|study|modality)\s*:?", re.IGNORECASE | re.MULTILINE)


@dataclass
class Suggestion:
    record_date: str | None = None  # YYYY-MM-DD
    provider: str | None = None
    kind: str | None = None
    title: str | None = None
    named_patient: str | None = None  # for the identity check
    named_dob: str | None = None
    settled: bool = False  # the patient used or dismissed it: no longer marked as a suggestion

    def as_json(self) -> dict[str, str | None]:
        return {"date": self.record_date, "provider": self.provider, "kind": self.kind,
                "title": self.title}


def suggest(text: str, day_first: bool | None = None) -> Suggestion:
    from .identity import named_patient

    dates = find_dates(text)
    first_day = day_first_in(dates, day_first)
    kind = suggest_kind(text)
    name, dob = named_patient(text, first_day)
    return Suggestion(
        record_date=_iso(service_date(text, dates, first_day)),
        provider=suggest_provider(text),
        kind=kind,
        title=suggest_title(text, kind),
        named_patient=name,
        named_dob=_iso(dob),
    )


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def service_date(text: str, dates: list[FoundDate], day_first: bool) -> dt.date | None:
    """The labelled date of service, else the letter date near the top, else none."""
    best: tuple[int, int, dt.date] | None = None
    for item in dates:
        before = text[max(0, text.rfind("\n", 0, item.start) + 1):item.start]
        if NOT_SERVICE.search(before.strip(" :\t-")) or _is_birth(before):
            continue
        date = item.resolve(day_first)
        if date is None or date > dt.date.today() + dt.timedelta(days=1):
            continue
        for rank, label in enumerate(SERVICE_LABELS):
            if re.search(r"\b(?:" + label + r")\b[^\n\d]{0,25}$", before, re.IGNORECASE):
                if best is None or rank < best[0]:
                    best = (rank, item.start, date)
                break
    if best is not None:
        return best[2]
    return _letter_date(text, dates, day_first)


def _is_birth(before: str) -> bool:
    return bool(re.search(r"(birth|dob|d\.o\.b|born)\W*$", before, re.IGNORECASE))


def _letter_date(text: str, dates: list[FoundDate], day_first: bool) -> dt.date | None:
    """A date standing alone on its line near the top: the date of a letter."""
    top = len("\n".join(text.splitlines()[:LETTER_DATE_LINES]))
    for item in dates:
        if item.start > top:
            break
        line_start = text.rfind("\n", 0, item.start) + 1
        line_end = text.find("\n", item.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        rest = line.replace(text[item.start:item.end], "").strip(" ,.:\t")
        if len(rest) <= 12 and not _is_birth(text[line_start:item.start]):
            return item.resolve(day_first)
    return None


def suggest_provider(text: str) -> str | None:
    """The facility of the letterhead: an early line that names a hospital, clinic, lab..."""
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:LETTERHEAD_LINES]:
        if ":" in line or re.search(r"\d{3,}", line) or DOCUMENT_WORDS.search(line):
            continue  # a label, a phone number, an address or a heading is not the facility
        if FACILITY_WORDS.search(line) and 3 <= len(line) <= 80:
            return re.sub(r"\s{2,}", " ", line).strip(" ,.-")
    return None


def suggest_kind(text: str) -> str | None:
    """The kind the text supports: a letter is a report (also one *about* a scan); imaging
    only for text with an imaging report's structure; nothing for a page of no care at all
    (a tax form)."""
    from ..documents import LETTER, NOT_MEDICAL

    head = text[:4000].lower()
    if NOT_MEDICAL.search(head):
        return None
    if LETTER.search(head):
        return "reports"
    scores = {kind: len(re.findall(pattern, head)) for kind, pattern in KIND_HINTS.items()}
    for _title, pattern in LAB_TITLES:
        scores["labs"] += 3 * bool(re.search(pattern, head))
    scores["imaging"] += 3 * bool(_modality(head))
    if not IMAGING_REPORT.search(head):
        scores["imaging"] = 0
    kind, score = max(scores.items(), key=lambda kv: kv[1])
    return kind if score >= 2 else ("other" if head.strip() else None)


def _modality(lower: str) -> str | None:
    for name, pattern in MODALITIES:
        if re.search(pattern, lower):
            return name
    return None


def suggest_title(text: str, kind: str | None) -> str | None:
    lower = text[:4000].lower()
    if kind == "imaging":
        modality = _modality(lower)
        if modality:
            part = next((p for p in BODY_PARTS if re.search(r"\b" + p + r"\b", lower)), None)
            return " ".join(filter(None, (modality, part, "report")))
    if kind == "labs":
        found = [title for title, pattern in LAB_TITLES if re.search(pattern, lower)]
        if found:
            return ", ".join(found[:2])
    for title, pattern in REPORT_TITLES:
        if re.search(pattern, lower):
            return title
    return None


def store_suggestions(conn: sqlite3.Connection, document_id: int, text: str) -> Suggestion:
    found = suggest(text)
    row = asdict(found)
    del row["settled"]
    conn.execute(
        "INSERT INTO suggestions (document_id, record_date, provider, kind, title, named_patient,"
        " named_dob) VALUES (:id, :record_date, :provider, :kind, :title, :named_patient, "
        ":named_dob) ON CONFLICT (document_id) DO UPDATE SET record_date = excluded.record_date,"
        " provider = excluded.provider, kind = excluded.kind, title = excluded.title, "
        "named_patient = excluded.named_patient, named_dob = excluded.named_dob",
        {**row, "id": document_id})
    return found


def settle(conn: sqlite3.Connection, document_id: int) -> None:
    """The patient used or dismissed the suggestion: its values are ordinary ones from now on."""
    conn.execute("UPDATE suggestions SET accepted = 'settled' WHERE document_id = ?",
                 (document_id,))


def suggestions_for(conn: sqlite3.Connection, document_id: int) -> Suggestion | None:
    row = conn.execute("SELECT * FROM suggestions WHERE document_id = ?",
                       (document_id,)).fetchone()
    return _from_row(row) if row else None


def all_suggestions(conn: sqlite3.Connection) -> dict[int, Suggestion]:
    return {r["document_id"]: _from_row(r) for r in conn.execute("SELECT * FROM suggestions")}


def _from_row(row: sqlite3.Row) -> Suggestion:
    return Suggestion(row["record_date"], row["provider"], row["kind"], row["title"],
                      row["named_patient"], row["named_dob"], bool(row["accepted"]))


def apply_service_date(conn: sqlite3.Connection, document_id: int, found: Suggestion) -> bool:
    """Set the date of service read from the text on a record whose only date is the file's
    (or that has none), as Paperless-ngx dates a document from its content; the date replaced
    is kept in the record's meta, so the patient can take it back. A date the patient gave, or
    a suggestion the patient dismissed, is never overridden. Returns whether it was set."""
    from ..documents import DATE_BEFORE, DATE_SOURCE, FILE_DATE, TEXT_DATE

    if not found.record_date or found.settled:
        return False
    row = conn.execute("SELECT record_date, meta FROM documents WHERE id = ?",
                       (document_id,)).fetchone()
    settled = conn.execute("SELECT accepted FROM suggestions WHERE document_id = ?",
                           (document_id,)).fetchone()
    if row is None or (settled and settled[0]):
        return False
    meta = json.loads(row[1] or "{}")
    source = meta.get(DATE_SOURCE)
    if row[0] is not None and source not in (FILE_DATE, TEXT_DATE):
        return False  # the patient's date, or one the record itself states
    if source != TEXT_DATE:
        meta[DATE_BEFORE] = row[0]
    meta[DATE_SOURCE] = TEXT_DATE
    conn.execute("UPDATE documents SET record_date = ?, meta = ? WHERE id = ?",
                 (found.record_date, json.dumps(meta), document_id))
    return True
