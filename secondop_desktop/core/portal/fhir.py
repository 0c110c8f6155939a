"""FHIR R4 JSON (DSTU2 and STU3 where the fields agree): a Bundle, one resource, or NDJSON.

Each file becomes one record; its facts come from the resources it holds. PDFs carried inline in
DocumentReference or Binary resources become records of their own; URLs are never fetched.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..clinical_facts import Fact
from ..errors import QT_TRANSLATE_NOOP, RefusedFile
from ..lab_ranges import number_in_text
from . import patients
from .ccda import INTERPRETATIONS, LINES_PER_PAGE, Attachment, as_of
from .vocab import NCI, SNOMED, is_human_text, vendor_frequency, word_for

SYSTEMS = {
    "http://www.nlm.nih.gov/research/umls/rxnorm": "RxNorm",
    "http://snomed.info/sct": "SNOMED CT",
    "http://hl7.org/fhir/sid/icd-10-cm": "ICD-10-CM",
    "http://hl7.org/fhir/sid/icd-10": "ICD-10",
    "http://hl7.org/fhir/sid/icd-9-cm": "ICD-9-CM",
    "http://loinc.org": "LOINC",
    "http://hl7.org/fhir/sid/cvx": "CVX",
    "http://www.ama-assn.org/go/cpt": "CPT",
    "http://hl7.org/fhir/sid/ndc": "NDC",
}
OIDS = {"http://snomed.info/sct": SNOMED, "http://ncimeta.nci.nih.gov": NCI,
        "http://ncithesaurus-stage.nci.nih.gov": NCI, "http://ncit.nci.nih.gov": NCI}
PREFERRED = {"medication": "RxNorm", "result": "LOINC", "immunization": "CVX",
             "problem": "SNOMED CT", "allergy": "RxNorm"}
MAX_SHOWN = 60  # rows of each kind on the rendered pages (every result is in the Labs screen)
# Observations that are lab results; vital signs, surveys and social history are left out.
LAB_CATEGORIES = {"laboratory", "lab", "LAB"}
KNOWN = {"Patient", "Bundle", "Condition", "MedicationRequest", "MedicationStatement",
         "AllergyIntolerance", "Observation", "Procedure", "Immunization", "Encounter",
         "DiagnosticReport", "DocumentReference", "Composition", "Practitioner",
         "Organization", "Medication", "Binary", "Claim", "ExplanationOfBenefit", "CarePlan",
         "CareTeam", "Goal", "Device", "ImagingStudy", "Location", "Coverage", "Provenance",
         "ServiceRequest", "MedicationAdministration", "SupplyDelivery", "Questionnaire",
         "QuestionnaireResponse", "RelatedPerson", "PractitionerRole", "List",
         "FamilyMemberHistory", "MedicationOrder"}


@dataclass
class FhirDocument:
    title: str = "Health record (FHIR)"
    date: dt.date | None = None
    patient: str = ""
    birth_date: str = ""
    patient_id: str = ""  # the Patient resource's id, when the file names one
    author: str = ""
    resource_counts: Counter[str] = field(default_factory=Counter)
    facts: list[Fact] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    narrative: list[tuple[str, str]] = field(default_factory=list)  # (title, text)

    def estimated_pages(self) -> int:
        """About how many pages the rendered record takes: each kind of entry shows its latest
        ``MAX_SHOWN`` rows."""
        counts = Counter(f.category for f in self.facts)
        lines = 10 + sum(3 + 1.3 * min(n, MAX_SHOWN) for n in counts.values())
        return max(1, math.ceil(lines / LINES_PER_PAGE))

    @property
    def kind(self) -> str:
        return "labs" if self.facts and all(f.category == "result" for f in self.facts) \
            else "reports"


def load_resources(data: bytes) -> list[dict[str, Any]]:
    """The resources of a Bundle, a single resource or NDJSON; RefusedFile if none."""
    text = data.decode("utf-8-sig", "replace").strip()
    try:
        items: list[Any] = list(_decode_in_pieces(text))
    except ValueError:  # JSONDecodeError, or a second value after the first: NDJSON
        try:
            items = [json.loads(line, parse_float=WrittenNumber)
                     for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise RefusedFile(QT_TRANSLATE_NOOP(
                "Reason", "the JSON file is damaged and cannot be read")) from exc
    except RecursionError as exc:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the JSON file is nested too deeply to be read")) from exc
    resources = list(_flatten(items))
    if not resources:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "this JSON file holds no health record (no FHIR resources)"))
    return resources


class WrittenNumber(float):
    """A JSON number that remembers how it was written (1.50 is not 1.5 on a lab report)."""

    written: str

    def __new__(cls, text: str) -> WrittenNumber:
        number = super().__new__(cls, text)
        number.written = text
        return number


_DECODER = json.JSONDecoder(parse_float=WrittenNumber)
_SPACE = re.compile(r"[ \t\n\r]*")


def _skip(text: str, index: int) -> int:
    """The index of the next character that is not JSON white space."""
    match = _SPACE.match(text, index)
    return match.end() if match else index


def _decode_in_pieces(text: str) -> Iterator[Any]:
    """One JSON value, decoded an array element (a Bundle entry) at a time.

    ``json.loads`` of a 5 MB bundle holds the interpreter lock for its whole length, which
    freezes the window while an import runs in the background; element by element, the GUI
    thread gets its turns in between. Yields the top-level value with its big arrays filled.
    """
    index = _skip(text, 0)
    value, end = _value(text, index)
    if _skip(text, end) != len(text):
        raise ValueError("more than one JSON value")
    yield value


def _value(text: str, index: int) -> tuple[Any, int]:
    if text.startswith("[", index):
        return _array(text, index)
    if not text.startswith("{", index):
        return _DECODER.raw_decode(text, index)
    out: dict[str, Any] = {}
    index = _skip(text, index + 1)
    if text.startswith("}", index):
        return out, index + 1
    while True:
        key, index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        if not text.startswith(":", index):
            raise ValueError("':' expected")
        index = _skip(text, index + 1)
        if text.startswith("[", index):
            out[key], index = _array(text, index)
        else:
            out[key], index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        if text.startswith("}", index):
            return out, index + 1
        if not text.startswith(",", index):
            raise ValueError("',' expected")
        index = _skip(text, index + 1)


def _array(text: str, index: int) -> tuple[list[Any], int]:
    items: list[Any] = []
    index = _skip(text, index + 1)
    if text.startswith("]", index):
        return items, index + 1
    while True:
        item, index = _DECODER.raw_decode(text, index)
        items.append(item)
        index = _skip(text, index)
        if text.startswith("]", index):
            return items, index + 1
        if not text.startswith(",", index):
            raise ValueError("',' expected")
        index = _skip(text, index + 1)


def is_fhir_json(data: bytes) -> bool:
    try:
        return bool(load_resources(data))
    except RefusedFile:
        return False


def _flatten(items: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for item in items:
        if isinstance(item, list):  # a plain array of resources
            yield from _flatten(item)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("resourceType"), str):
            continue
        if item["resourceType"] == "Bundle":
            for entry in item.get("entry") or []:
                if isinstance(entry, dict) and isinstance(entry.get("resource"), dict):
                    yield from _flatten([entry["resource"]])
        elif item["resourceType"] in KNOWN:
            yield item


def read(data: bytes, patient: str | None = None) -> FhirDocument:
    """The record in ``data``; of one patient only, the one ``patient`` names (any part of a
    name or identifier), when the file holds several (else SeveralPatients is raised)."""
    resources, chosen = patients.choose(load_resources(data), patient)
    doc = FhirDocument()
    if chosen is not None:
        doc.patient_id = chosen.id
    by_ref = {f"{r['resourceType']}/{r.get('id')}": r for r in resources if r.get("id")}
    by_ref.update({f"urn:uuid:{r.get('id')}": r for r in resources if r.get("id")})
    panels = _panels(resources)
    dates: list[str] = []
    for resource in resources:
        kind = resource["resourceType"]
        doc.resource_counts[kind] += 1
        reader = _READERS.get(kind)
        if reader is not None:
            fact = reader(resource, by_ref)
            if fact is not None:
                if kind == "Observation":
                    fact.details.setdefault("panel", panels.get(resource.get("id", ""), ""))
                    fact.details = {k: v for k, v in fact.details.items() if v not in ("", None)}
                doc.facts.append(fact)
                if fact.date:
                    dates.append(fact.date)
        elif kind == "Patient" and not doc.patient:
            doc.patient = patients.human_name(resource.get("name"))
            doc.birth_date = str(resource.get("birthDate", ""))
        elif kind == "Organization" and not doc.author:
            doc.author = str(resource.get("name", ""))
        elif kind in ("DocumentReference", "Binary"):
            doc.attachments.extend(_attachments(resource))
        if kind == "Composition" and resource.get("title"):
            doc.title = str(resource["title"])
        text = (resource.get("text") or {}).get("div") if kind in ("Composition",) else None
        if text:
            doc.narrative.append((str(resource.get("title", kind)), _strip_tags(text)))
    doc.date = _date(max(dates)) if dates else None
    as_of(doc.facts, doc.date)  # "active" but ended before the record's date: stopped
    if len(resources) == 1 and not doc.facts and not doc.attachments:
        only = resources[0]["resourceType"]
        if only not in ("Patient", "Composition", "DocumentReference", "Binary"):
            raise RefusedFile(QT_TRANSLATE_NOOP(
                "Reason", "this FHIR file holds only a {only}, which is not a health record"),
                only=only)
    if doc.patient and doc.title == "Health record (FHIR)":
        doc.title = f"Health record of {doc.patient} (FHIR)"
    return doc


# -- readers -------------------------------------------------------------------------------------
def _concept(value: Any, category: str = "") -> tuple[str, str, str]:
    """(name, code, system) of a CodeableConcept, preferring the category's usual system."""
    if not isinstance(value, dict):
        return "", "", ""
    codings = [c for c in value.get("coding") or [] if isinstance(c, dict)]
    preferred = PREFERRED.get(category)
    codings.sort(key=lambda c: SYSTEMS.get(str(c.get("system", ""))) != preferred)
    first = codings[0] if codings else {}
    name = next((str(n) for n in (value.get("text"), *(c.get("display") for c in codings))
                 if isinstance(n, str) and is_human_text(n)), "")
    if not name:  # a code with no words: the word for a well-known one (a route, a severity)
        name = next((w for c in codings if (w := word_for(
            OIDS.get(str(c.get("system", "")), ""), str(c.get("code", ""))))), "")
    return name, str(first.get("code", "")), SYSTEMS.get(str(first.get("system", "")),
                                                            str(first.get("system", "")))


