"""C-CDA (R1.1 and R2.x) documents: the header, the sections, and the facts in their entries.

Facts come from coded entries only, never from the narrative: the narrative is what the author
wrote for people, and is shown as it is on the rendered pages. Sections are found by template id
or, when a vendor left that out, by their LOINC code. A whole ClinicalDocument is read, and so is
a lone ``<section>`` (or ``<component>``) as exchanged between systems.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..clinical_facts import Fact
from ..errors import QT_TRANSLATE_NOOP, RefusedFile
from ..lab_ranges import number_in_text
from .safexml import Element, parse
from .vocab import is_human_text, vendor_frequency, word_for

TEMPLATE_PREFIX = "2.16.840.1.113883.10.20."

CODE_SYSTEMS = {
    "2.16.840.1.113883.6.88": "RxNorm",
    "2.16.840.1.113883.6.96": "SNOMED CT",
    "2.16.840.1.113883.6.90": "ICD-10-CM",
    "2.16.840.1.113883.6.103": "ICD-9-CM",
    "2.16.840.1.113883.6.1": "LOINC",
    "2.16.840.1.113883.12.292": "CVX",
    "2.16.840.1.113883.6.12": "CPT",
    "2.16.840.1.113883.6.4": "ICD-10-PCS",
    "2.16.840.1.113883.6.69": "NDC",
    "2.16.840.1.113883.4.9": "UNII",
    "2.16.840.1.113883.6.285": "HCPCS",
}

# Section template ids (without the ".1" "entries required" variant) and LOINC codes.
SECTIONS = {
    "allergy": ("2.16.840.1.113883.10.20.22.2.6", {"48765-2"}),
    "medication": ("2.16.840.1.113883.10.20.22.2.1", {"10160-0"}),
    "discharge_medication": ("2.16.840.1.113883.10.20.22.2.11", {"10183-2", "75311-1"}),
    "problem": ("2.16.840.1.113883.10.20.22.2.5", {"11450-4"}),
    "procedure": ("2.16.840.1.113883.10.20.22.2.7", {"47519-4"}),
    "immunization": ("2.16.840.1.113883.10.20.22.2.2", {"11369-6"}),
    "result": ("2.16.840.1.113883.10.20.22.2.3", {"30954-2"}),
    "encounter": ("2.16.840.1.113883.10.20.22.2.22", {"46240-8"}),
}

# Document type (LOINC) -> the vault's kind; anything else is a report.
IMAGING_TYPES = {"18748-4", "18726-0", "18747-6", "18755-9", "18760-9", "18782-3", "24627-2"}
LAB_TYPES = {"11502-2", "26436-6"}

NO_KNOWN_ALLERGY_CODES = {"716186003": "No known allergies",
                          "409137002": "No known drug allergies",
                          "416098002": "No known drug allergies",
                          "419511003": "No known drug allergies",
                          "414285001": "No known food allergies",
                          "419199007": "No known allergies"}
NO_KNOWN_PROBLEM_CODES = {"160245001"}  # "No current problems or disability"
# "Substance", "Drug or medicament", "Food": a negated allergy to these is "no known allergies".
GENERIC_SUBSTANCES = {"105590001", "410942007", "255620007", "373873005"}
INTERPRETATIONS = {"H": "high", "HH": "critical high", "HU": "very high", "L": "low",
                   "LL": "critical low", "LU": "very low", "A": "abnormal", "AA": "critical",
                   "N": "", "POS": "positive", "NEG": "", "DET": "detected", "ND": "",
                   ">": "above range", "<": "below range", "R": "resistant", "S": "",
                   "I": "intermediate", "W": "worse", "B": "better"}
OPEN_STATUSES = ("active", "new", "held")  # a result still to come (or not final)
PLANNED_MOODS = ("INT", "RQO", "PRP", "ARQ", "PRMS", "APT", "GOL")
_TIME = re.compile(r"^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?")
_NO_INFORMATION = re.compile(r"^no\b.*\b(information|info|data)\b", re.I)
_ROUTE_SUFFIX = re.compile(r"\s+route of administration$", re.I)
_DATE_LIKE = re.compile(r"^[\d/.\-: ]+(am|pm)?$", re.I)


@dataclass
class Block:
    """A piece of narrative: a paragraph, a list, a table, or a heading within a section."""

    kind: str  # "paragraph", "list", "table", "heading"
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0
    style: str = ""  # "bold", "italic", "underline" for a styled paragraph


LINES_PER_PAGE = 52  # of 10-point text on the packet's A4 page
CHARS_PER_LINE = 100


def _block_lines(block: Block) -> float:
    if block.kind == "table" and block.rows:
        width = CHARS_PER_LINE / len(block.rows[0])
        return 1.5 + sum(max(math.ceil(len(c) / width) for c in row) + 0.5 for row in block.rows)
    texts = block.items if block.kind == "list" else [block.text]
    return sum(math.ceil(len(t) / CHARS_PER_LINE) + 0.4 for t in texts)


def _section_lines(section: Section) -> float:
    return 2.5 + sum(_block_lines(b) for b in section.blocks) + sum(
        _section_lines(s) for s in section.subsections)


@dataclass
class Section:
    title: str
    blocks: list[Block]
    subsections: list[Section] = field(default_factory=list)


@dataclass
class Attachment:
    name: str
    media_type: str
    data: bytes


@dataclass
class ClinicalDocument:
    title: str = ""
    type_code: str = ""
    type_name: str = ""
    date: dt.date | None = None
    patient: str = ""
    birth_date: str = ""
    author: str = ""  # the author organisation (else the person, else the custodian)
    sections: list[Section] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def kind(self) -> str:
        if self.type_code in IMAGING_TYPES:
            return "imaging"
        if self.type_code in LAB_TYPES:
            return "labs"
        return "reports"

    def estimated_pages(self) -> int:
        """About how many pages the rendered document takes (the layout is Qt's, not here)."""
        lines = 8.0
        for section in self.sections:
            lines += _section_lines(section)
        return max(1, math.ceil(lines / LINES_PER_PAGE))

    def text(self) -> str:
        """All narrative as plain text, for search and kind guessing."""
        out: list[str] = []

        def walk(section: Section) -> None:
            out.append(section.title)
            for block in section.blocks:
                out.extend([block.text, *block.items, *(" ".join(r) for r in block.rows)])
            for sub in section.subsections:
                walk(sub)

        for section in self.sections:
            walk(section)
        return "\n".join(t for t in out if t)


def is_ccda(root: Element) -> bool:
    if root.tag == "ClinicalDocument":
        return True
    if root.tag in ("section", "component"):
        return any(t.get("root", "").startswith(TEMPLATE_PREFIX) for t in root.iter("templateId"))
    return False


def read(data: bytes) -> ClinicalDocument:
    root = parse(data)
    if not is_ccda(root):
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "this XML file is not a clinical document (C-CDA)"))
    return read_root(root)


