"""What the vault does to keep every stored file: lost+found instead of deleting, no sweep on a
damaged database, a lock on platforms without fcntl, a connection per thread, read-only opens,
and two imports of the same files at once."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from factories import make_dicom, make_jpeg, make_pdf, make_png

from secondop_desktop import cli
from secondop_desktop.core import db as dbmod
from secondop_desktop.core import locking
from secondop_desktop.core import vault as vaultmod
from secondop_desktop.core.errors import VaultError, VaultNeedsRecovery
from secondop_desktop.core.importing import Outcome
from secondop_desktop.core.vault import DB_NAME, Vault

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def plant_orphan(vault: Vault, data: bytes) -> Path:
    """A whole object no record names (as a crash between rename and commit leaves one)."""
    return vault.blobs.put_bytes(data).path


# -- lost+found ---------------------------------------------------------------------------------

@posix_only
def test_unnamed_objects_are_set_aside_owner_only_and_recovered_as_records(tmp_path):
    root = tmp_path / "v"
    pdf = make_pdf(tmp_path / "letter.pdf", ["Discharge summary"], title="Discharge summary")
    with Vault.open(root) as vault:
        kept = vault.importer.import_file(make_png(tmp_path / "a.png")).document_id
        orphan = plant_orphan(vault, pdf.read_bytes())
        dicom_orphan = plant_orphan(vault, make_dicom(tmp_path / "ct.dcm", modality="CT")
                                    .read_bytes())
    with Vault.open(root) as vault:
        assert not orphan.exists() and not dicom_orphan.exists()
        aside = vault.lost_and_found()
        assert sorted(p.name for p in aside) == sorted([orphan.name, dicom_orphan.name])
        assert mode(root / "lost+found") == 0o700
        assert {mode(p) for p in aside} == {0o600}
        assert vault.documents.path(kept).exists()
        results = vault.recover_all_lost()
        assert [r.outcome for r in results] == [Outcome.IMPORTED, Outcome.IMPORTED]
        docs = {d.format: d for d in vault.documents.list()}
        assert docs["pdf"].title == "Discharge summary"  # its format was read again
        assert docs["dicom"].title.startswith("CT") and docs["dicom"].kind == "imaging"
        assert vault.lost_and_found() == [] and vault.verify() == []


def test_a_second_crash_leaves_one_copy_in_lost_and_found(tmp_path):
    root = tmp_path / "v"
    with Vault.open(root) as vault:
        plant_orphan(vault, b"same bytes")
    Vault.open(root).close()
    with Vault.open(root) as vault:
        plant_orphan(vault, b"same bytes")
    with Vault.open(root) as vault:
        [item] = vault.lost_and_found()
        assert item.read_bytes() == b"same bytes"


def test_no_sweep_on_a_database_that_fails_its_check(tmp_path, monkeypatch):
    root = tmp_path / "v"
    with Vault.open(root) as vault:
        orphan = plant_orphan(vault, b"a stored file")
        temp = vault.blobs.root / "incoming-abc"
        temp.write_bytes(b"half")
    monkeypatch.setattr(vaultmod, "quick_check", lambda conn: "On tree page 3: damaged")
    with pytest.raises(VaultNeedsRecovery, match="secondop recover"):
        Vault.open(root)
    assert orphan.exists() and temp.exists()  # nothing swept, not even a temp file


def test_known_files_come_from_the_table_not_its_index(vault, tmp_path):
    vault.importer.import_file(make_png(tmp_path / "a.png"))
    plan = " ".join(r[3] for r in vault.db.query(
        "EXPLAIN QUERY PLAN SELECT sha256 FROM documents NOT INDEXED"))
    assert "INDEX" not in plan.upper()
    assert len(vault._known_hashes()) == 1


def test_objects_without_a_database_are_never_opened_as_a_new_vault(tmp_path):
    root = tmp_path / "v"
    with Vault.open(root) as vault:
        vault.importer.import_file(make_png(tmp_path / "a.png"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{root / DB_NAME}{suffix}").unlink(missing_ok=True)
    with pytest.raises(VaultNeedsRecovery, match="missing.*secondop recover"):
        Vault.open(root)
    assert not (root / DB_NAME).exists()  # not even an empty one was made
    assert len([p for p in (root / "objects").rglob("*") if p.is_file()]) == 1


# -- the lock -----------------------------------------------------------------------------------

class FakeMsvcrt:
    """Windows' msvcrt.locking semantics: exclusive byte locks per open file, from the file
    position, failing at once with LK_NBLCK; here within one process, which is all a test of
    two vault handles needs."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        self.held: dict[tuple[int, int, int], int] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_UNLCK:
            assert self.held.pop(key) == fd
        elif key in self.held:
            raise OSError(errno.EACCES, "locked")
        else:
            self.held[key] = fd


