"""C-CDA: each HL7 one-section sample (tests/samples) yields what its title says; ours too."""

from __future__ import annotations

import pytest
from clinical_factories import SAMPLES, allergy, ccda, medication, result

from secondop_desktop.core.portal import ccda as reader

SECTIONS = SAMPLES / "ccda-sections"


def facts_of(name: str):
    return reader.read((SECTIONS / name).read_bytes()).facts


def only(name: str, category: str):
    facts = [f for f in facts_of(name) if f.category == category]
    assert len(facts) == 1, facts
    return facts[0]


def test_own_document_header_kind_and_entries():
    doc = reader.read(ccda(medications=medication("Metformin 500 MG", "860975"),
                           allergies=allergy("Penicillin", "7980"),
                           results=result("Hemoglobin A1c", "4548-4", "7.1", "%", "20260420",
                                          "4.0", "5.6", "H")))
    assert (doc.title, doc.date.isoformat(), doc.author, doc.patient) == (
        "Continuity of Care Document", "2026-05-02", "St Anne's Hospital", "Jane Doe")
    assert doc.kind == "reports"
    med = next(f for f in doc.facts if f.category == "medication")
    assert (med.name, med.code, med.system, med.status) == ("Metformin 500 MG", "860975",
                                                           "RxNorm", "active")
    assert med.details == {"dose": "500 mg", "route": "Oral", "frequency": "twice a day"}
    lab = next(f for f in doc.facts if f.category == "result")
    assert (lab.code, lab.details["value"], lab.details["unit"], lab.details["low"],
            lab.details["high"], lab.details["flag"]) == ("4548-4", 7.1, "%", 4.0, 5.6, "high")


def test_imaging_report_type_code_maps_to_imaging():
    assert reader.read(ccda(type_code="18748-4")).kind == "imaging"


def test_narrative_is_never_a_source_of_facts():
    doc = reader.read(ccda(narrative="<list><item>Warfarin 5 mg daily</item></list>"))
    assert doc.facts == []
    assert doc.sections[0].blocks[0].items == ["Warfarin 5 mg daily"]


def test_narrative_table_list_and_paragraph_blocks():
    narrative = ("<paragraph>Seen for <content styleCode='Bold'>chest pain</content>.</paragraph>"
                 "<table><thead><tr><th>Test</th><th>Value</th></tr></thead>"
                 "<tbody><tr><td>Troponin</td><td>0.01</td></tr></tbody></table>"
                 "<list listType='ordered'><item>Rest</item><item>Return</item></list>")
    blocks = reader.read(ccda(narrative=narrative)).sections[0].blocks
    assert [b.kind for b in blocks] == ["paragraph", "table", "list"]
    assert blocks[0].text == "Seen for chest pain."
    assert blocks[1].rows == [["Test", "Value"], ["Troponin", "0.01"]]
    assert blocks[1].header_rows == 1
    assert blocks[2].items == ["1. Rest", "2. Return"]


# -- the HL7 one-section samples (tests/samples) ---------------------------------------------
@pytest.mark.parametrize("name, substance, reaction", [
    ("Allergies_Allergy_to_food_egg_C-CDA2.1_.xml", "Eggs (edible)", "Wheal"),
    ("Allergies_Allergy_to_specific_drug_Codeine_C-CDA2.1_.xml", "codeine", "Nausea"),
    ("Allergies_Allergy_to_specific_drug_Penicillin_C-CDA2.1_.xml", "penicillin G", "Anaphylaxis"),
    ("Allergies_Allergy_to_specific_drug_class_Penicillins_C-CDA2.1_.xml", "Penicillin",
     "Anaphylaxis"),
    ("Allergies_Allergy_to_specific_substance_latex_C-CDA2.1_.xml", "Latex", "Anaphylaxis"),
    ("Allergies_Free-text_Allergy_to_clinical_trial_drug_C-CDA2.1_.xml", "talazoparib", "Dyspnea"),
    ("Allergies_Withdrawn_Allergy_to_specific_drug_Epinephrine_C-CDA2.1_.xml", "epinephrine",
     "Ventricular tachycardia"),
])
def test_allergy_samples(name, substance, reaction):
    fact = only(name, "allergy")
    assert fact.name == substance and not fact.negated
    assert reaction in fact.details["reaction"]
    assert fact.details["reaction"].count(reaction) == 1  # a reaction said twice is one
    assert fact.details["severity"]


def test_no_known_allergies_is_its_own_state():
    nka = only("Allergies_No_Known_Allergies_with_Author_Timestamp_C-CDA2.1_.xml", "allergy")
    assert (nka.negated, nka.name, nka.status) == (True, "", "none known")
    nkma = only("Allergies_No_Known_Medication_Allergies_C-CDA2.1_.xml", "allergy")
    assert nkma.details["scope"] == "No known drug allergies" and nkma.name == ""


def test_not_allergic_to_peanuts_is_negated_not_an_allergy():
    fact = only("Allergies_Not_Allergic_to_Peanuts_C-CDAR2.1_.xml", "allergy")
    assert (fact.name, fact.negated) == ("Peanut", True)


