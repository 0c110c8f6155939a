"""An import killed before its commit leaves no orphan behind: what it had copied in is taken
back at the next open (the originals are where they were imported from), and ``verify`` on a
vault whose records are all intact exits 0 and says what it found."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import make_jpeg, make_pdf

from secondop_desktop import cli
from secondop_desktop.core.intents import SUFFIX
from secondop_desktop.core.vault import Vault
from secondop_desktop.core.workfiles import WORK_DIR

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def unsettled(root: Path) -> bool:
    """An object noted by an import, already stored and not settled yet: the moment between
    its copy and its commit (the note is written before the copy begins)."""
    for note in (root / WORK_DIR).glob(f"*{SUFFIX}"):
        lines = note.read_text().split()
        noted = {x for x in lines if not x.startswith("+")} - {x[1:] for x in lines if x[0] == "+"}
        if any((root / "objects" / sha[:2] / sha).exists() for sha in noted):
            return True
    return False


@pytest.fixture
def files(tmp_path) -> list[Path]:
    folder = tmp_path / "files"
    folder.mkdir()
    return [make_pdf(folder / f"r{i:02}.pdf", [f"Report {i}"]) if i % 2 else
            make_jpeg(folder / f"s{i:02}.jpg", size=(300, 400), text=str(i)) for i in range(60)]


def run(root: Path, capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--vault", str(root), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_killed_import_is_taken_back_and_verify_exits_0(tmp_path, files, capsys):
    root = tmp_path / "vault"
    Vault.open(root).close()
    child = subprocess.Popen([sys.executable, "-m", "secondop_desktop.cli", "--vault",
                              str(root), "import", *map(str, files)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while child.poll() is None and time.monotonic() < deadline and not unsettled(root):
        time.sleep(0)
    assert child.poll() is None, "the import ended before the moment came"
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Vault.open(root, readonly=True) as vault:
        named = {d.sha256 for d in vault.documents.list()}
    ahead = set(vault.blobs.all_objects()) - named
    assert ahead, "nothing was stored ahead of its commit"

    code, out, _err = run(root, capsys, "verify")  # right away, read-only: nothing changed
    assert code == 0, out
    assert out.count("copied in by an import that did not finish") == len(ahead)
    assert "ok: " in out and "orphaned" not in out

    code, out, err = run(root, capsys, "question", "add", "Why?")  # opened to write
    assert code == 0
    assert f"note: {len(ahead)} files an interrupted import had copied in were taken back" in err
    with Vault.open(root) as vault:
        assert set(vault.blobs.all_objects()) == named  # taken back, nothing set aside
        assert vault.lost_and_found() == []
        assert vault.verify() == []
    assert all(f.exists() for f in files)  # the originals are where they were
    assert list((root / WORK_DIR).glob(f"*{SUFFIX}")) == []

    code, out, _err = run(root, capsys, "import", *map(str, files))
    assert code == 0
    code, out, _err = run(root, capsys, "verify")
    assert code == 0 and out.startswith("ok: 60 records")


def test_a_copy_in_lost_and_found_of_a_recorded_file_does_not_fail_verify(tmp_path, capsys):
    root = tmp_path / "vault"
    pdf = make_pdf(tmp_path / "a.pdf", ["Report"])
    with Vault.open(root) as vault:
        doc_id = vault.importer.import_file(pdf).document_id
        sha = vault.documents.get(doc_id).sha256
    (root / "lost+found").mkdir(mode=0o700)
    shutil.copyfile(pdf, root / "lost+found" / sha)  # set aside by a crash, imported again
    code, out, _err = run(root, capsys, "verify")
    assert code == 0, out
    assert f"a copy of the file of record {doc_id}" in out and "ok: 1 records" in out


def test_records_lost_with_a_wal_file_are_never_taken_back(tmp_path, capsys):
    """Their rows were committed (settled), then lost: their files are set aside, kept."""
    root, crashed = tmp_path / "vault", tmp_path / "crashed"
    with Vault.open(root) as vault:
        vault.importer.import_file(make_pdf(tmp_path / "first.pdf", ["First"]))
    with Vault.open(root) as vault:
        vault.importer.import_file(make_pdf(tmp_path / "later.pdf", ["Later"]))
        shutil.copytree(root, crashed, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    with Vault.open(crashed) as vault:
        assert vault.rolled_back == 0 and len(vault.lost_and_found()) == 1
