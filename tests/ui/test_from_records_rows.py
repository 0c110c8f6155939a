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


def test_settling_a_difference_writes_off_the_gui_thread(vault, tmp_path, qtbot, services,
                                                         dialogs):
    from test_combine_split import HeldPool
    from test_labs_page import _two_summaries

    from secondop_desktop.ui.services import Services
    from secondop_desktop.ui.visit.page import VisitPage

    _two_summaries(vault, tmp_path)
    page = VisitPage(vault, services)
    qtbot.addWidget(page)
    section = page.from_records
    held = HeldPool()
    section.services = section.writer.services = Services(
        dialogs=dialogs, pool=held, view_pool=held, open_url=lambda url: True)
    section.difference_table.selectRow(0)
    section.keep_both_button.click()
    assert len(vault.clinical.unresolved()) == 2  # nothing written on the GUI thread
    held.run_all()
    assert len(vault.clinical.unresolved()) == 1
    assert section.differences.rows[0][2] == "kept both"
