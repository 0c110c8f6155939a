"""Words for codes that vendors send without a display name, and a test for display names that
are no words at all.

Only the small, stable code sets a clinician reads on every list (severities, routes, the
vendor frequency abbreviations) are here; anything else keeps the text the source gave.
"""

from __future__ import annotations

import re

SNOMED = "2.16.840.1.113883.6.96"
NCI = "2.16.840.1.113883.3.26.1.1"
HL7_ROUTE = "2.16.840.1.113883.5.112"

SEVERITIES = {"255604002": "mild", "6736007": "moderate", "24484000": "severe",
              "371923003": "mild to moderate", "371924009": "moderate to severe",
              "399166001": "fatal", "442452003": "life threatening"}
NCI_ROUTES = {"C38288": "oral", "C38276": "intravenous", "C28161": "intramuscular",
              "C38299": "subcutaneous", "C38300": "sublingual", "C38216": "inhalation",
              "C38305": "transdermal", "C38304": "topical", "C38284": "nasal",
              "C38287": "ophthalmic", "C38192": "auricular (otic)", "C38295": "rectal",
              "C38313": "vaginal", "C38238": "intradermal", "C38194": "buccal",
              "C38243": "epidural", "C38267": "intrathecal", "C38222": "intra-arterial",
              "C38211": "enteral", "C38289": "oropharyngeal", "C38279": "percutaneous",
              "C38285": "nasogastric", "C38312": "urethral", "C38206": "dental",
              "C38239": "intralesional", "C38273": "intravesical", "C38274": "intravitreal"}
HL7_ROUTES = {"PO": "oral", "SL": "sublingual", "BUC": "buccal", "CHEW": "oral (chewed)",
              "IVINJ": "intravenous injection", "IVINJBOL": "intravenous bolus",
              "IVINFUS": "intravenous infusion", "IV": "intravenous",
              "IMINJ": "intramuscular injection", "SQ": "subcutaneous injection",
              "IDINJ": "intradermal injection", "IPINHL": "inhalation (by mouth)",
              "NASINHL": "inhalation (by nose)", "NASINSTIL": "nasal instillation",
              "TOPAPL": "topical", "TRNSDERMD": "transdermal", "OPTHALTA": "eye drops",
              "OTIC": "ear drops", "RECINSRT": "rectal", "VAGINSI": "vaginal",
              "GTUBE": "by gastric tube", "NGTUBE": "by nasogastric tube"}
SNOMED_WORDS = {**SEVERITIES, "26643006": "oral", "47625008": "intravenous",
                "78421000": "intramuscular", "34206005": "subcutaneous", "37839007": "sublingual",
                "6064005": "topical", "45890007": "transdermal", "37161004": "rectal",
                "46713006": "nasal", "447694001": "respiratory tract", "54485002": "ophthalmic",
                "10547007": "otic", "16857009": "vaginal", "54471007": "buccal"}
HL7_CRITICALITY = "2.16.840.1.113883.5.1063"
CRITICALITIES = {"CRITL": "low", "CRITH": "high", "CRITU": "unable to assess"}
BY_SYSTEM = {SNOMED: SNOMED_WORDS, NCI: NCI_ROUTES, HL7_ROUTE: HL7_ROUTES,
             HL7_CRITICALITY: CRITICALITIES}


def word_for(system: str, code: str) -> str:
    """The word for a code of a known code system (an OID), '' when unknown."""
    return BY_SYSTEM.get(system, {}).get(code, "")


# A class name ("Paragon.Service.Api.CDA.Models.ED"), "null"/"None"/"undefined", a bare code.
_DOTTED = re.compile(r"^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*){2,}$")
_NO_WORDS = {"null", "none", "undefined", "nan", "n/a", "na", "unknown", "[object object]",
             "nullflavor", "ni", "unk", "oth"}


def is_human_text(text: str) -> bool:
    """Whether ``text`` reads as words a person wrote (not a placeholder or a class name)."""
    stripped = text.strip()
    if not stripped or stripped.lower() in _NO_WORDS or _DOTTED.match(stripped):
        return False
    return any(ch.isalpha() for ch in stripped)


# Frequency abbreviations some vendors put in ``<period unit="...">`` instead of a UCUM unit.
VENDOR_FREQUENCIES = {"QD": "once a day", "QDAY": "once a day", "DAILY": "once a day",
                      "OD": "once a day", "BID": "twice a day", "TID": "three times a day",
                      "QID": "four times a day", "QHS": "at bedtime", "HS": "at bedtime",
                      "QAM": "every morning", "QPM": "every evening", "QOD": "every other day",
                      "QWK": "once a week", "QW": "once a week", "WEEKLY": "once a week",
                      "BIW": "twice a week", "TIW": "three times a week",
                      "QMONTH": "once a month", "QMO": "once a month", "PRN": "as needed",
                      "STAT": "at once", "ONCE": "once", "Q12H": "every 12 hours"}
_EVERY_HOURS = re.compile(r"^Q(\d+(?:-\d+)?)(H|HR|HRS)$")


def vendor_frequency(unit: str) -> str:
    """'BID' -> 'twice a day', 'Q4H' -> 'every 4 hours'; '' for anything else."""
    key = unit.strip().upper().replace(" ", "").replace(".", "")
    if key in VENDOR_FREQUENCIES:
        return VENDOR_FREQUENCIES[key]
    match = _EVERY_HOURS.match(key)
    return f"every {match.group(1)} hours" if match else ""
