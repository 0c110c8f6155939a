"""A record date read from the file (a PDF's creation date, a photo's EXIF date) is labelled as
a file date until the patient gives the date of service; a DICOM study date is a date of service."""

from __future__ import annotations

import datetime as dt
import json

from factories import make_dicom, make_jpeg, make_pdf

from secondop_desktop import cli


def _import(vault, path):
    (result,) = vault.importer.import_paths([path])
    assert result.outcome.value == "imported", result.line()
    return vault.documents.get(result.document_id)


def test_a_pdf_creation_date_is_a_file_date_until_the_patient_gives_one(vault, tmp_path):
    doc = _import(vault, make_pdf(tmp_path / "letter.pdf", creation="D:20240305101500"))
    assert doc.record_date == dt.date(2024, 3, 5)
    assert doc.has_file_date and doc.date_text() == "2024-03-05 (file date)"
    assert doc.as_json()["date_is_file_date"] is True
    doc = vault.documents.update(doc.id, record_date="2024-02-28")
    assert not doc.has_file_date and doc.date_text() == "2024-02-28"
    assert vault.documents.update(doc.id, title="Letter").date_text() == "2024-02-28"


def test_a_photo_exif_date_is_a_file_date(vault, tmp_path):
    doc = _import(vault, make_jpeg(tmp_path / "photo.jpg", size=(300, 400),
                                   exif_date=dt.datetime(2025, 6, 1, 9, 30)))
    assert doc.record_date == dt.date(2025, 6, 1) and doc.has_file_date


def test_a_study_date_and_an_undated_file_are_no_file_dates(vault, tmp_path):
    study = _import(vault, make_dicom(tmp_path / "ct.dcm", study_date="20240312"))
    assert study.record_date == dt.date(2024, 3, 12) and not study.has_file_date
    undated = _import(vault, make_pdf(tmp_path / "plain.pdf"))
    assert undated.record_date is None and not undated.has_file_date
    assert undated.date_text(missing="undated") == "undated"


def test_the_cli_says_file_date(vault, tmp_path, capsys):
    _import(vault, make_pdf(tmp_path / "letter.pdf", creation="D:20240305101500"))
    root = str(vault.root)
    vault.close()
    assert cli.main(["list", "--vault", root]) == 0
    assert "2024-03-05" in (line := capsys.readouterr().out) and "(file date)" in line
    assert cli.main(["list", "--json", "--vault", root]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["date_is_file_date"] is True
