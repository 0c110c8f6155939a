"""Packet fixtures: a vault with a patient, questions, symptoms and a few records, and readers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdfium2
import pytest
from factories import make_dicom, make_jpeg, make_pdf, make_tiff


@pytest.fixture(autouse=True)
def _gui_app(qapp):
    """QPdfWriter needs a GUI application; pytest-qt's serves (a widget test needs its kind)."""
    return qapp


def fill_profile(vault) -> None:
    vault.patient.set(name="Jane Doe", dob="1970-03-12", reason="Is surgery needed now?",
                      diagnosis="Papillary thyroid carcinoma; thyroidectomy proposed.")
    vault.appointment.set(specialist="Dr. Anna Weber", specialty="Endocrine surgery",
                          when="2025-07-01T10:30")
    vault.medications.add(name="Levothyroxine", dose="50 mcg", frequency="daily")
    vault.allergies.add(substance="Penicillin", reaction="rash")
    vault.timeline.add(date="2024-01-10", what="Lump noticed")
    vault.questions.add(text="What happens if I wait six months?", priority=1)
    vault.symptoms.add(symptom="Neck pain", severity=4, at=dt.datetime(2025, 5, 1, 9))
    vault.symptoms.add(symptom="Neck pain", severity=6, at=dt.datetime(2025, 5, 8, 9))


@pytest.fixture
def filled_vault(vault, tmp_path: Path):
    fill_profile(vault)
    src = tmp_path / "src"
    src.mkdir()
    files = [
        make_jpeg(src / "mri_report_photo.jpg", gps=True, exif_date=dt.datetime(2024, 3, 1)),
        make_pdf(src / "blood_results.pdf", pages=["Haemoglobin 13.1", "Platelets 250"],
                 javascript=True),
        make_tiff(src / "old_letter.tif", pages=2),
        make_dicom(src / "a.dcm", study_uid="1.2.3", series_uid="1.2.3.1", instance=1),
        make_dicom(src / "b.dcm", study_uid="1.2.3", series_uid="1.2.3.1", instance=2),
    ]
    results = vault.documents.import_paths(files)
    assert all(r.outcome.value == "imported" for r in results)
    return vault


def page_texts(path: Path) -> list[str]:
    doc = pypdfium2.PdfDocument(str(path))
    try:
        texts = []
        for page in doc:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return texts
    finally:
        doc.close()


def outline(path: Path) -> list[tuple[str, int, int]]:
    """(title, 1-based page, level) of every bookmark."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    found: list[tuple[str, int, int]] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1, level))

    walk(reader.outline, 0)
    return found


def toc_rows(texts: list[str]) -> list[tuple[str, int]]:
    """(title, page) rows of the contents pages."""
    rows = []
    for text in texts:
        if not text.startswith("Contents"):
            continue
        for line in text.splitlines()[1:]:
            match = re.fullmatch(r"(.+?)(?: \d{4}-\d{2}-\d{2})? (\d+)", line.strip())
            if match and "page" not in line:
                rows.append((match.group(1), int(match.group(2))))
    return rows
