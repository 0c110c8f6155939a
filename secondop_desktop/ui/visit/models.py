"""The lists of the Visit screen: medications, allergies and key events, as table models."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from ...core.rows import RowTable
from ..widgets.row_table_model import Column, RowTableModel
from ..writes import Writer


@dataclass(frozen=True)
class ListSpec:
    """What one list shows, and the hint in each field of its add row."""

    title: str
    columns: tuple[Column, ...]
    placeholders: tuple[str, ...]
    widths: tuple[int, ...]


MEDICATIONS = ListSpec(
    "Medications",
    (Column("name", "Name"), Column("dose", "Dose"), Column("frequency", "How often"),
     Column("since", "Since"), Column("purpose", "What for")),
    ("Name", "Dose", "How often", "Since (date)", "What for"),
    (120, 70, 90, 90, 100),  # fits beside the forms without a sideways scroll bar
)
ALLERGIES = ListSpec(
    "Allergies",
    (Column("substance", "Substance"), Column("reaction", "Reaction")),
    ("Substance, e.g. penicillin", "Reaction, e.g. rash"),
    (200, 300),
)
TIMELINE = ListSpec(
    "Key events",
    (Column("date", "Date"), Column("what", "What happened")),
    ("e.g. Oct 2026 or 2019", "What: first symptom, scan, biopsy, surgery, treatment…"),
    (100, 400),
)
# column constants, for tests and callers
MED_NAME, MED_DOSE, MED_FREQUENCY, MED_SINCE, MED_PURPOSE = range(5)
ALLERGY_SUBSTANCE, ALLERGY_REACTION = range(2)
EVENT_DATE, EVENT_WHAT = range(2)


def list_model(store: RowTable, spec: ListSpec, writer: Writer,
               undo_stack: QUndoStack | None = None, parent=None) -> RowTableModel:
    return RowTableModel(store, spec.columns, writer, undo_stack, parent)
