"""The shortlist of specialists: fields checked as entered, and choosing one for the visit."""

from __future__ import annotations

import pytest

from secondop_desktop.core.errors import NotFound, ValidationError


def test_add_edit_and_what_is_refused(vault):
    s = vault.specialists.add(name=" Dr. Ann Stone ", specialty="Endocrine surgery",
                              insurance="Yes", telehealth="", wait_days="21",
                              board_checked="2026-11-02", cases="about 300 thyroid operations")
    assert (s.name, s.insurance, s.telehealth, s.wait_days, s.board_checked, s.status) == (
        "Dr. Ann Stone", "yes", "unknown", 21, "2026-11-02", "considering")
    s = vault.specialists.update(s.id, status="booked", wait_days="")
    assert (s.status, s.wait_days) == ("booked", None)
    for bad, reason in (({"name": " "}, "name cannot be empty"),
                        ({"insurance": "maybe"}, "Unknown insurance"),
                        ({"status": "great"}, "Unknown status"),
                        ({"wait_days": "-3"}, "wait"),
                        ({"board_checked": "someday"}, "date")):
        with pytest.raises(ValidationError, match=reason):
            vault.specialists.update(s.id, **bad)


def test_choosing_makes_them_the_appointments_specialist(vault):
    vault.appointment.set(specialist="Dr. Old", facility="Old Clinic", when="2026-07-01T10:30")
    first = vault.specialists.add(name="Dr. Ann Stone", specialty="Endocrine surgery",
                                  institution="University Hospital")
    second = vault.specialists.add(name="Dr. Raj Patel")
    assert vault.specialists.chosen() is None
    vault.specialists.choose(first.id, vault.appointment)
    appointment = vault.appointment.get()
    assert (appointment.specialist, appointment.specialty, appointment.facility,
            appointment.when) == ("Dr. Ann Stone", "Endocrine surgery", "University Hospital",
                                  "2026-07-01T10:30")
    vault.specialists.choose(second.id, vault.appointment)
    appointment = vault.appointment.get()
    assert vault.specialists.chosen_id() == second.id
    # What the shortlist does not say stays as it was.
    assert (appointment.specialist, appointment.facility) == ("Dr. Raj Patel",
                                                             "University Hospital")
    vault.specialists.delete(second.id)
    assert vault.specialists.chosen() is None
    with pytest.raises(NotFound):
        vault.specialists.choose(second.id, vault.appointment)
