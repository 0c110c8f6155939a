"""Odd command lines get a one-line refusal from the command line's edge, never "something went
wrong", and nothing is stored; a stored odd date never stops the export."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from factories import make_pdf

from secondop_desktop import cli
from secondop_desktop.core.validate import LONG_TEXT, SHORT_TEXT

HUGE = "9" * 23  # beyond 64 bits
RANGE = "SecondOp takes dates from 1900 to a year from today"
SOON = (dt.datetime.now() + dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
LONG = "x" * 120_000


@pytest.fixture
def run(tmp_path, capsys):
    def runner(*argv: str) -> tuple[int, str, str]:
        code = cli.main(["--vault", str(tmp_path / "vault"), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return runner


@pytest.fixture
def filled(run, tmp_path) -> Path:
    assert run("import", str(make_pdf(tmp_path / "a.pdf", ["Report"])))[0] == 0
    assert run("import", str(make_pdf(tmp_path / "b.pdf", ["Letter"])))[0] == 0
    assert run("request", "add", "City Pathology", "--items", "notes")[0] == 0
    return tmp_path / "vault"


ODD = {  # argv: (exit code, words of the reason)
    ("combine", HUGE, "2"): (2, "A record number must be from 1"),
    ("split", HUGE, "--at", "2"): (2, "A record number must be from 1"),
    ("split", "1", "--at", f"2,{HUGE}"): (2, "--at takes page numbers from 1 to"),
    ("rotate", "1", "--page", HUGE, "--by", "90"): (2, "The page must be from 1"),
    ("restore-originals", HUGE): (2, "A record number must be from 1"),
    ("export", "--records", "9" * 20, "--out", "{tmp}/p.pdf"): (2, "--records takes record"),
    ("request", "received", "1", "--record", HUGE): (2, "--record takes record numbers"),
    ("request", "received", HUGE): (2, "A request number must be from 1"),
    ("request", "letter", HUGE, "--out", "{tmp}/l.pdf"): (2, "A request number"),
    ("export", "--out", ""): (2, "--out is empty"),
    ("backup", "--out", ""): (2, "--out is empty"),
    ("export", "--out", "{tmp}/" + "d" * 300 + "/p.pdf"): (2, "longer than the system takes"),
    ("symptom", "add", "Headache", "5", "--at", "9999-12-31T23:59"): (2, RANGE),
    ("symptom", "add", "Headache", "5", "--at", "0001-01-01T00:00"): (2, RANGE),
    ("symptom", "add", "Headache", "5", "--at", "2031-01-01T10:00"): (2, RANGE),
    ("symptom", "add", "Headache", "5", "--at", SOON): (2, "in the future"),
    ("visit", "--appointment", "9999-12-31T10:00"): (2, RANGE),
    ("profile", "--dob", "0001-01-01"): (2, RANGE),
    ("request", "add", "Lab", "--items", "notes", "--asked", "0001-01-01"): (2, RANGE),
    ("request", "add", "Lab", "--items", "notes", "--asked", "2026-03-10", "--due",
     "2026-03-01"): (2, "before the date asked"),
    ("import", ""): (2, "An empty path names no file"),
    ("request", "letter", "1", "--out", "{tmp}/missing/dir/x.pdf"): (1, "does not exist"),
    ("export", "--out", "{tmp}/missing/dir/x.pdf"): (1, "does not exist"),
    ("backup", "--out", "{tmp}/missing/dir/x.secondop-backup"): (1, "does not exist"),
    ("question", "add", LONG): (2, f"at most {LONG_TEXT:,} are taken"),
    ("symptom", "add", LONG, "5"): (2, f"at most {SHORT_TEXT:,} are taken"),
    ("symptom", "add", "Headache", "5", "--note", LONG): (2, "The note is 120,000 characters"),
    ("profile", "--name", LONG): (2, "The name is 120,000 characters"),
    ("med", "add", LONG): (2, "The medication's name is"),
    ("med", "add", "Aspirin", "--dose", LONG): (2, "--dose is"),
    ("allergy", "add", "Penicillin", "--reaction", LONG): (2, "--reaction is"),
    ("request", "add", LONG, "--items", "notes"): (2, "The provider is"),
    ("visit", "--specialist", LONG): (2, "The specialist is"),
    ("combine", "1", "2", "--title", LONG): (2, "The title is"),
}


@pytest.mark.parametrize("argv", list(ODD), ids=[" ".join(a)[:60] for a in ODD])
def test_odd_command_lines_get_a_clear_one_line_refusal(run, filled, tmp_path, argv):
    code, words = ODD[argv]
    before = sqlite3.connect(filled / "vault.sqlite3").execute(
        "SELECT (SELECT count(*) FROM symptoms), (SELECT count(*) FROM questions), "
        "(SELECT count(*) FROM records_requests), (SELECT count(*) FROM documents), "
        "(SELECT count(*) FROM medications), (SELECT count(*) FROM profile)").fetchone()
    got, out, err = run(*[a.format(tmp=tmp_path) for a in argv])
    assert (got, out) == (code, ""), err
    assert words in err
    assert len(err.strip().splitlines()) == 1 and len(err) < 600, err[:300]
    assert "something went wrong" not in err
    after = sqlite3.connect(filled / "vault.sqlite3").execute(
        "SELECT (SELECT count(*) FROM symptoms), (SELECT count(*) FROM questions), "
        "(SELECT count(*) FROM records_requests), (SELECT count(*) FROM documents), "
        "(SELECT count(*) FROM medications), (SELECT count(*) FROM profile)").fetchone()
    assert after == before
    assert not (tmp_path / "missing").exists()  # no folder is made for an output


def test_a_vault_path_of_120_kb_is_refused(tmp_path, capsys, monkeypatch):
    code = cli.main(["--vault", str(tmp_path / ("v" * 120_000)), "list"])
    err = capsys.readouterr().err
    assert code == 2 and "The vault folder is longer than the system takes" in err
    monkeypatch.setenv("SECONDOP_VAULT", str(tmp_path / ("v" * 300)))
    code = cli.main(["question", "add", "Why?"])
    err = capsys.readouterr().err
    assert code == 2 and "The vault folder is longer than the system takes" in err


def test_a_symptom_logged_now_or_in_the_past_is_taken(run):
    assert run("symptom", "add", "Headache", "5", "--at", "2026-01-01T08:00")[0] == 0
    assert run("symptom", "add", "Headache", "5")[0] == 0  # now


def test_one_stored_odd_date_never_stops_the_export(qapp, run, filled, tmp_path):
    """Dates an older version took (year 1, 9999) are left out of the chart and listed."""
    with sqlite3.connect(filled / "vault.sqlite3") as conn:
        conn.executemany("INSERT INTO symptoms (at, symptom, severity) VALUES (?, ?, 5)",
                         [("9999-12-31T23:59", "Headache"), ("0001-01-01T00:00", "Nausea"),
                          ("2026-01-05T08:00", "Headache")])
    code, out, err = run("export", "--out", str(tmp_path / "p.pdf"))
    assert code == 0, err
    assert out.startswith("wrote ")
    assert "Symptom log: Headache at 9999-12-31T23:59: could not be included" in err
    assert "Symptom log: Nausea at 0001-01-01T00:00: could not be included" in err


@pytest.mark.parametrize("stamp", ["D:00010101000000", "D:18500101000000"])
def test_an_imported_file_with_an_odd_date_gets_no_date(run, tmp_path, stamp):
    pdf = make_pdf(tmp_path / "old.pdf", ["Old"], creation=stamp)
    assert run("import", str(pdf))[0] == 0
    code, out, _err = run("list")
    assert code == 0 and " ---------- " in out
