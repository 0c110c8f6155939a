"""Is my file complete? Items by kind of question, found by kind and by text, and their states."""

from __future__ import annotations

import pytest
from factories import make_dicom, make_jpeg, make_pdf

from secondop_desktop.core import readiness
from secondop_desktop.core.errors import ValidationError
from secondop_desktop.core.ocr.engine import PageRead
from secondop_desktop.core.ocr.store import save_page
from secondop_desktop.core.readiness import State


def states(vault) -> dict[str, State]:
    return {i.key: i.state for i in readiness.check(vault).items}


@pytest.mark.parametrize(("diagnosis", "kind"), [
    ("Hürthle cell carcinoma of the thyroid", "cancer"),
    ("Atrial fibrillation; ablation proposed", "heart"),
    ("Focal epilepsy", "neuro"),
    ("Lumbar disc herniation L4/5", "spine-joints"),
    ("Graves' disease", "other"),
])
def test_kind_of_question_comes_from_the_diagnosis(vault, diagnosis, kind):
    vault.patient.set(diagnosis=diagnosis)
    report = readiness.check(vault)
    assert (report.condition, report.guessed) == (kind, True)


def test_kind_of_question_can_be_set(vault):
    vault.patient.set(diagnosis="Graves' disease", condition="Heart")
    report = readiness.check(vault)
    assert (report.condition, report.guessed) == ("heart", False)
    assert "ecg" in {i.key for i in report.items} and "pathology-slides" not in states(vault)
    with pytest.raises(ValidationError, match="cancer"):
        vault.patient.set(condition="liver")


def test_records_are_found_by_their_words_not_only_their_kind(vault, tmp_path):
    vault.patient.set(diagnosis="Papillary thyroid cancer")
    path = vault.importer.import_file(make_pdf(tmp_path / "a.pdf", [
        "SURGICAL PATHOLOGY REPORT. Final diagnosis: papillary carcinoma."]))
    assert vault.documents.get(path.document_id).kind != "labs"
    scan = vault.importer.import_file(make_jpeg(tmp_path / "scan.jpg", size=(80, 80)))
    with vault.db.transaction() as conn:  # the scan, once read: an MRI report
        save_page(conn, scan.document_id, 0, "ocr",
                  PageRead("MRI NECK. Impression: no nodes.", [], 80, 80, 0))
    report = readiness.check(vault)
    assert report.item("pathology-report").state is State.PRESENT
    assert [r for r, _t in report.item("pathology-report").records] == [path.document_id]
    assert [r for r, _t in report.item("imaging-reports").records] == [scan.document_id]
    # A report is not the images: the DICOM item stays missing until a study is there.
    assert report.item("imaging-files").state is State.MISSING
    study = vault.importer.import_file(make_dicom(tmp_path / "IM1"))
    report = readiness.check(vault)
    assert [r for r, _t in report.item("imaging-files").records] == [study.document_id]
    # "CT" as a word, not inside another: "fact" finds nothing.
    assert study.document_id not in [r for r, _t in report.item("imaging-reports").records]


def test_own_entries_requests_and_not_applicable(vault):
    vault.patient.set(diagnosis="Breast cancer", reason="Mastectomy or not?")
    vault.appointment.set(referring="Dr. Okafor")
    assert states(vault)["key-question"] is State.PRESENT
    assert states(vault)["allergies"] is State.MISSING
    vault.allergies.set_none_known()
    assert states(vault)["allergies"] is State.PRESENT
    assert states(vault)["pathology-slides"] is State.MISSING
    request = readiness.request_missing(vault, "pathology-slides")
    assert (request.provider, [i.item for i in request.items]) == ("Dr. Okafor",
                                                                  ["pathology-slides"])
    item = readiness.check(vault).item("pathology-slides")
    assert item.state is State.REQUESTED and item.request_id == request.id
    assert "not sent yet" in item.detail
    # A second click for another item joins the request not sent yet.
    again = readiness.request_missing(vault, "operative-notes")
    assert again.id == request.id
    assert [i.item for i in again.items] == ["pathology-slides", "operative-notes"]
    vault.requests.update(request.id, asked="2026-11-03")
    assert "due 2026-12-03" in readiness.check(vault).item("operative-notes").detail
    vault.requests.mark_received(request.id, [], items=["pathology-slides"])
    assert states(vault)["pathology-slides"] is State.PRESENT  # the glass came in
    readiness.set_not_applicable(vault, "molecular")
    assert states(vault)["molecular"] is State.NOT_APPLICABLE
    readiness.set_not_applicable(vault, "molecular", False)
    assert states(vault)["molecular"] is State.MISSING
    with pytest.raises(ValidationError, match="no item 'ecg'"):
        readiness.set_not_applicable(vault, "ecg")
    with pytest.raises(ValidationError, match="enter yourself"):
        readiness.request_missing(vault, "key-question")


def test_trashed_records_count_for_nothing(vault, tmp_path):
    vault.patient.set(diagnosis="Heart failure")
    result = vault.importer.import_file(make_pdf(tmp_path / "e.pdf", ["ECG: sinus rhythm"]))
    assert states(vault)["ecg"] is State.PRESENT
    vault.documents.set_trashed(result.document_id, True)
    assert states(vault)["ecg"] is State.MISSING


def test_a_lab_result_or_a_letter_recommending_surgery_is_not_what_it_mentions(vault, tmp_path):
    """Words find records, but a lab result that says "Findings:" is no imaging report, and a
    letter that recommends a microdiscectomy is no operative note."""
    vault.patient.set(diagnosis="Lumbar disc herniation L4/5")
    lab = vault.importer.import_file(make_pdf(tmp_path / "lab.pdf", [
        "Vitamin D result. Findings: 25-OH vitamin D 38 nmol/L."]))
    vault.documents.update(lab.document_id, kind="labs")
    letter = vault.importer.import_file(make_pdf(tmp_path / "letter.pdf", [
        "Dear Dr Patel, I saw your patient. I recommend a left L4/5 microdiscectomy."]))
    report = readiness.check(vault)
    assert lab.document_id not in [r for r, _t in report.item("imaging-reports").records]
    assert letter.document_id not in [r for r, _t in report.item("operative-notes").records]
    operative = vault.importer.import_file(make_pdf(tmp_path / "op.pdf", [
        "OPERATIVE NOTE. Preoperative diagnosis: L4/5 disc extrusion."]))
    report = readiness.check(vault)
    assert operative.document_id in [r for r, _t in report.item("operative-notes").records]
