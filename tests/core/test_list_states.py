"""Medications and allergies have three states: not recorded, none known, and the list."""

from __future__ import annotations

import pytest

from secondop_desktop.core.errors import ValidationError
from secondop_desktop.core.profile import ListState


@pytest.mark.parametrize("store", ["medications", "allergies"])
def test_three_states(vault, store):
    items = getattr(vault, store)
    assert items.state() is ListState.NOT_RECORDED  # never entered is not "none"
    assert items.set_none_known() is ListState.NONE_KNOWN
    assert items.state() is ListState.NONE_KNOWN
    values = {"medications": {"name": "Aspirin"}, "allergies": {"substance": "Latex"}}[store]
    item = items.add(**values)
    assert items.state() is ListState.LISTED
    with pytest.raises(ValidationError, match="first"):
        items.set_none_known()
    items.delete(item.id)
    assert items.state() is ListState.NOT_RECORDED  # adding one took back "none known"
    items.set_none_known()
    assert items.set_none_known(False) is ListState.NOT_RECORDED


def test_states_are_kept_apart(vault):
    vault.allergies.set_none_known()
    assert vault.medications.state() is ListState.NOT_RECORDED
