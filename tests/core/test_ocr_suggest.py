"""Filing from the text: dates of service in many formats, provider, kind, title, identity."""

from __future__ import annotations

import pytest

from secondop_desktop.core.ocr.identity import identity_warning, named_patient, same_person_name
from secondop_desktop.core.ocr.suggest import suggest

LAB = """ST MARY'S HOSPITAL LABORATORY
Pathology Department, 12 Station Road, London
Tel 020 7946 0000
Patient: SMITH, John    DOB: 12/03/1960
Collected: {collected}
Reported: 05/02/2024
Printed: 28/02/2024
FULL BLOOD COUNT
Haemoglobin 135 g/L reference range 130-170
Platelets 250 x10^9/L reference range 150-400"""

MRI = """Northfield Imaging Centre
Unit 4, 22 Mill Lane
Name: Anna Kowalska  Date of birth: 3 February 1958
Examination: MRI LUMBAR SPINE without contrast
Date of exam: March 7, 2023
Findings: Mild disc bulge at L4/5. Impression: degenerative change.
Scanned 2024-01-10"""

LETTER = """Riverside Medical Practice
1 High Street

14 November 2022

Dear Dr Patel,
Re: Mrs Jane Doe, DOB 01.05.1970
Thank you for seeing this patient. Diagnosis: hypertension. Plan: review in clinic.
Yours sincerely"""


@pytest.mark.parametrize(("collected", "expected"), [
    ("14/02/2024 08:30", "2024-02-14"),  # day-first on its own
    ("03/02/2024", "2024-02-03"),  # ambiguous: settled by 28/02/2024 printed below
    ("2024-02-03", "2024-02-03"),
    ("3 Feb 2024", "2024-02-03"),
    ("03.02.24", "2024-02-03"),
])
def test_lab_report_date_of_service_in_several_formats(collected, expected):
    found = suggest(LAB.format(collected=collected))
    assert found.record_date == expected  # collected, not reported or printed
    assert found.provider == "ST MARY'S HOSPITAL LABORATORY"
    assert (found.kind, found.title) == ("labs", "Full blood count")


def test_month_first_documents_are_read_month_first():
    text = ("Valley Clinic Laboratory\nCollected: 03/04/2024\nReported: 04/15/2024\n"
            "Lipid panel cholesterol 5.1 mmol/L reference range")
    assert suggest(text).record_date == "2024-03-04"  # 04/15 shows the month comes first
    assert suggest(text.replace("04/15/2024", "04/04/2024"), day_first=False
                   ).record_date == "2024-03-04"
    assert suggest(text.replace("04/15/2024", "04/04/2024"), day_first=True
                   ).record_date == "2024-04-03"


def test_imaging_report_title_date_provider_and_named_patient():
    found = suggest(MRI)
    assert found.record_date == "2023-03-07"  # the exam, not the scan date
    assert found.provider == "Northfield Imaging Centre"
    assert (found.kind, found.title) == ("imaging", "MRI lumbar spine report")
    assert (found.named_patient, found.named_dob) == ("Anna Kowalska", "1958-02-03")


def test_letter_date_near_the_top_and_letterhead():
    found = suggest(LETTER)
    assert found.record_date == "2022-11-14"
    assert found.provider == "Riverside Medical Practice"
    assert (found.kind, found.title) == ("reports", "Clinic letter")
    assert (found.named_patient, found.named_dob) == ("Jane Doe", "1970-05-01")


def test_text_without_filing_clues_suggests_nothing():
    found = suggest("Shopping list\nmilk\nbread")
    assert (found.record_date, found.provider, found.title) == (None, None, None)
    assert suggest("").kind is None


def test_a_different_patient_is_flagged_and_the_same_one_is_not():
    mri = suggest(MRI)
    assert identity_warning(mri.named_patient, mri.named_dob, "Jan Kowalski", "1961-07-09") == (
        "This page names Anna Kowalska, born 1958-02-03")
    assert identity_warning(mri.named_patient, mri.named_dob, "Anna Kowalska", "1958-02-03") is None
    assert identity_warning("Anna Kowalska", "1958-02-04", "Anna Kowalska", "1958-02-03") == (
        "This page names Anna Kowalska, born 1958-02-04")
    assert identity_warning("Anna Kowalska", None, "", "") is None  # no profile: nothing to say
    lab = suggest(LAB.format(collected="14/02/2024"))
    assert identity_warning(lab.named_patient, lab.named_dob, "John Smith", "1960-03-12") is None


@pytest.mark.parametrize(("named", "profile", "same"), [
    ("SMITH John", "John Smith", True),
    ("J Smith", "John Smith", True),
    ("José Núñez", "Jose Nunez", True),
    ("John Srnith", "John Smith", True),  # a letter of OCR noise
    ("Anna Kowalska", "John Smith", False),
    ("Mary Smith", "John Smith", False),
])
def test_names_are_compared_loosely(named, profile, same):
    assert same_person_name(named, profile) is same


