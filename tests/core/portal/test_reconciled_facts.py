"""The merged lists and their differences say what the sources say: labs as written, problems'
status as of the latest source, and no noise among the differences."""

from __future__ import annotations

import json

import pytest
from clinical_factories import LOINC, ccda, medication, problem, with_problems, write_fhir

from secondop_desktop.core.clinical import normalise_dose
from secondop_desktop.core.lab_ranges import parse_range


def lab(value: str, range_text: str, date: str, unit: str = "g/dL") -> str:
    return f"""<entry><observation classCode="OBS" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.2"/>
      <code code="718-7" codeSystem="{LOINC}" displayName="Hemoglobin"/>
      <statusCode code="completed"/><effectiveTime value="{date}"/>
      <value xsi:type="PQ" value="{value}" unit="{unit}"/>
      <referenceRange><observationRange><text>{range_text}</text></observationRange>
      </referenceRange></observation></entry>"""


def import_bytes(vault, tmp_path, name: str, data: bytes) -> int:
    path = tmp_path / name
    path.write_bytes(data)
    (result,) = vault.importer.import_paths([path])
    assert result.document_id is not None, result.reason
    return result.document_id


# -- 14, 4, 2 ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, limits", [
    ("12.0-15.0", (12.0, 15.0)), ("150-400", (150.0, 400.0)), ("1.005 - 1.030", (1.005, 1.03)),
    ("<5", (None, 5.0)), (">60", (60.0, None)), ("N/A-500,000", (None, 500000.0)),
    ("3.5 to 5.0 mmol/L", (3.5, 5.0)), ("Negative", None), ("see report", None)])
def test_reference_ranges_written_as_text_are_parsed(text, limits):
    assert parse_range(text) == limits


def test_lab_results_keep_value_unit_and_range_as_written_with_a_band(vault, tmp_path):
    entries = lab("12.50", "12.0-15.0", "20240101") + lab("11.8", "12.0-15.0", "20240301") + (
        lab("13", "normal for age", "20240501"))
    import_bytes(vault, tmp_path, "labs.xml", ccda(results=entries))
    (test,) = vault.clinical.lab_tests()
    first, second, third = test.results
    assert first.shown_value == "12.50" and (first.low, first.high) == (12.0, 15.0)
    assert first.limits == "12.0-15.0"
    assert third.low is None and third.limits == "normal for age"
    as_json = first.as_json()
    assert (as_json["low"], as_json["high"], as_json["range"]) == (12.0, 15.0, "12.0-15.0")


def test_fhir_units_show_as_written_and_group_by_code(vault, tmp_path):
    observations = [{"resourceType": "Observation", "id": f"t{i}", "status": "final",
                     "code": {"coding": [{"system": "http://loinc.org", "code": "3016-3",
                                          "display": "TSH"}]},
                     "effectiveDateTime": f"2024-0{i + 1}-01",
                     "valueQuantity": {"value": 1.2 + i, "unit": unit,
                                       "system": "http://unitsofmeasure.org", "code": "m[IU]/L"}}
                    for i, unit in enumerate(("mU/L", "mIU/L"))]
    write_fhir(tmp_path / "tsh.json", {"resourceType": "Bundle", "type": "collection",
                                       "entry": [{"resource": o} for o in observations]})
    vault.importer.import_paths([tmp_path / "tsh.json"])
    (test,) = vault.clinical.lab_tests()
    assert [r.unit for r in test.results] == ["mU/L", "mIU/L"]
    assert test.units == ["mIU/L"]  # one unit, spelt as the latest result spells it


# -- 16 ------------------------------------------------------------------------------------------
def test_documents_disagreeing_on_a_problems_status_are_a_difference(vault, tmp_path):
    import_bytes(vault, tmp_path, "2016.xml", with_problems(
        "20160301", problem("Diabetes mellitus type 2", "44054006", "active", "20100101")))
    later = import_bytes(vault, tmp_path, "2017.xml", with_problems(
        "20170301", problem("Diabetes mellitus type 2", "44054006", "resolved", "20100101",
                            "20170201")))
    (item,) = vault.clinical.items("problem")
    assert item.fact.status == "resolved" and item.as_json()["as_of"] == "2017-03-01"
    assert [s["status"] for s in item.as_json()["seen"]] == ["active", "resolved"]
    (difference,) = [d for d in vault.clinical.differences() if d.category == "problem"]
    assert difference.kind == "status" and later in difference.sources
    assert "active in CCD 2016" in difference.text and "resolved in CCD 2017" in difference.text


def test_a_fhir_condition_active_then_resolved_a_week_later(vault, tmp_path):
    def condition(cid: str, status: str, recorded: str, **more: str) -> dict:
        return {"resourceType": "Condition", "id": cid, "recordedDate": recorded,
                "clinicalStatus": {"coding": [{"code": status}]}, "onsetDateTime": "2024-03-01",
                "code": {"coding": [{"system": "http://snomed.info/sct", "code": "195662009",
                                     "display": "Acute viral pharyngitis"}]}, **more}

    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": condition("c2", "resolved", "2024-03-08",
                               abatementDateTime="2024-03-08")},
        {"resource": condition("c1", "active", "2024-03-01")}]}
    vault.importer.import_paths([write_fhir(tmp_path / "b.json", bundle)])
    (item,) = vault.clinical.items("problem")
    assert item.fact.status == "resolved"  # the later one, whatever the order in the file
    (difference,) = [d for d in vault.clinical.differences() if d.category == "problem"]
    assert "active" in difference.text and "resolved" in difference.text


