"""Backup and restore: a consistent copy, checked hashes, sealed archives, refusals."""

from __future__ import annotations

import json
import tarfile
import threading
from pathlib import Path

import pytest
from factories import make_jpeg, make_pdf

from secondop_desktop.core import backup
from secondop_desktop.core.backup import BackupError, PassphraseNeeded
from secondop_desktop.core.sealed import CHUNK, SealError, WrongPassphrase
from secondop_desktop.core.vault import Vault


def filled(vault: Vault, tmp_path: Path, count: int = 3) -> None:
    for n in range(count):
        vault.importer.import_file(make_pdf(tmp_path / f"doc{n}.pdf", [f"Page {n}"]))
    vault.questions.add(text="Is surgery needed?")


def records(root: Path) -> list[tuple[int, str]]:
    with Vault.open(root, create=False) as v:
        assert v.verify() == []
        return [(d.id, d.sha256) for d in v.documents.list(trashed=None)]


@pytest.mark.parametrize("passphrase", [None, "correct horse"])
def test_round_trip_restores_a_clean_vault(vault, tmp_path, passphrase):
    filled(vault, tmp_path)
    out = tmp_path / "out" / "vault.secondop-backup"
    result = backup.create_backup(vault.root, out, passphrase)
    assert result.records == 3 and result.files == 4 and out.is_file()
    assert not list(out.parent.glob(".*part*"))  # no temp file or database copy left
    restored = backup.restore_backup(out, tmp_path / "restored", passphrase)
    assert restored.records == 3
    assert records(tmp_path / "restored") == [(d.id, d.sha256) for d in vault.documents.list()]
    with Vault.open(tmp_path / "restored", create=False) as v:
        assert [q.text for q in v.questions.list()] == ["Is surgery needed?"]


def test_plain_archive_is_a_tar_with_manifest_last(vault, tmp_path):
    filled(vault, tmp_path, 1)
    out = tmp_path / "b.tar"
    backup.create_backup(vault.root, out)
    with tarfile.open(out) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert names[0] == "vault.sqlite3" and names[-1] == "manifest.json"
    sha = vault.documents.list()[0].sha256
    assert manifest["files"][f"objects/{sha[:2]}/{sha}"]["sha256"] == sha
    assert [r["sha256"] for r in manifest["records"]] == [sha]


def test_sealed_archive_hides_the_content_and_wants_the_passphrase(vault, tmp_path):
    filled(vault, tmp_path, 1)
    out = tmp_path / "b.sealed"
    backup.create_backup(vault.root, out, "s3cret")
    assert b"vault.sqlite3" not in out.read_bytes()
    with pytest.raises(PassphraseNeeded):
        backup.restore_backup(out, tmp_path / "r1")
    with pytest.raises(WrongPassphrase, match="passphrase is wrong"):
        backup.restore_backup(out, tmp_path / "r2", "wrong")
    assert not (tmp_path / "r1").exists() and not (tmp_path / "r2").exists()


def _nothing_written(tmp_path: Path) -> None:
    assert not (tmp_path / "restored").exists()
    assert not list(tmp_path.glob(".restored.restoring-*"))


@pytest.mark.parametrize("passphrase", [None, "pw"])
def test_truncated_archive_is_refused_and_nothing_written(vault, tmp_path, passphrase):
    filled(vault, tmp_path)
    out = tmp_path / "b"
    backup.create_backup(vault.root, out, passphrase)
    data = out.read_bytes()
    out.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises((BackupError, SealError), match="incomplete|cut short"):
        backup.restore_backup(out, tmp_path / "restored", passphrase)
    _nothing_written(tmp_path)


@pytest.mark.parametrize("passphrase", [None, "pw"])
def test_tampered_archive_is_refused_and_nothing_written(vault, tmp_path, passphrase):
    vault.importer.import_file(make_jpeg(tmp_path / "scan.jpg", text="X" * 30))
    out = tmp_path / "b"
    backup.create_backup(vault.root, out, passphrase)
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit inside the scan's bytes
    out.write_bytes(bytes(data))
    with pytest.raises((BackupError, SealError), match="damaged|altered"):
        backup.restore_backup(out, tmp_path / "restored", passphrase)
    _nothing_written(tmp_path)


def test_restore_never_writes_over_a_vault(vault, tmp_path):
    filled(vault, tmp_path, 1)
    out = tmp_path / "b"
    backup.create_backup(vault.root, out)
    with pytest.raises(BackupError, match="not empty"):
        backup.restore_backup(out, vault.root)
    (tmp_path / "empty").mkdir()
    assert backup.restore_backup(out, tmp_path / "empty").records == 1


def test_odd_folder_names_back_up_and_restore(tmp_path):
    odd = tmp_path / "Jane #1 ?&%20 vault"
    with Vault.open(odd) as v:
        v.importer.import_file(make_pdf(tmp_path / "a.pdf"))
        backup.create_backup(v.root, tmp_path / "out #2" / "b.tar")
    assert backup.restore_backup(tmp_path / "out #2" / "b.tar", tmp_path / "new %41").records == 1


def test_backup_inside_the_vault_is_refused(vault):
    with pytest.raises(BackupError, match="outside the vault"):
        backup.create_backup(vault.root, vault.root / "b.tar")


