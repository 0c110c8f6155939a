"""C-CDA as vendors write it: each test builds the pattern (from the C-CDA spec and vendors'
published samples) and checks that what a clinician reads is what the source says."""

from __future__ import annotations

import datetime as dt

from clinical_factories import ccda, medication

from secondop_desktop.core.clinical_facts import Fact
from secondop_desktop.core.portal import ccda as reader

SNOMED, RXNORM = "2.16.840.1.113883.6.96", "2.16.840.1.113883.6.88"
NCI = "2.16.840.1.113883.3.26.1.1"
HL7_ROUTE = "2.16.840.1.113883.5.112"
ALLERGIES = ("2.16.840.1.113883.10.20.22.2.6.1", "48765-2")
MEDICATIONS = ("2.16.840.1.113883.10.20.22.2.1.1", "10160-0")
PROBLEMS = ("2.16.840.1.113883.10.20.22.2.5.1", "11450-4")
IMMUNIZATIONS = ("2.16.840.1.113883.10.20.22.2.2.1", "11369-6")
PROCEDURES = ("2.16.840.1.113883.10.20.22.2.7.1", "47519-4")
ENCOUNTERS = ("2.16.840.1.113883.10.20.22.2.22.1", "46240-8")
RESULTS = ("2.16.840.1.113883.10.20.22.2.3.1", "30954-2")


def facts(section: tuple[str, str], narrative: str, entries: str) -> list[Fact]:
    """The facts of a lone section, as systems exchange them."""
    template, loinc = section
    xml = f"""<section xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <templateId root="{template}"/><code code="{loinc}" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Section</title><text>{narrative}</text>{entries}</section>"""
    return reader.read(xml.encode()).facts


def allergy_entry(participant_code: str, value: str, text: str = "", reaction: str = "",
                  severity: str = "") -> str:
    return f"""<entry><act classCode="ACT" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.30"/><statusCode code="active"/>
      <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.7"/><statusCode code="completed"/>
        {text}<effectiveTime><low value="2015"/></effectiveTime>{value}
        <participant typeCode="CSM"><participantRole classCode="MANU">
          <playingEntity classCode="MMAT">{participant_code}</playingEntity>
        </participantRole></participant>{reaction}{severity}
      </observation></entryRelationship></act></entry>"""


def reaction_entry(value: str, text: str = "", severity: str = "") -> str:
    return f"""<entryRelationship typeCode="MFST" inversionInd="true">
      <observation classCode="OBS" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.9"/>{text}{value}{severity}
      </observation></entryRelationship>"""


def severity_entry(value: str, text: str = "") -> str:
    return f"""<entryRelationship typeCode="SUBJ" inversionInd="true">
      <observation classCode="OBS" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.8"/>
        <code code="SEV" codeSystem="2.16.840.1.113883.5.4"/>{text}{value}
      </observation></entryRelationship>"""


DRUG_TYPE = (f'<value xsi:type="CD" code="419511003" codeSystem="{SNOMED}" '
             'displayName="Propensity to adverse reactions to drug">'
             '<originalText>{}</originalText></value>')


# -- 5: the allergen only in the value's originalText ------------------------------------------
def test_allergen_named_only_in_original_text_is_not_named_after_the_allergy_type():
    entries = "".join(allergy_entry('<code nullFlavor="UNK"/>', DRUG_TYPE.format(name))
                      for name in ("Codeine", "Aspirin"))
    found = facts(ALLERGIES, "<paragraph>Allergies</paragraph>", entries)
    assert [f.name for f in found] == ["Codeine", "Aspirin"]


def test_allergen_from_the_referenced_narrative_then_the_type():
    narrative = '<table><tbody><tr><td ID="allergen1">Sulfa drugs</td></tr></tbody></table>'
    referenced = allergy_entry('<code nullFlavor="NI"/>', DRUG_TYPE.format(
        '<reference value="#allergen1"/>'))
    nothing = allergy_entry('<code nullFlavor="NI"/>', DRUG_TYPE.format(""))
    found = facts(ALLERGIES, narrative, referenced + nothing)
    assert [f.name for f in found] == ["Sulfa drugs", "Propensity to adverse reactions to drug"]


