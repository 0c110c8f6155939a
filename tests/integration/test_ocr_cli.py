"""`secondop ocr`, `secondop search` and the filing fields of `secondop list --json`; the queue
goes on where it stopped after the process reading it is killed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from scans import LAB_REPORT, make_scan

from secondop_desktop import cli

PAGE = (1400, 1100)




def test_ocr_then_search_and_list_json(tmp_path, capsys):
    vault = str(tmp_path / "vault")
    mine = make_scan(tmp_path / "mine.png", LAB_REPORT, size=PAGE)
    other = make_scan(tmp_path / "other.jpg", LAB_REPORT.replace("John Smith", "Anna Kowalska"),
                      rotate=90, fmt="JPEG", size=PAGE)
    assert cli.main(["--vault", vault, "profile", "--name", "John Smith", "--dob",
                     "1960-03-12"]) == 0
    assert cli.main(["--vault", vault, "import", str(mine), str(other)]) == 0
    capsys.readouterr()

    assert cli.main(["--vault", vault, "list", "--json"]) == 0
    unread = json.loads(capsys.readouterr().out)
    assert [(r["suggested"], r["identity_warning"]) for r in unread] == [(None, None)] * 2

    assert cli.main(["--vault", vault, "ocr"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "ok: 2 pages read"

    assert cli.main(["--vault", vault, "search", "kowalska", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["id"], h["title"], h["page"]) for h in hits] == [(2, "Other", 1)]
    assert "[Kowalska]" in hits[0]["snippet"]
    assert cli.main(["--vault", vault, "search", "haemoglobin"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert cli.main(["--vault", vault, "search", "zebra"]) == 1

    assert cli.main(["--vault", vault, "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[1]["date"] == "2024-02-14"  # the date of service, set from the text
    assert rows[1]["suggested"] == {"date": None,  # only what would change is suggested
                                    "provider": "St Mary's Hospital Laboratory",
                                    "kind": "labs", "title": "Full blood count"}
    assert rows[1]["identity_warning"] is None
    assert rows[2]["identity_warning"] == "This page names Anna Kowalska, born 1960-03-12"


def test_the_queue_goes_on_after_the_reader_is_killed(tmp_path):
    vault = tmp_path / "vault"
    scans = [make_scan(tmp_path / f"page{i:02}.png", f"Page number {i}\nferritin level {i}0",
                       size=PAGE) for i in range(8)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "secondop_desktop.cli", "--vault", str(vault)]
    subprocess.run([*command, "import", *map(str, scans)], check=True, env=env,
                   capture_output=True)

    reader = subprocess.Popen([*command, "ocr"], env=env, stdout=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    while stored == 0 and time.monotonic() < deadline and reader.poll() is None:
        time.sleep(0.05)
        stored = _pages_stored(vault)
    reader.send_signal(signal.SIGKILL)
    reader.wait()
    stored = _pages_stored(vault)
    assert 0 < stored < 8, "the kill should land mid-queue"

    again = subprocess.run([*command, "ocr"], env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == f"ok: {8 - stored} pages read"  # none read twice
    found = subprocess.run([*command, "search", "ferritin", "--json"], env=env,
                           capture_output=True, text=True, check=True)
    assert len(json.loads(found.stdout)) == 8
    with sqlite3.connect(vault / "vault.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM ocr_jobs WHERE state = 'done'").fetchone() == (8,)


def _pages_stored(vault: Path) -> int:
    try:
        with sqlite3.connect(vault / "vault.sqlite3", timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM page_text").fetchone()[0]
    except sqlite3.OperationalError:  # the table is not there yet
        return 0


def test_combine_split_and_restore_from_the_command_line(tmp_path, capsys):
    from factories import make_pdf

    vault = str(tmp_path / "vault")
    files = [make_pdf(tmp_path / f"letter{i}.pdf", [f"Letter page {i} with some words"])
             for i in (1, 2, 3)]
    assert cli.main(["--vault", vault, "import", *map(str, files)]) == 0
    assert cli.main(["--vault", vault, "combine", "3", "1", "2", "--title", "One letter"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "combined 4 One letter (from 3, 1, 2; those are in the trash)")
    assert cli.main(["--vault", vault, "split", "4", "--at", "3"]) == 0
    assert capsys.readouterr().out.splitlines() == ["split 5 One letter (part 1) (2 pages)",
                                                    "split 6 One letter (part 2) (1 page)"]
    assert cli.main(["--vault", vault, "split", "5", "--at", "x"]) == 2
    assert "--at takes page numbers" in capsys.readouterr().err
    assert cli.main(["--vault", vault, "restore-originals", "5", "6"]) == 0
    assert capsys.readouterr().out.splitlines() == ["restored 4 One letter"]
    assert cli.main(["--vault", vault, "split", "2", "--at", "2"]) == 2
    assert capsys.readouterr().err == "secondop: “Letter2” is in the trash; restore it first.\n"


def test_ocr_says_which_pages_could_not_be_read_and_why(tmp_path, capsys, monkeypatch):
    from pypdf.errors import DependencyError

    from secondop_desktop.core.ocr import queue

    vault = str(tmp_path / "vault")
    assert cli.main(["--vault", vault, "import", str(make_scan(tmp_path / "fax.png", "Fax",
                                                               size=PAGE)),
                     str(make_scan(tmp_path / "note.png", "Sodium", size=PAGE))]) == 0

    from secondop_desktop.core.vault import Vault

    with Vault.open(vault) as opened:
        fax = opened.documents.path(1)
    real = queue.page_inputs

    def page_inputs(path, fmt, pages=None):  # the fax's picture cannot be decoded here
        if path == fax:
            raise DependencyError("jbig2dec binary is not available.")
        return real(path, fmt, pages)

    monkeypatch.setattr(queue, "page_inputs", page_inputs)
    capsys.readouterr()
    assert cli.main(["--vault", vault, "ocr", "--wait"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2:] == ["ok: 1 page read, 1 could not be read",
                          "could not read record 1 (Fax), page 1: the page's picture uses a "
                          "compression this app cannot decode"]
