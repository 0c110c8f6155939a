"""One clinical statement read from a document: a medication, allergy, problem, result...

Parsers (C-CDA, FHIR) produce these; ``clinical`` stores them per document and merges them into
the lists the patient sees. Kept apart from the store so the parsers import nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CATEGORIES = ("medication", "allergy", "problem", "procedure", "immunization", "encounter",
              "result")


@dataclass
class Fact:
    category: str  # one of CATEGORIES
    name: str
    code: str = ""
    system: str = ""  # "RxNorm", "SNOMED CT", "ICD-10-CM", "LOINC", "CVX"...
    status: str = ""  # active, stopped, resolved, completed, pending, refused...
    date: str = ""  # ISO date (or date and time) it started, was noted or measured
    end: str = ""  # ISO date it stopped or resolved
    negated: bool = False  # "not allergic to peanuts"; with no name: "no known allergies"
    details: dict[str, Any] = field(default_factory=dict)
