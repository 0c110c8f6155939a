"""The packet never contradicts the imported records: the Summary lists what they say (with
where and when), and the lab pages show values, units and ranges as the laboratories wrote them,
naming records by title and date."""

from __future__ import annotations

import json

from clinical_factories import LOINC, allergy, ccda, medication, problem, with_problems
from pdf_inspect import page_texts

from secondop_desktop.packet.export import PacketOptions, export_packet


def summary_text(vault, tmp_path) -> str:
    out = export_packet(vault, tmp_path / "p.pdf", PacketOptions(sections={"summary"})).path
    return " ".join(page_texts(out)).replace("\n", " ")


def import_bytes(vault, tmp_path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    (result,) = vault.importer.import_paths([tmp_path / name])
    assert result.document_id is not None, result.reason


def test_summary_lists_imported_medications_and_allergies_with_their_source(vault, tmp_path):
    import_bytes(vault, tmp_path, "ccd.xml", ccda(
        title="St Anne's CCD", date="20260502",
        medications=medication("Metformin 500 MG Oral Tablet", "860975"),
        allergies=allergy("Penicillin G", "7980") + allergy("Ampicillin", "733")))
    text = summary_text(vault, tmp_path)
    for expected in ("Metformin 500 MG Oral Tablet", "Penicillin G", "Ampicillin", "Hives",
                     "St Anne's CCD, 2 May 2026"):
        assert expected in text
    assert "Not recorded" not in text and "No known allergies" not in text


def test_summary_says_none_known_only_when_a_source_says_so(vault, tmp_path):
    none = """<entry><act classCode="ACT" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.30"/><statusCode code="active"/>
      <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN"
        negationInd="true"><templateId root="2.16.840.1.113883.10.20.22.4.7"/>
        <statusCode code="completed"/>
        <value xsi:type="CD" code="419199007" codeSystem="2.16.840.1.113883.6.96"/>
        <participant typeCode="CSM"><participantRole classCode="MANU">
          <playingEntity classCode="MMAT"><code nullFlavor="NA"/></playingEntity>
        </participantRole></participant></observation></entryRelationship></act></entry>"""
    assert "Not recorded: neither the patient nor the imported records list any allergies" in (
        summary_text(vault, tmp_path))
    import_bytes(vault, tmp_path, "nka.xml", ccda(title="Clinic summary", allergies=none))
    text = summary_text(vault, tmp_path)
    assert "No known allergies (as stated in Clinic summary" in text
    assert "Not recorded: neither the patient nor the imported records list any allergies" \
        not in text


def test_summary_shows_criticality_and_a_stopped_medications_end(vault, tmp_path):
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "AllergyIntolerance", "id": "a", "criticality": "high",
                      "code": {"text": "Peanut"}, "reaction": [
                          {"manifestation": [{"text": "Anaphylaxis"}], "severity": "severe"}]}},
        {"resource": {"resourceType": "MedicationStatement", "id": "m", "status": "stopped",
                      "medicationCodeableConcept": {"text": "Prednisone 10 MG Oral Tablet"},
                      "effectivePeriod": {"start": "2024-01-01", "end": "2024-02-01"}}}]}
    (tmp_path / "b.json").write_text(json.dumps(bundle))
    vault.importer.import_paths([tmp_path / "b.json"])
    text = summary_text(vault, tmp_path)
    for expected in ("Peanut", "Anaphylaxis", "severe", "high", "Prednisone 10 MG Oral Tablet",
                     "stopped 2024-02-01"):
        assert expected in text