def read_root(root: Element) -> ClinicalDocument:
    doc = ClinicalDocument()
    if root.tag == "ClinicalDocument":
        _read_header(root, doc)
        body = root.find("component/structuredBody")
        components = body.findall("component") if body is not None else []
        sections: list[Element | None] = [c.find("section") for c in components]
        _read_non_xml_body(root, doc)
    else:
        sections = [root] if root.tag == "section" else list(root.findall("section"))
    for section in sections:
        if section is None:
            continue
        doc.sections.append(_narrative_section(section))
        doc.facts.extend(section_facts(section))
    as_of(doc.facts, doc.date or _latest_time(root))
    if not doc.title:
        doc.title = doc.sections[0].title if doc.sections else "Clinical document"
    return doc


# -- header --------------------------------------------------------------------------------------
def _read_header(root: Element, doc: ClinicalDocument) -> None:
    code = root.find("code")
    if code is not None:
        doc.type_code = code.get("code", "")
        doc.type_name = code.get("displayName", "") or _text(code.find("originalText"))
    doc.title = _text(root.find("title")) or doc.type_name
    doc.date = _date(time_value(root.find("effectiveTime")))
    patient = root.find("recordTarget/patientRole/patient")
    if patient is not None:
        doc.patient = person_name(patient.find("name"))
        doc.birth_date = iso_time(time_value(patient.find("birthTime")))[:10]
    organisations, people = [], []
    for assigned in root.iterfind("author/assignedAuthor"):
        organisations.append(_text(assigned.find("representedOrganization/name")))
        people.append(person_name(assigned.find("assignedPerson/name")))
    organisations.append(_text(root.find(
        "custodian/assignedCustodian/representedCustodianOrganization/name")))
    doc.author = next((n for n in organisations + people if n), "")


def _read_non_xml_body(root: Element, doc: ClinicalDocument) -> None:
    """A document whose body is a file (PDF, scanned letter) rather than sections."""
    for index, text in enumerate(root.iterfind("component/nonXMLBody/text")):
        attachment = _attachment(text, f"{doc.title or 'document'} {index + 1}")
        if attachment is not None:
            doc.attachments.append(attachment)