# -- 6: vendor junk as the display name --------------------------------------------------------
def test_junk_display_names_give_way_to_the_referenced_narrative():
    narrative = ('<list><item ID="r1">Hives</item><item ID="t1">Hemoglobin</item>'
                 '<item ID="t2">Potassium</item></list>')
    reaction = reaction_entry(
        f'<value xsi:type="CD" code="247472004" codeSystem="{SNOMED}" '
        'displayName="Paragon.Service.Api.CDA.Models.ED"><originalText>'
        '<reference value="#r1"/></originalText></value>')
    allergy = allergy_entry(f'<code code="7980" codeSystem="{RXNORM}" displayName="null"/>',
                            DRUG_TYPE.format(""), '<text>Penicillin G</text>', reaction)
    (found,) = facts(ALLERGIES, narrative, allergy)
    assert found.name == "Penicillin G" and found.details["reaction"] == "Hives"
    results = "".join(f"""<entry><observation classCode="OBS" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.2"/>
        <code code="{code}" codeSystem="2.16.840.1.113883.6.1" displayName="null">
          <originalText><reference value="#{ref}"/></originalText></code>
        <text><reference value="#{ref}"/></text>
        <statusCode code="completed"/><effectiveTime value="20240101"/>
        <value xsi:type="PQ" value="4.1" unit="mmol/L"/></observation></entry>"""
                      for code, ref in (("718-7", "t1"), ("2823-3", "t2")))
    assert [f.name for f in facts(RESULTS, narrative, results)] == ["Hemoglobin", "Potassium"]


# -- 7: severities and routes as codes without words -------------------------------------------
def test_severity_code_without_display_name_reads_as_words():
    coded = severity_entry(f'<value xsi:type="CD" code="24484000" codeSystem="{SNOMED}"/>')
    texted = severity_entry('<value xsi:type="CD" nullFlavor="OTH"/>', "<text>Moderate</text>")
    reaction = f'<value xsi:type="CD" code="247472004" codeSystem="{SNOMED}" displayName="Hives"/>'
    entries = (allergy_entry(f'<code code="7980" codeSystem="{RXNORM}" displayName="Penicillin"/>',
                             DRUG_TYPE.format(""), reaction=reaction_entry(reaction,
                                                                             severity=coded))
               + allergy_entry(f'<code code="2670" codeSystem="{RXNORM}" displayName="Codeine"/>',
                               DRUG_TYPE.format(""), reaction=reaction_entry(reaction,
                                                                               severity=texted)))
    found = facts(ALLERGIES, "", entries)
    assert [f.details.get("severity") for f in found] == ["severe", "Moderate"]


def med_entry(extra: str, name: str = "Lisinopril 10 MG Oral Tablet", status: str = "active",
              low: str = "20240101", high: str = "") -> str:
    end = f'<high value="{high}"/>' if high else ""
    return f"""<entry><substanceAdministration classCode="SBADM" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.16"/><statusCode code="{status}"/>
      <effectiveTime xsi:type="IVL_TS"><low value="{low}"/>{end}</effectiveTime>
      {extra}
      <consumable><manufacturedProduct><manufacturedMaterial>
        <code code="314076" codeSystem="{RXNORM}" displayName="{name}"/>
      </manufacturedMaterial></manufacturedProduct></consumable>
    </substanceAdministration></entry>"""


def test_routes_given_only_as_codes_read_as_words():
    entries = (med_entry(f'<routeCode code="C38288" codeSystem="{NCI}"/>')
               + med_entry(f'<routeCode code="IVINJ" codeSystem="{HL7_ROUTE}"/>')
               + med_entry(f'<routeCode code="C38288" codeSystem="{NCI}" '
                           'displayName="Oral Route of Administration"/>'))
    assert [f.details.get("route") for f in facts(MEDICATIONS, "", entries)] == [
        "oral", "intravenous injection", "Oral"]


