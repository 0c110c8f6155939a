"""Encrypted, password-locked, broken-index and oversized-page PDFs: what the import keeps, and
the readable copy previews and the packet read (the original always stays as it came)."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from pathlib import Path

import pikepdf
import pytest
from factories import (
    make_broken_xref_pdf,
    make_content_bomb_pdf,
    make_encrypted_pdf,
    make_pdf,
    make_qpdf_encrypted_pdf,
)
from pypdf import PdfReader

from secondop_desktop import cli
from secondop_desktop.core.formats import PDF_PASSWORD_REASON, needs_password
from secondop_desktop.core.formats.pdf import CONTENT_LIMIT, birth_date_passwords
from secondop_desktop.core.importing import Outcome


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def readable_text(vault, doc_id: int) -> str:
    path = vault.documents.readable_path(doc_id)
    reader = PdfReader(path)
    assert not reader.is_encrypted
    return "".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("cipher", ["rc4-40", "rc4-128", "aes-128", "aes-256"])
def test_encrypted_pdf_that_opens_without_a_password_imports(vault, tmp_path, cipher):
    path = make_qpdf_encrypted_pdf(tmp_path / f"portal-{cipher}.pdf", cipher,
                                   text="Potassium 4.1 mmol/L")
    result = vault.importer.import_file(path)
    assert result.outcome is Outcome.IMPORTED, result.reason
    doc = vault.documents.get(result.document_id)
    stored = vault.documents.path(doc)
    assert sha(stored) == sha(path)  # the original as it came, still encrypted
    with pikepdf.open(stored) as original:
        assert original.is_encrypted
    assert "Potassium 4.1" in vault.documents.text(doc.id)
    assert "Potassium 4.1" in readable_text(vault, doc.id)
    assert vault.documents.readable_path(doc) != stored


def test_pypdf_rc4_lock_still_imports(vault, tmp_path):
    result = vault.importer.import_file(make_encrypted_pdf(tmp_path / "locked.pdf"))
    assert result.outcome is Outcome.IMPORTED
    assert "Locked report" in readable_text(vault, result.document_id)


def test_pdf_needing_a_password_says_so_never_damaged(vault, tmp_path):
    path = make_qpdf_encrypted_pdf(tmp_path / "lab.pdf", "aes-256", user_password="s3cret")
    result = vault.importer.import_file(path)
    assert result.outcome is Outcome.REFUSED
    assert result.reason == PDF_PASSWORD_REASON and needs_password(result.reason)
    assert "damaged" not in result.reason
    assert vault.blobs.all_objects() == {}

    wrong = vault.importer.import_file(path, password="guess")
    assert needs_password(wrong.reason) and "does not open it" in wrong.reason

    right = vault.importer.import_file(path, password="s3cret")
    assert right.outcome is Outcome.IMPORTED
    doc = vault.documents.get(right.document_id)
    assert sha(vault.documents.path(doc)) == sha(path)
    assert "Locked report" in readable_text(vault, doc.id)


@pytest.mark.parametrize("form", ["19700402", "02041970", "1970-04-02", "02.04.1970", "020470"])
def test_date_of_birth_is_tried_as_the_password(vault, tmp_path, form):
    vault.patient.set(dob="1970-04-02")
    path = make_qpdf_encrypted_pdf(tmp_path / "lab.pdf", "aes-128", user_password=form)
    result = vault.importer.import_file(path)
    assert result.outcome is Outcome.IMPORTED, result.reason
    assert "Locked report" in vault.documents.text(result.document_id)


def test_birth_date_forms():
    forms = birth_date_passwords(dt.date(1970, 4, 2))
    for expected in ("19700402", "02041970", "04021970", "1970-04-02", "02.04.1970", "020470"):
        assert expected in forms
    assert birth_date_passwords(None) == []


def test_unlocked_copy_is_private_and_the_password_not_kept(vault, tmp_path):
    """The copy is what the vault keeps of a password's work (tests/core/
    test_pdf_passwords_not_kept.py: backups carry it; without it, import again)."""
    path = make_qpdf_encrypted_pdf(tmp_path / "lab.pdf", "aes-256", user_password="pw-1")
    doc_id = vault.importer.import_file(path, password="pw-1").document_id
    copy = vault.documents.readable_path(doc_id)
    assert copy.stat().st_mode & 0o777 == 0o600
    assert "Locked report" in readable_text(vault, doc_id)
    assert "pdf_password" not in vault.documents.get(doc_id).meta


def test_cli_import_takes_a_password(tmp_path, capsys):
    path = make_qpdf_encrypted_pdf(tmp_path / "lab.pdf", "aes-256", user_password="s3cret")
    vault = ["--vault", str(tmp_path / "vault")]
    assert cli.main([*vault, "import", str(path)]) == 1
    assert capsys.readouterr().out == f"refused lab.pdf: {PDF_PASSWORD_REASON}\n"
    assert cli.main([*vault, "import", "--password", "s3cret", str(path)]) == 0
    assert capsys.readouterr().out == "imported 1 lab.pdf\n"


@pytest.mark.parametrize("how", ["offsets", "startxref", "missing"])
def test_broken_xref_is_repaired_and_the_original_kept(vault, tmp_path, how):
    path = make_broken_xref_pdf(tmp_path / f"broken-{how}.pdf", ["Biopsy: benign"], how=how)
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode != 0
    result = vault.importer.import_file(path)
    assert result.outcome is Outcome.IMPORTED, result.reason
    assert sha(vault.documents.path(result.document_id)) == sha(path)
    copy = vault.documents.readable_path(result.document_id)
    check = subprocess.run(["qpdf", "--check", str(copy)], capture_output=True, text=True)
    assert check.returncode == 0 and "WARNING" not in check.stdout + check.stderr
    assert "Biopsy: benign" in readable_text(vault, result.document_id)


def test_xref_damaged_by_qpdf_rewrite_and_byte_edit(vault, tmp_path):
    """A file qpdf wrote (object streams, xref stream) whose xref offset is then overwritten."""
    plain = make_pdf(tmp_path / "plain.pdf", ["Operative note"])
    written = tmp_path / "qpdf.pdf"
    subprocess.run(["qpdf", "--object-streams=generate", str(plain), str(written)], check=True)
    data = bytearray(written.read_bytes())
    at = data.rindex(b"startxref") + len(b"startxref\n")
    data[at:at + 3] = b"999"
    written.write_bytes(bytes(data))
    result = vault.importer.import_file(written)
    assert result.outcome is Outcome.IMPORTED, result.reason
    assert "Operative note" in readable_text(vault, result.document_id)


def test_page_inflating_past_the_limit_becomes_a_notice(vault, tmp_path):
    path = make_content_bomb_pdf(tmp_path / "bomb.pdf", inflated=CONTENT_LIMIT + 32 * 1024**2)
    assert path.stat().st_size < 1024**2
    result = vault.importer.import_file(path)
    assert result.outcome is Outcome.IMPORTED, result.reason
    doc = vault.documents.get(result.document_id)
    assert doc.pages == 2 and doc.meta["heavy_pages"] == [1]
    assert sha(vault.documents.path(doc)) == sha(path)
    copy = vault.documents.readable_path(doc)
    with pikepdf.open(copy) as pdf:
        first = pdf.pages[0].Contents.read_bytes()
        assert len(first) < 1024 and b"left out" in first
        assert b"Huge page" not in first
        assert pdf.pages[1].Contents.read_bytes().count(b"Huge page") == 1
    assert copy.stat().st_size < 1024**2


def test_page_with_an_image_declared_to_decode_past_the_limit_becomes_a_notice(vault, tmp_path):
    from secondop_desktop.core.formats.pdf import IMAGE_LIMIT

    plain = make_pdf(tmp_path / "plain.pdf", ["Scan cover", "Huge scan"])
    with pikepdf.open(plain) as pdf:
        side = int((IMAGE_LIMIT / 3) ** 0.5) + 16
        huge = pdf.make_stream(b"\0" * 64, Type=pikepdf.Name.XObject,
                               Subtype=pikepdf.Name.Image, Width=side, Height=side,
                               ColorSpace=pikepdf.Name.DeviceRGB, BitsPerComponent=8)
        page = pdf.pages[1]
        page.Resources.XObject = pikepdf.Dictionary(Im0=huge)
        pdf.save(tmp_path / "bomb.pdf")
    result = vault.importer.import_file(tmp_path / "bomb.pdf")
    assert result.outcome is Outcome.IMPORTED
    doc = vault.documents.get(result.document_id)
    assert doc.meta["heavy_pages"] == [2]
    with pikepdf.open(vault.documents.readable_path(doc)) as pdf:
        assert b"left out" in pdf.pages[1].Contents.read_bytes()
        assert b"Scan cover" in pdf.pages[0].Contents.read_bytes()


def test_ordinary_scans_are_not_heavy(vault, tmp_path):
    from factories import make_image_pdf

    result = vault.importer.import_file(make_image_pdf(tmp_path / "scan.pdf", pages=2))
    doc = vault.documents.get(result.document_id)
    assert "heavy_pages" not in doc.meta and not doc.meta.get("readable_copy")
    assert vault.documents.readable_path(doc) == vault.documents.path(doc)
