"""``secondop request``, ``sent``, ``backup`` and ``restore`` end to end through cli.main."""

from __future__ import annotations

import io
import json

import pytest
from factories import make_pdf

from secondop_desktop import cli


@pytest.fixture
def run(tmp_path, capsys):
    def runner(*argv: str, vault=tmp_path / "vault") -> tuple[int, str, str]:
        code = cli.main(["--vault", str(vault), *argv] if vault else list(argv))
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return runner


def test_request_add_list_received_letter(qapp, run, tmp_path):  # qapp: the letter needs Qt
    code, out, _ = run("request", "add", "City Pathology", "--items",
                       "notes,imaging-cd,pathology-slides", "--asked", "2026-11-03")
    assert code == 0 and "added request 1" in out and "due 2026-12-03" in out
    code, out, _ = run("request", "list", "--json")
    [request] = json.loads(out)
    assert request["id"] == 1 and request["due"] == "2026-12-03"
    assert [i["item"] for i in request["items"]] == ["notes", "imaging-cd", "pathology-slides"]
    assert all("id" in i for i in request["items"])
    run("import", str(make_pdf(tmp_path / "slides.pdf")))
    code, out, _ = run("request", "received", "1", "--record", "1", "--items", "pathology-slides")
    assert (code, out) == (0, "request 1: partly received\n")
    code, out, _ = run("request", "list")
    assert "[x] Pathology slides/blocks  records 1" in out and "[ ] Visit notes" in out
    code, out, _ = run("request", "letter", "1", "--out", str(tmp_path / "letter.pdf"))
    assert code == 0 and (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")


def test_request_usage_errors_exit_2(run):
    code, _, err = run("request", "add", "GP", "--items", "x-rays")
    assert code == 2 and "Unknown item 'x-rays'" in err
    code, _, err = run("request", "add", "GP", "--items", "notes", "--asked", "3 Nov")
    assert code == 2 and "not a date" in err
    code, _, err = run("request", "received", "7", "--record", "1")
    assert code == 1 and "no vault at" in err  # nothing to mark received in a vault not made
    run("profile", "--name", "Jane Doe")
    code, _, err = run("request", "received", "7", "--record", "1")
    assert code == 1 and "no records request 7" in err


def test_backup_and_restore_with_a_passphrase_from_stdin(run, tmp_path, monkeypatch):
    run("import", str(make_pdf(tmp_path / "a.pdf")), str(make_pdf(tmp_path / "b.pdf", 2)))
    archive = tmp_path / "backup.sob"
    monkeypatch.setattr("sys.stdin", io.StringIO("long passphrase\n"))
    code, out, _ = run("backup", "--out", str(archive), "--passphrase-stdin")
    assert code == 0 and "2 records" in out and "passphrase" in out
    code, _, err = run("restore", str(archive), "--vault", str(tmp_path / "new"),
                       "--passphrase", "nope", vault=None)
    assert code == 1 and "passphrase is wrong" in err and not (tmp_path / "new").exists()
    monkeypatch.setenv("SECONDOP_PASSPHRASE", "long passphrase")
    code, out, _ = run("restore", str(archive), "--vault", str(tmp_path / "new"), vault=None)
    assert code == 0 and "restored 2 records" in out
    code, out, _ = run("verify", vault=tmp_path / "new")
    assert code == 0 and out.startswith("ok: 2 records")
    code, _, err = run("restore", str(archive), "--vault", str(tmp_path / "new"), vault=None)
    assert code == 1 and "not empty" in err


def test_restore_of_a_cut_archive_says_so(run, tmp_path):
    run("import", str(make_pdf(tmp_path / "a.pdf", 3)))
    archive = tmp_path / "b.tar"
    assert run("backup", "--out", str(archive))[0] == 0
    archive.write_bytes(archive.read_bytes()[:3000])
    code, _, err = run("restore", str(archive), "--vault", str(tmp_path / "new"), vault=None)
    assert code == 1 and "incomplete" in err and not (tmp_path / "new").exists()


def test_export_to_someone_is_logged_and_password_from_env(qapp, run, tmp_path, monkeypatch):
    run("import", str(make_pdf(tmp_path / "a.pdf", 2)))
    run("request", "add", "City Pathology", "--items", "pathology-slides", "--asked",
        "2026-11-03")
    monkeypatch.setenv("SECONDOP_PASSWORD", "river-tulip-9")
    code, out, err = run("export", "--out", str(tmp_path / "p.pdf"), "--to",
                         "Dr Becker, University Spine Centre", "--password")
    assert code == 0, err
    assert "protected with a password" in out
    code, out, _ = run("sent", "list", "--json")
    [entry] = json.loads(out)
    assert entry["to"] == "Dr Becker, University Spine Centre" and entry["protected"]
    assert entry["records"] == [1] and entry["file"] == str((tmp_path / "p.pdf").resolve())
    code, out, _ = run("sent", "list")
    assert "Dr Becker, University Spine Centre" in out
    assert b"river-tulip-9" not in (tmp_path / "vault" / "vault.sqlite3").read_bytes()


def test_export_of_a_read_only_vault_is_written_but_not_logged(qapp, run, tmp_path, monkeypatch):
    import os

    run("import", str(make_pdf(tmp_path / "a.pdf", 2)))
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, how, **kw: False if how == os.W_OK
                        else real_access(path, how, **kw))
    code, out, err = run("export", "--out", str(tmp_path / "p.pdf"), "--to", "Dr Becker")
    assert code == 0 and (tmp_path / "p.pdf").exists()
    assert "not in the sent log" in err
    monkeypatch.setattr(os, "access", real_access)
    assert json.loads(run("sent", "list", "--json")[1]) == []
