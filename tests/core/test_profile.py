"""Checking one patient or appointment field before it is saved (the Visit screen's live check)."""

from __future__ import annotations

import datetime as dt

import pytest

from secondop_desktop.core.errors import ValidationError


def test_clean_gives_the_stored_form(vault):
    assert vault.patient.clean("dob", " 1970-01-31 ") == "1970-01-31"
    assert vault.patient.clean("dob", "") == ""
    assert vault.appointment.clean("when", "2025-03-14 09:30") == "2025-03-14T09:30"
    assert vault.patient.clean("name", "  Ada ") == "Ada"


@pytest.mark.parametrize("key, value, reason", [
    ("dob", "31/01/1970", "not a date"),
    ("dob", (dt.date.today() + dt.timedelta(days=1)).isoformat(), "future"),
    ("dob", "1850-01-01", "from 1900"),
    ("nickname", "x", "Unknown field"),
])
def test_clean_refuses_with_a_reason_and_saves_nothing(vault, key, value, reason):
    with pytest.raises(ValidationError, match=reason):
        vault.patient.clean(key, value)
    assert vault.patient.get().dob == ""


def test_appointment_time_must_be_a_time(vault):
    with pytest.raises(ValidationError, match="date and time"):
        vault.appointment.clean("when", "tomorrow at nine")
