"""Imaging CDs: one record per study, the header's details, and previews of every kind."""

from __future__ import annotations

import datetime as dt

from factories import (
    corrupt_columns_vr,
    make_dicom,
    make_imaging_cd,
    make_palette_dicom,
    make_sr_dicom,
    make_voi_lut_dicom,
)

from secondop_desktop.core.errors import RefusedFile
from secondop_desktop.core.formats.dicom import (
    DAMAGED_PICTURE,
    patient_mismatch,
    preview_image,
    report_text,
)
from secondop_desktop.core.importing import Outcome


def test_a_cd_imports_as_one_record_per_study_keeping_every_file(vault, tmp_path):
    cd = make_imaging_cd(tmp_path / "CD", slices=(30, 4))
    results = vault.importer.import_paths([cd])
    assert len(results) == 34 and all(r.outcome is Outcome.IMPORTED for r in results)
    docs = vault.documents.list()
    assert [(d.title, d.pages) for d in docs] == [("CT CT STUDY 1", 30), ("CT CT STUDY 2", 4)]
    files = vault.documents.files(docs[0])
    assert len(files) == 30 and all(f.path.exists() for f in files)
    assert len(vault.blobs.all_objects()) == 34
    (series,) = docs[0].meta["series"].values()
    assert series == {"modality": "CT", "description": "AX T2", "images": 30}
    assert docs[0].meta["accession_number"] == "ACC1"
    assert docs[0].meta["referring_physician"] == "Welby^Marcus"
    assert (docs[0].meta["patient_name"], docs[0].meta["patient_id"]) == ("Doe^Jane", "PID-42")
    assert vault.verify() == []


def test_study_files_survive_a_reopen_and_a_second_drop_is_duplicates(vault, tmp_path):
    from secondop_desktop.core.vault import Vault

    cd = make_imaging_cd(tmp_path / "CD", slices=(3,))
    vault.importer.import_paths([cd])
    root = vault.root
    vault.close()
    with Vault.open(root) as again:  # a lone open sweeps objects no record names
        assert len(again.blobs.all_objects()) == 3
        results = again.importer.import_paths([cd])
        assert {r.outcome for r in results} == {Outcome.DUPLICATE}
        assert again.documents.count() == 1
        doc = again.documents.list()[0]
        again.documents.delete_forever(doc.id)
        assert again.blobs.all_objects() == {}


def test_images_of_one_study_in_later_imports_join_its_record(vault, tmp_path):
    first = make_dicom(tmp_path / "a.dcm", study_uid="1.2.3", series_uid="1.2.3.1")
    second = make_dicom(tmp_path / "b.dcm", study_uid="1.2.3", series_uid="1.2.3.2",
                        modality="CT")
    one = vault.importer.import_file(first)
    two = vault.importer.import_file(second)
    assert two.joined and two.document_id == one.document_id
    doc = vault.documents.get(one.document_id)
    assert doc.pages == 2 and len(doc.meta["series"]) == 2


def test_patient_mismatch_warns_by_name_or_birth_date():
    meta = {"patient_name": "Doe^Archibald", "patient_birth_date": "19450101"}
    warning = patient_mismatch(meta, "Jane Roe", dt.date(1970, 4, 2))
    assert warning.startswith("this study is for Doe^Archibald")
    assert patient_mismatch({"patient_name": "Doe^Jane"}, "Jane Doe", None) == ""
    same_name = {"patient_name": "DOE^JANE", "patient_birth_date": "19700402"}
    assert patient_mismatch(same_name, "Jane Doe", dt.date(1970, 4, 2)) == ""
    other_dob = {"patient_name": "Doe^Jane", "patient_birth_date": "19800101"}
    assert "born 1980-01-01" in patient_mismatch(other_dob, "Jane Doe", dt.date(1970, 4, 2))


def test_palette_colour_is_shown_in_colour(tmp_path):
    image = preview_image(make_palette_dicom(tmp_path / "us.dcm", size=16))
    assert image.mode == "RGB"
    colours = {colour for _count, colour in image.getcolors(1 << 16)}
    assert len(colours) > 8
    assert all(b == 0 and abs(r + g - 255) <= 1 for r, g, b in colours)


def test_voi_lut_is_applied(tmp_path):
    image = preview_image(make_voi_lut_dicom(tmp_path / "cr.dcm", size=16))
    assert {value for _count, value in image.getcolors()} == {0, 255}


def test_structured_report_gives_its_text(vault, tmp_path):
    path = make_sr_dicom(tmp_path / "report.dcm", "Small left pleural effusion.")
    assert vault.importer.import_file(path).outcome is Outcome.IMPORTED
    text = report_text(path)
    assert "Radiology report" in text and "Findings: Small left pleural effusion." in text
    assert report_text(make_dicom(tmp_path / "image.dcm")) == ""


def test_corrupt_columns_vr_imports_and_its_preview_has_a_reason(vault, tmp_path):
    path = corrupt_columns_vr(make_dicom(tmp_path / "bad.dcm"))
    assert vault.importer.import_file(path).outcome is Outcome.IMPORTED
    try:
        preview_image(path)
    except RefusedFile as exc:
        assert exc.reason == DAMAGED_PICTURE
    else:
        raise AssertionError("a corrupt Columns element cannot give a picture")


def test_a_study_is_shown_by_its_middle_image_then_outwards(vault, tmp_path):
    from secondop_desktop.core.documents import middle_outwards

    paths = [make_dicom(tmp_path / f"im{i}.dcm", study_uid="1.2.5", series_uid="1.2.5.1",
                        instance=i) for i in (3, 1, 5, 2, 4)]
    vault.importer.import_paths(paths)
    (doc,) = vault.documents.list()
    order = [f.meta["instance_number"] for f in middle_outwards(vault.documents.files(doc))]
    assert [str(n) for n in order] == ["3", "2", "4", "1", "5"]
    assert vault.documents.readable_path(doc).name == middle_outwards(
        vault.documents.files(doc))[0].path.name
