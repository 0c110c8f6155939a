"""The Summary page's medications, allergies and problems: the patient's own entries and what the
imported records say, reconciled (``core.clinical``), each imported item with where it came from
and when. "Not recorded" only when no source says anything; "none known" only when a source (or
the patient) says so. The same items the Visit screen and ``secondop med list`` show.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.clinical import ClinicalStore, Item
from ..core.profile import Allergy, ListState, Medication
from ..local_format import packet_locale, partial_date_text
from ..translations import QT_TRANSLATE_NOOP, packet_text
from .canvas import MUTED, Canvas, Column, font
from .clinical_sections import source_label

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

# The statuses the imported records' facts carry (core.portal), as the Summary prints them; a
# status not listed (a record's own word) is printed as it is.
_STATUSES = frozenset({
    QT_TRANSLATE_NOOP("Summary", "active"), QT_TRANSLATE_NOOP("Summary", "stopped"),
    QT_TRANSLATE_NOOP("Summary", "resolved"), QT_TRANSLATE_NOOP("Summary", "completed"),
    QT_TRANSLATE_NOOP("Summary", "pending"), QT_TRANSLATE_NOOP("Summary", "refused"),
    QT_TRANSLATE_NOOP("Summary", "inactive"), QT_TRANSLATE_NOOP("Summary", "on hold"),
    QT_TRANSLATE_NOOP("Summary", "none known"), QT_TRANSLATE_NOOP("Summary", "not present"),
    QT_TRANSLATE_NOOP("Summary", "preliminary"), QT_TRANSLATE_NOOP("Summary", "final"),
})



def status_word(status: str) -> str:
    return translate("Summary", status) if status in _STATUSES else status


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
    return partial_date_text(value[:10], packet_locale()) if value else ""


def source_text(item: Item) -> str:
    """The latest source, "St Anne's CCD, 2 May 2026", and how many others say the same."""
    sources = list(dict.fromkeys(source_label(s) for _f, s in item.seen)) or [
        source_label(s) for s in item.sources]
    latest, others = sources[-1], len(sources) - 1
    if not others:
        return latest
    return latest + " " + translate("Summary", "(and %n earlier)", "", others)


def _status(item: Item) -> str:
    """"active", "stopped 3 Mar 2019", "resolved 2017"... as of the latest source."""
    f = item.fact
    status = status_word(f.status)
    if f.end and f.status not in ("active", ""):
        return translate("Summary", "{status} {date}").format(status=status, date=_date(f.end))
    if f.end and f.status:
        return translate("Summary", "{status}, until {date}").format(status=status,
                                                                     date=_date(f.end))
    if f.end:
        return translate("Summary", "until {date}").format(date=_date(f.end))
    return status


def _none_known(items: list[Item]) -> Item | None:
    return next((i for i in items if i.fact.negated and not i.fact.name), None)


def _order(items: list[Item]) -> list[Item]:
    """Current items first, then the rest, each group as the store sorts it (by name)."""
    named = [i for i in items if i.fact.name]
    return sorted(named, key=lambda i: i.fact.status not in ("active", "", "on hold"))


def medication_rows(own: list[Medication], imported: list[Item]) -> list[list[str]]:
    patient = translate("Summary", "The patient")
    rows = [[m.name, m.dose, m.frequency,
             translate("Summary", "since {date}").format(date=_date(m.since))
             if m.since else "", m.purpose, patient] for m in own]
    for item in _order(imported):
        f, d = item.fact, item.fact.details
        # The sig as written ("Take 1 tablet by mouth daily") where no frequency was coded.
        how = ", ".join(str(d[k]) for k in ("frequency", "route") if d.get(k)) or str(
            d.get("instructions", ""))
        name = (translate("Summary", "Not taken: {name}").format(name=f.name) if f.negated
                else f.name)
        rows.append([name, str(d.get("dose", "")), how, _status(item),
                     str(d.get("purpose", "")), source_text(item)])
    return rows


def allergy_rows(own: list[Allergy], imported: list[Item]) -> list[list[str]]:
    patient = translate("Summary", "The patient")
    rows = [[a.substance, a.reaction, "", "", "", patient] for a in own]
    for item in _order(imported):
        f, d = item.fact, item.fact.details
        name = (translate("Summary", "Not allergic: {name}").format(name=f.name) if f.negated
                else f.name)
        rows.append([name, str(d.get("reaction", "")), str(d.get("severity", "")),
                     str(d.get("criticality", "")), _status(item), source_text(item)])
    none = _none_known(imported)
    if rows and none is not None:  # a record that says "none" beside ones that list some
        scope = none.fact.details.get("scope") or translate("Summary", "No known allergies")
        rows.append([str(scope), "", "", "", "", source_text(none)])
    return rows


def _earlier_status(item: Item) -> str:
    """What an earlier source said when it differs from the latest: "(active in CCD 2016)"."""
    latest = item.seen[-1][1] if item.seen else None
    other = next(((f, s) for f, s in reversed(item.seen)
                  if f.status and f.status != item.fact.status and s != latest), None)
    if not other:
        return ""
    return " " + translate("Summary", "({status} in {source})").format(
        status=status_word(other[0].status), source=other[1].label)


def problem_rows(imported: list[Item]) -> list[list[str]]:
    return [[translate("Summary", "Not present: {name}").format(name=i.fact.name)
             if i.fact.negated else i.fact.name,
             _status(i) + _earlier_status(i), _date(i.fact.date), source_text(i)]
            for i in _order(imported)]


def _stated(none: str, source: str) -> str:
    return translate("Summary", "{none} (as stated in {source})").format(none=none,
                                                                         source=source)


def _empty(state: ListState | None, none: Item | None, patient_none: str, source_none: str,
           not_recorded: str) -> str:
    if state == ListState.NONE_KNOWN:
        return patient_none
    if none is not None:
        return _stated(source_none, source_text(none))
    return not_recorded


def draw_clinical_lists(c: Canvas, medications: list[Medication], allergies: list[Allergy],
                        medication_state: ListState | None, allergy_state: ListState | None,
                        imported: ImportedLists | None) -> None:
    records = imported or ImportedLists()
    status, source = translate("Summary", "Status"), translate("Summary", "From")
    c.heading(translate("Summary", "Medications"))
    c.table([Column(translate("Summary", "Medication"), 0.21),
             Column(translate("Summary", "Dose"), 0.1),
             Column(translate("Summary", "How often, route"), 0.15), Column(status, 0.17),
             Column(translate("Summary", "What for"), 0.13), Column(source, 0.24)],
            medication_rows(medications, records.medications),
            empty=_empty(medication_state, _none_known(records.medications),
                         translate("Summary", "None: the patient takes no medications."),
                         translate("Summary", "No medications"),
                         translate("Summary", "Not recorded: neither the patient nor the "
                                              "imported records list any medications.")))
    if medication_state == ListState.NONE_KNOWN and _order(records.medications):
        c.paragraph(translate("Summary", "The patient stated they take no medications; the "
                                         "records list the above."), font(9.5, italic=True),
                    MUTED)
    c.heading(translate("Summary", "Allergies"))
    c.table([Column(translate("Summary", "Substance"), 0.2),
             Column(translate("Summary", "Reaction"), 0.18),
             Column(translate("Summary", "Severity"), 0.12),
             Column(translate("Summary", "Criticality"), 0.13), Column(status, 0.11),
             Column(source, 0.26)],
            allergy_rows(allergies, records.allergies),
            empty=_empty(allergy_state, _none_known(records.allergies),
                         translate("Summary", "No known allergies (as stated by the patient)."),
                         translate("Summary", "No known allergies"),
                         translate("Summary", "Not recorded: neither the patient nor the "
                                              "imported records list any allergies.")))
    if allergy_state == ListState.NONE_KNOWN and _order(records.allergies):
        c.paragraph(translate("Summary", "The patient stated they have no known allergies; the "
                                         "records list the above."), font(9.5, italic=True),
                    MUTED)
    problems = problem_rows(records.problems)
    none = _none_known(records.problems)
    if problems or none is not None:
        c.heading(translate("Summary", "Problems and diagnoses in the records"))
        c.table([Column(translate("Summary", "Problem"), 0.36), Column(status, 0.18),
                 Column(translate("Summary", "Since"), 0.14), Column(source, 0.32)], problems,
                empty=_stated(translate("Summary", "No known problems"),
                              source_text(none) if none else ""))