def test_no_information_section_yields_nothing():
    assert facts_of("Allergies_No_Information_Allergies_C-CDA2.1_.xml") == []


@pytest.mark.parametrize("name, drug, field, expected", [
    ("Medications_Med_at_bedtime_C-CDAR2.1_.xml", "insulin glargine", "frequency", "at bedtime"),
    ("Medications_Med_every_4-6_hours_C-CDA2.1_.xml", "pseudoephedrine", "frequency",
     "every 4–6 hours"),
    ("Medications_Med_oral_QID_with_PRN_C-CDA2.1_.xml", "ibuprofen", "frequency",
     "four times a day, as needed"),
    ("Medications_Med_oral_liquid_PRN_C-CDA2.1_.xml", "Noscapine", "dose", "2 mL"),
    ("Medications_Med_Relative_Dose_IV_Drug_C-CDA2.1_.xml", "bevacizumab", "dose", "5 mg/kg"),
    ("Medications_Drug_Mixture__C-CDAR2.1_.xml", "diphenhydrAMINE", "dose", "5 mL"),
    ("Medications_Free_Text_Medication_SIG__C-CDAR2.1_.xml", "cure-all", "instructions",
     "Experimental '150 cure-all drug', take one tab by mouth every morning"),
    ("Medications_Single_administration_of_medication_at_single_point_in_time_C-CDA2.1_.xml",
     "aspirin", "frequency", "once"),
])
def test_medication_samples(name, drug, field, expected):
    fact = only(name, "medication")
    assert drug in fact.name
    assert fact.details[field] == expected


def test_medication_with_indications_keeps_each_order_and_the_purpose():
    facts = facts_of("Medications_Med_oral_with_indications_and_instructions_C-CDA2.1_.xml")
    assert len(facts) == 3 and {f.code for f in facts} == {"197806"}
    assert any(f.details.get("purpose") == "Joint pain" for f in facts)


@pytest.mark.parametrize("name, status", [
    ("Medications_Withdrawn_Antibiotics_with_varied_dosing_C-CDA2.1_.xml", "stopped"),
    ("Medications_Withdrawn_Patient_reported_oral_medication_no_brand_C-CDA2.1_.xml",
     "completed"),
])
def test_withdrawn_medications_are_stopped_as_of_their_own_date(name, status):
    """Active with an end before the section's latest date: stopped; "completed" stays what
    the source says. Never judged against today's date."""
    fact = only(name, "medication")
    assert fact.status == status and fact.end


def test_refused_and_no_medications():
    refused = only("Medications_Medication_Refused_C-CDAR2.1_.xml", "medication")
    assert (refused.negated, refused.status, refused.code) == (True, "refused", "314076")
    none = only("Medications_No_Medications_C-CDA2.1_.xml", "medication")
    assert (none.negated, none.name, none.status) == (True, "", "none known")


@pytest.mark.parametrize("name, problem, status, icd10", [
    ("Problems_Active_Problem_C-CDA2.1_.xml", "Community acquired pneumonia", "active", None),
    ("Problems_Resolved_Problem_C-CDA2.1_.xml", "Acute pharyngitis", "resolved", "J02.9"),
    ("Problems_Pregnancy_with_Week_Gestation_C-CDA2.1_.xml", "Pregnancy", "active", "Z3A.10"),
    ("Problems_Problem_List_with_different_translation_and_qualifier_usages_C-CDA2.1_.xml",
     "Secondary diabetes mellitus", "active", "E08.22"),
    ("Problems_Problem_TargetSiteCode_Qualifier_C-CDAR2.1_.xml", "Below Knee Amputation",
     "active", None),
    ("Problems_SDOH_Problem_C-CDA2.1_.xml", "Nutrition impaired", "active", "Z59.48"),
])
def test_problem_samples(name, problem, status, icd10):
    fact = only(name, "problem")
    assert problem in fact.name and fact.status == status and fact.date
    assert fact.details.get("icd10") == icd10


def test_negated_problems():
    none = only("Problems_No_Known_Problems_C-CDA2.1_.xml", "problem")
    assert (none.negated, none.name, none.status) == (True, "", "none known")
    diabetes = only("Problems_Patient_Does_Not_Have_Diabetes_C-CDA2.1_.xml", "problem")
    assert (diabetes.negated, diabetes.status, diabetes.code) == (True, "not present", "44054006")


def test_result_panel_with_ranges_and_flags():
    facts = facts_of("Results_Basic_Metabolic_Panel_with_Troponin_C-CDA2.1_.xml")
    assert len(facts) == 9
    glucose = next(f for f in facts if f.code == "2339-0")
    assert (glucose.details["value"], glucose.details["low"], glucose.details["high"],
            glucose.details["flag"]) == (185.0, 70.0, 140.0, "high")
    assert glucose.details["panel"] == "Basic Metabolic Panel - Blood"


