"""A failure at any step of an import (disk full) leaves the vault exactly as it was."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat

import pytest
from factories import make_jpeg, make_pdf

from secondop_desktop.core import blobs, formats
from secondop_desktop.core.importing import ImportCancelled, Outcome

DISK_FULL = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def snapshot(vault) -> tuple:
    """Everything an import could change: rows, texts and every file under objects/."""
    rows = [tuple(r) for r in vault.db.query("SELECT * FROM documents ORDER BY id")]
    texts = sorted(vault.documents.texts().items())
    files = {
        str(p.relative_to(vault.root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in vault.blobs.root.rglob("*") if p.is_file()
    }
    return rows, texts, files


def _is_dir_fd(fd: int) -> bool:
    return stat.S_ISDIR(os.fstat(fd).st_mode)


class _FailingWrites:
    """Wraps the temp file so that writing to it fails like a full disk."""

    def __init__(self, handle) -> None:
        self._handle = handle

    def write(self, data) -> int:
        raise DISK_FULL

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._handle.close()


class _FailingCommit:
    """A connection whose COMMIT fails (disk I/O error at the very last step)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def commit(self) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    def __getattr__(self, name):
        return getattr(self._conn, name)


def inject(step: str, vault, monkeypatch) -> None:
    real_fsync, real_fdopen = os.fsync, os.fdopen

    def fail(*args, **kwargs):
        raise DISK_FULL

    def fdopen_failing(*args, **kwargs):
        return _FailingWrites(real_fdopen(*args, **kwargs))

    def fsync_failing_for(folders: bool):
        return lambda fd: fail() if _is_dir_fd(fd) == folders else real_fsync(fd)

    if step == "create temp file":
        monkeypatch.setattr(blobs.tempfile, "mkstemp", fail)
    elif step == "write":
        monkeypatch.setattr(blobs.os, "fdopen", fdopen_failing)
    elif step == "fsync file":
        monkeypatch.setattr(os, "fsync", fsync_failing_for(folders=False))
    elif step == "chmod":
        monkeypatch.setattr(os, "chmod", fail)
    elif step == "rename":
        monkeypatch.setattr(os, "replace", fail)
    elif step == "fsync folder":
        monkeypatch.setattr(os, "fsync", fsync_failing_for(folders=True))
    elif step in ("fsync objects folder", "fsync object's folder"):
        real_fsync_dir = blobs.fsync_dir
        target = vault.blobs.root if step == "fsync objects folder" else None

        def fsync_dir(path):
            if path == target or (target is None and path.parent == vault.blobs.root):
                fail()
            real_fsync_dir(path)

        monkeypatch.setattr(blobs, "fsync_dir", fsync_dir)
    elif step == "database full":
        pages = vault.db.query("PRAGMA page_count")[0][0]
        vault.db.conn.execute(f"PRAGMA max_page_count = {pages}")
    elif step == "commit":
        # The connection of this thread (the one that imports below) fails to commit.
        monkeypatch.setattr(vault.db._local, "conn", _FailingCommit(vault.db.conn))
    else:
        raise AssertionError(step)


STEPS = ["create temp file", "write", "fsync file", "chmod", "rename", "fsync folder",
         "fsync objects folder", "fsync object's folder", "database full", "commit"]


@pytest.fixture(params=["in memory", "streamed"])
def copy_path(request, monkeypatch) -> str:
    """Small files are read once and stored from memory; big ones are streamed."""
    if request.param == "streamed":
        monkeypatch.setattr(formats, "IN_MEMORY_BYTES", 0)
    return request.param


@pytest.mark.parametrize("step", STEPS)
def test_failure_at_each_step_leaves_the_vault_unchanged(vault, tmp_path, monkeypatch, step,
                                                         copy_path):
    vault.importer.import_paths([make_pdf(tmp_path / "old.pdf", ["Old letter"]),
                                  make_jpeg(tmp_path / "old.jpg", size=(120, 160))])
    before = snapshot(vault)
    # Text makes the PDF's row need more than the pages the database has (for "database full").
    new = make_pdf(tmp_path / "new.pdf", ["Blood results " * 400] * 3)
    with monkeypatch.context() as patch:
        inject(step, vault, patch)
        result = vault.importer.import_file(new)
    assert result.outcome is Outcome.REFUSED
    assert result.reason.startswith(("the file could not be copied", "the vault could not be"))
    assert any(word in result.reason for word in ("space", "full", "disk")), result.reason
    assert snapshot(vault) == before
    assert not list(vault.blobs.root.glob(f"{blobs.TEMP_PREFIX}*"))
    vault.db.conn.execute("PRAGMA max_page_count = 1073741823")
    # The vault is still usable: the same file goes in once the disk has room again.
    assert vault.importer.import_file(new).outcome is Outcome.IMPORTED
    assert vault.verify() == []


