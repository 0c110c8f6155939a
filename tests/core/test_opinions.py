"""Opinions, the point-by-point comparison and the decision guide, in the vault (no Qt)."""

from __future__ import annotations

import pytest

from secondop_desktop.core.comparison import Verdict, compare
from secondop_desktop.core.errors import NotFound, ValidationError
from secondop_desktop.core.wording import items, normal, same_person


def _two(vault):
    vault.appointment.set(specialist="Dr. Stone", referring="Dr Okafor")
    first = vault.opinions.add(
        by="Dr Okafor", date="2026-11-03", diagnosis="Graves' disease",
        recommendation="Radioactive iodine", alternatives="Surgery; Antithyroid drugs",
        benefits="No operation", risks="Lifelong thyroid hormone\nEye disease may worsen")
    second = vault.opinions.add(
        by="Dr Stone", date="Nov 2026", diagnosis="graves disease",
        recommendation="Surgery", alternatives="- Radioactive iodine\n- Antithyroid drugs",
        benefits="Quick cure", risks="Voice change; Lifelong thyroid hormone",
        tests="Calcium level")
    return first, second


def test_an_opinion_is_kept_as_typed_with_its_role_and_visit(vault):
    first, second = _two(vault)
    assert (first.role, first.visit) == ("current", False)  # the referring doctor
    assert (second.role, second.visit) == ("second", True)  # the appointment's specialist
    assert second.date == "2026-11" and second.label == "Dr Stone (second opinion), Nov 2026"
    assert first.label == "Dr Okafor (current doctor), 3 Nov 2026"
    assert [o.id for o in vault.opinions.entries()] == [first.id, second.id]
    assert first.listed("risks") == ["Lifelong thyroid hormone", "Eye disease may worsen"]
    # One opinion holds the visit's answers: marking another one moves it there.
    vault.opinions.update(first.id, visit=True)
    assert [o.visit for o in vault.opinions.entries()] == [True, False]


def test_bad_values_are_refused_with_a_reason(vault):
    with pytest.raises(ValidationError, match="Who gave the opinion cannot be empty"):
        vault.opinions.add(by=" ")
    with pytest.raises(ValidationError, match="not a date"):
        vault.opinions.add(by="Dr Lee", date="someday")
    with pytest.raises(ValidationError, match="Unknown role"):
        vault.opinions.add(by="Dr Lee", role="boss")
    with pytest.raises(NotFound, match="There is no record 9"):
        vault.opinions.add(by="Dr Lee", document_id=9)
    assert vault.opinions.entries() == []


def test_the_visits_answers_go_with_the_opinion_of_that_visit(vault):
    first, second = _two(vault)
    unnamed = vault.questions.add(text="Is surgery needed?", answer="Yes, the goitre is large")
    by_okafor = vault.questions.add(text="Why iodine?", answer="Simplest", answered_by="Okafor")
    vault.questions.add(text="Not asked yet")
    assert [q.id for q in vault.opinions.answers(second)] == [unnamed.id]
    assert [q.id for q in vault.opinions.answers(first)] == [by_okafor.id]


def test_wording_helpers():
    assert items("a; b\n- c\n2. d\n\n") == ["a", "b", "c", "d"]
    assert items("surgery, then radioiodine") == ["surgery, then radioiodine"]
    assert normal("Graves'  Disease.") == normal("graves disease")
    assert same_person("Dr. Stone", "stone") and not same_person("Dr", "Dr")


def test_comparison_marks_each_point_plainly(vault):
    _two(vault)
    points = {p.key: p for p in compare(vault.opinions.entries())}
    assert points["diagnosis"].verdict is Verdict.SAME  # case and the apostrophe aside
    assert points["recommendation"].verdict is Verdict.DIFFERENT
    assert points["recommendation"].mark == "≠ Different"
    assert points["alternatives"].verdict is Verdict.PARTLY
    assert points["alternatives"].shared == ["Antithyroid drugs"]
    assert points["risks"].shared == ["Lifelong thyroid hormone"]
    assert points["tests"].verdict is Verdict.ONE
    assert points["urgency"].verdict is Verdict.NONE and points["urgency"].mark == "– Not stated"
    assert points["recommendation"].values == ["Radioactive iodine", "Surgery"]
    assert "notes" not in points  # the patient's own notes are not a doctor's statement


