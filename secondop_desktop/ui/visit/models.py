"""The lists of the Visit screen: medications, allergies and key events, as table models."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from ...core.rows import RowTable
from ...translations import QT_TRANSLATE_NOOP
from ..widgets.list_section import ListSpec
from ..widgets.row_table_model import Column, RowTableModel
from ..writes import Writer

CONTEXT = "VisitLists"  # the words below are in English; shown() gives the app's language


MEDICATIONS = ListSpec(
    QT_TRANSLATE_NOOP("VisitLists", "Medications"),
    (Column("name", QT_TRANSLATE_NOOP("VisitLists", "Name")),
     Column("dose", QT_TRANSLATE_NOOP("VisitLists", "Dose")),
     Column("frequency", QT_TRANSLATE_NOOP("VisitLists", "How often")),
     Column("since", QT_TRANSLATE_NOOP("VisitLists", "Since")),
     Column("purpose", QT_TRANSLATE_NOOP("VisitLists", "What for"))),
    (QT_TRANSLATE_NOOP("VisitLists", "Name"), QT_TRANSLATE_NOOP("VisitLists", "Dose"),
     QT_TRANSLATE_NOOP("VisitLists", "How often"), QT_TRANSLATE_NOOP("VisitLists", "Since"),
     QT_TRANSLATE_NOOP("VisitLists", "What for")),
    (100, 60, 95, 105, 90),  # fits beside the forms; each hint whole at 1024 px wide
)
ALLERGIES = ListSpec(
    QT_TRANSLATE_NOOP("VisitLists", "Allergies"),
    (Column("substance", QT_TRANSLATE_NOOP("VisitLists", "Substance")),
     Column("reaction", QT_TRANSLATE_NOOP("VisitLists", "Reaction"))),
    (QT_TRANSLATE_NOOP("VisitLists", "Substance, e.g. penicillin"),
     QT_TRANSLATE_NOOP("VisitLists", "Reaction, e.g. rash")),
    (200, 300),
)
TIMELINE = ListSpec(
    QT_TRANSLATE_NOOP("VisitLists", "Key events"),
    (Column("date", QT_TRANSLATE_NOOP("VisitLists", "Date")),
     Column("what", QT_TRANSLATE_NOOP("VisitLists", "What happened"))),
    (QT_TRANSLATE_NOOP("VisitLists", "e.g. Oct 2026 or 2019"),
     QT_TRANSLATE_NOOP("VisitLists",
                       "What: first symptom, scan, biopsy, surgery, treatment…")),
    (100, 400),
)
# column constants, for tests and callers
MED_NAME, MED_DOSE, MED_FREQUENCY, MED_SINCE, MED_PURPOSE = range(5)
ALLERGY_SUBSTANCE, ALLERGY_REACTION = range(2)
EVENT_DATE, EVENT_WHAT = range(2)


def shown(spec: ListSpec) -> ListSpec:
    """``spec`` with its title, headers and hints in the app's language."""
    def tr(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    return dataclasses.replace(
        spec, title=tr(spec.title),
        columns=tuple(dataclasses.replace(c, header=tr(c.header)) for c in spec.columns),
        placeholders=tuple(tr(p) for p in spec.placeholders))


def list_model(store: RowTable, spec: ListSpec, writer: Writer,
               undo_stack: QUndoStack | None = None, parent=None) -> RowTableModel:
    return RowTableModel(store, shown(spec).columns, writer, undo_stack, parent)