def _leftovers(root: Path) -> tuple[Path, Path]:
    with Vault.open(root) as vault:
        temp = vault.blobs.root / "incoming-xyz"
        temp.write_bytes(b"half a file")
        return temp, plant_orphan(vault, b"renamed, never recorded")


def test_without_fcntl_the_windows_lock_keeps_an_open_vault_from_being_swept(tmp_path,
                                                                             monkeypatch):
    root = tmp_path / "v"
    temp, orphan = _leftovers(root)
    fake = FakeMsvcrt()
    monkeypatch.setattr(locking, "fcntl", None)
    monkeypatch.setattr(locking, "msvcrt", fake)
    first = locking.VaultLock(root / "vault.lock")
    assert first.alone
    first.share()
    assert len(fake.held) == 1  # its own slot only
    with Vault.open(root) as vault:  # someone else has it: nothing swept
        assert temp.exists() and orphan.exists()
        assert vault.lost_and_found() == []
    first.release()
    assert fake.held == {}
    with Vault.open(root) as vault:  # alone now
        assert not temp.exists() and not orphan.exists()
        assert [p.name for p in vault.lost_and_found()] == [orphan.name]
    assert fake.held == {}


def test_with_no_lock_at_all_nothing_is_ever_swept(tmp_path, monkeypatch):
    root = tmp_path / "v"
    temp, orphan = _leftovers(root)
    monkeypatch.setattr(locking, "fcntl", None)
    monkeypatch.setattr(locking, "msvcrt", None)
    for _ in range(2):
        with Vault.open(root) as vault:
            assert vault.documents.count() == 0
    assert temp.exists() and orphan.exists()


# -- connections and threads --------------------------------------------------------------------

def test_each_thread_has_its_own_connection_and_close_ends_them_all(vault, tmp_path):
    seen: dict[str, sqlite3.Connection] = {"main": vault.db.conn}

    def worker(name: str) -> None:
        seen[name] = vault.db.conn
        vault.db.query("SELECT count(*) FROM documents")

    blocker, started = threading.Event(), threading.Event()
    alive = threading.Thread(target=lambda: (worker("alive"), started.set(), blocker.wait()),
                             daemon=True)
    alive.start()
    assert started.wait(60)  # under load the thread may not have asked yet
    for i in range(3):
        t = threading.Thread(target=worker, args=(f"t{i}",))
        t.start()
        t.join()
    assert len({id(c) for c in seen.values()}) == 5
    # The import's worker threads open their own connections too.
    opened_by: list[str] = []
    real_open = vault.db._open_for_this_thread

    def recording_open() -> sqlite3.Connection:
        opened_by.append(threading.current_thread().name)
        return real_open()

    vault.db._open_for_this_thread = recording_open
    vault.importer.import_paths([make_pdf(tmp_path / f"{i}.pdf", [str(i)]) for i in range(6)])
    assert opened_by and all(name.startswith("import") for name in opened_by)
    # Ended threads give theirs back when the next one opens: ours, the live one's, the new one's.
    last = threading.Thread(target=worker, args=("last",))
    last.start()
    last.join()
    assert vault.db.connection_count() == 3
    vault.close()
    blocker.set()
    alive.join()
    for conn in seen.values():
        with pytest.raises(sqlite3.ProgrammingError):
            conn.execute("SELECT 1")
    assert vault.db.connection_count() == 0


def test_connections_of_ended_threads_are_closed(vault):
    def worker() -> None:
        vault.db.query("SELECT 1")

    for _ in range(10):
        t = threading.Thread(target=worker)
        t.start()
        t.join()
    vault.db.query("SELECT 1")  # opening one more gives back those of ended threads
    assert vault.db.connection_count() <= 2


def test_a_write_on_one_thread_is_seen_by_another(vault):
    vault.questions.add(text="Asked on the GUI thread?")
    found: list[str] = []
    t = threading.Thread(target=lambda: found.extend(q.text for q in vault.questions.list()))
    t.start()
    t.join()
    assert found == ["Asked on the GUI thread?"]


# -- two imports of the same files at once -----------------------------------------------------

def test_a_file_recorded_by_another_process_meanwhile_is_a_duplicate(tmp_path):
    """Between our check and our insert the other process records the same bytes."""
    root = tmp_path / "v"
    path = make_jpeg(tmp_path / "scan.jpg", size=(60, 80))
    with Vault.open(root) as ours, Vault.open(root) as theirs:
        real_insert = ours.importer._insert

        def insert_after_theirs(*args):
            theirs.importer.import_file(path)
            return real_insert(*args)

        ours.importer._insert = insert_after_theirs
        result = ours.importer.import_file(path)
        assert result.outcome is Outcome.DUPLICATE, result.line()
        assert result.document_id == theirs.documents.list()[0].id
        assert ours.verify() == []


CONCURRENT = """
import sys
from pathlib import Path
from secondop_desktop.core.vault import Vault
with Vault.open(sys.argv[1]) as vault:
    for result in vault.importer.import_paths([Path(sys.argv[2])]):
        print(result.outcome.value, result.reason, flush=True)
"""