def test_a_recurring_problem_in_one_record_is_no_difference(vault, tmp_path):
    entries = (problem("Pneumonia", "233604007", "resolved", "20100101", "20100201")
               + problem("Pneumonia", "233604007", "active", "20200101"))
    import_bytes(vault, tmp_path, "one.xml", with_problems("20200301", entries))
    assert [d for d in vault.clinical.differences() if d.category == "problem"] == []


# -- 17 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("a, b, same", [
    ("1 U", "1", True), ("1 {tbl}", "1", True), ("500 mg", "500 MG", True),
    ("500.0 mg", "500 mg", True), ("100 ug", "100 mcg", True), ("10 mg", "20 mg", False)])
def test_doses_are_compared_after_normalising_units(a, b, same):
    assert (normalise_dose(a) == normalise_dose(b)) is same


def test_a_concentration_is_no_dose():
    assert normalise_dose("250 mg/mL") is None and normalise_dose("250 mg/5 mL") is None
    assert normalise_dose("5 mg/kg") is not None


def test_dose_differences_are_only_real_ones(vault, tmp_path):
    def meds(*doses: tuple[str, str]) -> str:
        return "".join(medication("Amoxicillin 500 MG Oral Capsule", "308191", dose=d, unit=u)
                       for d, u in doses)

    import_bytes(vault, tmp_path, "a.xml", ccda(date="20240101", title="A",
                                                medications=meds(("1", "U"), ("2", "1"))))
    import_bytes(vault, tmp_path, "b.xml", ccda(date="20240201", title="B",
                                                medications=meds(("1", "1"))))
    import_bytes(vault, tmp_path, "c.xml", ccda(date="20240301", title="C",
                                                medications=meds(("250", "mg/mL"))))
    assert [d for d in vault.clinical.differences() if d.kind == "dose"] == []
    import_bytes(vault, tmp_path, "d.xml", ccda(date="20240401", title="D",
                                                medications=meds(("3", "1"))))
    (dose,) = [d for d in vault.clinical.differences() if d.kind == "dose"]
    assert "3 in D" in dose.text


def test_cli_lists_carry_the_new_fields(vault, tmp_path, capsys):
    from secondop_desktop.cli import main

    allergy = {"resourceType": "AllergyIntolerance", "id": "a", "criticality": "high",
               "code": {"text": "Peanut"},
               "reaction": [{"manifestation": [{"text": "Anaphylaxis"}], "severity": "severe"}]}
    immunization = {"resourceType": "Immunization", "id": "i", "status": "completed",
                    "vaccineCode": {"text": "Influenza vaccine"},
                    "occurrenceDateTime": "2023-10-01"}
    write_fhir(tmp_path / "b.json", {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": allergy}, {"resource": immunization}]})
    vault.importer.import_paths([tmp_path / "b.json"])
    vault.close()
    assert main(["--vault", str(tmp_path / "vault"), "allergy", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["severity"], row["criticality"]) == ("severe", "high")
    for category in ("immunization", "procedure", "encounter"):
        assert main(["--vault", str(tmp_path / "vault"), category, "list", "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        if category == "immunization":
            assert [r["name"] for r in rows] == ["Influenza vaccine"] and rows[0]["sources"]


# -- 18 ------------------------------------------------------------------------------------------
def test_one_drug_under_several_rxnorm_codes_is_one_medication(vault, tmp_path):
    products = [("A", "20240101", "darbepoetin alfa 100 MCG/ML Injectable Solution", "352120",
                 "1", "mL"),
                ("B", "20240201", "0.42 ML darbepoetin alfa 0.1 MG/ML Prefilled Syringe [Aranesp]",
                 "731241", "0.42", "mL"),
                ("C", "20240301", "Aranesp", "731242", "0.42", "mL")]
    for title, date, name, code, dose, unit in products:
        import_bytes(vault, tmp_path, f"{title}.xml", ccda(
            title=title, date=date, medications=medication(name, code, dose=dose, unit=unit)))
    import_bytes(vault, tmp_path, "other.xml", ccda(
        title="D", date="20240401", medications=medication("Lisinopril 10 MG Oral Tablet",
                                                           "314076")))
    items = vault.clinical.items("medication")
    assert len(items) == 2
    (darbepoetin,) = [i for i in items if len(i.sources) == 3]
    assert [s["name"] for s in darbepoetin.as_json()["seen"]] == [p[2] for p in products]
    (dose,) = [d for d in vault.clinical.differences() if d.kind == "dose"]
    assert "1 mL in A" in dose.text and "0.42 mL in B" in dose.text


def test_each_vaccination_is_listed_and_the_same_one_in_two_records_is_one(vault, tmp_path):
    def shot(day: str) -> dict:
        return {"resourceType": "Immunization", "id": f"i{day}", "status": "completed",
                "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx",
                                            "code": "140", "display": "Influenza"}]},
                "occurrenceDateTime": day}

    for name, days in (("a.json", ("2019-10-01", "2020-10-01")), ("b.json", ("2020-10-01",))):
        write_fhir(tmp_path / name, {"resourceType": "Bundle", "type": "collection",
                                     "entry": [{"resource": shot(d)} for d in days]})
        vault.importer.import_paths([tmp_path / name])
    items = vault.clinical.items("immunization")
    assert [(i.fact.date, len(i.source_ids)) for i in items] == [("2019-10-01", 1),
                                                                  ("2020-10-01", 2)]
