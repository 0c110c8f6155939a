"""FHIR as vendors and bulk exports write it: criticality beside severity, contained medications,
numbers as written, "no known problems", and files that hold several patients."""

from __future__ import annotations

import json

import pytest
from clinical_factories import fhir_bundle, write_fhir

from secondop_desktop.core.importing import Outcome
from secondop_desktop.core.portal import fhir
from secondop_desktop.core.portal.patients import SeveralPatients

RXNORM, SNOMED = "http://www.nlm.nih.gov/research/umls/rxnorm", "http://snomed.info/sct"


def bundle(*resources: dict) -> bytes:
    return json.dumps({"resourceType": "Bundle", "type": "collection",
                       "entry": [{"resource": r} for r in resources]}).encode()


def only(data: bytes, category: str):
    (fact,) = [f for f in fhir.read(data).facts if f.category == category]
    return fact


# -- 8 -------------------------------------------------------------------------------------------
def test_criticality_is_not_shown_as_severity():
    allergy = {"resourceType": "AllergyIntolerance", "id": "a", "criticality": "low",
               "code": {"coding": [{"system": RXNORM, "code": "7980", "display": "Penicillin"}]},
               "reaction": [{"manifestation": [{"text": "Hives"}]}]}
    fact = only(bundle(allergy), "allergy")
    assert fact.details.get("criticality") == "low" and "severity" not in fact.details
    allergy["reaction"][0]["severity"] = "severe"
    fact = only(bundle(allergy), "allergy")
    assert (fact.details["severity"], fact.details["criticality"]) == ("severe", "low")


# -- 15 ------------------------------------------------------------------------------------------
def test_a_contained_medications_rxnorm_code_is_read():
    request = {"resourceType": "MedicationRequest", "id": "m", "status": "active",
               "contained": [{"resourceType": "Medication", "id": "med1", "code": {"coding": [
                   {"system": RXNORM, "code": "197361", "display": "Amlodipine 5 MG Oral Tablet"}
               ]}}], "medicationReference": {"reference": "#med1"}}
    fact = only(bundle(request), "medication")
    assert (fact.name, fact.code, fact.system) == ("Amlodipine 5 MG Oral Tablet", "197361",
                                                   "RxNorm")


# -- 4, 2 ----------------------------------------------------------------------------------------
def test_a_number_keeps_how_it_was_written_and_the_unit_its_spelling():
    raw = (b'{"resourceType": "Observation", "id": "o", "status": "final", "code": {"coding": '
           b'[{"system": "http://loinc.org", "code": "3016-3", "display": "TSH"}]}, '
           b'"effectiveDateTime": "2024-01-01", "valueQuantity": {"value": 1.50, "unit": "mU/L",'
           b' "system": "http://unitsofmeasure.org", "code": "m[IU]/L"}, "referenceRange": '
           b'[{"low": {"value": 0.40}, "high": {"value": 4.00}}]}')
    fact = only(raw, "result")
    assert fact.details["value_text"] == "1.50" and fact.details["unit"] == "mU/L"
    assert (fact.details["low_text"], fact.details["high_text"]) == ("0.40", "4.00")


# -- 12 ------------------------------------------------------------------------------------------
def test_no_known_problems_is_a_state():
    condition = {"resourceType": "Condition", "id": "c",
                 "clinicalStatus": {"coding": [{"code": "active"}]},
                 "code": {"coding": [{"system": SNOMED, "code": "160245001",
                                      "display": "No current problems or disability"}]}}
    fact = only(bundle(condition), "problem")
    assert (fact.name, fact.negated, fact.status) == ("", True, "none known")


# -- 19 ------------------------------------------------------------------------------------------
def patient(pid: str, given: str, family: str, mrn: str) -> dict:
    return {"resourceType": "Patient", "id": pid, "name": [{"given": [given], "family": family}],
            "identifier": [{"system": "urn:mrn", "value": mrn}], "birthDate": "1970-01-01"}


def allergy_of(pid: str, substance: str) -> dict:
    return {"resourceType": "AllergyIntolerance", "id": f"a-{pid}",
            "patient": {"reference": f"Patient/{pid}"},
            "code": {"coding": [{"system": RXNORM, "code": "1", "display": substance}]}}


def bulk() -> bytes:
    """NDJSON as a Bulk FHIR export writes it: several patients, one resource a line."""
    lines = [patient("p1", "Ann", "Lee", "MRN-001"), patient("p2", "Bob", "Stone", "MRN-002"),
             patient("p3", "Cara", "Leeds", "MRN-003"), allergy_of("p1", "Penicillin"),
             allergy_of("p2", "Latex"), allergy_of("p3", "Peanut"),
             {"resourceType": "Organization", "id": "org", "name": "Valley Clinic"}]
    return "\n".join(json.dumps(r) for r in lines).encode()


def test_a_file_of_several_patients_is_refused_naming_them():
    with pytest.raises(SeveralPatients) as refused:
        fhir.read(bulk())
    assert "3 patients" in refused.value.reason and "Ann Lee" in refused.value.reason
    assert [p.name for p in refused.value.patients] == ["Ann Lee", "Bob Stone", "Cara Leeds"]