def test_words_after_a_hyphenated_re_or_in_lower_case_name_nobody():
    """"Re-referral welcome" (a physiotherapy letter) once read as a patient named "referral
    welcome", and the record was flagged as someone else's."""
    assert named_patient("Home exercise programme given. Re-referral welcome.", True) == \
        (None, None)
    assert named_patient("Rename: Foo Bar", True) == (None, None)
    assert named_patient("Re: John Smith", True)[0] == "John Smith"


def test_a_heading_is_no_provider_and_blood_counts_are_named():
    found = suggest("Laboratory results\nHaemoglobin 132 g/L (115-165)\n"
                    "White cell count 7.9\nPlatelets 281 x10^9/L (150-400)\nHbA1c 38 mmol/mol")
    assert found.provider is None  # "Laboratory results" names the document, not the lab
    assert (found.kind, found.title) == ("labs", "Full blood count, HbA1c")


def test_a_consultant_letter_is_a_report():
    found = suggest("Riverside Pain Clinic\nDear Dr Shah, I saw Ms Morgan about her leg.\n"
                    "Dr H. Ibrahim, consultant in pain medicine")
    assert (found.provider, found.kind) == ("Riverside Pain Clinic", "reports")


def test_a_file_dated_record_gets_its_date_of_service_from_the_text(vault, tmp_path):
    """As Paperless-ngx dates a document from its content: the file date gives way to the
    date of service the text states, marked so and kept to take back; combining keeps it."""
    from factories import make_pdf

    from secondop_desktop.core import pages
    from secondop_desktop.core.ocr.queue import OcrQueue
    from secondop_desktop.core.ocr.suggest import suggestions_for

    letter = make_pdf(tmp_path / "letter.pdf", ["Orthopaedic clinic\nDate of service: "
                                                 "14/02/2024\nThe knee is better."],
                      creation="D:20250301120000")
    other = make_pdf(tmp_path / "other.pdf", ["A second page about the knee, no date here."])
    first, second = (r.document_id for r in vault.importer.import_paths([letter, other]))
    assert vault.documents.get(first).has_file_date  # 2025-03-01, when the file was made
    vault.documents.update(second, record_date="2023-05-05")  # the patient's own date
    OcrQueue(vault, workers=1).run()

    doc = vault.documents.get(first)
    assert doc.record_date.isoformat() == "2024-02-14" and doc.has_text_date
    assert doc.date_before_text == "2025-03-01" and "record_date" in doc.open_fields()
    assert vault.documents.get(second).record_date.isoformat() == "2023-05-05"  # untouched

    combined_id = pages.combine(vault, [first, second])
    combined = vault.documents.get(combined_id)
    assert combined.record_date.isoformat() == "2024-02-14" and combined.has_text_date
    assert suggestions_for(vault.db.conn, combined_id).provider == "Orthopaedic clinic"

    back = vault.documents.update(first, record_date=doc.date_before_text)  # taken back
    assert back.record_date.isoformat() == "2025-03-01" and not back.has_text_date


def test_only_what_differs_and_what_the_text_supports_is_suggested(vault, tmp_path):
    from factories import make_pdf

    from secondop_desktop.core.documents import guess_kind
    from secondop_desktop.core.ocr.findings import NOTHING, findings
    from secondop_desktop.core.ocr.queue import OcrQueue
    from secondop_desktop.core.ocr.suggest import suggest_kind

    letter = ("Thyroid Clinic\n12 March 2024\nDear Dr Lee,\nI saw Mrs Smith today. The "
              "ultrasound of the thyroid showed a 2 cm nodule. We will repeat the ultrasound "
              "in six months.\nYours sincerely,\nDr Okafor")
    report = ("Radiology Department\nULTRASOUND THYROID\nClinical history: nodule\n"
              "Findings: a 2 cm nodule in the right lobe.\nImpression: TIRADS 3.")
    tax = ("Form 1040 U.S. Individual Income Tax Return 2023\nFiling status: single\n"
           "Wages, salaries, tips. During the year the results of")
    assert suggest_kind(letter) == "reports"  # a letter about a scan is a letter
    assert suggest_kind(report) == "imaging"
    assert suggest_kind(tax) is None and guess_kind("scan_0001.pdf", tax) == "other"

    files = [make_pdf(tmp_path / "scan_0003.pdf", [letter]),
             make_pdf(tmp_path / "labs.pdf", ["Some words that say nothing in particular."])]
    ids = [r.document_id for r in vault.importer.import_paths(files)]
    OcrQueue(vault, workers=1).run()
    found = findings(vault.db.conn, "", "")
    docs = {d.id: d for d in vault.documents.list()}
    suggested = found[ids[0]].as_json(docs[ids[0]])["suggested"]
    assert suggested is not None and suggested["kind"] is None  # "reports" already
    assert suggested["title"] == "Clinic letter"
    assert found.get(ids[1], NOTHING).as_json(docs[ids[1]])["suggested"] is None  # no nulls


def test_a_date_at_the_end_of_a_sentence_is_a_date():
    from secondop_desktop.core.ocr.identity import named_patient

    name, dob = named_patient("Patient: Anna Kowalska DOB: 14/05/1961. Calcium low.", True)
    assert (name, dob.isoformat()) == ("Anna Kowalska", "1961-05-14")
    assert named_patient("Server 10.0.0.1 DOB: 1.2.3.4", True)[1] is None
