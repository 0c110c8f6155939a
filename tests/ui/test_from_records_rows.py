"""The Visit screen's rows from the records show severity and criticality under their own
names, and a stopped medication's end date."""

from __future__ import annotations

from secondop_desktop.core.clinical import Item, Source
from secondop_desktop.core.clinical_facts import Fact
from secondop_desktop.ui.visit.from_records import item_row

SOURCE = Source(1, "Clinic summary", "2024-03-01", "Valley Clinic")


def test_allergy_rows_keep_severity_and_criticality_apart():
    fact = Fact("allergy", "Peanut", status="active",
                details={"reaction": "Anaphylaxis", "severity": "severe", "criticality": "high"})
    assert item_row(Item(fact, [SOURCE], [(fact, SOURCE)]))[1] == (
        "Anaphylaxis, severity: severe, criticality: high")


def test_a_stopped_medication_shows_when_it_stopped():
    fact = Fact("medication", "Prednisone", status="stopped", date="2024-01-01", end="2024-02-01")
    assert item_row(Item(fact, [SOURCE], [(fact, SOURCE)]))[2] == "stopped 2024-02-01"
