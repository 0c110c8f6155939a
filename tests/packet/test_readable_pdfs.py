"""Encrypted and repaired PDFs go into the packet decrypted; the stored original is unchanged."""

from __future__ import annotations

import hashlib
import subprocess

import pikepdf
import pytest
from factories import make_broken_xref_pdf, make_qpdf_encrypted_pdf
from pdf_inspect import page_texts

from secondop_desktop.packet.export import PacketOptions, export_packet

RECORDS = PacketOptions(sections={"records"})


@pytest.mark.parametrize("cipher", ["rc4-128", "aes-128", "aes-256"])
def test_encrypted_pdf_is_in_the_packet_decrypted(vault, tmp_path, cipher):
    path = make_qpdf_encrypted_pdf(tmp_path / "portal.pdf", cipher, text="Ferritin 35 ug/L")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    doc_id = vault.importer.import_file(path).document_id
    result = export_packet(vault, tmp_path / "packet.pdf", RECORDS)
    assert result.notices == []
    assert any("Ferritin 35 ug/L" in text for text in page_texts(result.path))
    with pikepdf.open(result.path) as packet:
        assert not packet.is_encrypted
    stored = vault.documents.path(doc_id)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == before
    check = subprocess.run(["qpdf", "--check", str(result.path)], capture_output=True)
    assert check.returncode == 0


def test_pdf_opened_with_a_password_is_in_the_packet(vault, tmp_path):
    path = make_qpdf_encrypted_pdf(tmp_path / "lab.pdf", "aes-256", user_password="pw",
                                   text="TSH 2.1 mU/L")
    vault.importer.import_file(path, password="pw")
    result = export_packet(vault, tmp_path / "packet.pdf", RECORDS)
    assert result.notices == []
    assert any("TSH 2.1 mU/L" in text for text in page_texts(result.path))


def test_repaired_pdf_is_in_the_packet(vault, tmp_path):
    vault.importer.import_file(make_broken_xref_pdf(tmp_path / "b.pdf", ["Pathology: clear"]))
    result = export_packet(vault, tmp_path / "packet.pdf", RECORDS)
    assert result.notices == []
    assert any("Pathology: clear" in text for text in page_texts(result.path))
