"""Every accepted format and every refusal of the import, on files generated here."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from factories import (
    make_bomb_png,
    make_dicom,
    make_docx,
    make_encrypted_pdf,
    make_executable,
    make_heic,
    make_image_pdf,
    make_jpeg,
    make_pdf,
    make_pdf_without_pages,
    make_png,
    make_tiff,
)

from secondop_desktop.core.documents import guess_kind
from secondop_desktop.core.importing import Outcome


def import_one(vault, path: Path):
    result = vault.importer.import_file(path)
    doc = vault.documents.get(result.document_id) if result.document_id else None
    return result, doc


def assert_refused(vault, path: Path, *words: str) -> str:
    result, _ = import_one(vault, path)
    assert result.outcome is Outcome.REFUSED, result
    assert result.document_id is None
    for word in words:
        assert word in result.reason, result.reason
    assert "\n" not in result.reason and len(result.reason) < 120
    assert vault.documents.count() == 0
    assert vault.blobs.all_objects() == {}
    return result.reason


# -- accepted -----------------------------------------------------------------------------------

def test_pdf_with_text_title_and_creation_date(vault, tmp_path):
    path = make_pdf(tmp_path / "scan_0001.pdf", ["Discharge summary", "Page two"],
                    title="Discharge summary", creation="D:20230405120000Z")
    result, doc = import_one(vault, path)
    assert result.outcome is Outcome.IMPORTED
    assert (doc.format, doc.pages, doc.title) == ("pdf", 2, "Discharge summary")
    assert doc.record_date == dt.date(2023, 4, 5)
    assert doc.kind == "reports"  # from the text, since the name says nothing
    assert "Discharge summary" in vault.documents.text(doc.id)
    assert doc.size == path.stat().st_size


def test_scanned_pdf_has_no_text(vault, tmp_path):
    _, doc = import_one(vault, make_image_pdf(tmp_path / "document.pdf", pages=3))
    assert (doc.format, doc.pages) == ("pdf", 3)
    assert vault.documents.text(doc.id) == ""


def test_pdf_without_creation_date_has_no_date(vault, tmp_path):
    _, doc = import_one(vault, make_pdf(tmp_path / "letter.pdf", title="Letter"))
    assert doc.record_date is None  # never the import date passed off as the record date


def test_owner_password_only_pdf_opens(vault, tmp_path):
    result, doc = import_one(vault, make_encrypted_pdf(tmp_path / "portal.pdf"))
    assert result.outcome is Outcome.IMPORTED
    assert doc.pages == 1
    assert "Locked report" in vault.documents.text(doc.id)


def test_user_password_pdf_is_refused_saying_password(vault, tmp_path):
    path = make_encrypted_pdf(tmp_path / "locked.pdf", user_password="secret")
    assert_refused(vault, path, "password")


def test_pdf_without_pages_is_refused(vault, tmp_path):
    assert_refused(vault, make_pdf_without_pages(tmp_path / "blank.pdf"), "no pages")


def test_truncated_pdf_is_refused(vault, tmp_path):
    data = make_pdf(tmp_path / "full.pdf", 3).read_bytes()
    cut = tmp_path / "download.pdf"
    cut.write_bytes(data[: len(data) // 2])
    assert_refused(vault, cut, "incomplete")


def test_corrupt_pdf_is_refused(vault, tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage\n%%EOF\n")
    assert_refused(vault, path, "damaged")


def test_jpeg_with_exif_date(vault, tmp_path):
    path = make_jpeg(tmp_path / "IMG_2041.jpg", size=(300, 400),
                     exif_date=dt.datetime(2022, 1, 2, 3, 4, 5))
    _, doc = import_one(vault, path)
    assert (doc.format, doc.pages, doc.record_date) == ("jpeg", 1, dt.date(2022, 1, 2))
    assert doc.meta["width"] == 300 and doc.meta["height"] == 400


def test_jpeg_without_exif_has_no_date(vault, tmp_path):
    _, doc = import_one(vault, make_jpeg(tmp_path / "page.jpg", size=(200, 280)))
    assert doc.record_date is None


@pytest.mark.parametrize("cut", ["truncated", "corrupt"])
def test_damaged_jpeg_is_refused(vault, tmp_path, cut):
    data = make_jpeg(tmp_path / "whole.jpg", size=(600, 800), text="x").read_bytes()
    path = tmp_path / "photo.jpg"
    if cut == "truncated":
        path.write_bytes(data[: len(data) // 2])
        assert_refused(vault, path, "incomplete")
    else:
        path.write_bytes(data[:300] + bytes(range(256)) * 40)
        assert_refused(vault, path, "damaged")


def test_png(vault, tmp_path):
    _, doc = import_one(vault, make_png(tmp_path / "chart.png"))
    assert (doc.format, doc.pages, doc.record_date) == ("png", 1, None)


def test_multi_page_tiff_counts_pages(vault, tmp_path):
    _, doc = import_one(vault, make_tiff(tmp_path / "fax.tiff", pages=4))
    assert (doc.format, doc.pages) == ("tiff", 4)


def test_heic_photo(vault, tmp_path):
    try:
        path = make_heic(tmp_path / "IMG_0001.HEIC", exif_date=dt.datetime(2021, 5, 6, 7, 8))
    except Exception as exc:  # noqa: BLE001 - encoders are optional in pillow-heif builds
        pytest.skip(f"this pillow-heif cannot write HEIC ({exc})")
    _, doc = import_one(vault, path)
    assert (doc.format, doc.pages, doc.record_date) == ("heic", 1, dt.date(2021, 5, 6))


@pytest.mark.parametrize("name", ["MR0001.dcm", "IM000001"])
def test_dicom_with_or_without_extension(vault, tmp_path, name):
    path = make_dicom(tmp_path / name, study_date="20240312", modality="MR",
                      description="MRI BRAIN W/O CONTRAST")
    _, doc = import_one(vault, path)
    assert doc.format == "dicom"
    assert doc.record_date == dt.date(2024, 3, 12)
    assert doc.kind == "imaging"
    assert doc.title == "MR MRI BRAIN W/O CONTRAST"
    assert doc.provider == "General Hospital" and doc.body_part == "Brain"
    assert doc.meta["modality"] == "MR"
    assert vault.documents.path(doc).read_bytes() == path.read_bytes()  # the original, as it was


def test_content_wins_over_extension(vault, tmp_path):
    path = tmp_path / "photo.jpg"
    make_pdf(path, ["Lab results"])
    _, doc = import_one(vault, path)
    assert doc.format == "pdf"


# -- refused ------------------------------------------------------------------------------------

def test_empty_file_is_refused(vault, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"")
    assert_refused(vault, path, "empty")


def test_fake_extension_is_refused(vault, tmp_path):
    path = tmp_path / "mri.jpg"
    path.write_text("this is not a picture at all")
    assert_refused(vault, path, "damaged")


def test_unknown_content_is_refused(vault, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("blood pressure 120/80")
    assert_refused(vault, path, "not a supported file type")


def test_docx_is_refused(vault, tmp_path):
    assert_refused(vault, make_docx(tmp_path / "letter.docx"), "Word", "PDF")


def test_executable_is_refused(vault, tmp_path):
    assert_refused(vault, make_executable(tmp_path / "viewer"), "program")


def test_decompression_bomb_is_refused(vault, tmp_path):
    path = make_bomb_png(tmp_path / "huge.png")
    assert path.stat().st_size < 1000
    assert_refused(vault, path, "too large")


def test_image_just_over_our_limit_is_refused(vault, tmp_path, monkeypatch):
    from secondop_desktop.core.formats import image

    monkeypatch.setattr(image, "MAX_PIXELS", 100 * 100)
    assert_refused(vault, make_png(tmp_path / "big.png", size=(101, 100)), "too large")


def test_directory_and_missing_file_are_refused(vault, tmp_path):
    (tmp_path / "folder").mkdir()
    assert "no such file" in vault.importer.import_file(tmp_path / "gone.pdf").reason
    assert vault.importer.import_file(tmp_path / "folder").outcome is Outcome.REFUSED


def test_parser_crash_is_a_refusal_not_an_exception(vault, tmp_path, monkeypatch):
    """A parser library failing in any way means a damaged file (a bug in our own reading
    code does not: tests/core/test_our_bugs_are_ours.py)."""
    from secondop_desktop.core.formats import pdf

    def explode(*_args):  # stands for a parser library: not our package's code
        raise ZeroDivisionError("parser bug")

    monkeypatch.setattr(pdf, "inspect", explode)
    assert_refused(vault, make_pdf(tmp_path / "odd.pdf"), "damaged")


# -- several files at once ----------------------------------------------------------------------

def test_one_bad_file_never_stops_the_others(vault, tmp_path):
    folder = tmp_path / "drop"
    sub = folder / "cd" / "DICOM"
    sub.mkdir(parents=True)
    make_pdf(folder / "a_report.pdf")
    (folder / "b_empty.pdf").write_bytes(b"")
    make_jpeg(folder / "c_scan.jpg", size=(200, 200))
    make_docx(folder / "d_letter.docx")
    make_bomb_png(folder / "e_bomb.png")
    make_dicom(sub / "IM0001")
    make_jpeg(folder / ".hidden.jpg", size=(50, 50), text="hidden")
    (folder / ".git").mkdir()
    make_png(folder / ".git" / "inside.png")
    make_png(folder / "Thumbs.db")
    seen = []
    results = vault.importer.import_paths(
        [folder], on_result=lambda done, total, r: seen.append((done, total, r.name)))
    outcomes = {r.name: r.outcome.value for r in results}
    assert outcomes == {
        "a_report.pdf": "imported", "b_empty.pdf": "refused", "c_scan.jpg": "imported",
        "d_letter.docx": "refused", "e_bomb.png": "refused", "IM0001": "imported",
    }
    assert [s[:2] for s in seen] == [(i, 6) for i in range(1, 7)]
    assert vault.documents.count() == 3
    assert vault.verify() == []


def test_hidden_file_named_directly_is_tried(vault, tmp_path):
    result = vault.importer.import_file(make_png(tmp_path / ".chart.png"))
    assert result.outcome is Outcome.IMPORTED


def test_duplicate_names_the_existing_document(vault, tmp_path):
    first = vault.importer.import_file(make_pdf(tmp_path / "report.pdf", title="CT report"))
    copy = tmp_path / "copy of report.pdf"
    shutil.copy(tmp_path / "report.pdf", copy)
    second = vault.importer.import_file(copy)
    assert second.outcome is Outcome.DUPLICATE
    assert second.document_id == first.document_id
    assert second.existing_title == "CT report"
    assert second.line() == f"duplicate {first.document_id} copy of report.pdf"
    assert vault.documents.count() == 1
    assert len(vault.blobs.all_objects()) == 1
    assert not list(vault.blobs.root.glob("incoming-*"))


def test_stored_object_is_the_exact_bytes(vault, tmp_path):
    path = make_jpeg(tmp_path / "scan.jpg", size=(300, 300), gps=True)
    _, doc = import_one(vault, path)
    stored = vault.documents.path(doc)
    assert stored.read_bytes() == path.read_bytes()
    assert stored.name == doc.sha256 and stored.parent.name == doc.sha256[:2]


# -- kinds --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "kind"), [
    ("MRI_knee.pdf", "", "imaging"),
    ("ct-chest.pdf", "", "imaging"),
    ("abdomen_CT.pdf", "", "imaging"),
    ("contract.pdf", "", "other"),
    ("scan_0001.pdf", "", "other"),
    ("echocardiogram.pdf", "", "imaging"),
    ("Lab_2024-01.pdf", "", "labs"),
    ("blood_panel.pdf", "", "labs"),
    ("document.pdf", "Complete blood count CBC", "labs"),
    ("discharge_letter.pdf", "", "reports"),
    ("document.pdf", "Pathology findings", "reports"),
    ("holiday.jpg", "", "other"),
    ("picture.png", "", "other"),
])
def test_guess_kind(name, text, kind):
    assert guess_kind(name, text) == kind


def test_guess_kind_follows_the_format_hint():
    assert guess_kind("IM0001", "", hint="imaging") == "imaging"
    assert guess_kind("report.pdf", "", hint="bogus") == "reports"


def test_title_counts_for_the_kind(vault, tmp_path):
    path = make_pdf(tmp_path / "download (3).pdf", ["Page one"], title="Discharge summary")
    _, doc = import_one(vault, path)
    assert doc.kind == "reports"


def test_a_vault_inside_an_imported_folder_is_skipped(vault, tmp_path):
    from secondop_desktop.core.vault import Vault

    folder = tmp_path / "backup"
    folder.mkdir()
    make_pdf(folder / "report.pdf")
    with Vault.open(folder / "old-vault") as other:
        other.importer.import_file(make_png(tmp_path / "x.png"))
    results = vault.importer.import_paths([folder])
    assert [(r.name, r.outcome.value) for r in results] == [("report.pdf", "imported")]


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"),
                    reason="only Linux file systems take names that are not valid UTF-8")
def test_file_name_in_no_known_encoding(vault, tmp_path):
    import os

    raw = os.path.join(os.fsencode(tmp_path), b"r\xe9sultat.pdf")
    with open(raw, "wb") as handle:
        handle.write(make_pdf(tmp_path / "src.pdf").read_bytes())
    os.unlink(tmp_path / "src.pdf")
    [result] = vault.importer.import_paths([tmp_path])
    assert result.outcome is Outcome.IMPORTED
    assert result.name == "r\ufffdsultat.pdf"
    assert vault.documents.get(result.document_id).original_name == "r\ufffdsultat.pdf"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="POSIX named pipes")
def test_named_pipe_in_a_folder_is_refused_without_waiting(vault, tmp_path):
    import os

    folder = tmp_path / "odd"
    folder.mkdir()
    os.mkfifo(folder / "pipe.pdf")
    make_png(folder / "real.png")
    results = {r.name: r for r in vault.importer.import_paths([folder])}
    assert results["pipe.pdf"].outcome is Outcome.REFUSED
    assert results["real.png"].outcome is Outcome.IMPORTED


def test_file_over_the_size_limit_is_refused_unread(vault, tmp_path):
    from secondop_desktop.core.formats import MAX_FILE_BYTES

    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:  # sparse: takes no room on disk
        handle.write(b"%PDF-1.4\n")
        handle.truncate(MAX_FILE_BYTES + 1)
    assert_refused(vault, path, "too large")


@pytest.mark.parametrize("make", [
    lambda d: make_pdf(d / "a.pdf", 2, creation="D:20230405"),
    lambda d: make_jpeg(d / "a.jpg", size=(120, 90), exif_date=dt.datetime(2022, 1, 2)),
    lambda d: make_tiff(d / "a.tif", pages=2),
    lambda d: make_dicom(d / "a.dcm"),
], ids=["pdf", "jpeg", "tiff", "dicom"])
def test_big_files_are_streamed_with_the_same_result(vault, tmp_path, monkeypatch, make):
    from secondop_desktop.core import formats

    path = make(tmp_path)
    from_memory = formats.inspect(path, formats.read_small(path))
    monkeypatch.setattr(formats, "IN_MEMORY_BYTES", 0)
    assert formats.read_small(path) is None
    assert formats.inspect(path) == from_memory
    result, doc = import_one(vault, path)
    assert result.outcome is Outcome.IMPORTED
    assert vault.documents.path(doc).read_bytes() == path.read_bytes()


def test_a_file_seen_before_is_not_decoded_again(vault, tmp_path, monkeypatch):
    from secondop_desktop.core import formats

    path = make_jpeg(tmp_path / "scan.jpg", size=(200, 200))
    first = vault.importer.import_file(path)
    calls = []
    real = formats.inspect
    monkeypatch.setattr(formats, "inspect", lambda *a: calls.append(a) or real(*a))
    again = vault.importer.import_file(path)
    assert (again.outcome, again.document_id, calls) == (Outcome.DUPLICATE, first.document_id, [])
    vault.documents.path(first.document_id).unlink()  # its file went missing: stored again
    assert vault.importer.import_file(path).outcome is Outcome.DUPLICATE
    assert len(calls) == 1 and vault.verify() == []