def test_greater_and_less_than_values_keep_their_comparator():
    above = only("Results_Result_with_greater_than_a_specified_value_C-CDA2.1_.xml", "result")
    assert (above.details["comparator"], above.details["value"]) == (">", 500.0)
    below = only("Results_Results_with_less_than_specific_value_C-CDA2.1_.xml", "result")
    assert below.details["comparator"].startswith("<") and below.details["value"] == 5.0


@pytest.mark.parametrize("name, text", [
    ("Results_Result_with_an_unstructured_string_as_value_urine_color__C-CDA2.1_.xml", "Amber"),
    ("Results_Results_of_COVID_Test_Positive_Normal_C-CDA2.1_.xml", "Detected"),
    ("Results_Lab_with_Multiple_Reference_Ranges_C-CDA2.1_.xml", "Borderline, equal to 1:80"),
    ("Results_Chest_X_ray_with_Narrative_Report_C-CDA2.1_.xml", "IMPRESSION: Cardiomegaly"),
])
def test_text_values(name, text):
    assert text in only(name, "result").details["text"]


def test_multiple_reference_ranges_are_kept():
    fact = only("Results_Lab_with_Multiple_Reference_Ranges_C-CDA2.1_.xml", "result")
    assert len(fact.details["ranges"]) == 3 and fact.details["flag"] == "abnormal"


def test_coded_negative_positive_panel():
    facts = facts_of("Results_Result_panel_with_coded_values_of_negative-positive_C-CDA2.1_.xml")
    assert [f.details["text"] for f in facts] == ["Negative", "Positive"]


def test_non_numeric_value_beside_a_number():
    facts = facts_of("Results_Result_with_non-numeric_physical_quantity_and_unit_C-CDA2.1_.xml")
    assert facts[0].details["value"] == 450.0
    assert facts[1].details["text"] == "Unable to calculate" and "value" not in facts[1].details


@pytest.mark.parametrize("name, unit", [
    ("Results_Results_Unit_Non-UCUM_C-CDA2.1_.xml", "THOUS/MCL"),
    ("Results_Results_with_translation_unit_C-CDA2.1_.xml", "10*3/uL"),
    ("Results_Results_of_CO2_Test_Normal_C-CDA2.1_.xml", "mmol/L"),
])
def test_units(name, unit):
    fact = only(name, "result")
    assert fact.details["unit"] == unit and fact.details["value"] > 0


def test_lab_location_sample_and_pending_component():
    assert only("Results_Result_with_lab_location_C-CDAR2.1_.xml", "result").details[
        "value"] == 1.015
    pending = only("Results_Results_panel_with_pending_component_C-CDA2.1_.xml", "result")
    assert pending.status == "pending" and "value" not in pending.details


def test_every_section_sample_reads_with_a_narrative():
    for path in sorted(SECTIONS.glob("*.xml")):
        doc = reader.read(path.read_bytes())
        assert doc.sections and doc.sections[0].title, path.name


WHOLE = SAMPLES / "ccda"


@pytest.mark.parametrize("name, kind, counts", [
    ("CCD-CCD_1-CCD.XML", "reports", {"allergy": 2, "medication": 2, "problem": 4, "result": 6,
                                      "immunization": 5, "procedure": 3, "encounter": 1}),
    ("CCD-CCD_2-CCD.xml", "reports", {"allergy": 1, "procedure": 3, "result": 1}),  # NKA
    ("Consultation_Note-Consultation_Note.xml", "reports",
     {"allergy": 2, "medication": 2, "problem": 4, "result": 6}),
    ("Diagnostic_Imaging_Report-Diagnostic_Imaging_Report.xml", "imaging", {}),
    ("Discharge_Summary-Discharge_Summary.xml", "reports",
     {"allergy": 3, "medication": 1, "immunization": 1, "problem": 2, "procedure": 1}),
    ("Operative_Note-Operative_Note.xml", "reports", {}),
    ("Progress_Note-Progress_Note.xml", "reports",
     {"allergy": 2, "medication": 2, "problem": 3, "result": 6}),
    ("Referral_Note-Referral_Note.xml", "reports",
     {"allergy": 2, "medication": 2, "problem": 4, "procedure": 3, "result": 6}),
])
def test_whole_documents(name, kind, counts):
    from collections import Counter

    doc = reader.read((WHOLE / name).read_bytes())
    assert doc.kind == kind and doc.date and doc.author and doc.patient and doc.sections
    assert dict(Counter(f.category for f in doc.facts)) == counts


def test_no_known_allergies_coded_as_the_substance_class():
    (nka,) = [f for f in reader.read((WHOLE / "CCD-CCD_2-CCD.xml").read_bytes()).facts
              if f.category == "allergy"]
    assert (nka.name, nka.negated, nka.status) == ("", True, "none known")


def test_pending_and_refused_entries_in_whole_documents():
    facts = reader.read((WHOLE / "CCD-CCD_1-CCD.XML").read_bytes()).facts
    pending = [f for f in facts if f.status == "pending"]
    assert [f.code for f in pending] == ["3094-0"] and "value" not in pending[0].details
    refused = [f.code for f in facts if f.category == "immunization" and f.negated]
    assert refused == ["88", "103"]
