"""Killed exports, backups and restores: no plaintext where a protected output goes, and what a
killed run left is removed by the next run, whichever folder it was in.

Each run is a real ``secondop`` process, killed with SIGKILL at the moment that matters, found by
watching the file system (the work file appearing), never by sleeping a fixed time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from factories import make_dicom, make_jpeg

from secondop_desktop.core.vault import Vault
from secondop_desktop.core.workfiles import MARK, WORK_DIR

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

PASSWORD = "tulip-42-river"
SQLITE = b"SQLite format 3\x00"


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sources")
    for i in range(24):  # enough pages that encrypting and archiving take a moment
        make_jpeg(folder / f"scan_{i:02}.jpg", text=f"Scan {i}", color=(255, 250 - i, 240))
    for i in (1, 2):
        make_dicom(folder / f"mri_{i}.dcm", study_uid="1.2.3", series_uid="1.2.3.1", instance=i)
    return folder


@pytest.fixture
def root(tmp_path, sources) -> Path:
    root = tmp_path / "vault"
    with Vault.open(root) as vault:
        vault.patient.set(name="Jane Doe", dob="1970-03-12")
        assert all(r.outcome.value == "imported"
                   for r in vault.importer.import_paths(sorted(sources.iterdir())))
    return root


def secondop(*argv: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "secondop_desktop.cli", *argv], input=stdin,
                          capture_output=True, text=True, timeout=300)


def kill_when(argv: list[str], moment: Callable[[], bool]) -> None:
    """Start ``secondop argv`` and SIGKILL it as soon as ``moment()`` is true."""
    child = subprocess.Popen([sys.executable, "-m", "secondop_desktop.cli", *argv],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    try:
        while child.poll() is None and time.monotonic() < deadline:
            if moment():
                child.send_signal(signal.SIGKILL)
                child.wait()
                return
            time.sleep(0)  # as often as the file system answers
        _out, err = child.communicate()
        pytest.fail(f"the run ended before the moment came: {err.decode()[-300:]}")
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def work_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if MARK in p.name] if folder.is_dir() else []


def grown(pattern: str, folder: Path, at_least: int = 1) -> Callable[[], bool]:
    """A work file named like ``pattern`` in ``folder`` holding at least ``at_least`` bytes."""

    def moment() -> bool:
        for path in folder.glob(pattern):
            try:
                if path.is_file() and path.stat().st_size >= at_least:
                    return True
            except FileNotFoundError:
                pass
        return False

    return moment


def assert_no_plaintext(folder: Path) -> None:
    """Nothing readable without the password: no unencrypted PDF, DICOM file or database."""
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        assert SQLITE not in data, path.name
        assert b"DICM" not in data, path.name
        if data.startswith(b"%PDF"):  # whole and encrypted, or pikepdf's encrypted output
            assert (b"/Encrypt" in data if b"%%EOF" in data[-1024:]  # still being written
                    else f"{MARK}protect-" in path.name), path.name


def assert_swept_by_next_run(root: Path, *folders: Path) -> None:
    """The next run of the app (here: ``secondop list``) removes what the killed one left."""
    leftovers = [p for f in (root / WORK_DIR, *folders) for p in work_files(f)]
    assert leftovers, "the kill came too late to leave anything behind"
    done = secondop("--vault", str(root), "list")
    assert done.returncode == 0, done.stderr
    for folder in (root / WORK_DIR, *folders):
        assert work_files(folder) == [], folder
    assert not [p for p in (root / WORK_DIR / "ledger").glob("*")]


@pytest.mark.parametrize("moment", ["building", "encrypting"])
def test_killed_protected_export_leaves_no_plaintext(root, tmp_path, moment):
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    out = out_dir / "packet.pdf"
    when = (grown(f"*{MARK}export-*/packet.pdf.part", root / WORK_DIR) if moment == "building"
            else grown(f".packet.pdf{MARK}protect-*", out_dir, 64 << 10))
    kill_when(["--vault", str(root), "export", "--out", str(out), "--password", PASSWORD], when)
    assert not out.exists()
    assert_no_plaintext(out_dir)
    assert_swept_by_next_run(root, out_dir)


def test_protected_export_encrypts_before_the_packet_takes_its_name(root, tmp_path):
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    done = secondop("--vault", str(root), "export", "--out", str(out_dir / "packet.pdf"),
                    "--password", PASSWORD)
    assert done.returncode == 0, done.stderr
    assert_no_plaintext(out_dir)
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "packet - DICOM files.zip", "packet.pdf"]
    assert work_files(root / WORK_DIR) == []


def test_killed_export_leaves_a_work_folder_the_next_run_removes(root, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    kill_when(["--vault", str(root), "export", "--out", str(out_dir / "packet.pdf")],
              grown(f"*{MARK}export-*/packet.pdf.part", out_dir))
    assert not (out_dir / "packet.pdf").exists()
    assert_swept_by_next_run(root, out_dir)


@pytest.mark.parametrize("passphrase", [True, False])
def test_killed_backup_leaves_no_database_copy_beside_it(root, tmp_path, passphrase):
    usb = tmp_path / "usb"
    usb.mkdir()
    argv = ["--vault", str(root), "backup", "--out", str(usb / "vault.secondop-backup")]
    if passphrase:
        argv += ["--passphrase", PASSWORD]
    kill_when(argv, grown(f".vault.secondop-backup{MARK}backup-*.part", usb, 1 << 20))
    assert not (usb / "vault.secondop-backup").exists()
    if passphrase:
        assert_no_plaintext(usb)
    else:  # an unsealed backup holds the database, but never as a file of its own
        assert [p.suffix for p in usb.iterdir()] == [".part"]
    assert_swept_by_next_run(root, usb)


def test_killed_restore_leaves_a_staging_vault_the_next_run_removes(root, tmp_path):
    archive = tmp_path / "vault.secondop-backup"
    assert secondop("--vault", str(root), "backup", "--out", str(archive)).returncode == 0
    parent = tmp_path / "restored"
    parent.mkdir()
    kill_when(["restore", str(archive), "--vault", str(parent / "new")],
              grown(f".new{MARK}restoring-*/objects/*/*", parent))
    assert not (parent / "new").exists()
    assert work_files(parent)
    done = secondop("--vault", str(root), "list")  # any run of the app, on any vault
    assert done.returncode == 0, done.stderr
    assert list(parent.iterdir()) == []


# -- a full disk, on a small tmpfs ------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path) -> Path:
    """A 1 MiB file system (tmpfs); skipped only where mounting is not allowed at all."""
    folder = tmp_path / "small"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs",
                           str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("argv", [
    ["export", "--out", "{disk}/packet.pdf", "--password", PASSWORD],
    ["backup", "--out", "{disk}/vault.secondop-backup", "--passphrase", PASSWORD],
    ["backup", "--out", "{disk}/vault.secondop-backup"],
], ids=["protected export", "sealed backup", "backup"])
def test_a_full_disk_leaves_nothing_and_says_so(root, small_disk, argv):
    done = secondop("--vault", str(root), *[a.format(disk=small_disk) for a in argv])
    assert done.returncode == 1
    assert "not enough free space" in done.stderr
    assert "Traceback" not in done.stderr and "Exception" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert list(small_disk.iterdir()) == []  # no plaintext, no part: nothing at all
    assert work_files(root / WORK_DIR) == []