# -- 10, 11: "as needed" and vendor frequencies ------------------------------------------------
def test_an_empty_precondition_is_not_as_needed_and_a_real_one_is():
    empty = med_entry('<precondition typeCode="PRCN"><criterion nullFlavor="NI"/></precondition>')
    pain = med_entry(f"""<precondition typeCode="PRCN"><criterion>
        <code code="ASSERTION" codeSystem="2.16.840.1.113883.5.4"/>
        <value xsi:type="CD" code="22253000" codeSystem="{SNOMED}" displayName="Pain"/>
        </criterion></precondition>""")
    found = facts(MEDICATIONS, "", empty + pain)
    assert "as needed" not in found[0].details.get("frequency", "")
    assert "as needed" in found[1].details["frequency"]


def test_vendor_frequency_units_are_frequencies():
    def period(unit: str, value: str = "1") -> str:
        return (f'<effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A">'
                f'<period value="{value}" unit="{unit}"/></effectiveTime>')

    entries = "".join(med_entry(period(u)) for u in ("BID", "TID", "QID", "QD", "QHS", "qwk",
                                                     "Q6H", "XYZ"))
    assert [f.details.get("frequency", "") for f in facts(MEDICATIONS, "", entries)] == [
        "twice a day", "three times a day", "four times a day", "once a day", "at bedtime",
        "once a week", "every 6 hours", ""]


# -- 12: "no information" is a state, not a fact ------------------------------------------------
def test_negated_no_information_entries_are_not_refusals_or_procedures():
    immunization = f"""<entry><substanceAdministration classCode="SBADM" moodCode="EVN"
        negationInd="true"><templateId root="2.16.840.1.113883.10.20.22.4.52"/>
      <statusCode code="completed"/><effectiveTime nullFlavor="UNK"/>
      <consumable><manufacturedProduct><manufacturedMaterial><code nullFlavor="NI">
        <translation code="IMMUNIZATION" codeSystem="{SNOMED}" displayName="Immunization"/>
      </code></manufacturedMaterial></manufacturedProduct></consumable>
      </substanceAdministration></entry>"""
    assert facts(IMMUNIZATIONS, "<paragraph>No Immunization information</paragraph>",
                 immunization) == []
    procedure = """<entry><procedure classCode="PROC" moodCode="EVN" negationInd="true">
      <templateId root="2.16.840.1.113883.10.20.22.4.14"/><code nullFlavor="NI">
      <originalText><reference value="#p1"/></originalText></code>
      <statusCode code="completed"/></procedure></entry>"""
    assert facts(PROCEDURES, '<paragraph ID="p1">No Procedure information</paragraph>',
                 procedure) == []


def test_no_known_problems_without_negation_is_a_state_not_an_active_problem():
    entry = f"""<entry><act classCode="ACT" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.3"/><statusCode code="active"/>
      <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.4"/><statusCode code="completed"/>
        <effectiveTime><low value="20200101"/></effectiveTime>
        <value xsi:type="CD" code="160245001" codeSystem="{SNOMED}"
          displayName="No current problems or disability"/>
      </observation></entryRelationship></act></entry>"""
    (found,) = facts(PROBLEMS, "", entry)
    assert (found.name, found.negated, found.status) == ("", True, "none known")


# -- 9: an encounter without a code ------------------------------------------------------------
def test_an_encounter_without_a_code_is_not_named_after_a_whole_table_row():
    narrative = """<table><tbody><tr ID="enc1"><td>05/01/2016</td><td>Office Visit</td>
      <td>Dr Ann Lee</td><td>Valley Clinic, 12 Main Street, Springfield</td></tr>
      </tbody></table>"""
    entry = """<entry><encounter classCode="ENC" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.49"/><code nullFlavor="UNK"/>
      <text><reference value="#enc1"/></text><effectiveTime value="20160501"/>
      </encounter></entry>"""
    (found,) = facts(ENCOUNTERS, narrative, entry)
    assert found.name == "Office Visit"


