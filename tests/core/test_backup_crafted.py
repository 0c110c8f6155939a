"""Crafted backups are refused at once with a clear reason; old ones still open; restore leaves
the folder it restores into alone."""

from __future__ import annotations

import io
import json
import os
import stat
import struct
import tarfile
import time
from pathlib import Path

import pytest
from factories import make_pdf

from secondop_desktop.core import backup, sealed
from secondop_desktop.core.backup import BackupError
from secondop_desktop.core.sealed import MAGIC, SealError

PASSPHRASE = "correct horse"


def crafted_sealed(path: Path, log2_n: int, r: int = 8, p: int = 1) -> Path:
    """A 75-byte file that looks sealed and asks for the given scrypt settings."""
    head = MAGIC + struct.pack(">16sBBB8s", b"s" * 16, log2_n, r, p, b"n" * 8)
    path.write_bytes(head + b"\0" * (75 - len(head)))
    return path


@pytest.mark.parametrize("settings", [(22, 8, 1), (20, 8, 1), (17, 64, 1), (17, 8, 16),
                                      (14, 8, 1), (255, 255, 255)])
def test_crafted_encryption_settings_are_refused_at_once(tmp_path, settings):
    archive = crafted_sealed(tmp_path / "crafted.secondop-backup", *settings)
    started = time.monotonic()
    with pytest.raises(SealError, match="encryption settings are not ones SecondOp writes"):
        backup.restore_backup(archive, tmp_path / "new", PASSPHRASE)
    assert time.monotonic() - started < 1.0
    assert not (tmp_path / "new").exists()


def test_new_backups_use_the_current_scrypt_cost(vault, tmp_path):
    out = tmp_path / "b.secondop-backup"
    backup.create_backup(vault.root, out, PASSPHRASE)
    header = out.read_bytes()[len(MAGIC):len(MAGIC) + 27]
    assert struct.unpack(">16sBBB8s", header)[1:4] == (17, 8, 1)


def test_backups_sealed_with_the_old_cost_still_restore(vault, tmp_path, monkeypatch):
    vault.importer.import_file(make_pdf(tmp_path / "a.pdf", ["Hello"]))
    monkeypatch.setattr(sealed, "SCRYPT_LOG2_N", 15)  # as SecondOp wrote them before
    out = tmp_path / "old.secondop-backup"
    backup.create_backup(vault.root, out, PASSPHRASE)
    monkeypatch.undo()
    assert out.read_bytes()[len(MAGIC) + 16] == 15
    assert backup.restore_backup(out, tmp_path / "new", PASSPHRASE).records == 1


def crafted_tar(path: Path, manifest: bytes) -> Path:
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in (("vault.sqlite3", b"SQLite format 3\0"), ("manifest.json", manifest)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def manifest(**changes: object) -> bytes:
    good = {"format": "secondop-backup", "version": 1, "schema_version": 1,
            "created": "2026-01-01T00:00:00", "records": [],
            "files": {"vault.sqlite3": {"sha256": "0" * 64, "size": 16}}}
    return json.dumps({**good, **changes}).encode()


@pytest.mark.parametrize("data", [
    manifest(records=7), manifest(records="all"), manifest(records=None),
    manifest(records=[7]), manifest(records=[{"id": "1", "sha256": "x"}]),
    manifest(schema_version="6"), manifest(version="1"), manifest(schema_version=None),
    manifest(files=[]), manifest(files={"vault.sqlite3": "abc"}),
    manifest(files={"vault.sqlite3": {"sha256": 5, "size": 16}}),
    b"[" * 200_000 + b"]" * 200_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    json.dumps(["secondop-backup"]).encode(),
], ids=["records int", "records str", "records null", "record int", "record id str",
        "schema str", "version str", "schema null", "files list", "file str", "sha int",
        "nested lists", "nested objects", "not an object"])
def test_manifests_of_the_wrong_shape_get_a_clear_reason(tmp_path, data):
    archive = crafted_tar(tmp_path / "crafted.tar", data)
    started = time.monotonic()
    with pytest.raises(BackupError) as refused:
        backup.restore_backup(archive, tmp_path / "new")
    assert refused.value.reason.startswith(("The backup's manifest is damaged",
                                            "This is not a SecondOp backup"))
    assert time.monotonic() - started < 2.0
    assert not (tmp_path / "new").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["crafted.tar"]


@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
def test_restore_leaves_the_mode_of_an_existing_parent_alone(vault, tmp_path):
    out = tmp_path / "b.secondop-backup"
    backup.create_backup(vault.root, out)
    shared = tmp_path / "everyone"  # a folder like /tmp, open to all (mode 1777)
    shared.mkdir()
    os.chmod(shared, 0o1777)
    backup.restore_backup(out, shared / "made" / "vault")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777  # a shared folder stays shared
    assert stat.S_IMODE((shared / "made").stat().st_mode) == 0o700  # one it made is private
    assert stat.S_IMODE((shared / "made" / "vault").stat().st_mode) == 0o700


def test_what_is_written_while_the_key_is_derived_comes_out_whole(monkeypatch):
    """Chunks held for the key, then more than the hold: all sealed, in order."""
    monkeypatch.setattr(sealed.SealingWriter, "HOLD", 2 * sealed.CHUNK)
    parts = [os.urandom(n) for n in (10, sealed.CHUNK, 3 * sealed.CHUNK + 5, 7)]
    out = io.BytesIO()
    writer = sealed.SealingWriter(out, PASSPHRASE)
    for part in parts:
        writer.write(part)
    writer.close()
    assert sealed.OpeningReader(io.BytesIO(out.getvalue()), PASSPHRASE).read() == b"".join(parts)
