"""The small stores other screens build on: questions, symptoms, profile, medications, ..."""

from __future__ import annotations

import datetime as dt

import pytest

from secondop_desktop.core.errors import NotFound, ValidationError
from secondop_desktop.core.validate import parse_datetime, parse_int_range


def test_questions_order_by_priority_then_position(vault):
    q = vault.questions
    a = q.add(text="Options?", priority=2)
    b = q.add(text="Surgery?", priority=1, category="Treatment options")
    c = q.add(text="Recovery?", priority=1)
    assert [x.id for x in q.list()] == [b.id, c.id, a.id]
    assert b.category == "treatment"  # the label is accepted too
    q.set_order([c.id, b.id, a.id])
    assert [x.id for x in q.list()] == [c.id, b.id, a.id]
    assert [x.id for x in q.must_ask()] == [c.id, b.id]


@pytest.mark.parametrize("values", [
    {"text": "  "}, {"text": "Why?", "priority": 0}, {"text": "Why?", "priority": "4"},
    {"text": "Why?", "priority": True}, {"text": "Why?", "category": "gossip"},
])
def test_question_validation(vault, values):
    with pytest.raises(ValidationError):
        vault.questions.add(**values)
    assert vault.questions.count() == 0


def test_question_answer_delete_and_undo(vault):
    q = vault.questions.add(text="Is it benign?", priority=1)
    answered = vault.questions.update(q.id, asked=True, answer="  Yes ")
    assert (answered.asked, answered.answer) == (True, "Yes")
    removed = vault.questions.delete(q.id)
    with pytest.raises(NotFound):
        vault.questions.get(q.id)
    assert vault.questions.restore(removed) == answered
    with pytest.raises(NotFound):
        vault.questions.update(q.id + 99, text="x")


def test_question_may_point_at_a_page_of_a_record(vault, tmp_path):
    from factories import make_pdf

    doc_id = vault.importer.import_file(make_pdf(tmp_path / "r.pdf", 3)).document_id
    q = vault.questions.add(text="What does page 2 mean?", document_id=doc_id, page=2)
    assert (q.document_id, q.page) == (doc_id, 2)
    vault.documents.delete_forever(doc_id)
    assert vault.questions.get(q.id).document_id is None  # the question stays


def test_symptoms_in_time_order_and_filters(vault):
    s = vault.symptoms
    late = s.add(symptom="Headache", severity=7, at="2024-03-02T09:00")
    early = s.add(symptom="Nausea", severity="3", at=dt.datetime(2024, 3, 1, 8, 15, 42))
    s.add(symptom="Headache", severity=0, at="2024-03-03T10:00")
    assert [e.id for e in s.list()][:2] == [early.id, late.id]
    assert early.at == dt.datetime(2024, 3, 1, 8, 15)
    assert s.names() == ["Headache", "Nausea"]
    window = s.between(dt.datetime(2024, 3, 1, 12), dt.datetime(2024, 3, 2, 12))
    assert [e.id for e in window] == [late.id]
    assert [e.severity for e in s.between(symptom="Headache")] == [7, 0]


@pytest.mark.parametrize("values", [
    {"symptom": "Pain", "severity": 11}, {"symptom": "Pain", "severity": -1},
    {"symptom": "Pain", "severity": "5.5"}, {"symptom": "", "severity": 5},
    {"symptom": "Pain", "severity": 5, "at": "noon"},
])
def test_symptom_validation(vault, values):
    with pytest.raises(ValidationError):
        vault.symptoms.add(**values)


def test_patient_and_appointment(vault):
    assert vault.patient.get().name == ""
    profile = vault.patient.set(name=" Jane Doe ", dob="1970-05-17")
    assert (profile.name, profile.dob_date) == ("Jane Doe", dt.date(1970, 5, 17))
    with pytest.raises(ValidationError):
        vault.patient.set(dob=(dt.date.today() + dt.timedelta(days=1)).isoformat())
    with pytest.raises(ValidationError):
        vault.patient.set(shoe_size="42")
    appointment = vault.appointment.set(specialist="Dr Who", when="2025-01-02T14:30")
    assert appointment.when_datetime == dt.datetime(2025, 1, 2, 14, 30)
    assert vault.patient.get().name == "Jane Doe"  # sections do not mix


def test_medications_allergies_timeline(vault):
    med = vault.medications.add(name="Metformin", dose="500 mg", since="2020-01-01")
    assert vault.medications.list() == [med]
    with pytest.raises(ValidationError):
        vault.medications.add(name="X", since="last year")
    vault.allergies.add(substance="Penicillin", reaction="rash")
    with pytest.raises(ValidationError):
        vault.allergies.add(substance=" ")
    later = vault.timeline.add(date="2024-02-01", what="Biopsy")
    first = vault.timeline.add(date="2023-11-20", what="First symptoms")
    assert [e.id for e in vault.timeline.list()] == [first.id, later.id]


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-01T08:30", dt.datetime(2024, 3, 1, 8, 30)),
    ("2024-03-01 08:30:59.123", dt.datetime(2024, 3, 1, 8, 30, 59)),
    ("2024-03-01", dt.datetime(2024, 3, 1)),
])
def test_parse_datetime(text, expected):
    assert parse_datetime(text) == expected


def test_parse_int_range_messages():
    with pytest.raises(ValidationError, match="from 1 to 3, not 7"):
        parse_int_range("7", 1, 3, "The priority")
    assert parse_int_range(" 2 ", 1, 3, "x") == 2