def test_lab_pages_keep_what_the_lab_wrote_and_name_records(vault, tmp_path):
    results = "".join(f"""<entry><observation classCode="OBS" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.2"/>
      <code code="2965-2" codeSystem="{LOINC}" displayName="Specific gravity"/>
      <statusCode code="completed"/><effectiveTime value="{date}"/>
      <value xsi:type="PQ" value="{value}" unit="1"/>
      <referenceRange><observationRange><text>1.005 - 1.030</text></observationRange>
      </referenceRange></observation></entry>""" for date, value in (("20240101", "1.015"),
                                                                    ("20240301", "1.020")))
    import_bytes(vault, tmp_path, "urine.xml", ccda(title="Urinalysis", date="20240301",
                                                    results=results))
    out = export_packet(vault, tmp_path / "p.pdf", PacketOptions(sections={"labs"})).path
    text = " ".join(page_texts(out)).replace("\n", " ")
    assert "1.015" in text and "1.020" in text and "1.005 - 1.030" in text
    # The record column names the record as the contents do, never by its internal number.
    assert "1.020 1.005 - 1.030 Urinalysis, 1 Mar 2024" in text


def test_a_record_from_a_file_of_several_patients_shows_only_the_chosen_one(vault, tmp_path):
    lines = []
    for pid, name, substance in (("p1", "Ann", "Penicillin"), ("p2", "Bob", "Latex")):
        lines += [{"resourceType": "Patient", "id": pid, "name": [{"text": name}]},
                  {"resourceType": "AllergyIntolerance", "id": f"a{pid}",
                   "patient": {"reference": f"Patient/{pid}"}, "code": {"text": substance}}]
    (tmp_path / "bulk.ndjson").write_text("\n".join(json.dumps(line) for line in lines))
    vault.importer.import_paths([tmp_path / "bulk.ndjson"], patient="Bob")
    out = export_packet(vault, tmp_path / "p.pdf", PacketOptions(sections={"records"})).path
    text = " ".join(page_texts(out))
    assert "Latex" in text and "Penicillin" not in text and "Ann" not in text


def test_a_problems_status_is_the_latest_sources_with_the_earlier_one_shown(vault, tmp_path):
    import_bytes(vault, tmp_path, "2016.xml", with_problems(
        "20160301", problem("Gout", "90560007", "active", "20150101")))
    import_bytes(vault, tmp_path, "2017.xml", with_problems(
        "20170301", problem("Gout", "90560007", "resolved", "20150101", "20170201")))
    text = summary_text(vault, tmp_path)
    assert "resolved 2017-02-01 (active in CCD 2016, 1 Mar 2016)" in text


def test_no_medications_and_no_known_problems_from_a_source_are_said_with_it(vault, tmp_path):
    none = """<entry><substanceAdministration classCode="SBADM" moodCode="EVN"
        negationInd="true"><templateId root="2.16.840.1.113883.10.20.22.4.16"/>
      <statusCode code="active"/><effectiveTime nullFlavor="NA"/>
      <consumable><manufacturedProduct><manufacturedMaterial>
        <code nullFlavor="OTH"><translation code="410942007" displayName="Drug or medicament"
          codeSystem="2.16.840.1.113883.6.96"/></code>
      </manufacturedMaterial></manufacturedProduct></consumable>
      </substanceAdministration></entry>"""
    no_problems = problem("No current problems or disability", "160245001", "active",
                          "20240101")
    doc = with_problems("20240301", no_problems).decode().replace(
        "<structuredBody>", "<structuredBody>" + ccda(medications=none).decode().split(
            "<structuredBody>")[1].split("</structuredBody>")[0], 1)
    import_bytes(vault, tmp_path, "none.xml", doc.encode())
    text = summary_text(vault, tmp_path)
    assert "No medications (as stated in CCD 2024, 1 Mar 2024)" in text
    assert "No known problems (as stated in CCD 2024" in text
    assert "Not recorded: neither the patient nor the imported records list any medications" \
        not in text


def test_a_sig_written_only_as_text_is_shown_as_how_to_take_it(vault, tmp_path):
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
        "resourceType": "MedicationRequest", "id": "m", "status": "active",
        "medicationCodeableConcept": {"text": "Levothyroxine 50 MCG Oral Tablet"},
        "dosageInstruction": [{"text": "Take 1 tablet by mouth every morning"}]}}]}
    (tmp_path / "b.json").write_text(json.dumps(bundle))
    vault.importer.import_paths([tmp_path / "b.json"])
    assert "Take 1 tablet by mouth every morning" in summary_text(vault, tmp_path)
