"""Records requests: checklist items, due dates, status following what came in, missing lines."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import make_pdf

from secondop_desktop.core.errors import NotFound, ValidationError
from secondop_desktop.core.requests import DUE_DAYS, ITEMS, parse_items


def test_items_use_the_issue_names_and_reject_unknown_ones():
    assert parse_items("notes,imaging-cd,pathology-slides") == [
        "notes", "imaging-cd", "pathology-slides"]
    assert parse_items(["Operative notes", "labs", "labs"]) == ["operative-notes", "labs"]
    assert ITEMS["pathology-slides"] == "Pathology slides/blocks"
    with pytest.raises(ValidationError, match="Unknown item 'x-rays'"):
        parse_items("notes,x-rays")
    with pytest.raises(ValidationError, match="at least one"):
        parse_items("")


def test_add_defaults_due_to_thirty_days_after_asked(vault):
    r = vault.requests.add("City Pathology", "pathology-slides,pathology-reports",
                           asked="2026-11-03", department="Histology", method="portal")
    assert r.due == dt.date(2026, 11, 3) + dt.timedelta(days=DUE_DAYS)
    assert r.status == "asked" and r.method == "portal" and r.department == "Histology"
    assert [i.item for i in r.items] == ["pathology-reports", "pathology-slides"]
    later = vault.requests.add("GP", "notes")
    assert later.status == "to-ask" and later.due is None and later.asked is None
    explicit = vault.requests.add("Clinic", "labs", asked="2026-11-01", due="2026-11-10")
    assert explicit.due == dt.date(2026, 11, 10)


def test_received_links_records_and_the_status_follows(vault, tmp_path):
    doc = vault.importer.import_file(make_pdf(tmp_path / "slides.pdf")).document_id
    r = vault.requests.add("City Pathology", "pathology-slides,pathology-reports",
                           asked="2026-11-03")
    r = vault.requests.mark_received(r.id, [doc], items="pathology-slides")
    slides = next(i for i in r.items if i.item == "pathology-slides")
    assert slides.received and slides.records == [doc]
    assert r.status == "partly-received"
    r = vault.requests.mark_received(r.id, [doc])
    assert r.status == "received" and all(i.records == [doc] for i in r.items)
    with pytest.raises(NotFound, match="no record 999"):
        vault.requests.mark_received(r.id, [999])
    with pytest.raises(ValidationError, match="did not ask for: labs"):
        vault.requests.mark_received(r.id, [doc], items="labs")


def test_overdue_and_missing_lines(vault):
    today = dt.date.today()
    late = vault.requests.add("City Pathology", "pathology-slides",
                              asked=today - dt.timedelta(days=40))
    vault.requests.add("GP", "notes", asked=today)
    vault.requests.add("Refused Clinic", "labs", asked=today - dt.timedelta(days=90),
                       status="refused")
    assert vault.requests.overdue_count() == 1
    assert vault.requests.get(late.id).overdue()
    lines = vault.requests.missing_lines()
    asked = late.asked
    assert f"pathology slides/blocks from City Pathology, asked {asked.day} {asked:%b %Y}" in lines
    assert not any("Refused Clinic" in line for line in lines)


def test_update_replaces_the_checklist_and_keeps_links(vault, tmp_path):
    doc = vault.importer.import_file(make_pdf(tmp_path / "n.pdf")).document_id
    r = vault.requests.add("GP", "notes,labs", asked="2026-10-01")
    vault.requests.mark_received(r.id, [doc], items="notes")
    r = vault.requests.update(r.id, items="notes,medications", notes="call again",
                              status="asked")
    assert [i.item for i in r.items] == ["notes", "medications"]
    assert r.items[0].records == [doc] and r.notes == "call again"
    assert r.status == "partly-received"
    with pytest.raises(ValidationError, match="Unknown status"):
        vault.requests.update(r.id, status="lost")
    vault.requests.delete(r.id)
    with pytest.raises(NotFound):
        vault.requests.get(r.id)
