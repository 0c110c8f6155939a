"""The Summary page's medications, allergies and problems: the patient's own entries and what the
imported records say, reconciled (``core.clinical``), each imported item with where it came from
and when. "Not recorded" only when no source says anything; "none known" only when a source (or
the patient) says so. The same items the Visit screen and ``secondop med list`` show.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ..core.clinical import ClinicalStore, Item
from ..core.profile import Allergy, ListState, Medication
from ..core.validate import format_partial_date
from .canvas import MUTED, Canvas, Column, font


def tr(text: str) -> str:
    return QCoreApplication.translate("Summary", text)


@dataclass
class ImportedLists:
    """The reconciled lists of the imported records (empty when nothing was imported)."""

    medications: list[Item] = field(default_factory=list)
    allergies: list[Item] = field(default_factory=list)
    problems: list[Item] = field(default_factory=list)

    @classmethod
    def from_store(cls, store: ClinicalStore) -> ImportedLists:
        return cls(store.items("medication"), store.items("allergy"), store.items("problem"))


def _date(value: str) -> str:
    return format_partial_date(value[:10]) if value else ""


def source_text(item: Item) -> str:
    """The latest source, "St Anne's CCD, 2 May 2026", and how many others say the same."""
    sources = list(dict.fromkeys(s.label for _f, s in item.seen)) or [
        s.label for s in item.sources]
    latest, others = sources[-1], len(sources) - 1
    if not others:
        return latest
    return latest + " " + QCoreApplication.translate("Summary", "(and %n earlier)", "", others)


def _status(item: Item) -> str:
    """"active", "stopped 3 Mar 2019", "resolved 2017"... as of the latest source."""
    f = item.fact
    if f.end and f.status not in ("active", ""):
        return f"{f.status} {_date(f.end)}"
    if f.end:
        return f"{f.status}, {tr('until')} {_date(f.end)}"
    return f.status


def _none_known(items: list[Item]) -> Item | None:
    return next((i for i in items if i.fact.negated and not i.fact.name), None)


def _order(items: list[Item]) -> list[Item]:
    """Current items first, then the rest, each group as the store sorts it (by name)."""
    named = [i for i in items if i.fact.name]
    return sorted(named, key=lambda i: i.fact.status not in ("active", "", "on hold"))


def medication_rows(own: list[Medication], imported: list[Item]) -> list[list[str]]:
    rows = [[m.name, m.dose, m.frequency,
             f"{tr('since')} {format_partial_date(m.since)}" if m.since else "", m.purpose,
             tr("The patient")] for m in own]
    for item in _order(imported):
        f, d = item.fact, item.fact.details
        # The sig as written ("Take 1 tablet by mouth daily") where no frequency was coded.
        how = ", ".join(str(d[k]) for k in ("frequency", "route") if d.get(k)) or str(
            d.get("instructions", ""))
        name = f"{tr('Not taken:')} {f.name}" if f.negated else f.name
        rows.append([name, str(d.get("dose", "")), how, _status(item),
                     str(d.get("purpose", "")), source_text(item)])
    return rows


def allergy_rows(own: list[Allergy], imported: list[Item]) -> list[list[str]]:
    rows = [[a.substance, a.reaction, "", "", "", tr("The patient")] for a in own]
    for item in _order(imported):
        f, d = item.fact, item.fact.details
        name = f"{tr('Not allergic:')} {f.name}" if f.negated else f.name
        rows.append([name, str(d.get("reaction", "")), str(d.get("severity", "")),
                     str(d.get("criticality", "")), _status(item), source_text(item)])
    none = _none_known(imported)
    if rows and none is not None:  # a record that says "none" beside ones that list some
        rows.append([str(none.fact.details.get("scope") or tr("No known allergies")), "", "",
                     "", "", source_text(none)])
    return rows


def _earlier_status(item: Item) -> str:
    """What an earlier source said when it differs from the latest: "(active in CCD 2016)"."""
    latest = item.seen[-1][1] if item.seen else None
    other = next(((f, s) for f, s in reversed(item.seen)
                  if f.status and f.status != item.fact.status and s != latest), None)
    return f" ({other[0].status} {tr('in')} {other[1].label})" if other else ""


def problem_rows(imported: list[Item]) -> list[list[str]]:
    return [[f"{tr('Not present:')} {i.fact.name}" if i.fact.negated else i.fact.name,
             _status(i) + _earlier_status(i), _date(i.fact.date), source_text(i)]
            for i in _order(imported)]


def _empty(state: ListState | None, none: Item | None, patient_none: str, source_none: str,
           not_recorded: str) -> str:
    if state == ListState.NONE_KNOWN:
        return patient_none
    if none is not None:
        return f"{source_none} ({tr('as stated in')} {source_text(none)})"
    return not_recorded


def draw_clinical_lists(c: Canvas, medications: list[Medication], allergies: list[Allergy],
                        medication_state: ListState | None, allergy_state: ListState | None,
                        imported: ImportedLists | None) -> None:
    records = imported or ImportedLists()
    c.heading(tr("Medications"))
    c.table([Column(tr("Medication"), 0.21), Column(tr("Dose"), 0.1),
             Column(tr("How often, route"), 0.15), Column(tr("Status"), 0.17),
             Column(tr("What for"), 0.13), Column(tr("From"), 0.24)],
            medication_rows(medications, records.medications),
            empty=_empty(medication_state, _none_known(records.medications),
                         tr("None: the patient takes no medications."),
                         tr("No medications"),
                         tr("Not recorded: neither the patient nor the imported records list "
                            "any medications.")))
    if medication_state == ListState.NONE_KNOWN and _order(records.medications):
        c.paragraph(tr("The patient stated they take no medications; the records list the "
                       "above."), font(9.5, italic=True), MUTED)
    c.heading(tr("Allergies"))
    c.table([Column(tr("Substance"), 0.2), Column(tr("Reaction"), 0.18),
             Column(tr("Severity"), 0.12), Column(tr("Criticality"), 0.13),
             Column(tr("Status"), 0.11), Column(tr("From"), 0.26)],
            allergy_rows(allergies, records.allergies),
            empty=_empty(allergy_state, _none_known(records.allergies),
                         tr("No known allergies (as stated by the patient)."),
                         tr("No known allergies"),
                         tr("Not recorded: neither the patient nor the imported records list "
                            "any allergies.")))
    if allergy_state == ListState.NONE_KNOWN and _order(records.allergies):
        c.paragraph(tr("The patient stated they have no known allergies; the records list the "
                       "above."), font(9.5, italic=True), MUTED)
    problems = problem_rows(records.problems)
    none = _none_known(records.problems)
    if problems or none is not None:
        c.heading(tr("Problems and diagnoses in the records"))
        c.table([Column(tr("Problem"), 0.36), Column(tr("Status"), 0.18),
                 Column(tr("Since"), 0.14), Column(tr("From"), 0.32)], problems,
                empty=f"{tr('No known problems')} ({tr('as stated in')} "
                      f"{source_text(none) if none else ''})")