# -- 13: status as of the document's date ------------------------------------------------------
def test_medication_status_is_as_of_the_documents_date_not_today():
    ended_later = ccda(date="20200101", medications=medication(
        "Amoxicillin", "308182", low="20191220", high="20200301"))
    ended_before = ccda(date="20200401", medications=medication(
        "Amoxicillin", "308182", low="20191220", high="20200301"))
    (later,) = reader.read(ended_later).facts
    (before,) = reader.read(ended_before).facts
    assert (later.status, later.end) == ("active", "2020-03-01")  # still so in its own time
    assert (before.status, before.end) == ("stopped", "2020-03-01")
    assert dt.date.today().isoformat() > "2020-03-01"  # today would have said "stopped"


# -- 4, 14: values and ranges as written -------------------------------------------------------
def test_values_keep_their_written_precision_and_text_ranges_are_kept():
    entry = """<entry><observation classCode="OBS" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.2"/>
      <code code="2965-2" codeSystem="2.16.840.1.113883.6.1" displayName="Specific gravity"/>
      <statusCode code="completed"/><effectiveTime value="20240101"/>
      <value xsi:type="PQ" value="1.015" unit="1"/>
      <referenceRange><observationRange><text>1.005 - 1.030</text></observationRange>
      </referenceRange></observation></entry>"""
    (found,) = facts(RESULTS, "", entry)
    assert found.details["value_text"] == "1.015"
    assert found.details["range_text"] == "1.005 - 1.030"


def test_a_dose_counted_in_ucum_ones_keeps_the_vendors_unit_and_placeholder_names_give_way():
    entry = """<entry><substanceAdministration classCode="SBADM" moodCode="INT">
      <templateId root="2.16.840.1.113883.10.20.22.4.16"/><statusCode code="active"/>
      <effectiveTime xsi:type="IVL_TS"><low value="20090715"/><high nullFlavor="UNK"/>
      </effectiveTime>
      <doseQuantity value="75.0" unit="1"><translation value="75.0">
        <originalText>mg</originalText></translation></doseQuantity>
      <consumable><manufacturedProduct><manufacturedMaterial>
        <code code="314076" displayName="????" codeSystem="2.16.840.1.113883.6.88">
          <originalText><reference value="#med1"/></originalText></code>
      </manufacturedMaterial></manufacturedProduct></consumable>
    </substanceAdministration></entry>"""
    (found,) = facts(MEDICATIONS, '<content ID="med1">Tavist 75 mg oral tablet</content>', entry)
    assert (found.name, found.details["dose"]) == ("Tavist 75 mg oral tablet", "75.0 mg")


def test_a_number_sent_as_text_is_a_number_kept_as_written():
    entry = """<entry><observation classCode="OBS" moodCode="EVN">
      <templateId root="2.16.840.1.113883.10.20.22.4.2"/>
      <code code="1988-5" codeSystem="2.16.840.1.113883.6.1" displayName="CRP"/>
      <statusCode code="completed"/><effectiveTime value="20240101"/>
      <value xsi:type="ST">&lt;0.50</value></observation></entry>"""
    (found,) = facts(RESULTS, "", entry)
    assert (found.details["comparator"], found.details["value"], found.details["value_text"]) \
        == ("<", 0.5, "0.50")
    assert "text" not in found.details


def test_criticality_observation_is_read_apart_from_severity():
    criticality = """<entryRelationship typeCode="SUBJ" inversionInd="true">
      <observation classCode="OBS" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.145"/>
        <code code="82606-5" codeSystem="2.16.840.1.113883.6.1"/>
        <value xsi:type="CD" code="CRITH" codeSystem="2.16.840.1.113883.5.1063"/>
      </observation></entryRelationship>"""
    severity = severity_entry(f'<value xsi:type="CD" code="6736007" codeSystem="{SNOMED}"/>')
    entry = allergy_entry(f'<code code="7980" codeSystem="{RXNORM}" displayName="Penicillin"/>',
                          DRUG_TYPE.format(""), severity=severity + criticality)
    (found,) = facts(ALLERGIES, "", entry)
    assert (found.details["severity"], found.details["criticality"]) == ("moderate", "high")
