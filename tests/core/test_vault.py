"""The vault folder: schema and migrations, permissions, trash, delete, verify, sweep at open."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from factories import make_jpeg, make_pdf, make_png

from secondop_desktop.core import db as dbmod
from secondop_desktop.core.blobs import TEMP_PREFIX
from secondop_desktop.core.errors import NotFound, VaultError
from secondop_desktop.core.vault import DB_NAME, Vault

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def make_v1_vault(root: Path) -> None:
    """A vault exactly as schema version 1 left it, with a little of everything in it."""
    root.mkdir()
    (root / "objects").mkdir()
    conn = sqlite3.connect(root / DB_NAME)
    conn.executescript(dbmod.MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO documents (sha256, original_name, format, kind, title, record_date, pages,"
        " size, imported_at, tags) VALUES ('ab' || hex(randomblob(31)), 'mri.pdf', 'pdf',"
        " 'imaging', 'MRI knee', '2023-02-01', 2, 1234, '2024-01-01T10:00:00', 'knee, left')"
    )
    conn.execute("INSERT INTO questions (text, priority, category, position) "
                 "VALUES ('Is surgery needed?', 1, 'treatment', 0)")
    conn.execute("INSERT INTO symptoms (at, symptom, severity) "
                 "VALUES ('2024-01-02T08:00', 'Knee pain', 6)")
    conn.execute("INSERT INTO profile (key, value) VALUES ('patient.name', 'Jane Doe')")
    conn.commit()
    conn.close()


# -- schema -------------------------------------------------------------------------------------

def test_version_1_vault_opens_migrated_with_data_intact_and_a_backup(tmp_path):
    root = tmp_path / "old"
    make_v1_vault(root)
    with Vault.open(root) as vault:
        assert dbmod.schema_version(vault.db.conn) == dbmod.SCHEMA_VERSION > 1
        [doc] = vault.documents.list()
        assert (doc.title, doc.kind, doc.pages, doc.tags) == ("MRI knee", "imaging", 2,
                                                              ["knee", "left"])
        assert doc.record_date.isoformat() == "2023-02-01"
        assert [q.text for q in vault.questions.list()] == ["Is surgery needed?"]
        assert [s.severity for s in vault.symptoms.list()] == [6]
        assert vault.documents.text(doc.id) == ""  # the version 2 table exists and works
        problems = vault.verify()
    assert [p.kind for p in problems] == ["missing"]  # no object was made for the fake row
    backup = root / f"{DB_NAME}.v1.bak"
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT title FROM documents").fetchall() == [("MRI knee",)]
    old.close()
    if os.name == "posix":
        assert mode(backup) == 0o600


def test_current_vault_is_not_backed_up_again(tmp_path):
    Vault.open(tmp_path / "v").close()
    Vault.open(tmp_path / "v").close()
    assert not list((tmp_path / "v").glob("*.bak"))


def test_newer_vault_is_refused_clearly(tmp_path):
    root = tmp_path / "future"
    Vault.open(root).close()
    conn = sqlite3.connect(root / DB_NAME)
    conn.execute(f"PRAGMA user_version = {dbmod.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(VaultError, match="newer version of SecondOp"):
        Vault.open(root)
    with pytest.raises(VaultError, match="newer version"):
        Vault.open(root)


def test_damaged_database_is_refused_clearly(tmp_path):
    root = tmp_path / "v"
    root.mkdir()
    (root / DB_NAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(VaultError, match="database"):
        Vault.open(root)


def test_vault_path_that_is_a_file_is_refused(tmp_path):
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(VaultError, match="is a file"):
        Vault.open(path)


def test_open_without_create_needs_an_existing_vault(tmp_path):
    with pytest.raises(VaultError, match="no SecondOp vault"):
        Vault.open(tmp_path / "nothing", create=False)
    assert not (tmp_path / "nothing").exists()


def test_wal_mode(vault):
    assert vault.db.query("PRAGMA journal_mode")[0][0] == "wal"


# -- permissions --------------------------------------------------------------------------------

@posix_only
def test_folders_0700_files_0600(tmp_path):
    old_umask = os.umask(0o022)
    try:
        with Vault.open(tmp_path / "v") as vault:
            vault.importer.import_paths([make_png(tmp_path / "a.png"),
                                          make_pdf(tmp_path / "b.pdf")])
            root = vault.root
            folders = [root, root / "objects", *[p for p in (root / "objects").iterdir()]]
            files = [p for p in root.iterdir() if p.is_file()]
            files += [p for p in (root / "objects").rglob("*") if p.is_file()]
            names = {p.name for p in files}
            assert {DB_NAME, f"{DB_NAME}-wal", "vault.lock"} <= names
            assert len(folders) == 4 and len(files) >= 5
            assert {p.name: mode(p) for p in folders} == {p.name: 0o700 for p in folders}
            assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    finally:
        os.umask(old_umask)


# -- trash and delete ---------------------------------------------------------------------------

def test_trash_and_restore(vault, tmp_path):
    [result] = vault.importer.import_paths([make_pdf(tmp_path / "report.pdf")])
    doc_id = result.document_id
    vault.documents.set_trashed(doc_id, True)
    assert vault.documents.list() == []
    assert [d.id for d in vault.documents.list(trashed=True)] == [doc_id]
    assert vault.documents.path(doc_id).exists()  # the trash keeps the file
    vault.documents.set_trashed(doc_id, False)
    assert [d.id for d in vault.documents.list()] == [doc_id]
    with pytest.raises(NotFound):
        vault.documents.set_trashed(doc_id + 100, True)


def test_delete_forever_removes_only_its_own_object(vault, tmp_path):
    results = vault.importer.import_paths([make_pdf(tmp_path / "a.pdf", ["A"]),
                                            make_pdf(tmp_path / "b.pdf", ["B"])])
    a, b = (vault.documents.get(r.document_id) for r in results)
    vault.documents.set_trashed(a.id, True)
    vault.documents.delete_forever(a.id)
    assert not vault.documents.path(a).exists()
    assert not vault.documents.path(a).parent.exists() or a.sha256[:2] == b.sha256[:2]
    assert vault.documents.path(b).exists()
    with pytest.raises(NotFound):
        vault.documents.get(a.id)
    assert vault.verify() == []
    again = vault.importer.import_file(tmp_path / "a.pdf")  # the same bytes may come back
    assert again.outcome.value == "imported" and vault.verify() == []


def test_delete_forever_of_unknown_record(vault):
    with pytest.raises(NotFound):
        vault.documents.delete_forever(42)


# -- verify and sweep ---------------------------------------------------------------------------

def test_verify_reports_missing_corrupt_and_orphaned(vault, tmp_path):
    results = vault.importer.import_paths([make_pdf(tmp_path / "gone.pdf", ["gone"]),
                                            make_png(tmp_path / "bad.png")])
    gone, bad = (vault.documents.get(r.document_id) for r in results)
    assert vault.verify() == []
    vault.documents.path(gone).unlink()
    with open(vault.documents.path(bad), "r+b") as handle:
        handle.seek(40)
        handle.write(b"\0\1\2")
    stray = vault.blobs.path_for("ff" + "0" * 62)
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"nobody's")
    problems = {p.kind: p.line() for p in vault.verify()}
    assert set(problems) == {"missing", "corrupt", "orphaned"}
    assert f"record {gone.id} (gone.pdf)" in problems["missing"]
    assert f"record {bad.id} (bad.png)" in problems["corrupt"]
    assert stray.name in problems["orphaned"]


def test_reimporting_a_missing_file_puts_it_back(vault, tmp_path):
    path = make_png(tmp_path / "chart.png")
    doc_id = vault.importer.import_file(path).document_id
    vault.documents.path(doc_id).unlink()
    result = vault.importer.import_file(path)
    assert (result.outcome.value, result.document_id) == ("duplicate", doc_id)
    assert vault.verify() == []


def test_leftovers_are_swept_when_the_vault_opens_alone(tmp_path):
    root = tmp_path / "v"
    with Vault.open(root) as vault:
        kept = vault.importer.import_file(make_jpeg(tmp_path / "a.jpg", size=(80, 80)))
        temp = vault.blobs.root / f"{TEMP_PREFIX}abc123"
        temp.write_bytes(b"half a file")
        orphan = vault.blobs.path_for("ab" + "1" * 62)
        orphan.parent.mkdir(exist_ok=True)
        orphan.write_bytes(b"renamed but never committed")
        with Vault.open(root) as second:  # someone else has it open: nothing is swept
            assert temp.exists() and orphan.exists()
            assert second.documents.count() == 1
    with Vault.open(root) as vault:
        assert not temp.exists()  # a write that never finished: ours, abandoned
        assert not orphan.exists()  # a whole file no record names: set aside, not deleted
        [aside] = vault.lost_and_found()
        assert aside.read_bytes() == b"renamed but never committed"
        assert aside.parent == root / "lost+found"
        assert [p.kind for p in vault.verify()] == ["lost+found"]
        assert vault.documents.path(kept.document_id).exists()


def test_verify_reports_an_unreadable_object(vault, tmp_path):
    doc_id = vault.importer.import_file(make_png(tmp_path / "a.png")).document_id
    stored = vault.documents.path(doc_id)
    stored.unlink()
    stored.mkdir()  # something that exists but cannot be read as a file
    [problem] = vault.verify()
    assert problem.kind == "corrupt" and "cannot be read" in problem.detail


def test_failed_migration_leaves_the_old_vault_as_it_was(tmp_path, monkeypatch):
    root = tmp_path / "old"
    make_v1_vault(root)
    broken = dbmod.MIGRATIONS[1] + "\nCREATE TABLE documents (x);"  # fails half-way through
    monkeypatch.setattr(dbmod, "MIGRATIONS", [dbmod.MIGRATIONS[0], broken])
    with pytest.raises(VaultError, match="cannot be opened or updated"):
        Vault.open(root)
    conn = sqlite3.connect(root / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "document_text" not in tables  # nothing of the half-done step stayed
    assert conn.execute("SELECT title FROM documents").fetchall() == [("MRI knee",)]
    conn.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_folders_made_on_the_way_to_a_vault_are_owner_only(tmp_path):
    os.chmod(tmp_path, 0o755)
    with Vault.open(tmp_path / "data" / "SecondOp" / "vault"):
        pass
    for folder in (tmp_path / "data", tmp_path / "data" / "SecondOp"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755  # a folder that was there is left alone
