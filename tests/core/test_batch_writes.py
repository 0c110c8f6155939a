"""Batch writes for the screens' edits: many rows in one transaction, all or none."""

from __future__ import annotations

import pytest
from factories import make_pdf

from secondop_desktop.core.errors import NotFound, ValidationError
from secondop_desktop.core.requests import RequestStore


def _statements(vault) -> list[str]:
    seen: list[str] = []
    vault.db.conn.set_trace_callback(seen.append)
    return seen


def test_trash_many_records_is_one_transaction(vault, tmp_path):
    ids = [vault.importer.import_file(make_pdf(tmp_path / f"{i}.pdf", [f"R{i}"])).document_id
           for i in range(5)]
    seen = _statements(vault)
    vault.documents.set_trashed_many(ids, True)
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"]
    assert [d.id for d in vault.documents.list(trashed=True)] == ids
    with pytest.raises(NotFound, match="999"):  # one unknown: none of them moves back
        vault.documents.set_trashed_many([*ids, 999], False)
    assert len(vault.documents.list(trashed=True)) == 5
    vault.documents.set_trashed(ids[0], False)
    assert len(vault.documents.list(trashed=True)) == 4


def test_delete_and_restore_many_rows_keep_their_ids(vault):
    made = [vault.symptoms.add(symptom=f"S{i}", severity=i, at=f"2026-01-0{i + 1} 08:00")
            for i in range(3)]
    seen = _statements(vault)
    gone = vault.symptoms.delete_many([made[2].id, made[0].id])
    assert [e.id for e in gone] == [made[2].id, made[0].id]
    assert [e.symptom for e in vault.symptoms.list()] == ["S1"]
    vault.symptoms.restore_many(gone)
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"] * 2
    assert vault.symptoms.list() == made


def test_restoring_medications_takes_back_none_known(vault):
    from secondop_desktop.core.profile import ListState

    med = vault.medications.add(name="Levothyroxine")
    gone = vault.medications.delete_many([med.id])
    vault.medications.set_none_known(True)
    vault.medications.restore_many(gone)
    assert vault.medications.state() is ListState.LISTED


def test_a_request_is_checked_before_it_is_written(vault):
    RequestStore.check({"provider": "GP", "asked": "2026-11-03", "items": ["notes"]})
    for bad in ({"provider": " "}, {"asked": "3 Nov"}, {"items": []}):
        with pytest.raises(ValidationError):
            RequestStore.check(bad)
