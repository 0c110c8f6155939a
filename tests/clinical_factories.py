"""Small clinical documents for the tests: a C-CDA with chosen entries, FHIR bundles, XDM zips."""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent / "samples" / "portal"

LOINC, RXNORM, SNOMED = "2.16.840.1.113883.6.1", "2.16.840.1.113883.6.88", "2.16.840.1.113883.6.96"


def medication(name: str, rxnorm: str, dose: str = "500", unit: str = "mg",
               status: str = "active", low: str = "20240101", high: str = "") -> str:
    end = f'<high value="{high}"/>' if high else ""
    return f"""<entry><substanceAdministration classCode="SBADM" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.16"/><statusCode code="{status}"/>
      <effectiveTime xsi:type="IVL_TS"><low value="{low}"/>{end}</effectiveTime>
      <effectiveTime xsi:type="PIVL_TS" operator="A"><period value="12" unit="h"/></effectiveTime>
      <routeCode code="C38288" displayName="Oral"/>
      <doseQuantity value="{dose}" unit="{unit}"/>
      <consumable><manufacturedProduct><manufacturedMaterial>
        <code code="{rxnorm}" codeSystem="{RXNORM}" displayName="{name}"/>
      </manufacturedMaterial></manufacturedProduct></consumable>
    </substanceAdministration></entry>"""


def allergy(substance: str, rxnorm: str, reaction: str = "Hives") -> str:
    return f"""<entry><act classCode="ACT" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.30"/><statusCode code="active"/>
      <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.7"/><statusCode code="completed"/>
        <effectiveTime><low value="2015"/></effectiveTime>
        <value xsi:type="CD" code="416098002" codeSystem="{SNOMED}" displayName="Drug allergy"/>
        <participant typeCode="CSM"><participantRole classCode="MANU">
          <playingEntity classCode="MMAT"><code code="{rxnorm}" codeSystem="{RXNORM}"
            displayName="{substance}"/></playingEntity></participantRole></participant>
        <entryRelationship typeCode="MFST" inversionInd="true">
          <observation classCode="OBS" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.9"/>
            <value xsi:type="CD" code="247472004" codeSystem="{SNOMED}" displayName="{reaction}"/>
          </observation></entryRelationship>
      </observation></entryRelationship></act></entry>"""


def result(test: str, loinc: str, value: str, unit: str, date: str, low: str = "",
           high: str = "", flag: str = "") -> str:
    interpretation = f'<interpretationCode code="{flag}"/>' if flag else ""
    limits = (f"""<referenceRange><observationRange><value xsi:type="IVL_PQ">
      <low value="{low}" unit="{unit}"/><high value="{high}" unit="{unit}"/></value>
      </observationRange></referenceRange>""" if low else "")
    return f"""<entry><organizer classCode="BATTERY" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.1"/>
      <code code="24323-8" codeSystem="{LOINC}" displayName="Metabolic panel"/>
      <statusCode code="completed"/><effectiveTime value="{date}"/>
      <component><observation classCode="OBS" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.2"/>
        <code code="{loinc}" codeSystem="{LOINC}" displayName="{test}"/>
        <statusCode code="completed"/><effectiveTime value="{date}"/>
        <value xsi:type="PQ" value="{value}" unit="{unit}"/>{interpretation}{limits}
      </observation></component></organizer></entry>"""


def problem(name: str, code: str, status: str, low: str, high: str = "") -> str:
    end = f'<high value="{high}"/>' if high else ""
    concern = "completed" if status == "resolved" else "active"
    return f"""<entry><act classCode="ACT" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.3"/><statusCode code="{concern}"/>
      <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.4"/><statusCode code="completed"/>
        <effectiveTime><low value="{low}"/>{end}</effectiveTime>
        <value xsi:type="CD" code="{code}" codeSystem="{SNOMED}" displayName="{name}"/>
      </observation></entryRelationship></act></entry>"""


def with_problems(date: str, entries: str) -> bytes:
    doc = ccda(date=date, title=f"CCD {date[:4]}").decode()
    problems = section("2.16.840.1.113883.10.20.22.2.5.1", "11450-4", "Problems", entries)
    return doc.replace("<structuredBody>", f"<structuredBody>{problems}").encode()


def section(template: str, loinc: str, title: str, entries: str, narrative: str = "") -> str:
    return f"""<component><section><templateId root="{template}"/>
      <code code="{loinc}" codeSystem="{LOINC}"/><title>{title}</title>
      <text>{narrative or f"<paragraph>{title} as recorded.</paragraph>"}</text>{entries}
      </section></component>"""


