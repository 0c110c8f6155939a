"""Titles: what PDF writers fill in by themselves is no title, a file name is cleaned, and a
control character never reaches a title, a bookmark or the timeline."""

from __future__ import annotations

import pytest
from factories import make_pdf

from secondop_desktop.core.documents import title_from_name, usable_title


@pytest.mark.parametrize("given", ["untitled", "Untitled-1", "Microsoft Word - Document1",
                                   "Adobe Photoshop PDF", "Document1", "scan_0001.pdf", "12",
                                   "  ", None])
def test_placeholders_are_no_titles(given):
    assert usable_title(given) is None


@pytest.mark.parametrize("given, title", [
    ("Microsoft Word - Cardiology letter.docx", "Cardiology letter"),
    ("MRI_report_2024", "MRI report 2024"),
    ("aspect\x00", "aspect"),
    ("Discharge\nsummary", "Discharge summary"),
])
def test_real_titles_are_kept_cleaned(given, title):
    assert usable_title(given) == title


def test_a_file_name_is_cleaned_of_underscores_and_control_characters():
    assert title_from_name("mri__lumbar_spine\x07.pdf") == "Mri lumbar spine"


def test_an_imported_pdf_with_a_placeholder_title_is_named_by_its_file(vault, tmp_path):
    placeholder = make_pdf(tmp_path / "knee_mri_report.pdf", ["Knee"],
                           title="Microsoft Word - Document1")
    control = make_pdf(tmp_path / "other.pdf", ["Other"], title="aspect\x01 view")
    vault.importer.import_paths([placeholder, control])
    assert [d.title for d in vault.documents.list()] == ["Knee mri report", "aspect view"]