def test_database_error_during_a_batch_refuses_that_file_only(vault, tmp_path, monkeypatch):
    files = [make_pdf(tmp_path / f"{i}.pdf", [f"Report {i}"]) for i in range(3)]
    real_insert = vault.importer._insert
    calls = []

    def flaky(*args):
        calls.append(args)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return real_insert(*args)

    monkeypatch.setattr(vault.importer, "_insert", flaky)
    outcomes = [r.outcome for r in vault.importer.import_paths(files)]
    assert outcomes == [Outcome.IMPORTED, Outcome.REFUSED, Outcome.IMPORTED]
    assert vault.verify() == []


def test_cancel_in_the_middle_of_a_copy_leaves_nothing(vault, tmp_path, monkeypatch):
    monkeypatch.setattr(formats, "IN_MEMORY_BYTES", 0)  # streamed, chunk by chunk
    monkeypatch.setattr(blobs, "CHUNK", 1024)
    path = make_jpeg(tmp_path / "big.jpg", size=(400, 400), quality=95)
    before = snapshot(vault)
    chunks = []

    def cancel_on_third_chunk() -> None:
        chunks.append(1)
        if len(chunks) == 3:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        vault.importer.import_paths([path], check_cancel=cancel_on_third_chunk)
    assert snapshot(vault) == before
    assert not list(vault.blobs.root.glob(f"{blobs.TEMP_PREFIX}*"))


def test_cancel_between_files_leaves_no_object_stored_ahead(vault, tmp_path):
    """Workers store the next files early; a cancel takes those objects back out."""
    files = [make_pdf(tmp_path / f"{i:02}.pdf", [f"Letter {i}"]) for i in range(12)]
    seen = []

    def stop_after_three() -> None:
        if len(seen) >= 3:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        vault.importer.import_paths(files, on_result=lambda *a: seen.append(a),
                                     check_cancel=stop_after_three)
    assert [d.original_name for d in vault.documents.list()] == ["00.pdf", "01.pdf", "02.pdf"]
    assert len(vault.blobs.all_objects()) == 3
    assert vault.verify() == []
    assert not list(vault.blobs.root.glob(f"{blobs.TEMP_PREFIX}*"))


def test_same_bytes_twice_in_one_drop(vault, tmp_path):
    first = make_pdf(tmp_path / "a.pdf", ["Same"])
    second = tmp_path / "b.pdf"
    second.write_bytes(first.read_bytes())
    a, b = vault.importer.import_paths([first, second])
    assert (a.outcome, b.outcome) == (Outcome.IMPORTED, Outcome.DUPLICATE)
    assert b.document_id == a.document_id
    assert vault.verify() == []


def test_same_bytes_after_a_refused_twin_still_get_their_file(vault, tmp_path, monkeypatch):
    """The first copy's row fails and its object is taken out; the second copy puts it back."""
    first = make_pdf(tmp_path / "a.pdf", ["Same"])
    second = tmp_path / "b.pdf"
    second.write_bytes(first.read_bytes())
    real_insert = vault.importer._insert
    calls = []

    def fail_first(*args):
        calls.append(args)
        if len(calls) in failing:
            raise sqlite3.OperationalError("database or disk is full")
        return real_insert(*args)

    monkeypatch.setattr(vault.importer, "_insert", fail_first)
    failing = {1}
    a, b = vault.importer.import_paths([first, second])
    assert (a.outcome, b.outcome) == (Outcome.REFUSED, Outcome.IMPORTED)
    assert vault.verify() == []
    assert vault.documents.path(b.document_id).read_bytes() == first.read_bytes()
    # Both copies refused: the object the second one put back is taken out again.
    vault.documents.delete_forever(b.document_id)
    calls.clear()
    failing = {1, 2}
    outcomes = [r.outcome for r in vault.importer.import_paths([first, second])]
    assert outcomes == [Outcome.REFUSED, Outcome.REFUSED]
    assert vault.verify() == [] and vault.blobs.all_objects() == {}
