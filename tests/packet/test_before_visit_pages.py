"""What matters to me on the cover and the question sheet; the Summary's "what this file
includes / still missing"; read back as text from the PDFs."""

from __future__ import annotations

import datetime as dt

from conftest import fill_profile
from factories import make_pdf
from pdf_inspect import page_texts

from secondop_desktop.core import readiness
from secondop_desktop.packet.export import PacketOptions, export_packet
from secondop_desktop.packet.question_sheet import QuestionSheet, write_question_sheet_pdf
from secondop_desktop.packet.request_letter import Letter, write_letter_pdf


def flat(text: str) -> str:
    return " ".join(text.split())


def test_cover_and_summary_say_what_matters_and_what_is_missing(vault, tmp_path):
    fill_profile(vault)  # a thyroid cancer, a medication, an allergy, an event
    vault.patient.set(goals="Keep teaching; protect my voice")
    vault.importer.import_file(make_pdf(tmp_path / "path.pdf", [
        "SURGICAL PATHOLOGY REPORT. Final diagnosis: papillary carcinoma."]))
    vault.importer.import_file(make_pdf(tmp_path / "ct.pdf", [
        "CT NECK. Impression: 2 cm nodule."]))
    readiness.set_not_applicable(vault, "treatment")
    request = readiness.request_missing(vault, "pathology-slides", "City Pathology")
    vault.requests.update(request.id, asked="2026-11-03")
    packet = export_packet(vault, tmp_path / "p.pdf",
                           PacketOptions(record_ids=[1])).path  # the CT report stays out
    cover, *rest = (flat(t) for t in page_texts(packet))
    summary = " ".join(rest)  # the Summary may run onto a second page
    assert "What matters to me Keep teaching; protect my voice" in cover
    assert cover.index("Why I am asking") < cover.index("What matters to me")
    included = summary[summary.index("What this file includes"):summary.index("Still missing")]
    missing = summary[summary.index("Still missing"):]
    assert "Pathology reports: 1 record" in included
    assert "Current medications: as the patient entered it" in included
    assert "Pathology slides and blocks: requested (request 1 to City Pathology, asked " \
           "2026-11-03, due 2026-12-03)" in missing
    assert "The images themselves (DICOM): not in the file yet" in missing
    assert "Imaging reports: the patient has it; not in this packet" in missing
    assert "Not applicable, as the patient says: Treatment so far, with dates." in missing


def test_question_sheet_prints_what_matters(vault, tmp_path):
    vault.patient.set(name="Jane Doe", goals="Keep teaching; protect my voice")
    vault.questions.add(text="Is surgery needed now?", priority=1)
    out = tmp_path / "q.pdf"
    write_question_sheet_pdf(out, QuestionSheet.from_vault(vault))
    text = flat(page_texts(out)[0])
    assert "WHAT MATTERS TO ME Keep teaching; protect my voice" in text
    assert text.index("WHAT MATTERS TO ME") < text.index("Is surgery needed now?")


def test_request_letter_prints_the_postal_address_it_refers_to(vault, tmp_path):
    vault.patient.set(name="Jane Doe", address="12 Elm Street\nSpringfield 12345",
                      contact="555-0199")
    request = vault.requests.add("City Pathology", "pathology-slides")
    out = tmp_path / "letter.pdf"
    write_letter_pdf(out, Letter.of(vault, request, today=dt.date(2026, 11, 3)))
    text = flat(page_texts(out)[0])
    assert text.index("12 Elm Street Springfield 12345") < text.index("City Pathology")
    assert "Please send them to: my address above" in text
