"""The CLI sets everything the packet prints: visit details, medications, allergies."""

from __future__ import annotations

import pytest

from secondop_desktop import cli
from secondop_desktop.core.profile import ListState
from secondop_desktop.core.vault import Vault


@pytest.fixture
def run(tmp_path, capsys):
    vault_dir = tmp_path / "vault"

    def runner(*argv: str) -> tuple[int, str, str]:
        code = cli.main(["--vault", str(vault_dir), *argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    runner.vault_dir = vault_dir
    return runner


def test_visit_sets_and_shows_what_the_packet_prints(run):
    code, out, _ = run("visit", "--diagnosis", "Graves' disease", "--reason", "Surgery or not?",
                       "--specialist", "Dr. Whitfield", "--appointment", "2026-07-01 10:30",
                       "--sex", "Female", "--referring", "Dr. Okafor")
    assert code == 0
    assert "diagnosis under review: Graves' disease" in out
    assert "appointment: 2026-07-01T10:30" in out and "referring physician: Dr. Okafor" in out
    with Vault.open(run.vault_dir) as vault:
        assert vault.patient.get().sex == "Female"
        assert vault.appointment.get().specialist == "Dr. Whitfield"
    code, _, err = run("visit", "--appointment", "next week")
    assert code == 2 and "appointment" in err.lower()


def test_visit_output_keeps_one_value_per_line(run):
    run("visit", "--reason", "line one\nforged: line")
    _, out, _ = run("visit")
    assert "reason for a second opinion: line one\\nforged: line" in out


def test_medications_and_allergies(run):
    run("profile", "--name", "Jane Doe")  # a vault to list from
    _, out, _ = run("allergy", "list")
    assert out == "allergies: not recorded\n"
    _, out, _ = run("allergy", "none")
    assert out == "allergies: no known allergies\n"
    code, out, _ = run("allergy", "add", "Penicillin", "--reaction", "rash")
    assert code == 0 and out.startswith("added ")
    _, out, _ = run("allergy", "list")
    assert "Penicillin (rash)" in out and "no known" not in out
    code, _, err = run("allergy", "none")
    assert code == 2 and "first" in err
    run("med", "add", "Levothyroxine", "--dose", "50 mcg", "--frequency", "daily")
    _, out, _ = run("med", "list")
    assert "Levothyroxine 50 mcg daily" in out
    with Vault.open(run.vault_dir) as vault:
        assert vault.allergies.state() is ListState.LISTED
        assert vault.medications.state() is ListState.LISTED