def test_backup_while_an_import_runs_restores_to_the_manifest(vault, tmp_path):
    sources = [make_jpeg(tmp_path / f"s{n}.jpg", size=(300, 400), text=f"S{n}")
               for n in range(40)]
    started = threading.Event()

    def importing() -> None:
        with Vault.open(vault.root) as other:  # its own connection, as the GUI worker has
            for path in sources:
                other.importer.import_file(path)
                started.set()

    worker = threading.Thread(target=importing)
    worker.start()
    started.wait(10)
    out = tmp_path / "during.tar"
    backup.create_backup(vault.root, out)
    worker.join()
    manifest = backup.read_manifest(out)
    backup.restore_backup(out, tmp_path / "restored")
    restored = records(tmp_path / "restored")  # verify is clean inside records()
    assert restored == [(r["id"], r["sha256"]) for r in manifest["records"]]
    assert 1 <= len(restored) <= 40


def test_progress_reaches_the_total_and_cancel_leaves_nothing(vault, tmp_path):
    filled(vault, tmp_path)
    seen: list[tuple[int, int]] = []
    backup.create_backup(vault.root, tmp_path / "b", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0

    class Stop(Exception):
        pass

    calls = 0

    def cancel() -> None:
        nonlocal calls
        calls += 1
        if calls > 2:
            raise Stop

    with pytest.raises(Stop):
        backup.create_backup(vault.root, tmp_path / "c", cancel=cancel)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".c", "c"))) == []


def test_reminder_when_never_or_long_ago(vault, tmp_path):
    import datetime as dt

    assert not backup.backup_due(vault.db)  # no records: nothing to lose yet
    filled(vault, tmp_path, 1)
    assert backup.backup_due(vault.db)
    backup.note_backup(vault.db, dt.datetime.now() - dt.timedelta(days=10))
    assert not backup.backup_due(vault.db)
    backup.note_backup(vault.db, dt.datetime.now() - dt.timedelta(days=31))
    assert backup.backup_due(vault.db)


@pytest.mark.parametrize("sizes", [[0], [1], [CHUNK], [CHUNK + 1], [3, CHUNK - 3, 5],
                                   [2 * CHUNK + 7, 1, CHUNK]])
def test_sealed_stream_round_trips_any_write_pattern(sizes):
    import io
    import os

    from secondop_desktop.core.sealed import OpeningReader, SealingWriter

    parts = [os.urandom(n) for n in sizes]
    sealed = io.BytesIO()
    writer = SealingWriter(sealed, "pw")
    for part in parts:
        writer.write(part)
    writer.close()
    reader = OpeningReader(io.BytesIO(sealed.getvalue()), "pw")
    assert reader.read() == b"".join(parts)


def test_automatic_backups_keep_the_newest_and_only_touch_their_own(vault, tmp_path):
    import datetime as dt

    filled(vault, tmp_path, 1)
    folder = tmp_path / "auto"
    folder.mkdir()
    (folder / "my notes.txt").write_text("not a backup")
    start = dt.datetime(2026, 11, 1, 9, 0, 0)
    for n in range(4):
        backup.auto_backup(vault.root, folder, keep=2, now=start + dt.timedelta(days=n))
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["SecondOp automatic backup 2026-11-03 090000.secondop-backup",
                     "SecondOp automatic backup 2026-11-04 090000.secondop-backup",
                     "my notes.txt"]
    assert backup.read_manifest(folder / names[1])["records"][0]["sha256"] == \
        vault.documents.list()[0].sha256


def test_backup_from_a_newer_version_is_refused_before_writing(vault, tmp_path, monkeypatch):
    filled(vault, tmp_path, 1)
    out = tmp_path / "b.tar"
    backup.create_backup(vault.root, out)
    monkeypatch.setattr(backup, "SCHEMA_VERSION", 1)  # as an older app sees it
    with pytest.raises(BackupError, match="newer version"):
        backup.restore_backup(out, tmp_path / "restored")
    _nothing_written(tmp_path)


def test_a_study_with_member_images_restores_whole(vault, tmp_path):
    from factories import make_dicom

    files = [make_dicom(tmp_path / f"{n}.dcm", study_uid="1.2.3", series_uid="1.2.3.1",
                        instance=n) for n in (1, 2, 3)]
    vault.importer.import_paths(files)
    [study] = vault.documents.list()
    stored = {f.sha256 for f in vault.documents.files(study)}
    assert len(stored) == 3  # one record, three objects
    out = tmp_path / "b.tar"
    assert backup.create_backup(vault.root, out).files == 1 + 3
    backup.restore_backup(out, tmp_path / "restored")
    with Vault.open(tmp_path / "restored", create=False) as v:
        assert v.verify() == []
        assert {f.sha256 for f in v.documents.files(v.documents.list()[0])} == stored


def test_files_set_aside_in_lost_and_found_are_backed_up_and_restored(vault, tmp_path):
    filled(vault, tmp_path, count=1)
    stray = vault.blobs.put_bytes(b"a scan whose import never finished")  # no record names it
    kept = vault.blobs.set_aside(stray.sha256)
    out = tmp_path / "vault.secondop-backup"
    result = backup.create_backup(vault.root, out, "pw")
    assert result.files == 3  # the database, the record's file, the file set aside
    backup.restore_backup(out, tmp_path / "restored", "pw")
    with Vault.open(tmp_path / "restored", create=False) as restored:
        [back] = restored.lost_and_found()
        assert back.name == kept.name and back.read_bytes() == kept.read_bytes()
        assert (back.stat().st_mode & 0o777) == 0o600
        assert (back.parent.stat().st_mode & 0o777) == 0o700
        assert restored.documents.count() == 1  # set aside still: the patient decides
