"""Killing an import at random moments never leaves a half document or a broken vault."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import make_jpeg, make_pdf

from secondop_desktop.core.vault import Vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

KILLS = 24
FILES = 400

CHILD = """
import random, sys
from pathlib import Path
from secondop_desktop.core.formats import image, pdf  # loaded before the kill window opens
from secondop_desktop.core.vault import Vault
vault = Vault.open(sys.argv[1])
files = sorted(Path(sys.argv[2]).iterdir())
random.Random(int(sys.argv[3])).shuffle(files)
print("ready", flush=True)
vault.importer.import_paths(files, on_result=lambda d, t, r: print(r.line(), flush=True))
vault.close()
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def pool(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pool")
    for i in range(FILES):
        if i % 2:
            make_pdf(folder / f"report_{i:03}.pdf", [f"Report number {i}"] * 2)
        else:
            make_jpeg(folder / f"scan_{i:03}.jpg", size=(160, 220), text=f"page {i}",
                      color=(255, 255 - i % 200, 250))
    (folder / "empty.pdf").write_bytes(b"")  # a refusal in the mix
    return folder


def assert_whole(root: Path, reported: set[str]) -> int:
    """verify() clean, every object hashes to its name, every reported import is there.

    A file killed after its rename and before its row is set aside in lost+found, whole."""
    with Vault.open(root) as vault:
        assert {p.kind for p in vault.verify()} <= {"lost+found"}
        for item in vault.lost_and_found():
            assert hashlib.sha256(item.read_bytes()).hexdigest() == item.name
        docs = vault.documents.list(trashed=None)
        for doc in docs:
            data = vault.documents.path(doc).read_bytes()
            assert hashlib.sha256(data).hexdigest() == doc.sha256
            assert len(data) == doc.size
        names = {d.original_name for d in docs}
        assert reported <= names, reported - names
        assert not list(vault.blobs.root.glob("incoming-*"))
        return len(docs)


def test_sigkill_at_random_moments_leaves_a_whole_vault(tmp_path, pool):
    root = tmp_path / "vault"
    rng = random.Random(2024)
    reported: set[str] = set()
    killed_mid_import = 0
    started = time.monotonic()
    for round_number in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(root), str(pool), str(round_number)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.1))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        lines = out.splitlines()
        if child.returncode == -signal.SIGKILL and "done" not in lines:
            killed_mid_import += 1
        reported |= {line.split(" ", 2)[2] for line in lines if line.startswith("imported ")}
        assert_whole(root, reported)
    assert killed_mid_import >= KILLS * 3 // 4  # the kills did land in the middle of imports
    # Finish the job undisturbed: everything but the empty file ends up in the vault, once.
    subprocess.run([sys.executable, "-c", CHILD, str(root), str(pool), "0"], check=True,
                   capture_output=True, timeout=120)
    assert assert_whole(root, reported) == FILES
    assert time.monotonic() - started < 60