def test_options_are_gathered_from_recommendations_and_alternatives(vault):
    first, second = _two(vault)
    options = {o.text: o for o in vault.decision.options()}
    assert list(options) == ["Radioactive iodine", "Surgery", "Antithyroid drugs"]
    iodine = options["Radioactive iodine"]
    assert iodine.recommended_by() == [first.id] and iodine.mentioned_by() == [second.id]
    assert [f.text for f in iodine.benefits] == ["No operation"]  # the recommender's
    assert [f.text for f in iodine.risks] == ["Lifelong thyroid hormone", "Eye disease may worsen"]
    assert options["Antithyroid drugs"].benefits == []  # an alternative: no one named any
    assert sorted(options["Antithyroid drugs"].mentioned_by()) == [first.id, second.id]


def test_an_untouched_option_follows_the_opinion_a_rated_one_stays(vault):
    first, second = _two(vault)
    surgery = next(o for o in vault.decision.options() if o.text == "Surgery")
    vault.decision.rate(surgery.risks[0].id, 5)  # voice change matters very much
    vault.opinions.update(second.id, recommendation="Total thyroidectomy", risks="Low calcium")
    texts = [o.text for o in vault.decision.options()]
    assert "Total thyroidectomy" in texts
    kept = vault.decision.option(surgery.id)  # rated, and still an alternative of Dr Okafor
    assert [(f.text, f.matters) for f in kept.risks] == [("Voice change", 5)]
    vault.opinions.update(first.id, alternatives="Antithyroid drugs")
    assert vault.decision.option(surgery.id).sources == []  # kept for its rating
    vault.opinions.update(second.id, recommendation="Total thyroidectomy (open)")
    assert "Total thyroidectomy" not in [o.text for o in vault.decision.options()]
    vault.opinions.delete(second.id)
    assert "Total thyroidectomy (open)" not in [o.text for o in vault.decision.options()]


def test_add_merge_rate_and_set_aside(vault):
    _two(vault)
    guide = vault.decision
    own = guide.add_option("Wait and see", benefits="No treatment yet", risks="Symptoms go on")
    assert own.own and [f.text for f in own.risks] == ["Symptoms go on"]
    with pytest.raises(ValidationError, match="already option"):
        guide.add_option("wait and see")
    iodine, surgery, drugs = guide.options()[:3]
    guide.set_state(status="close", choice=drugs.id)
    merged = guide.merge(surgery.id, drugs.id)
    assert merged.text == "Surgery" and drugs.id not in [o.id for o in guide.options()]
    assert guide.state().choice_id == surgery.id  # the choice follows the merge
    factor = guide.factor_at(iodine.id, "risk", 2)
    assert factor.text == "Eye disease may worsen"
    assert guide.rate(factor.id, "3").matters == 3
    with pytest.raises(ValidationError, match="from 0 to 5"):
        guide.rate(factor.id, 6)
    with pytest.raises(ValidationError, match="give a number from 1 to 2"):
        guide.factor_at(iodine.id, "risk", 3)
    guide.set_aside(surgery.id)
    assert guide.state().choice == "" and surgery.id not in [o.id for o in guide.options()]
    assert [o.id for o in guide.options(removed=True)] == [surgery.id]
    vault.opinions.update(vault.opinions.entries()[0].id, notes="typed later")
    assert [o.id for o in guide.options(removed=True)] == [surgery.id]  # not brought back


def test_where_the_patient_stands_is_checked(vault):
    guide = vault.decision
    assert guide.state().status_key == "not-yet"
    with pytest.raises(ValidationError, match="Unknown status"):
        guide.set_state(status="maybe")
    with pytest.raises(ValidationError, match="Unknown answer"):
        guide.set_state(sure="perhaps")
    with pytest.raises(NotFound):
        guide.set_state(choice=7)
    state = guide.set_state(knowledge="yes", sure="no", decide_with="my husband",
                            role="shared", deadline="2026-12-20")
    assert state.checks() == {"knowledge": "yes", "values": "", "support": "", "sure": "no"}
    data = guide.as_json([], goals="Keep teaching")
    assert data["goals"] == "Keep teaching" and data["checks"]["values"] is None
    assert "does not recommend" in data["note"]