def test_one_patient_is_chosen_by_any_part_of_a_name_or_identifier():
    doc = fhir.read(bulk(), "stone")
    assert doc.patient == "Bob Stone" and [f.name for f in doc.facts] == ["Latex"]
    assert fhir.read(bulk(), "mrn-003").patient == "Cara Leeds"
    with pytest.raises(SeveralPatients, match="matches 2 patients"):
        fhir.read(bulk(), "lee")  # Ann Lee and Cara Leeds
    with pytest.raises(SeveralPatients, match="no patient in this file matches"):
        fhir.read(bulk(), "Zed")


def test_patients_known_only_by_reference_count_too():
    conditions = [{"resourceType": "Condition", "id": f"c{i}", "subject": {
        "reference": f"Patient/{pid}"}, "code": {"text": "Asthma"}} for i, pid in
        enumerate(("x1", "x2"))]
    with pytest.raises(SeveralPatients, match="2 patients"):
        fhir.read("\n".join(json.dumps(c) for c in conditions).encode())


def test_import_refuses_several_patients_and_imports_the_chosen_one(vault, tmp_path):
    path = tmp_path / "Bulk.ndjson"
    path.write_bytes(bulk())
    (refused,) = vault.importer.import_paths([path])
    assert refused.outcome == Outcome.REFUSED and "3 patients" in refused.reason
    (imported,) = vault.importer.import_paths([path], patient="Bob")
    assert imported.outcome == Outcome.IMPORTED
    assert [i.fact.name for i in vault.clinical.items("allergy")] == ["Latex"]
    assert vault.documents.get(imported.document_id).meta["patient_id"] == "p2"


def test_a_one_patient_bundle_still_imports_without_a_choice(vault, tmp_path):
    (result,) = vault.importer.import_paths([write_fhir(tmp_path / "b.json", fhir_bundle())])
    assert result.outcome == Outcome.IMPORTED


# -- 21, 22 --------------------------------------------------------------------------------------
def test_an_xdm_member_climbing_out_of_its_folder_is_not_imported(vault, tmp_path):
    import zipfile

    from clinical_factories import ccda, medication, write_xdm_zip

    path = write_xdm_zip(tmp_path / "portal.zip", {"CCD.xml": ccda(title="Good")})
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("IHE_XDM/SUBSET01/../../x.xml", ccda(
            title="Escaped", medications=medication("Warfarin", "855332")))
    vault.importer.import_paths([path])
    assert [d.title for d in vault.documents.list()] == ["Good"]
    assert vault.clinical.items("medication") == []


def test_a_too_large_json_is_refused_with_the_real_limit(vault, tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.write(b'{"resourceType": "Bundle", "entry": [')
        handle.truncate(50 * 1024**2)
    (result,) = vault.importer.import_paths([path])
    assert result.outcome == Outcome.REFUSED and "the limit is 32 MB" in result.reason


# -- 20 ------------------------------------------------------------------------------------------
def test_a_clinical_document_about_someone_else_is_flagged(vault, tmp_path):
    from clinical_factories import ccda

    from secondop_desktop.core.ocr.findings import identity_flags

    (tmp_path / "ccd.xml").write_bytes(ccda(title="Jane's CCD"))  # Jane Doe, born 1970-04-02
    write_fhir(tmp_path / "other.json", {"resourceType": "Bundle", "type": "collection",
                                         "entry": [{"resource": patient("p9", "Bob", "Stone",
                                                                        "MRN-9")}]})
    vault.importer.import_paths([tmp_path / "ccd.xml", tmp_path / "other.json"])
    vault.patient.set(name="Jane Doe", dob="1970-04-02")
    flags = identity_flags(vault)
    by_title = {d.title: d.id for d in vault.documents.list()}
    assert by_title["Jane's CCD"] not in flags
    assert "Bob Stone" in flags[by_title["Health record of Bob Stone (FHIR)"]]
    vault.patient.set(name="Jane Doe", dob="1971-04-02")
    assert "born 1970-04-02" in identity_flags(vault)[by_title["Jane's CCD"]]


# -- 7, 11 in FHIR -------------------------------------------------------------------------------
def test_fhir_routes_and_frequencies_given_only_as_codes():
    request = {"resourceType": "MedicationRequest", "id": "m", "status": "active",
               "medicationCodeableConcept": {"text": "Lisinopril 10 MG Oral Tablet"},
               "dosageInstruction": [{
                   "route": {"coding": [{"system": "http://snomed.info/sct", "code": "26643006"}]},
                   "timing": {"code": {"coding": [{"code": "BID"}]}}}]}
    fact = only(bundle(request), "medication")
    assert (fact.details["route"], fact.details["frequency"]) == ("oral", "twice a day")


def test_a_patient_without_an_id_is_the_one_the_others_point_to():
    data = bundle({"resourceType": "Patient", "name": [{"text": "Ann Lee"}]},
                  allergy_of("x9", "Latex"))
    doc = fhir.read(data)
    assert doc.patient == "Ann Lee" and [f.name for f in doc.facts] == ["Latex"]
