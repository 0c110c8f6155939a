"""Whose records a FHIR file holds: one vault is one patient.

A Bulk FHIR export (or a test server's dump) puts many patients into one file. Mixed into one
vault, one patient's allergies would sit beside strangers'. Such a file is refused, naming the
patients, unless one is chosen (``choose``): then only that patient's resources are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, RefusedFile

SHOWN_NAMES = 3  # names in the refusal; the rest are counted


@dataclass
class Patient:
    id: str
    name: str = ""
    identifiers: list[str] = field(default_factory=list)
    birth_date: str = ""

    @property
    def label(self) -> str:
        born = f" (born {self.birth_date})" if self.birth_date else ""
        return f"{self.name or f'Patient/{self.id}'}{born}"

    def matches(self, text: str) -> bool:
        wanted = " ".join(text.lower().split())
        return any(wanted in " ".join(value.lower().split())
                   for value in (self.name, self.id, *self.identifiers) if value)


class SeveralPatients(RefusedFile):
    """The file holds several patients' records and none was chosen (or the choice fits
    none or several of them)."""

    def __init__(self, reason: str, patients: list[Patient], **fields: object) -> None:
        super().__init__(reason, **fields)
        self.patients = patients

    @property
    def choices(self) -> tuple[tuple[str, str], ...]:
        """(the value that picks exactly this patient, the patient's name and birth date)."""
        return tuple((f"id:{p.id}", p.label) for p in self.patients)


def human_name(names: Any) -> str:
    """The first of a FHIR resource's HumanNames as one line."""
    for name in names or []:
        if not isinstance(name, dict):
            continue
        if name.get("text"):
            return str(name["text"])
        given = " ".join(str(g) for g in name.get("given") or [])
        return " ".join(p for p in (given, str(name.get("family", ""))) if p)
    return ""




def reference_id(reference: Any) -> str:
    """'Patient/123', 'urn:uuid:123', 'https://x/fhir/Patient/123' -> '123'."""
    if not isinstance(reference, dict):
        return ""
    text = str(reference.get("reference", ""))
    return text.removeprefix("urn:uuid:").rsplit("/", 1)[-1] if text else ""


def owner(resource: dict[str, Any]) -> str:
    """The id of the patient a resource is about; '' for one that is about nobody
    (an Organization, a Medication)."""
    if resource.get("resourceType") == "Patient":
        return str(resource.get("id", ""))
    for key in ("subject", "patient", "beneficiary"):
        value = resource.get(key)
        if isinstance(value, dict) and "Patient" in str(value.get("reference", "Patient")):
            found = reference_id(value)
            if found:
                return found
    return ""


def _patient(resource: dict[str, Any], name: str) -> Patient:
    identifiers = [str(i.get("value", "")) for i in resource.get("identifier") or []
                   if isinstance(i, dict) and i.get("value")]
    return Patient(str(resource.get("id", "")), name, identifiers,
                   str(resource.get("birthDate", "")))


def patients_of(resources: list[dict[str, Any]]) -> list[Patient]:
    """Every patient the resources are about, Patient resources first, in file order."""
    found: dict[str, Patient] = {}
    unnamed_ids: list[Patient] = []  # a Patient without an id (a bundle may give only fullUrl)
    for resource in resources:
        if resource.get("resourceType") == "Patient":
            patient = _patient(resource, human_name(resource.get("name")))
            if patient.id:
                found.setdefault(patient.id, patient)
            else:
                unnamed_ids.append(patient)
    for resource in resources:
        pid = owner(resource)
        if pid and pid not in found:
            found[pid] = Patient(pid)
    if len(unnamed_ids) == 1 and len(found) == 1:  # the one patient the others point to
        only = next(iter(found.values()))
        if not only.name:
            only.name, only.identifiers = unnamed_ids[0].name, unnamed_ids[0].identifiers
            only.birth_date = unnamed_ids[0].birth_date
        return [only]
    return list(found.values()) + unnamed_ids


def _names(patients: list[Patient]) -> str:
    shown = ", ".join(p.label for p in patients[:SHOWN_NAMES])
    more = len(patients) - SHOWN_NAMES
    return shown + (f" and {more} more" if more > 0 else "")


def choose(resources: list[dict[str, Any]], wanted: str | None
           ) -> tuple[list[dict[str, Any]], Patient | None]:
    """The resources of one patient: all of them when the file is about one (or none); with
    several, those of the patient ``wanted`` names (any part of a name or identifier)."""
    patients = patients_of(resources)
    if not patients or (len(patients) == 1 and not wanted):
        return resources, (patients[0] if patients else None)
    if wanted:
        exact = wanted.removeprefix("id:") if wanted.startswith("id:") else None
        fits = ([p for p in patients if p.id == exact] if exact is not None
                else [p for p in patients if p.matches(wanted)])
        if not fits:
            raise SeveralPatients(QT_TRANSLATE_NOOP(
                "Reason", "no patient in this file matches “{wanted}” (it holds {count}: "
                          "{names})"),
                patients, wanted=wanted, count=len(patients), names=_names(patients))
        if len(fits) > 1:
            raise SeveralPatients(QT_TRANSLATE_NOOP(
                "Reason", "“{wanted}” matches {count} patients in this file ({names}); give "
                          "more of the name"),
                fits, wanted=wanted, count=len(fits), names=_names(fits))
        chosen = fits[0]
        return [r for r in resources if owner(r) in ("", chosen.id)], chosen
    raise SeveralPatients(QT_TRANSLATE_NOOP(
        "Reason", "this file holds the records of {count} patients ({names}); a vault is for "
                  "one patient: choose whose records to import"),
        patients, count=len(patients), names=_names(patients))


MAX_PATIENT_FILE_BYTES = 64 * 1024**2


def resolve_in_files(paths: Iterable[Path], wanted: str) -> str:
    """A Bulk FHIR export keeps its patients in Patient.ndjson and their conditions, allergies...
    in other files that name them by id only: the patient ``wanted`` names, as "id:<id>" when
    the export's patient files name exactly one; else ``wanted`` as it is."""
    found: dict[str, Patient] = {}
    for path in paths:
        if "patient" not in path.name.lower() or path.suffix.lower() not in (".ndjson",
                                                                             ".json"):
            continue
        try:
            if path.stat().st_size > MAX_PATIENT_FILE_BYTES:
                continue
            lines = path.read_text("utf-8", "replace").splitlines()
        except OSError:
            continue
        for line in lines:
            try:
                resource = json.loads(line)
            except ValueError:
                continue
            if isinstance(resource, dict) and resource.get("resourceType") == "Patient":
                patient = _patient(resource, human_name(resource.get("name")))
                if patient.matches(wanted):
                    found[patient.id] = patient
    return f"id:{next(iter(found))}" if len(found) == 1 else wanted