def ccda(title: str = "Continuity of Care Document", date: str = "20260502",
         organisation: str = "St Anne's Hospital", medications: str = "", allergies: str = "",
         results: str = "", narrative: str = "", type_code: str = "34133-9",
         non_xml_pdf: bytes | None = None) -> bytes:
    body = ""
    if medications:
        body += section("2.16.840.1.113883.10.20.22.2.1.1", "10160-0", "Medications", medications)
    if allergies:
        body += section("2.16.840.1.113883.10.20.22.2.6.1", "48765-2", "Allergies", allergies)
    if results:
        body += section("2.16.840.1.113883.10.20.22.2.3.1", "30954-2", "Results", results)
    if narrative or not body:
        body += section("2.16.840.1.113883.10.20.22.2.10", "18776-5", "Plan of care", "",
                        narrative)
    component = (f"""<component><nonXMLBody><text mediaType="application/pdf"
        representation="B64">{base64.b64encode(non_xml_pdf).decode()}</text></nonXMLBody>
        </component>""" if non_xml_pdf is not None else
                 f"<component><structuredBody>{body}</structuredBody></component>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <code code="{type_code}" codeSystem="{LOINC}" displayName="Summary of episode note"/>
  <title>{title}</title><effectiveTime value="{date}120000-0500"/>
  <recordTarget><patientRole><patient><name><given>Jane</given><family>Doe</family></name>
    <birthTime value="19700402"/></patient></patientRole></recordTarget>
  <author><time value="{date}"/><assignedAuthor><assignedPerson><name><given>Ann</given>
    <family>Lee</family></name></assignedPerson><representedOrganization>
    <name>{organisation}</name></representedOrganization></assignedAuthor></author>
  {component}
</ClinicalDocument>""".encode()


def fhir_bundle(observations: int = 3, extra: list[dict] | None = None) -> dict:
    entries: list[dict] = [
        {"resource": {"resourceType": "Patient", "id": "p1",
                      "name": [{"given": ["Jane"], "family": "Doe"}]}},
        {"resource": {"resourceType": "Organization", "id": "o1", "name": "Valley Clinic"}},
        {"resource": {"resourceType": "MedicationRequest", "id": "m1", "status": "active",
                      "medicationCodeableConcept": {"coding": [{
                          "system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                          "code": "860975", "display": "Metformin 500 MG Oral Tablet"}]},
                      "authoredOn": "2026-01-05",
                      "dosageInstruction": [{"timing": {"repeat": {
                          "frequency": 2, "period": 1, "periodUnit": "d"}},
                          "doseAndRate": [{"doseQuantity": {"value": 500, "unit": "mg"}}]}]}},
        {"resource": {"resourceType": "AllergyIntolerance", "id": "a1",
                      "clinicalStatus": {"coding": [{"code": "active"}]},
                      "code": {"coding": [{"system": "http://snomed.info/sct",
                                           "code": "91936005", "display": "Penicillin"}]},
                      "reaction": [{"manifestation": [{"text": "Rash"}],
                                    "severity": "moderate"}]}},
        {"resource": {"resourceType": "Condition", "id": "c1",
                      "clinicalStatus": {"coding": [{"code": "active"}]},
                      "code": {"coding": [{"system": "http://snomed.info/sct",
                                           "code": "44054006", "display": "Diabetes type 2"},
                                          {"system": "http://hl7.org/fhir/sid/icd-10-cm",
                                           "code": "E11.9"}]},
                      "onsetDateTime": "2020-03-01"}},
    ]
    for i in range(observations):
        entries.append({"resource": {
            "resourceType": "Observation", "id": f"o{i}", "status": "final",
            "category": [{"coding": [{"code": "laboratory"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4",
                                 "display": "Hemoglobin A1c"}]},
            "effectiveDateTime": f"20{10 + i % 15:02d}-0{1 + i % 9}-1{i % 10}",
            "valueQuantity": {"value": 6.0 + (i % 20) / 10, "unit": "%"},
            "referenceRange": [{"low": {"value": 4.0}, "high": {"value": 5.6}}]}})
    entries += [{"resource": r} for r in extra or []]
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def write_fhir(path: Path, bundle: dict) -> Path:
    path.write_text(json.dumps(bundle))
    return path


def write_xdm_zip(path: Path, documents: dict[str, bytes], subset: str = "SUBSET01") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("INDEX.HTM", "<html>Open the documents</html>")
        zf.writestr("README.TXT", "Portal download")
        zf.writestr(f"IHE_XDM/{subset}/METADATA.XML", "<SubmitObjectsRequest/>")
        zf.writestr(f"IHE_XDM/{subset}/CCD.XSL", "<xsl:stylesheet/>")
        for name, data in documents.items():
            zf.writestr(f"IHE_XDM/{subset}/{name}", data)
    return path