def _code(value: Any) -> str:
    """A FHIR status given as a code or as a CodeableConcept (R4 clinicalStatus)."""
    if isinstance(value, dict):
        codings = value.get("coding") or [{}]
        return str(codings[0].get("code", "") if isinstance(codings[0], dict) else "")
    return str(value or "")


def _when(resource: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = resource.get(key)
        if isinstance(value, dict):
            value = value.get("start") or value.get("end")
        if isinstance(value, str) and value:
            return value[:16].replace("T00:00", "") if "T" in value else value[:10]
    return ""


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _medication(resource: dict[str, Any], refs: dict[str, Any]) -> Fact | None:
    concept = resource.get("medicationCodeableConcept")
    if concept is None and isinstance(resource.get("medicationReference"), dict):
        reference = str(resource["medicationReference"].get("reference", ""))
        contained = {f"#{c.get('id')}": c for c in resource.get("contained") or []
                     if isinstance(c, dict) and c.get("resourceType") == "Medication"}
        medication = contained.get(reference) or refs.get(reference, {})
        concept = medication.get("code")
        if concept is None:
            concept = {"text": resource["medicationReference"].get("display", "")}
    name, code, system = _concept(concept, "medication")
    if not name or resource.get("status") == "entered-in-error":
        return None
    fact = Fact("medication", name, code, system)
    status = str(resource.get("status", ""))
    fact.status = {"stopped": "stopped", "cancelled": "stopped", "completed": "completed",
                   "on-hold": "on hold", "not-taken": "refused"}.get(status, status or "active")
    fact.negated = status == "not-taken" or bool(resource.get("doNotPerform"))
    fact.date = _when(resource, "authoredOn", "effectiveDateTime", "effectivePeriod",
                      "dateAsserted", "dateWritten")
    period = resource.get("effectivePeriod") or (resource.get("dispenseRequest") or {}).get(
        "validityPeriod") or {}
    fact.end = str(period.get("end", ""))[:10] if isinstance(period, dict) else ""
    dosage = (resource.get("dosageInstruction") or resource.get("dosage") or [{}])[0]
    if isinstance(dosage, dict):
        fact.details = {k: v for k, v in {
            "dose": _dose(dosage), "route": _concept(dosage.get("route"))[0],
            "frequency": _timing(dosage), "instructions": str(dosage.get("text", "")),
            "purpose": _concept((resource.get("reasonCode") or [None])[0])[0]}.items() if v}
    return fact


def _dose(dosage: dict[str, Any]) -> str:
    rates = dosage.get("doseAndRate") or [{}]
    quantity = (rates[0] if isinstance(rates[0], dict) else {}).get("doseQuantity") or \
        dosage.get("doseQuantity") or {}
    if isinstance(quantity, dict) and quantity.get("value") is not None:
        return f"{quantity['value']:g} {quantity.get('unit', '')}".strip() if isinstance(
            quantity["value"], (int, float)) else str(quantity["value"])
    return ""


def _timing(dosage: dict[str, Any]) -> str:
    repeat = ((dosage.get("timing") or {}).get("repeat") or {})
    parts = []
    frequency, period, unit = repeat.get("frequency"), repeat.get("period"), repeat.get(
        "periodUnit", "")
    if frequency and period:
        if period == 1 and unit == "d":
            parts.append({1: "once a day", 2: "twice a day", 3: "three times a day",
                          4: "four times a day"}.get(frequency, f"{frequency} times a day"))
        else:
            parts.append(f"{frequency} times every {period:g} {unit}")
    if not parts:  # a vendor's abbreviation as the timing's code: "BID", "Q6H"
        code = (dosage.get("timing") or {}).get("code") or {}
        words = [vendor_frequency(str(c.get("code", ""))) for c in code.get("coding") or []
                 if isinstance(c, dict)] + [vendor_frequency(str(code.get("text", "")))]
        parts += [w for w in words if w][:1]
    if dosage.get("asNeededBoolean") or dosage.get("asNeededCodeableConcept"):
        parts.append("as needed")
    return ", ".join(parts)


def _allergy(resource: dict[str, Any], refs: dict[str, Any]) -> Fact | None:
    name, code, system = _concept(resource.get("code") or resource.get("substance"), "allergy")
    verification = _code(resource.get("verificationStatus"))
    if verification == "entered-in-error":
        return None
    fact = Fact("allergy", name, code, system)
    if code in ("716186003", "409137002", "428607008", "429625007") or (
            not name and verification == "refuted"):
        fact.name, fact.code, fact.negated, fact.status = "", "", True, "none known"
        fact.details["scope"] = name or "No known allergies"
        return fact
    if verification == "refuted":
        fact.negated = True
    status = _code(resource.get("clinicalStatus")) or "active"
    fact.status = status
    fact.date = _when(resource, "onsetDateTime", "recordedDate", "assertedDate")
    reactions = [r for r in resource.get("reaction") or [] if isinstance(r, dict)]
    manifestations = [_concept(m)[0] for r in reactions for m in r.get("manifestation") or []]
    severity = next((str(r.get("severity")) for r in reactions if r.get("severity")), "")
    # Criticality (the risk of a future reaction) is not the severity of a past one.
    fact.details = {k: v for k, v in {
        "reaction": ", ".join(m for m in manifestations if m),
        "severity": severity, "criticality": str(resource.get("criticality", "") or ""),
        "type": str(resource.get("type", ""))}.items() if v}
    return fact if fact.name else None


def _condition(resource: dict[str, Any], refs: dict[str, Any]) -> Fact | None:
    name, code, system = _concept(resource.get("code"), "problem")
    verification = _code(resource.get("verificationStatus"))
    if not name or verification == "entered-in-error":
        return None
    fact = Fact("problem", name, code, system)
    if code == "160245001" or (code == "55607006" and verification == "refuted"):
        fact.name, fact.code, fact.negated, fact.status = "", "", True, "none known"
        return fact  # "No known problems": a state, never an active problem
    fact.status = _code(resource.get("clinicalStatus")) or "active"
    fact.negated = verification == "refuted"
    if fact.negated:
        fact.status = "not present"
    fact.date = _when(resource, "onsetDateTime", "onsetPeriod", "recordedDate", "assertedDate")
    fact.end = _when(resource, "abatementDateTime")
    if fact.end and fact.status == "active":
        fact.status = "resolved"
    codings = (resource.get("code") or {}).get("coding") or []
    icd = next((c.get("code") for c in codings if isinstance(c, dict) and str(
        c.get("system", "")).startswith("http://hl7.org/fhir/sid/icd-10")), "")
    if icd:
        fact.details["icd10"] = icd
    return fact


def _procedure(resource: dict[str, Any], refs: dict[str, Any]) -> Fact | None:
    name, code, system = _concept(resource.get("code"))
    if not name or resource.get("status") == "entered-in-error":
        return None
    return Fact("procedure", name, code, system, str(resource.get("status", "completed")),
                _when(resource, "performedDateTime", "performedPeriod"),
                negated=resource.get("status") == "not-done")


def _immunization(resource: dict[str, Any], refs: dict[str, Any]) -> Fact | None:
    name, code, system = _concept(resource.get("vaccineCode"), "immunization")
    if not name or resource.get("status") == "entered-in-error":
        return None
    not_done = resource.get("status") == "not-done" or True in (
        resource.get("notGiven"), resource.get("wasNotGiven"))
    return Fact("immunization", name, code, system, "refused" if not_done else "completed",
                _when(resource, "occurrenceDateTime", "date"), negated=not_done)


def _encounter(resource: dict[str, Any], refs: dict[str, Any]) -> Fact | None:
    types = resource.get("type") or [None]
    name, code, system = _concept(types[0])
    if resource.get("status") == "entered-in-error":
        return None
    fact = Fact("encounter", name or "Encounter", code, system,
                str(resource.get("status", "")), _when(resource, "period"))
    reason = _concept((resource.get("reasonCode") or [None])[0])[0]
    if reason:
        fact.details["reason"] = reason
    return fact


def _observation(resource: dict[str, Any], refs: dict[str, Any]) -> Fact | None:
    categories = {c.get("code") for cat in resource.get("category") or []
                  if isinstance(cat, dict) for c in cat.get("coding") or [] if isinstance(c, dict)}
    if categories and not categories & LAB_CATEGORIES:
        return None
    if resource.get("status") in ("entered-in-error", "cancelled"):
        return None
    name, code, system = _concept(resource.get("code"), "result")
    if not name:
        return None
    fact = Fact("result", name, code, system,
                date=_when(resource, "effectiveDateTime", "effectivePeriod", "issued"))
    details: dict[str, Any] = {}
    quantity = resource.get("valueQuantity")
    if isinstance(quantity, dict) and isinstance(quantity.get("value"), (int, float)):
        details["value"] = float(quantity["value"])
        written = getattr(quantity["value"], "written", "")
        if written:
            details["value_text"] = written
        details["unit"] = str(quantity.get("unit") or quantity.get("code") or "")
        if quantity.get("code") and quantity.get("code") != details["unit"]:
            details["unit_code"] = str(quantity["code"])
        if quantity.get("comparator"):
            details["comparator"] = str(quantity["comparator"])
    elif "valueString" in resource:
        details["text"] = str(resource["valueString"])
        numeric = number_in_text(details["text"])
        if numeric is not None:  # "5.4" sent as text: a number to chart, kept as written
            details["comparator"], details["value"], details["value_text"] = numeric
            del details["text"]
    elif "valueCodeableConcept" in resource:
        details["text"] = _concept(resource["valueCodeableConcept"])[0]
    elif isinstance(resource.get("valueBoolean"), bool):
        details["text"] = "yes" if resource["valueBoolean"] else "no"
    for interpretation in resource.get("interpretation") or []:
        flag = INTERPRETATIONS.get(_code(interpretation), _concept(interpretation)[0].lower())
        if flag:
            details["flag"] = flag
    ranges = [r for r in resource.get("referenceRange") or [] if isinstance(r, dict)]
    if ranges:
        for end in ("low", "high"):
            limit = ranges[0].get(end)
            number = limit.get("value") if isinstance(limit, dict) else None
            details[end] = number if isinstance(number, (int, float)) else None
            details[f"{end}_text"] = getattr(number, "written", "")
        details["range_text"] = str(ranges[0].get("text", ""))
    status = str(resource.get("status", "final"))
    pending = status in ("registered", "preliminary") and "value" not in details \
        and "text" not in details
    fact.status = "pending" if pending else status
    fact.details = details
    return fact


def _panels(resources: list[dict[str, Any]]) -> dict[str, str]:
    """Observation id -> the DiagnosticReport (panel) it belongs to."""
    out: dict[str, str] = {}
    for resource in resources:
        if resource["resourceType"] != "DiagnosticReport":
            continue
        name = _concept(resource.get("code"))[0]
        for result in resource.get("result") or []:
            ref = str((result or {}).get("reference", ""))
            out[ref.rsplit("/", 1)[-1].removeprefix("urn:uuid:")] = name
    return out


def _attachments(resource: dict[str, Any]) -> list[Attachment]:
    found = []
    items = [resource] if resource["resourceType"] == "Binary" else [
        (c or {}).get("attachment") or {} for c in resource.get("content") or []]
    for item in items:
        media = str(item.get("contentType", ""))
        raw = item.get("data")
        if media != "application/pdf" or not isinstance(raw, str):
            continue  # a URL is never fetched; plain text notes stay in the FHIR record
        try:
            data = base64.b64decode(raw, validate=False)
        except (binascii.Error, ValueError):
            continue
        title = str(item.get("title") or resource.get("description") or "Attached document")
        found.append(Attachment(title, media, data))
    return found


def _strip_tags(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


_READERS = {"MedicationRequest": _medication, "MedicationStatement": _medication,
            "MedicationOrder": _medication,
            "AllergyIntolerance": _allergy, "Condition": _condition,
            "Procedure": _procedure, "Immunization": _immunization, "Encounter": _encounter,
            "Observation": _observation}
