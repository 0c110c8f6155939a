"""The `secondop` command's contract: lines, JSON fields, exit codes, and never a traceback."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from factories import make_dicom, make_jpeg, make_pdf, make_png

from secondop_desktop import __version__, cli
from secondop_desktop.core.vault import Vault

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(tmp_path, capsys):
    """run(*argv) -> (exit code, stdout, stderr) against a vault in tmp_path."""
    vault_dir = tmp_path / "vault"

    def runner(*argv: str, vault: Path | None = vault_dir) -> tuple[int, str, str]:
        args = ["--vault", str(vault), *argv] if vault else list(argv)
        code = cli.main(args)
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return runner


def test_import_prints_one_line_per_file_and_exit_codes(run, tmp_path):
    good = make_pdf(tmp_path / "report.pdf", title="CT report")
    code, out, err = run("import", str(good))
    assert (code, out, err) == (0, "imported 1 report.pdf\n", "")
    code, out, _ = run("import", str(good))
    assert (code, out) == (0, "duplicate 1 report.pdf\n")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    scan = make_jpeg(tmp_path / "scan.jpg", size=(100, 100))
    code, out, _ = run("import", str(empty), str(scan))
    assert code == 1  # something was refused; the rest still went in
    assert out.splitlines() == ["refused empty.pdf: the file is empty", "imported 2 scan.jpg"]


def test_import_folder_and_odd_paths(run, tmp_path):
    folder = tmp_path / "cd"
    folder.mkdir()
    make_dicom(folder / "IM0001")
    (folder / "sub").mkdir()
    make_png(folder / "sub" / "chart.png")
    code, out, _ = run("import", str(folder), str(tmp_path / "missing.pdf"))
    assert code == 1
    assert out.splitlines() == ["imported 1 IM0001", "imported 2 chart.png",
                                "refused missing.pdf: there is no such file"]


def test_import_needs_a_path(run):
    code, _, err = run("import")
    assert code == 2 and "PATH" in err


def test_list_json_fields(run, tmp_path):
    run("import", str(make_dicom(tmp_path / "mri.dcm", study_date="20240312")),
        str(make_png(tmp_path / "chart.png")))
    code, out, _ = run("list", "--json")
    assert code == 0
    docs = json.loads(out)
    assert [d["original_name"] for d in docs] == ["mri.dcm", "chart.png"]  # dated first
    for doc in docs:
        assert {"id", "title", "kind", "date", "pages", "sha256", "original_name",
                "trashed"} <= set(doc)
    mri, chart = docs
    assert (mri["kind"], mri["date"], mri["pages"], mri["trashed"]) == ("imaging", "2024-03-12",
                                                                        1, False)
    assert chart["date"] is None and len(chart["sha256"]) == 64
    with Vault.open(tmp_path / "vault") as vault:
        vault.documents.set_trashed(chart["id"], True)
    assert [d["id"] for d in json.loads(run("list", "--json")[1])] == [mri["id"]]
    everything = json.loads(run("list", "--json", "--all")[1])
    assert [d["trashed"] for d in everything] == [False, True]
    code, out, _ = run("list")
    assert code == 0 and "2024-03-12" in out and "chart" not in out.lower()


def test_verify_exit_codes(run, tmp_path):
    run("import", str(make_pdf(tmp_path / "a.pdf")))
    code, out, _ = run("verify")
    assert code == 0 and out.startswith("ok: 1 records")
    with Vault.open(tmp_path / "vault") as vault:
        vault.documents.path(1).unlink()
    code, out, _ = run("verify")
    assert code == 1
    assert out.splitlines() == ["missing: record 1 (a.pdf): its file is gone"]


def test_profile(run):
    code, out, _ = run("profile", "--name", "")
    assert code == 0 and out.splitlines() == ["name: ", "date of birth: "]
    code, out, _ = run("profile", "--name", "Jane Doe", "--dob", "1970-05-17")
    assert code == 0 and out.splitlines() == ["name: Jane Doe", "date of birth: 1970-05-17"]
    assert run("profile")[1].splitlines() == ["name: Jane Doe", "date of birth: 1970-05-17"]
    code, _, err = run("profile", "--dob", "17/05/1970")
    assert code == 2 and "type a date like" in err


def test_questions_in_priority_then_position_order(run):
    assert run("question", "add", "What are my options?")[0] == 0
    assert run("question", "add", "Is surgery needed?", "--priority", "1",
               "--category", "treatment")[0] == 0
    assert run("question", "add", "How long is recovery?", "--priority", "3")[0] == 0
    assert run("question", "add", "Could it be something else?", "--priority", "1")[0] == 0
    code, out, _ = run("question", "list")
    assert code == 0
    texts = [line.split(") ", 1)[1].rsplit("  #", 1)[0] for line in out.splitlines()]
    assert texts == ["Is surgery needed?", "Could it be something else?",
                     "What are my options?", "How long is recovery?"]


@pytest.mark.parametrize(("argv", "words"), [
    (["question", "add", ""], "cannot be empty"),
    (["question", "add", "   "], "cannot be empty"),
    (["question", "add", "Why?", "--priority", "4"], "1 to 3"),
    (["question", "add", "Why?", "--priority", "high"], "1 to 3"),
    (["question", "add", "Why?", "--category", "gossip"], "category"),
    (["question"], "ACTION"),
    (["question", "frobnicate"], "invalid choice"),
])
def test_question_validation_exits_2(run, argv, words):
    code, out, err = run(*argv)
    assert code == 2 and words in err and out == ""
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 2


def test_symptoms(run):
    code, out, _ = run("symptom", "add", "Headache", "7", "--at", "2024-03-01T08:30",
                       "--note", "after lunch")
    assert code == 0 and out.startswith("added 1 2024-03-01 08:30 Headache 7/10")
    before = dt.datetime.now().replace(second=0, microsecond=0)
    assert run("symptom", "add", "Nausea", "0")[0] == 0
    code, out, _ = run("symptom", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "Headache" in lines[0] and "after lunch" in lines[0]
    logged = dt.datetime.strptime(lines[1].split()[1] + " " + lines[1].split()[2],
                                  "%Y-%m-%d %H:%M")
    assert before <= logged <= dt.datetime.now()  # --at defaults to now


@pytest.mark.parametrize(("argv", "words"), [
    (["symptom", "add", "Pain", "11"], "0 to 10"),
    (["symptom", "add", "Pain", "-1"], "0 to 10"),
    (["symptom", "add", "Pain", "5.5"], "whole number"),
    (["symptom", "add", "", "5"], "cannot be empty"),
    (["symptom", "add", "Pain", "5", "--at", "yesterday"], "not a date and time"),
    (["symptom", "add", "Pain", "5", "--at", "2024-02-30T10:00"], "not a date and time"),
    (["symptom", "add", "Pain"], "SEVERITY"),
])
def test_symptom_validation_exits_2(run, argv, words):
    code, out, err = run(*argv)
    assert code == 2 and words in err and out == ""


def test_version(run, capsys):
    code, out, _ = run("--version", vault=None)
    assert code == 0 and out.strip() == f"secondop {__version__}"


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["--vault"], ["list", "--jsn"],
                                  ["--vault", "", "list"]])
def test_usage_errors_exit_2(run, argv):
    code, _, err = run(*argv, vault=None)
    assert code == 2 and err.strip()


def test_vault_path_that_is_a_file(run, tmp_path):
    not_a_folder = make_png(tmp_path / "picture.png")
    code, out, err = run("list", vault=not_a_folder)
    assert code == 1 and out == ""
    assert err.strip() == f"secondop: {not_a_folder} is a file, not a folder for a vault."


def test_damaged_vault_database(run, tmp_path):
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "vault.sqlite3").write_bytes(b"garbage" * 1000)
    code, _, err = run("verify", vault=tmp_path / "broken")
    assert code == 1 and err.startswith("secondop: The vault's database is damaged")
    assert "secondop recover" in err


def test_default_vault_comes_from_the_environment(run, tmp_path, monkeypatch):
    monkeypatch.setenv("SECONDOP_VAULT", str(tmp_path / "env-vault"))
    code, out, _ = run("import", str(make_png(tmp_path / "a.png")), vault=None)
    assert code == 0 and (tmp_path / "env-vault" / "vault.sqlite3").exists()


def _secondop() -> Path:
    exe = Path(sys.executable).with_name("secondop")
    # Installed with the package (make test does it): missing, the install is broken.
    assert exe.exists(), f"the secondop entry point is not installed beside {sys.executable}"
    return exe


def test_installed_command_end_to_end(tmp_path):
    """The real entry point in a real process, as a user or a script runs it."""
    env = {**os.environ, "SECONDOP_VAULT": str(tmp_path / "v")}
    folder = tmp_path / "records"
    folder.mkdir()
    make_pdf(folder / "letter.pdf", ["Consultation letter"])
    (folder / "notes.docx").write_bytes(b"PK\x03\x04" + b"\0" * 64)

    def secondop(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(_secondop()), *argv], env=env, capture_output=True,
                              text=True, timeout=60)

    done = secondop("import", str(folder))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "imported 1 letter.pdf",
        "refused notes.docx: Word documents are not supported; save or print it as PDF first",
    ]
    assert json.loads(secondop("list", "--json").stdout)[0]["kind"] == "reports"
    assert secondop("verify").returncode == 0
    assert secondop("--version").stdout.strip() == f"secondop {__version__}"
    bad = secondop("symptom", "add", "Pain", "12")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    # Odd arguments and files: a message and an exit code, never a traceback.
    for argv in (["import", str(tmp_path)], ["--vault", str(folder / "letter.pdf"), "list"],
                 ["import", "/dev/null"], ["question", "add"]):
        done = secondop(*argv)
        assert done.returncode in (1, 2), argv
        assert "Traceback" not in done.stdout + done.stderr, argv


def test_module_runs_as_a_script(tmp_path):
    done = subprocess.run([sys.executable, "-m", "secondop_desktop.cli", "--vault",
                           str(tmp_path / "v"), "question", "add", "Why?", "--priority", "0"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2 and "1 to 3" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(os.name != "posix", reason="POSIX pipes")
def test_reader_gone_away_is_no_traceback(tmp_path):
    """`secondop list | head -0`: the pipe closes before anything is printed."""
    with Vault.open(tmp_path / "v") as vault:
        vault.questions.add(text="Is surgery the only option?")
    read_end, write_end = os.pipe()
    os.close(read_end)
    done = subprocess.run([str(_secondop()), "--vault", str(tmp_path / "v"), "question", "list"],
                          stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60)
    os.close(write_end)
    assert done.returncode == 1
    assert done.stderr == ""


def test_vault_from_a_newer_version(run, tmp_path):
    import sqlite3

    Vault.open(tmp_path / "vault").close()
    conn = sqlite3.connect(tmp_path / "vault" / "vault.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    code, out, err = run("list")
    assert code == 1 and out == ""
    assert "newer version of SecondOp" in err and len(err.splitlines()) == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_vault_lists_verifies_and_exports_and_stays_read_only(run, tmp_path,
                                                                       monkeypatch, qapp):
    # (qapp: export in this process finds the tests' QApplication instead of making its own)
    root = tmp_path / "vault"
    assert run("import", str(make_pdf(tmp_path / "letter.pdf", ["A letter"])))[0] == 0
    subprocess.run(["chmod", "-R", "a-w", str(root)], check=True)
    modes = {p: p.stat().st_mode for p in [root, *root.rglob("*")]}
    # Tests run as root, for whom chmod does not bind: the folder reports itself not writable.
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, how, **kw: False if how == os.W_OK
                        else real_access(path, how, **kw))
    try:
        code, out, err = run("list")
        assert (code, err) == (0, "") and "Letter" in out
        assert run("verify")[:2] == (0, "ok: 1 records, every file intact\n")
        code, out, err = run("export", "--out", str(tmp_path / "packet.pdf"))
        assert code == 0, err
        assert (tmp_path / "packet.pdf").exists()
        code, out, err = run("question", "add", "Can I write?")
        assert code == 1 and "read-only" in err and len(err.splitlines()) == 1
        assert {p: p.stat().st_mode for p in [root, *root.rglob("*")]} == modes
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(root)], check=True)


def test_library_warnings_stay_off_stderr(tmp_path):
    """A PDF font with an encoding pypdf does not know makes pypdf log an error; the command
    prints its lines and nothing else."""
    letter = make_pdf(tmp_path / "letter.pdf", ["Hello"]).read_bytes()
    odd = tmp_path / "odd-font.pdf"
    odd.write_bytes(letter.replace(b"/BaseFont /Helvetica >>",
                                   b"/BaseFont /Helvetica /Encoding /Odd >>"))
    argv = ["--vault", str(tmp_path / "v"), "import", str(odd)]
    unquiet = ("import sys; from secondop_desktop.cli import commands as cli; "
               "cli._quiet_libraries = lambda: None; sys.exit(cli.main(sys.argv[1:]))")
    loud = subprocess.run([sys.executable, "-c", unquiet, *argv], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)
    assert "Advanced encoding /Odd" in loud.stderr  # the file does make pypdf speak
    done = subprocess.run([str(_secondop()), *argv[:2], "import", str(odd)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("duplicate 1 odd-font.pdf")
    assert done.stderr == ""
    fresh = subprocess.run([str(_secondop()), "--vault", str(tmp_path / "v2"), "import",
                            str(odd)], capture_output=True, text=True, timeout=60)
    assert (fresh.returncode, fresh.stderr) == (0, "")


def test_vault_option_after_the_command_and_in_each_help(run, tmp_path, capsys):
    good = make_pdf(tmp_path / "letter.pdf")
    folder = tmp_path / "late"
    code, out, _ = run("import", str(good), "--vault", str(folder), vault=None)
    assert code == 0 and (folder / "vault.sqlite3").exists()
    code, out, _ = run("list", "--vault", str(folder), vault=None)
    assert "letter" in out.lower()
    for command in (["import"], ["list"], ["export"], ["question", "add"], ["symptom", "list"]):
        assert cli.main([*command, "--help"]) == 0
        assert "--vault DIR" in capsys.readouterr().out, command


def test_only_commands_that_add_data_create_a_vault(run, tmp_path):
    missing = tmp_path / "typo"
    for argv in (["list"], ["verify"], ["question", "list"], ["symptom", "list"], ["profile"],
                 ["export", "--out", str(tmp_path / "p.pdf")]):
        code, out, err = run(*argv, vault=missing)
        assert code == 1 and f"no vault at {missing}" in err, argv
        assert not missing.exists(), argv
    code, _, err = run("list")  # a new vault is created by adding; an empty one says so
    run("question", "add", "Why?")
    code, out, err = run("list")
    assert (code, out) == (0, "") and "No records" in err


def test_export_to_a_missing_folder_is_refused(run, tmp_path):
    run("question", "add", "Why?")
    target = tmp_path / "missing" / "dir" / "p.pdf"
    code, _, err = run("export", "--out", str(target))
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "missing").exists()


def test_question_add_says_what_the_priority_means(run, capsys):
    code, out, _ = run("question", "add", "Is surgery needed now?", "--priority", "1")
    assert code == 0 and "priority 1 (Must ask)" in out
    assert cli.main(["question", "add", "--help"]) == 0
    assert "1 = must ask" in capsys.readouterr().out


def test_the_images_of_one_study_are_one_line_each_study(run, tmp_path):
    cd = tmp_path / "cd"
    cd.mkdir()
    for n in range(1, 5):
        make_dicom(cd / f"IM{n:04d}", study_uid="1.2.3.4", series_uid="1.2.3.4.5", instance=n)
    code, out, _ = run("import", str(cd))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("imported 1 ")
    assert lines[1] == "joined 1: 3 more images of that study"