def test_two_processes_importing_one_folder_report_imported_or_duplicate(tmp_path):
    folder = tmp_path / "cd"
    folder.mkdir()
    for i in range(40):
        make_png(folder / f"{i:02}.png", size=(20 + i, 20))
    root = tmp_path / "v"
    Vault.open(root).close()
    procs = [subprocess.Popen([sys.executable, "-c", CONCURRENT, str(root), str(folder)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    lines = [line for out, _ in outputs for line in out.splitlines()]
    assert len(lines) == 80, outputs
    assert {line.split()[0] for line in lines} <= {"imported", "duplicate"}, lines
    assert sum(line.startswith("imported") for line in lines) == 40
    with Vault.open(root) as vault:
        assert vault.documents.count() == 40 and vault.verify() == []


# -- read-only ----------------------------------------------------------------------------------

@posix_only
def test_a_read_only_vault_is_listed_and_verified_and_stays_read_only(tmp_path, monkeypatch):
    root = tmp_path / "v"
    with Vault.open(root) as vault:
        vault.importer.import_file(make_pdf(tmp_path / "a.pdf", ["A letter"]))
    subprocess.run(["chmod", "-R", "a-w", str(root)], check=True)
    modes = {p: mode(p) for p in [root, *root.rglob("*")]}
    # Tests run as root, for whom chmod does not bind: report the folder as not writable.
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, how, **kw: False if how == os.W_OK
                        else real_access(path, how, **kw))
    try:
        with Vault.open(root) as vault:
            assert vault.readonly
            assert [d.original_name for d in vault.documents.list()] == ["a.pdf"]
            assert vault.verify() == []
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                vault.questions.add(text="Can I write?")
        assert {p: mode(p) for p in [root, *root.rglob("*")]} == modes  # never changed back
        assert not (root / f"{DB_NAME}-wal").exists()
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(root)], check=True)


def test_read_only_open_writes_nothing(tmp_path):
    """Nothing of the vault changes; SQLite may make its empty -wal/-shm where it can."""
    root = tmp_path / "v"
    with Vault.open(root) as vault:
        vault.importer.import_file(make_png(tmp_path / "a.png"))
        plant_orphan(vault, b"an orphan stays where it is")
    before = {p: (p.stat().st_mtime_ns, mode(p)) for p in root.rglob("*")}
    with Vault.open(root, readonly=True) as vault:
        assert vault.documents.count() == 1
        assert [p.kind for p in vault.verify()] == ["orphaned"]
    after = {p: (p.stat().st_mtime_ns, mode(p)) for p in root.rglob("*")
             if not p.name.endswith(("-wal", "-shm"))}
    assert after == before


def test_read_only_open_of_an_older_vault_asks_to_be_opened_writable(tmp_path):
    root = tmp_path / "v"
    Vault.open(root).close()
    conn = sqlite3.connect(root / DB_NAME)
    conn.execute("DROP TABLE thumbnails")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(VaultError, match="older version"):
        Vault.open(root, readonly=True)


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


def test_list_and_verify_work_with_no_free_space(tmp_path, capsys):
    """A real full file system (a small tmpfs, where this machine lets us mount one)."""
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "2m"):
        pytest.skip("mounting a small file system needs root and mount")
    try:
        root = disk / "v"
        with Vault.open(root) as vault:
            vault.importer.import_file(make_pdf(tmp_path / "a.pdf", ["A letter"]))
        with open(disk / "filler", "wb") as filler:
            try:
                while True:
                    filler.write(b"\0" * 65536)
                    filler.flush()
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        with Vault.open(root, readonly=True) as vault:
            assert [d.original_name for d in vault.documents.list()] == ["a.pdf"]
            assert vault.verify() == []
        for argv in (["list"], ["verify"], ["question", "list"]):
            assert cli.main(["--vault", str(root), *argv]) == 0, argv
        out, err = capsys.readouterr()
        assert err == "" and "ok: 1 records" in out
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_readonly_connection_falls_back_to_immutable_only_without_pending_writes(tmp_path,
                                                                                monkeypatch):
    root = tmp_path / "v"
    Vault.open(root).close()
    real_connect = sqlite3.connect
    calls: list[str] = []

    def connect(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        calls.append(database)
        if "immutable" not in database:
            raise sqlite3.OperationalError("disk I/O error")
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(dbmod.sqlite3, "connect", connect)
    conn = dbmod.connect(root / DB_NAME, readonly=True)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    conn.close()
    assert [("immutable" in c) for c in calls] == [False, True]
    Path(f"{root / DB_NAME}-wal").write_bytes(b"pending")  # writes the file alone lacks
    with pytest.raises(VaultError, match="disk I/O"):
        dbmod.connect(root / DB_NAME, readonly=True)
