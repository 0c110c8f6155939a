"""Importing portal downloads: safety, FHIR, XDM zips, attached PDFs, merged lists, differences."""

from __future__ import annotations

import json

import pytest
from clinical_factories import (
    SAMPLES,
    allergy,
    ccda,
    fhir_bundle,
    medication,
    result,
    write_fhir,
    write_xdm_zip,
)
from factories import _pdf_bytes, make_pdf

from secondop_desktop.core.importing import Outcome
from secondop_desktop.core.portal import fhir

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&lol3;</title></ClinicalDocument>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE doc [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&secret;</title></ClinicalDocument>"""


def test_unsafe_and_huge_files_are_refused_and_the_rest_imports(vault, tmp_path):
    (tmp_path / "laughs.xml").write_bytes(BILLION_LAUGHS)
    (tmp_path / "xxe.ccda").write_bytes(XXE)
    huge = tmp_path / "huge.xml"
    with open(huge, "wb") as handle:
        handle.write(b"<ClinicalDocument>")
        handle.truncate(200 * 1024**2)
    (tmp_path / "good.txt").write_bytes(ccda(medications=medication("Metformin", "860975")))
    results = {r.name: r for r in vault.importer.import_paths([tmp_path])}
    assert results["good.txt"].outcome is Outcome.IMPORTED  # sniffed, whatever the name says
    for name in ("laughs.xml", "xxe.ccda"):
        assert results[name].outcome is Outcome.REFUSED
        assert "entities or a DTD" in results[name].reason
    assert results["huge.xml"].outcome is Outcome.REFUSED
    assert "too large" in results["huge.xml"].reason
    assert vault.documents.count() == 1 and vault.verify() == []


def test_other_xml_and_json_are_refused_as_unsupported(vault, tmp_path):
    (tmp_path / "page.xml").write_bytes(b"<html><body>hi</body></html>")
    (tmp_path / "settings.json").write_text('{"theme": "dark"}')
    (tmp_path / "broken.xml").write_bytes(b"<ClinicalDocument><title>cut off")
    results = {r.name: r for r in vault.importer.import_paths([tmp_path])}
    assert "not a supported file type" in results["page.xml"].reason
    assert "no health record" in results["settings.json"].reason
    assert "damaged" in results["broken.xml"].reason
    assert vault.documents.count() == 0


def test_ccda_becomes_one_record_with_its_facts(vault, tmp_path):
    path = tmp_path / "summary.ccd"
    path.write_bytes(ccda(medications=medication("Metformin 500 MG", "860975"),
                          allergies=allergy("Penicillin", "7980")))
    outcome = vault.importer.import_file(path)
    doc = vault.documents.get(outcome.document_id)
    assert (doc.format, doc.kind, doc.title, doc.provider, str(doc.record_date)) == (
        "ccda", "reports", "Continuity of Care Document", "St Anne's Hospital", "2026-05-02")
    meds = vault.clinical.items("medication")
    assert [(m.fact.name, m.source_ids) for m in meds] == [("Metformin 500 MG", [doc.id])]
    assert meds[0].source_labels == "Continuity of Care Document, 2 May 2026"


def test_pdf_inside_a_ccda_is_its_own_record_linked_to_the_document(vault, tmp_path):
    path = tmp_path / "letter.xml"
    path.write_bytes(ccda(title="Referral letter", non_xml_pdf=_pdf_bytes(["Dear colleague"])))
    outcome = vault.importer.import_file(path)
    assert outcome.outcome is Outcome.IMPORTED and len(outcome.more_ids) == 1
    pdf_doc = vault.documents.get(outcome.more_ids[0])
    assert pdf_doc.format == "pdf"
    assert vault.documents.came_with(pdf_doc.id) == outcome.document_id


def test_xdm_zip_documents_and_pdfs_become_records(vault, tmp_path):
    zip_path = write_xdm_zip(tmp_path / "portal.zip", {
        "DOC0001.XML": ccda(medications=medication("Metformin", "860975")),
        "DOC0002.PDF": _pdf_bytes(["Discharge letter"]),
    })
    outcome = vault.importer.import_file(zip_path)
    assert outcome.outcome is Outcome.IMPORTED
    docs = vault.documents.list()
    assert sorted(d.format for d in docs) == ["ccda", "pdf"]  # no stylesheet, HTML or metadata
    ccda_doc = next(d for d in docs if d.format == "ccda")
    pdf_doc = next(d for d in docs if d.format == "pdf")
    assert vault.documents.came_with(pdf_doc.id) == ccda_doc.id
    again = vault.importer.import_file(zip_path)
    assert again.outcome is Outcome.DUPLICATE and vault.documents.count() == 2


def test_other_zip_is_still_refused(vault, tmp_path):
    import zipfile

    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "x")
    assert "ZIP archives are not supported" in vault.importer.import_file(path).reason


def test_fhir_bundle_ndjson_single_resource_and_folder(vault, tmp_path):
    bundle = fhir_bundle(observations=2)
    write_fhir(tmp_path / "bundle.json", bundle)
    resources = [e["resource"] for e in bundle["entry"]]
    (tmp_path / "export.ndjson").write_text(
        "\n".join(json.dumps(r) for r in resources[:3]) + "\n")
    folder = tmp_path / "clinical-records"
    folder.mkdir()
    for index, resource in enumerate(resources[2:]):
        write_fhir(folder / f"resource-{index}.json", resource)
    results = vault.importer.import_paths([tmp_path / "bundle.json", tmp_path / "export.ndjson",
                                            folder])
    assert all(r.outcome is Outcome.IMPORTED for r in results), [r.line() for r in results]
    assert [r.name for r in results] == ["bundle.json", "export.ndjson", "clinical-records"]
    assert vault.documents.count() == 3  # the folder of resource files is one record
    folder_doc = vault.documents.get(results[2].document_id)
    assert (folder_doc.format, folder_doc.meta["files"]) == ("fhir", len(resources) - 2)
    stored = vault.documents.path(folder_doc).read_bytes()
    assert all((folder / f"resource-{i}.json").read_bytes() in stored
               for i in range(len(resources) - 2))  # each file's bytes kept as they were
    bundle_doc = vault.documents.get(results[0].document_id)
    assert (bundle_doc.format, bundle_doc.provider) == ("fhir", "Valley Clinic")
    meds = vault.clinical.items("medication")
    assert len(meds) == 1 and len(meds[0].source_ids) == 3  # one item, three sources
    assert meds[0].fact.details == {"dose": "500 mg", "frequency": "twice a day"}
    problem = vault.clinical.items("problem")[0]
    assert problem.fact.details["icd10"] == "E11.9"
    tests = vault.clinical.lab_tests()
    assert [(t.loinc, len(t.results)) for t in tests] == [("4548-4", 2)]


def test_a_damaged_file_in_a_resource_folder_is_refused_alone(vault, tmp_path):
    folder = tmp_path / "clinical-records"
    folder.mkdir()
    for index, resource in enumerate(e["resource"] for e in fhir_bundle(2)["entry"]):
        write_fhir(folder / f"r{index}.json", resource)
    (folder / "r9.json").write_text('{"resourceType": "Condition", "code": ')
    make_pdf(folder / "letter.pdf", ["Dear"])
    results = {r.name: r for r in vault.importer.import_paths([folder])}
    assert results["clinical-records"].outcome is Outcome.IMPORTED
    assert results["letter.pdf"].outcome is Outcome.IMPORTED
    assert results["r9.json"].outcome is Outcome.REFUSED
    assert "damaged" in results["r9.json"].reason
    again = vault.importer.import_paths([folder])
    assert {r.name: r.outcome for r in again}["clinical-records"] is Outcome.DUPLICATE


def test_fhir_observation_comparator_and_pending():
    doc = fhir.read(json.dumps({"resourceType": "Bundle", "entry": [
        {"resource": {"resourceType": "Observation", "status": "final",
                      "code": {"text": "PSA"},
                      "valueQuantity": {"value": 0.1, "comparator": "<", "unit": "ng/mL"}}},
        {"resource": {"resourceType": "Observation", "status": "registered",
                      "code": {"text": "Culture"}}},
        {"resource": {"resourceType": "Observation", "status": "final",
                      "category": [{"coding": [{"code": "vital-signs"}]}],
                      "code": {"text": "Heart rate"}, "valueQuantity": {"value": 60}}},
    ]}).encode())
    psa, culture = doc.facts
    assert (psa.details["comparator"], psa.details["value"]) == ("<", 0.1)
    assert culture.status == "pending"


@pytest.mark.parametrize("name, counts", [
    ("synthea-r4-Buster_Hoeger.json", {"encounter": 6, "problem": 3, "immunization": 4,
                                       "result": 15, "procedure": 1, "medication": 1}),
    ("synthea-r4-Clemente_Kreiger.json", {"encounter": 3, "result": 30, "immunization": 4,
                                          "problem": 1, "procedure": 1}),
])
def test_synthea_bundles(name, counts):
    from collections import Counter

    doc = fhir.read((SAMPLES / "fhir" / name).read_bytes())
    assert dict(Counter(f.category for f in doc.facts)) == counts
    assert doc.patient and doc.author and doc.date


def _import(vault, tmp_path, name: str, data: bytes) -> int:
    path = tmp_path / name
    path.write_bytes(data)
    return vault.importer.import_file(path).document_id


def test_same_item_from_two_documents_is_one_item_and_differences_are_listed(vault, tmp_path):
    first = _import(vault, tmp_path, "a.xml", ccda(
        title="Clinic summary", date="20260101",
        medications=medication("Metformin 500 MG", "860975", dose="500")
        + medication("Lisinopril", "314076", status="completed", high="20260101"),
        allergies=allergy("Penicillin", "7980") + allergy("Codeine", "2670")))
    second = _import(vault, tmp_path, "b.xml", ccda(
        title="Hospital discharge", date="20260301",
        medications=medication("metformin 500 mg", "", dose="1000")
        + medication("Lisinopril", "314076"),
        allergies=allergy("Penicillin", "7980")))
    meds = {m.fact.name.lower(): m for m in vault.clinical.items("medication")}
    assert meds["metformin 500 mg"].source_ids == [first, second]  # by name when no code
    found = {(d.kind, d.subject) for d in vault.clinical.differences()}
    assert ("dose", "metformin 500 mg") in {(k, s.lower()) for k, s in found}
    assert ("status", "Lisinopril") in found
    assert ("missing", "Codeine") in found
    codeine = next(d for d in vault.clinical.differences() if d.subject == "Codeine")
    assert "not in Hospital discharge, 1 Mar 2026" in codeine.text
    vault.clinical.resolve(codeine.key, "note", note="Codeine made me sick in 2015")
    assert codeine.key not in {d.key for d in vault.clinical.unresolved()}
    with pytest.raises(Exception, match="which record"):
        vault.clinical.resolve(codeine.key, "keep_one")


def test_patient_entries_are_never_overwritten(vault, tmp_path):
    own = vault.medications.add(name="Metformin", dose="850 mg", frequency="daily")
    _import(vault, tmp_path, "a.xml", ccda(medications=medication("Metformin", "860975",
                                                                   dose="500")))
    assert vault.medications.get(own.id) == own
    assert vault.medications.count() == 1


def test_lab_tests_merge_duplicates_normalise_unit_spelling_and_trend(vault, tmp_path):
    for name, date, value, unit in (("a.xml", "20250101", "6.1", "mg/dl"),
                                    ("b.xml", "20250601", "7.4", "mg/dL")):
        _import(vault, tmp_path, name, ccda(
            date=date, results=result("Glucose", "2345-7", value, unit, date, "3.9", "5.5")))
    # the second document repeats the first result: one result, two sources
    _import(vault, tmp_path, "c.xml", ccda(date="20250701", title="Copy", results=result(
        "Glucose", "2345-7", "6.1", "mg/dL", "20250101", "3.9", "5.5")))
    (test,) = vault.clinical.lab_tests()
    assert [r.value for r in test.results] == [6.1, 7.4]
    assert len(test.results[0].sources) == 2
    assert test.units == ["mg/dL"] and test.trend == "rising"


def test_trashed_documents_leave_the_lists(vault, tmp_path):
    doc_id = _import(vault, tmp_path, "a.xml", ccda(allergies=allergy("Penicillin", "7980")))
    vault.documents.set_trashed(doc_id, True)
    assert vault.clinical.items("allergy") == []


def test_a_ccda_among_other_files_in_one_drop(vault, tmp_path):
    make_pdf(tmp_path / "scan.pdf", ["Letter"])
    (tmp_path / "ccd.xml").write_bytes(ccda())
    (tmp_path / "bad.xml").write_bytes(XXE)
    outcomes = sorted(r.outcome.value for r in vault.importer.import_paths([tmp_path]))
    assert outcomes == ["imported", "imported", "refused"]


def test_older_fhir_versions_where_the_fields_agree():
    doc = fhir.read(json.dumps({"resourceType": "Bundle", "entry": [
        {"resource": {"resourceType": "MedicationOrder", "status": "active",  # DSTU2
                      "medicationCodeableConcept": {"text": "Lisinopril 10 mg"},
                      "dateWritten": "2016-02-01"}},
        {"resource": {"resourceType": "AllergyIntolerance", "status": "active",  # DSTU2
                      "substance": {"text": "Latex"}, "verificationStatus": "confirmed"}},
        {"resource": {"resourceType": "Condition", "clinicalStatus": "resolved",  # STU3
                      "code": {"text": "Pneumonia"}, "abatementDateTime": "2017-05-01"}},
        {"resource": {"resourceType": "Immunization", "wasNotGiven": True,  # DSTU2
                      "vaccineCode": {"text": "Influenza"}, "date": "2015-10-01"}},
    ]}).encode())
    med, latex, pneumonia, flu = doc.facts
    assert (med.name, med.date) == ("Lisinopril 10 mg", "2016-02-01")
    assert latex.name == "Latex" and not latex.negated
    assert (pneumonia.status, pneumonia.end) == ("resolved", "2017-05-01")
    assert (flu.status, flu.negated, flu.date) == ("refused", True, "2015-10-01")


def test_an_allergy_against_no_known_allergies_is_a_difference(vault, tmp_path):
    _import(vault, tmp_path, "a.xml", ccda(title="Clinic", allergies=allergy("Latex", "111")))
    _import(vault, tmp_path, "b.xml", ccda(title="Hospital", date="20260301",
                                           allergies=SECTION_NKA))
    (difference,) = vault.clinical.differences()
    assert difference.subject == "Latex"
    assert "Hospital, 1 Mar 2026 (which says no known allergies)" in difference.text
    states = {i.as_json()["state"] for i in vault.clinical.items("allergy")}
    assert states == {"allergic", "no known allergies"}


SECTION_NKA = """<entry><act classCode="ACT" moodCode="EVN">
  <templateId root="2.16.840.1.113883.10.20.22.4.30"/><statusCode code="active"/>
  <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN" negationInd="true">
    <templateId root="2.16.840.1.113883.10.20.22.4.7"/><statusCode code="completed"/>
    <value xsi:type="CD" code="419199007" codeSystem="2.16.840.1.113883.6.96"/>
    <participant typeCode="CSM"><participantRole classCode="MANU"><playingEntity classCode="MMAT">
      <code nullFlavor="NA"/></playingEntity></participantRole></participant>
  </observation></entryRelationship></act></entry>"""


def test_pdf_in_a_fhir_document_reference_is_its_own_record(vault, tmp_path):
    import base64

    pdf = base64.b64encode(_pdf_bytes(["Discharge letter"])).decode()
    bundle = fhir_bundle(observations=1, extra=[
        {"resourceType": "DocumentReference", "description": "Discharge letter",
         "content": [{"attachment": {"contentType": "application/pdf", "data": pdf}}]},
        {"resourceType": "DocumentReference", "description": "Elsewhere",
         "content": [{"attachment": {"contentType": "application/pdf",
                                     "url": "https://portal.example/letter.pdf"}}]},
    ])
    result = vault.importer.import_file(write_fhir(tmp_path / "export.json", bundle))
    assert len(result.more_ids) == 1  # the URL is never fetched
    letter = vault.documents.get(result.more_ids[0])
    assert (letter.format, letter.title) == ("pdf", "Discharge letter")
    assert vault.documents.came_with(letter.id) == result.document_id