def _attachment(text: Element, name: str) -> Attachment | None:
    if text.get("representation", "").upper() != "B64" or text.find("reference") is not None:
        return None  # a reference points outside the file: never fetched
    try:
        data = base64.b64decode("".join((text.text or "").split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return Attachment(name, text.get("mediaType", ""), data) if data else None


def person_name(name: Element | None) -> str:
    if name is None:
        return ""
    given = " ".join(_text(g) for g in name.findall("given") if _text(g))
    family = _text(name.find("family"))
    whole = " ".join(p for p in (_text(name.find("prefix")), given, family) if p)
    return whole or _text(name)


# -- small readers -------------------------------------------------------------------------------
def _text(element: Element | None) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _date(value: str) -> dt.date | None:
    match = _TIME.match(value or "")
    if not match:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups()[:3])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso_time(value: str) -> str:
    """HL7 TS (yyyyMMddhhmm...) to ISO: '2014-03-02' or '2014-03-02T09:08'."""
    match = _TIME.match(value or "")
    if not match:
        return ""
    year, month, day, hour, minute = match.groups()
    out = year + (f"-{month}" if month else "") + (f"-{day}" if month and day else "")
    if day and hour:
        out += f"T{hour}:{minute or '00'}"
    return out


def time_value(element: Element | None) -> str:
    """The value of an effectiveTime-like element: its own value, else its low, else center."""
    if element is None:
        return ""
    for candidate in (element, element.find("low"), element.find("center")):
        if candidate is not None and candidate.get("value"):
            return candidate.get("value", "")
    return ""


def _high(element: Element | None) -> str:
    high = element.find("high") if element is not None else None
    return high.get("value", "") if high is not None else ""


@dataclass
class Coded:
    name: str = ""
    code: str = ""
    system: str = ""
    translations: list[tuple[str, str]] = field(default_factory=list)  # (system, code)


class Narrative:
    """Text of narrative elements by their ID, to resolve ``<reference value="#id"/>``."""

    def __init__(self, section: Element) -> None:
        self.by_id: dict[str, str] = {}
        self.elements: dict[str, Element] = {}
        text = section.find("text")
        if text is not None:
            for element in text.iter():
                if element.get("ID"):
                    self.by_id[element.get("ID", "")] = _text(element)
                    self.elements[element.get("ID", "")] = element

    def resolve(self, element: Element | None) -> str:
        if element is None:
            return ""
        ref = element.find("reference")
        if ref is not None and ref.get("value", "").startswith("#"):
            return self.by_id.get(ref.get("value", "")[1:], "")
        return _text(element)

    def name_of(self, element: Element | None) -> str:
        """Like ``resolve``, for a name: a reference to a whole table row (several cells run
        together) gives its first cell that is a name, not a date."""
        if element is None:
            return ""
        ref = element.find("reference")
        target = self.elements.get(ref.get("value", "")[1:]) if ref is not None else None
        if target is not None and target.tag == "tr":
            cells = [_text(c) for c in target if c.tag in ("td", "th")]
            return next((c for c in cells if is_human_text(c) and not _DATE_LIKE.match(c)), "")
        text = self.resolve(element)
        return text if is_human_text(text) else ""


def coded(element: Element | None, narrative: Narrative) -> Coded:
    if element is None:
        return Coded()
    out = Coded(code=element.get("code", ""),
                system=CODE_SYSTEMS.get(element.get("codeSystem", ""),
                                        element.get("codeSystemName", "")))
    # A display name that is no words ("null", a class name) gives way to the text the entry
    # references, then to a translation's name, then to the word for a well-known code.
    names = [element.get("displayName", ""), narrative.name_of(element.find("originalText"))]
    for translation in element.findall("translation"):
        system = CODE_SYSTEMS.get(translation.get("codeSystem", ""),
                                  translation.get("codeSystemName", ""))
        if translation.get("code"):
            out.translations.append((system, translation.get("code", "")))
        names.append(translation.get("displayName", ""))
        if not out.code and translation.get("code") and not element.get("code"):
            out.code, out.system = translation.get("code", ""), system
    names.append(word_for(element.get("codeSystem", ""), element.get("code", "")))
    out.name = next((n.strip() for n in names if is_human_text(n)), "")
    if element.get("nullFlavor") and not element.get("code"):
        out.code = ""
    return out


def _templates(element: Element) -> set[str]:
    return {t.get("root", "") for t in element.findall("templateId")}


def _has_template(element: Element, root: str) -> bool:
    return root in _templates(element)


def _status(element: Element) -> str:
    status = element.find("statusCode")
    return status.get("code", "") if status is not None else ""


def _negated(element: Element) -> bool:
    return element.get("negationInd", "").lower() == "true"


def _ignored(element: Element) -> bool:
    """Entered in error, cancelled, or only planned (a procedure or visit to come)."""
    return _status(element) in ("nullified", "cancelled", "obsolete") or element.get(
        "moodCode", "EVN") in PLANNED_MOODS


def _entry_acts(section: Element) -> Iterator[Element]:
    for entry in section.findall("entry"):
        for child in entry:
            if child.tag in ("act", "observation", "organizer", "substanceAdministration",
                             "procedure", "encounter", "supply"):
                yield child


def _related(element: Element, template: str) -> Iterator[Element]:
    """Observations under entryRelationship with the given template id."""
    for relationship in element.findall("entryRelationship"):
        for child in relationship:
            if _has_template(child, template):
                yield child


# -- sections ------------------------------------------------------------------------------------
def section_kind(section: Element) -> str | None:
    templates = _templates(section)
    code = section.find("code")
    loinc = code.get("code", "") if code is not None else ""
    for kind, (template, codes) in SECTIONS.items():
        if template in templates or f"{template}.1" in templates or loinc in codes:
            return "medication" if kind == "discharge_medication" else kind
    return None


def section_facts(section: Element) -> list[Fact]:
    kind = section_kind(section)
    narrative = Narrative(section)
    facts: list[Fact] = []
    if kind is not None and section.get("nullFlavor") != "NI":
        reader = _READERS[kind]
        for act in _entry_acts(section):
            facts.extend(reader(act, narrative))
    for sub in section.findall("component/section"):
        facts.extend(section_facts(sub))
    return facts


def _medications(element: Element, narrative: Narrative) -> list[Fact]:
    if element.tag != "substanceAdministration":
        return [f for child in element.iter("substanceAdministration")
                for f in _medications(child, narrative)][:1]
    if _status(element) in ("nullified", "cancelled"):
        return []
    product = element.find("consumable/manufacturedProduct/manufacturedMaterial")
    drug = coded(product.find("code") if product is not None else None, narrative)
    name = drug.name or _text(product.find("name") if product is not None else None)
    negated = _negated(element)
    code = product.find("code") if product is not None else None
    if negated and (code is None or code.get("nullFlavor")):  # "no medications"
        return [Fact("medication", "", status="none known", negated=True)]
    if not name:
        name = narrative.resolve(element.find("text"))
    if not name:
        return []
    fact = Fact("medication", name, drug.code, drug.system or "RxNorm" if drug.code else "")
    times = element.findall("effectiveTime")
    span = next((t for t in times if t.find("low") is not None or t.find("high") is not None
                 or (t.get("value") and t.get("type", "IVL_TS") in ("IVL_TS", "TS"))), None)
    fact.date = iso_time(time_value(span))
    fact.end = iso_time(_high(span))
    fact.details["dose"] = _dose(element.find("doseQuantity"))
    route = coded(element.find("routeCode"), narrative)
    fact.details["route"] = _ROUTE_SUFFIX.sub("", route.name)  # NCI: "Oral Route of Admin..."
    fact.details["frequency"] = _frequency(times, element)
    sig = next(_related(element, "2.16.840.1.113883.10.20.22.4.147"), None)
    if sig is not None:
        fact.details["instructions"] = narrative.resolve(sig.find("text"))
    indication = next(_related(element, "2.16.840.1.113883.10.20.22.4.19"), None)
    if indication is not None:
        fact.details["purpose"] = coded(indication.find("value"), narrative).name
    fact.details = {k: v for k, v in fact.details.items() if v}
    if negated:
        fact.negated, fact.status = True, "refused"
    else:
        fact.status = _medication_status(_status(element))
    return [fact]


def _medication_status(status: str) -> str:
    """The status the entry gives; an end date before the document's own date makes an
    "active" one stopped (``as_of``), never today's date: a document says what it said."""
    if status in ("aborted", "suspended"):
        return "stopped"
    if status == "completed":
        return "completed"
    return "active" if status in ("active", "") else status


def _latest_time(root: Element) -> dt.date | None:
    """A section on its own has no date: the latest time it mentions is when it was written."""
    dates = [_date(e.get("value", "")) for e in root.iter()
             if e.tag in ("time", "low", "high", "effectiveTime", "center") and e.get("value")]
    return max((d for d in dates if d is not None), default=None)


def as_of(facts: list[Fact], date: dt.date | None) -> None:
    """Medications that the document lists as active but that ended before its date: stopped."""
    if date is None:
        return
    for fact in facts:
        if fact.category == "medication" and fact.status == "active" and fact.end and (
                fact.end[:10] < date.isoformat()):
            fact.status = "stopped"


def _dose_unit(element: Element) -> str:
    """The unit as written: UCUM's "1" (a count) gives way to the vendor's own word in the
    translation ("mg", "cap(s)")."""
    unit = element.get("unit", "")
    if unit in ("", "1"):
        unit = _text(element.find("translation/originalText")) or ""
    return unit


def _dose(element: Element | None) -> str:
    if element is None or element.get("nullFlavor"):
        return ""
    if element.get("value"):
        return f"{element.get('value')} {_dose_unit(element)}".strip()
    low, high = element.find("low"), element.find("high")
    if low is not None and high is not None and low.get("value") and high.get("value"):
        return f"{low.get('value')}–{high.get('value')} {_dose_unit(low)}".strip()
    return ""


_EVENTS = {"HS": "at bedtime", "AC": "before meals", "PC": "after meals", "ACM": "before breakfast",
           "ACD": "before lunch", "ACV": "before dinner", "WAKE": "on waking", "C": "with meals"}
_UNITS = {"h": "hours", "d": "days", "min": "minutes", "wk": "weeks", "mo": "months",
          "s": "seconds", "a": "years"}


def _frequency(times: list[Element], element: Element) -> str:
    parts: list[str] = []
    for time in times:
        kind = time.get("type", "")
        period = time.find("period")
        if kind == "PIVL_TS" and period is not None:
            parts.append(_period(period))
        elif kind == "EIVL_TS":
            event = time.find("event")
            if event is not None:
                parts.append(_EVENTS.get(event.get("code", ""), event.get("code", "").lower()))
        elif kind == "TS" or (time.get("value") and not kind):
            parts.append("once")
    if any(_has_content(p) for p in element.findall("precondition")):
        parts.append("as needed")
    return ", ".join(dict.fromkeys(p for p in parts if p))


def _has_content(precondition: Element) -> bool:
    """A precondition that says something ("as needed for pain"); an empty one, its criterion
    a nullFlavor with no words or code, says nothing and makes no medication "as needed"."""
    if precondition.get("nullFlavor"):
        return False
    criterion = precondition.find("criterion")
    if criterion is None:
        return False
    for part in (criterion.find("code"), criterion.find("value")):
        if part is not None and (part.get("code") or is_human_text(part.get("displayName", ""))
                                 or _text(part.find("originalText"))):
            return True
    text = criterion.find("text")
    return text is not None and bool(_text(text) or text.find("reference") is not None)


def _period(period: Element) -> str:
    value, unit = period.get("value", ""), period.get("unit", "")
    if vendor_frequency(unit):  # unit="BID": a frequency, not a unit of time
        return vendor_frequency(unit)
    if not value:
        low, high = period.find("low"), period.find("high")
        if low is None or high is None:
            return ""
        unit = low.get("unit", unit)
        return f"every {low.get('value')}–{high.get('value')} {_UNITS.get(unit, unit)}"
    number = _number(value)
    if number is None:
        return ""
    if unit == "d" and number < 1:
        number, unit = number * 24, "h"
    if unit == "d" and number == 1:
        return "once a day"
    if unit == "h" and number in (12, 8, 6):
        return {12: "twice a day", 8: "three times a day", 6: "four times a day"}[int(number)]
    if unit not in _UNITS:
        return ""  # a unit nobody can read as a time: say nothing rather than "every XYZ"
    if number == 1:
        return f"every {_UNITS.get(unit, unit).rstrip('s')}"
    return f"every {number:g} {_UNITS.get(unit, unit)}"


def _allergies(element: Element, narrative: Narrative) -> list[Fact]:
    observations = ([element] if element.tag == "observation" else
                    list(_related(element, "2.16.840.1.113883.10.20.22.4.7")) or
                    [o for r in element.findall("entryRelationship")
                     for o in r.findall("observation")])
    concern_status = _status(element) if element.tag == "act" else ""
    facts = []
    for obs in observations:
        if _status(obs) in ("nullified", "cancelled") or concern_status in ("nullified",
                                                                          "cancelled"):
            continue
        facts.append(_allergy(obs, concern_status, narrative))
    return facts


def _allergy(obs: Element, concern_status: str, narrative: Narrative) -> Fact:
    substance = coded(obs.find("participant/participantRole/playingEntity/code"), narrative)
    entity_name = _text(obs.find("participant/participantRole/playingEntity/name"))
    name = substance.name or (entity_name if is_human_text(entity_name) else "")
    kind = coded(obs.find("value"), narrative)
    time = obs.find("effectiveTime")
    fact = Fact("allergy", name, substance.code, substance.system,
                date=iso_time(time_value(time)), end=iso_time(_high(time)))
    if _negated(obs):
        fact.negated = True
        if (not name and not substance.code) or substance.code in GENERIC_SUBSTANCES:
            fact.name, fact.code, fact.system, fact.status = "", "", "", "none known"
            fact.details["scope"] = NO_KNOWN_ALLERGY_CODES.get(kind.code, "No known allergies")
            return fact
    if not fact.name:  # the allergen only in words: the value's text, the entry's, the type
        value = obs.find("value")
        fact.name = (narrative.name_of(value.find("originalText") if value is not None else None)
                     or narrative.name_of(obs.find("text")) or kind.name or "Unnamed allergy")
    reactions, severities = [], []
    for reaction in _related(obs, "2.16.840.1.113883.10.20.22.4.9"):
        reactions.append(_observed(reaction, narrative))
        for severity in _related(reaction, "2.16.840.1.113883.10.20.22.4.8"):
            severities.append(_observed(severity, narrative))
    for severity in _related(obs, "2.16.840.1.113883.10.20.22.4.8"):
        severities.insert(0, _observed(severity, narrative))
    # Criticality (R2.1): the risk of a future reaction, never shown as a severity.
    criticality = next((_observed(c, narrative)
                        for c in _related(obs, "2.16.840.1.113883.10.20.22.4.145")), "")
    status = next((coded(s.find("value"), narrative).name.lower()
                   for s in _related(obs, "2.16.840.1.113883.10.20.22.4.28")), "")
    if not status:
        status = {"completed": "resolved", "aborted": "inactive",
                  "suspended": "inactive"}.get(concern_status, "active")
    if fact.end and status == "active":
        status = "resolved"
    fact.status = status
    fact.details = {k: v for k, v in {
        "reaction": ", ".join(dict.fromkeys(r for r in reactions if r)),
        "severity": next((s for s in severities if s), ""), "criticality": criticality,
        "type": kind.name}.items() if v}
    return fact


def _observed(obs: Element, narrative: Narrative) -> str:
    """What a reaction or severity observation says: its value's words, else its text."""
    return coded(obs.find("value"), narrative).name or narrative.name_of(obs.find("text"))


def _problems(element: Element, narrative: Narrative) -> list[Fact]:
    observations = ([element] if element.tag == "observation" else
                    [o for r in element.findall("entryRelationship")
                     for o in r.findall("observation")])
    concern_status = _status(element) if element.tag == "act" else ""
    facts = []
    for obs in observations:
        if _status(obs) in ("nullified", "cancelled"):
            continue
        value = coded(obs.find("value"), narrative)
        time = obs.find("effectiveTime")
        fact = Fact("problem", value.name or narrative.resolve(obs.find("text")),
                    value.code, value.system, date=iso_time(time_value(time)),
                    end=iso_time(_high(time)))
        icd = next((c for s, c in value.translations if s.startswith("ICD-10")), "")
        if icd:
            fact.details["icd10"] = icd
        if value.system.startswith("ICD-10"):
            fact.details["icd10"] = value.code
        if value.code in NO_KNOWN_PROBLEM_CODES and not _negated(obs):
            fact.name, fact.code, fact.negated, fact.status = "", "", True, "none known"
            facts.append(fact)  # "No known problems" is a state, not an active problem
            continue
        if _negated(obs):
            fact.negated = True
            if value.code == "55607006":  # "Problem": no known problems
                fact.name, fact.code, fact.status = "", "", "none known"
                facts.append(fact)
                continue
        status = next((coded(s.find("value"), narrative).name.lower()
                       for s in _related(obs, "2.16.840.1.113883.10.20.22.4.6")), "")
        if not status:
            status = "resolved" if fact.end or concern_status == "completed" else "active"
        fact.status = "not present" if fact.negated else status
        if fact.name:
            facts.append(fact)
    return facts


def _no_information(element: Element, code: Element | None, name: str) -> bool:
    """A negated entry that only says there is nothing to say: its code a nullFlavor (maybe
    with a generic translation), or its words "no ... information"."""
    if _NO_INFORMATION.match(name):
        return True
    return _negated(element) and (code is None or bool(code.get("nullFlavor")))


def _procedures(element: Element, narrative: Narrative) -> list[Fact]:
    if _ignored(element):
        return []
    code = element.find("code")
    what = coded(code, narrative)
    name = what.name or narrative.name_of(element.find("text"))
    if not name or _no_information(element, code, name):
        return []
    time = element.find("effectiveTime")
    return [Fact("procedure", name, what.code, what.system, _status(element) or "completed",
                 iso_time(time_value(time)), negated=_negated(element))]


def _immunizations(element: Element, narrative: Narrative) -> list[Fact]:
    if element.tag != "substanceAdministration" or _status(element) in ("nullified",
                                                                         "cancelled"):
        return []
    code = element.find("consumable/manufacturedProduct/manufacturedMaterial/code")
    product = coded(code, narrative)
    if not product.name or _no_information(element, code, product.name):
        return []
    negated = _negated(element)
    return [Fact("immunization", product.name, product.code, product.system or "CVX",
                 "refused" if negated else _status(element) or "completed",
                 iso_time(time_value(element.find("effectiveTime"))), negated=negated)]


def _encounters(element: Element, narrative: Narrative) -> list[Fact]:
    if element.tag != "encounter" or _ignored(element):
        return []
    what = coded(element.find("code"), narrative)
    name = what.name or narrative.name_of(element.find("text"))
    if len(name) > 80:  # a whole paragraph is no visit's name
        name = ""
    name = name or "Encounter"
    place = _text(element.find("participant/participantRole/playingEntity/name"))
    fact = Fact("encounter", name, what.code, what.system, _status(element) or "completed",
                iso_time(time_value(element.find("effectiveTime"))))
    if place:
        fact.details["location"] = place
    return [fact]


def _results(element: Element, narrative: Narrative) -> list[Fact]:
    if element.tag == "organizer":
        panel = coded(element.find("code"), narrative)
        pending_panel = _status(element) in OPEN_STATUSES
        date = iso_time(time_value(element.find("effectiveTime")))
        facts = []
        for obs in element.iter("observation"):
            if _has_template(obs, "2.16.840.1.113883.10.20.22.4.2") or (
                    obs.find("value") is not None and obs.find("code") is not None
                    and obs in [c.find("observation") for c in element.findall("component")]):
                fact = _result(obs, narrative, date, pending_panel)
                if fact is not None:
                    fact.details["panel"] = panel.name
                    facts.append(fact)
        return facts
    if element.tag == "observation":
        fact = _result(element, narrative, "", False)
        return [fact] if fact else []
    return []


def _result(obs: Element, narrative: Narrative, panel_date: str, pending: bool) -> Fact | None:
    status = _status(obs)
    if status in ("nullified", "cancelled"):
        return None
    test = coded(obs.find("code"), narrative)
    name = test.name or narrative.name_of(obs.find("text"))
    if not name:
        return None
    fact = Fact("result", name, test.code, test.system or ("LOINC" if test.code else ""),
                date=iso_time(time_value(obs.find("effectiveTime"))) or panel_date)
    details: dict[str, Any] = {}
    value = obs.find("value")
    _read_value(value, narrative, details, obs)
    flags = [INTERPRETATIONS.get(i.get("code", ""), i.get("displayName", "").lower())
             for i in obs.findall("interpretationCode")]
    details["flag"] = next((f for f in flags if f), "")
    _reference_range(obs, narrative, details)
    has_value = "value" in details or bool(details.get("text"))
    if not has_value and (status in OPEN_STATUSES or pending):
        fact.status = "pending"
    else:
        fact.status = "preliminary" if status in OPEN_STATUSES else "final"
    fact.details = {k: v for k, v in details.items() if v not in ("", None)}
    return fact


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _quantity(element: Element | None) -> tuple[float | None, str]:
    """A PQ's value and unit; a non-UCUM unit is in a translation's originalText."""
    if element is None:
        return None, ""
    number, unit = _number(element.get("value")), element.get("unit", "")
    translation = element.find("translation")
    if translation is not None:
        if number is None:
            number = _number(translation.get("value"))
        if not unit or unit == "1":
            unit = _text(translation.find("originalText")) or translation.get("code", "")
    return number, "" if unit == "1" else unit


def _read_value(value: Element | None, narrative: Narrative, details: dict[str, Any],
                obs: Element) -> None:
    if value is None:
        return
    kind = value.get("type", "")
    if kind in ("PQ", "INT", "REAL", "MO") or (not kind and value.get("value")):
        number, unit = _quantity(value)
        if number is not None:
            details["value"] = number
            written = value.get("value", "").strip()
            if _number(written) == number:  # kept as written: 1.015 stays 1.015, 7.50 stays
                details["value_text"] = written
        details["unit"] = unit or _unit_from_relationship(obs)
    elif kind == "IVL_PQ":
        low_el, high_el = value.find("low"), value.find("high")
        low, low_unit = _quantity(low_el)
        high, high_unit = _quantity(high_el)
        open_high = high_el is None or bool(high_el.get("nullFlavor"))
        if low is not None and low_el is not None and (high is None or open_high):
            exclusive = low_el.get("inclusive", "true") == "false"
            details["comparator"], details["value"] = ">" if exclusive else ">=", low
        elif high is not None and high_el is not None and low in (None, 0.0):
            exclusive = high_el.get("inclusive", "true") == "false" or low is None
            details["comparator"], details["value"] = "<" if exclusive else "<=", high
        elif low is not None and high is not None:
            details["text"] = f"{low:g}–{high:g}"
        details["unit"] = low_unit or high_unit
    elif kind in ("CD", "CE", "CO", "CV"):
        details["text"] = coded(value, narrative).name or value.get("code", "")
    elif kind == "BL":
        details["text"] = {"true": "yes", "false": "no"}.get(value.get("value", ""), "")
    else:  # ST, ED, untyped text
        details["text"] = _text(value) or narrative.resolve(value)
        numeric = number_in_text(details["text"])
        if numeric is not None:  # "5.4" sent as text: a number to chart, kept as written
            details["comparator"], details["value"], details["value_text"] = numeric
            del details["text"]


def _unit_from_relationship(obs: Element) -> str:
    for relationship in obs.findall("entryRelationship"):
        inner = relationship.find("observation")
        code = inner.find("code") if inner is not None else None
        if inner is not None and code is not None and code.get("code") == "246514001":
            value = inner.find("value")
            if value is not None:
                return value.get("code", "") or _text(value.find("originalText"))
    return ""


def _reference_range(obs: Element, narrative: Narrative, details: dict[str, Any]) -> None:
    ranges = obs.findall("referenceRange/observationRange")
    if not ranges:
        return
    normal = next((r for r in ranges if any(i.get("code") == "N"
                                           for i in r.findall("interpretationCode"))), ranges[0])
    value = normal.find("value")
    if value is not None and value.get("type", "IVL_PQ") == "IVL_PQ" and (
            value.find("low") is not None or value.find("high") is not None):
        for end in ("low", "high"):
            limit = value.find(end)
            details[end], _ = _quantity(limit)
            if details[end] is not None and limit is not None:
                details[f"{end}_text"] = limit.get("value", "").strip()
    text = narrative.resolve(normal.find("text")) or (
        _text(value) if value is not None and value.get("type") == "ST" else "")
    if text:
        details["range_text"] = text
    texts = [narrative.resolve(r.find("text")) or _text(r.find("value")) for r in ranges]
    if len(ranges) > 1 and any(texts):
        details["ranges"] = [t for t in texts if t]


_READERS = {"medication": _medications, "allergy": _allergies, "problem": _problems,
            "procedure": _procedures, "immunization": _immunizations,
            "encounter": _encounters, "result": _results}


# -- narrative -----------------------------------------------------------------------------------
def _narrative_section(section: Element) -> Section:
    title = _text(section.find("title"))
    if not title:
        code = section.find("code")
        title = code.get("displayName", "") if code is not None else ""
    blocks = narrative_blocks(section.find("text"))
    if section.get("nullFlavor") and not blocks:
        blocks = [Block("paragraph", "No information.")]
    subsections = [_narrative_section(s) for s in section.findall("component/section")]
    return Section(title or "Section", blocks, subsections)


def narrative_blocks(text: Element | None) -> list[Block]:
    """Paragraphs, lists and tables of a section's ``<text>``; images and links are left out
    (they would point outside the document)."""
    if text is None:
        return []
    blocks: list[Block] = []
    loose: list[str] = []

    def flush() -> None:
        joined = " ".join(" ".join(loose).split())
        if joined:
            blocks.append(Block("paragraph", joined))
        loose.clear()

    if text.text:
        loose.append(text.text)
    for child in text:
        tag = child.tag
        if tag in ("paragraph", "table", "list", "caption") or tag == "content" and (
                child.find("table") is not None or child.find("list") is not None):
            flush()
        if tag == "paragraph":
            blocks.append(Block("paragraph", _inline(child)))
        elif tag == "caption":
            blocks.append(Block("heading", _inline(child)))
        elif tag == "list":
            blocks.extend(_list_blocks(child))
        elif tag == "table":
            blocks.append(_table(child))
        elif tag == "br":
            flush()
        elif tag in ("renderMultiMedia", "linkHtml"):
            loose.append(_inline(child) if tag == "linkHtml" else "")
        elif tag == "content" and (child.find("table") is not None or child.find("list")
                                   is not None):
            blocks.extend(narrative_blocks(child))
        else:
            loose.append(_inline(child))
        if child.tail:
            loose.append(child.tail)
    flush()
    return [b for b in blocks if b.text or b.items or b.rows]


def _inline(element: Element) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "br" else _inline(child))
        parts.append(child.tail or "")
    lines = "".join(parts).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines).strip()


def _list_blocks(element: Element) -> list[Block]:
    caption = element.find("caption")
    blocks = [Block("heading", _inline(caption))] if caption is not None else []
    ordered = element.get("listType") == "ordered"
    items = []
    for number, item in enumerate(element.findall("item"), start=1):
        text = _inline(item)
        items.append(f"{number}. {text}" if ordered else text)
    blocks.append(Block("list", items=[i for i in items if i]))
    return blocks


def _table(element: Element) -> Block:
    rows: list[list[str]] = []
    header_rows = 0
    for part in ("thead", "tbody", "tfoot", ""):
        holders = element.findall(part) if part else [element]
        for holder in holders:
            for tr in holder.findall("tr"):
                cells = [_inline(cell) for cell in tr if cell.tag in ("td", "th")]
                if not cells:
                    continue
                if part == "thead" or (not rows and all(c.tag == "th" for c in tr)):
                    header_rows += 1
                rows.append(cells)
    caption = element.find("caption")
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return Block("table", _inline(caption) if caption is not None else "", rows=rows,
                 header_rows=min(header_rows, len(rows)))
