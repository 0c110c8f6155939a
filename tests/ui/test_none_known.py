"""The Visit screen's "none known" ticks for medications and allergies."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secondop_desktop.core.profile import ListState
from secondop_desktop.ui.visit.page import VisitPage


def test_ticking_says_none_known_and_a_listed_entry_clears_it(qtbot, vault, services):
    page = VisitPage(vault, services)
    qtbot.addWidget(page)
    box = page.no_allergies
    assert box.isEnabled() and not box.isChecked()
    box.click()  # as a click on it does
    assert vault.allergies.state() is ListState.NONE_KNOWN
    section = page.allergy_list
    section.inputs[0].setText("Latex")
    qtbot.keyClick(section.inputs[-1], Qt.Key.Key_Return)
    assert vault.allergies.state() is ListState.LISTED
    assert not box.isChecked() and not box.isEnabled()
    assert page.no_medications.isEnabled() and not page.no_medications.isChecked()


def test_shows_what_is_stored(qtbot, vault, services):
    vault.medications.set_none_known()
    page = VisitPage(vault, services)
    qtbot.addWidget(page)
    assert page.no_medications.isChecked() and not page.no_allergies.isChecked()
