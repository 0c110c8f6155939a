"""A password that opened an imported PDF is not kept: the vault holds the decrypted copy in
readable/, which backups carry, so the password is never in the database or a backup."""

from __future__ import annotations

import json
import shutil
import tarfile

import pytest
from factories import make_qpdf_encrypted_pdf

from secondop_desktop.core import backup
from secondop_desktop.core.errors import RefusedFile
from secondop_desktop.core.vault import Vault

PASSWORD = "Lab-Portal-7731"


@pytest.fixture
def locked(vault, tmp_path):
    path = make_qpdf_encrypted_pdf(tmp_path / "lab.pdf", "aes-256", user_password=PASSWORD,
                                   text="TSH 2.1 mU/L")
    return vault.importer.import_file(path, password=PASSWORD).document_id


def database_bytes(root) -> bytes:
    return b"".join(p.read_bytes() for p in root.glob("vault.sqlite3*"))


def test_the_password_is_not_in_the_database_or_a_backup(vault, locked, tmp_path):
    assert vault.documents.readable_path(locked).is_file()
    assert PASSWORD.encode() not in database_bytes(vault.root)
    assert "pdf_password" not in vault.documents.get(locked).meta
    out = tmp_path / "plain.secondop-backup"
    backup.create_backup(vault.root, out)
    assert PASSWORD.encode() not in out.read_bytes()
    with tarfile.open(out) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    sha = vault.documents.get(locked).sha256
    assert f"readable/{sha}.pdf" in manifest["files"]


def test_a_restored_vault_still_reads_the_pdf(vault, locked, tmp_path):
    out = tmp_path / "b.secondop-backup"
    backup.create_backup(vault.root, out)
    backup.restore_backup(out, tmp_path / "restored")
    with Vault.open(tmp_path / "restored") as restored:
        copy = restored.documents.readable_path(locked)
        assert copy.read_bytes() == vault.documents.readable_path(locked).read_bytes()


def test_without_its_copy_the_pdf_asks_to_be_imported_again(vault, locked):
    shutil.rmtree(vault.root / "readable")
    with pytest.raises(RefusedFile, match="import the file again with its password"):
        vault.documents.readable_path(locked)


def test_a_password_an_older_version_kept_still_remakes_the_copy(vault, locked):
    with vault.db.transaction() as conn:  # as older versions stored it
        conn.execute("UPDATE documents SET meta = json_set(meta, '$.pdf_password', ?)",
                     (PASSWORD,))
    shutil.rmtree(vault.root / "readable")
    assert vault.documents.readable_path(locked).is_file()


def test_a_copy_opened_by_the_date_of_birth_is_made_again(vault, tmp_path):
    vault.patient.set(name="Jane Doe", dob="1970-04-02")
    path = make_qpdf_encrypted_pdf(tmp_path / "lab.pdf", "aes-256", user_password="02041970")
    doc_id = vault.importer.import_file(path).document_id
    shutil.rmtree(vault.root / "readable")
    assert vault.documents.readable_path(doc_id).is_file()


def test_a_password_an_older_version_kept_is_forgotten_once_its_copy_is_there(vault, locked,
                                                                              tmp_path):
    with vault.db.transaction() as conn:  # as older versions stored it
        conn.execute("UPDATE documents SET meta = json_set(meta, '$.pdf_password', ?)",
                     (PASSWORD,))
    root = vault.root
    vault.close()
    with Vault.open(root) as reopened:
        assert "pdf_password" not in reopened.documents.get(locked).meta
        assert reopened.documents.readable_path(locked).is_file()
    assert PASSWORD.encode() not in database_bytes(root)
