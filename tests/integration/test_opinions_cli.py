"""``secondop opinion``, ``compare`` and ``decision`` end to end through cli.main, down to the
words of the comparison PDF."""

from __future__ import annotations

import json

import pytest
from pdf_inspect import page_texts

from secondop_desktop import cli


@pytest.fixture
def run(tmp_path, capsys):
    def runner(*argv: str) -> tuple[int, str, str]:
        code = cli.main(["--vault", str(tmp_path / "vault"), *argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return runner


def _two_opinions(run) -> None:
    code, out, _ = run("opinion", "add", "--by", "Dr Okafor", "--date", "2026-11-03",
                       "--diagnosis", "Graves' disease", "--recommendation",
                       "Radioactive iodine", "--alternatives", "Surgery; Antithyroid drugs",
                       "--benefits", "No operation; Done in one visit", "--risks",
                       "Lifelong thyroid hormone; Eye disease may worsen", "--urgency",
                       "Within 3 months")
    assert code == 0 and "added opinion 1: Dr Okafor, 3 Nov 2026" in out  # a new vault
    assert "options in the decision guide: 1 Radioactive iodine; 2 Surgery" in out
    code, out, _ = run("opinion", "add", "--by", "Dr Stone", "--date", "2026-11-20",
                       "--diagnosis", "Graves disease", "--extent", "Large goitre",
                       "--recommendation", "Surgery", "--alternatives",
                       "Radioactive iodine; Antithyroid drugs",
                       "--benefits", "Quick cure", "--risks", "Voice change; Low calcium",
                       "--tests", "Calcium level", "--urgency", "Within 6 weeks",
                       "--role", "second", "--visit")
    assert code == 0 and "added opinion 2" in out


def test_two_opinions_compared_and_decided_in_the_pdf(qapp, run, tmp_path):
    _two_opinions(run)
    run("profile", "--name", "Jane Doe")
    from secondop_desktop.core.vault import Vault

    with Vault.open(tmp_path / "vault") as vault:  # the goals are typed on the Visit screen
        vault.patient.set(goals="Keep teaching: my voice matters")
    run("question", "add", "Is surgery needed?")
    code, out, _ = run("decision", "rate", "2", "--risk", "1", "--matters", "5")
    assert (code, out) == (0, "option 2 risk 1 (Voice change): matters 5/5 (very much)\n")
    assert run("decision", "rate", "1", "--benefit", "2", "--matters", "0")[0] == 0
    assert run("decision", "option", "add", "Wait and see", "--risks", "Symptoms go on")[0] == 0
    assert run("decision", "status", "close", "--choice", "1")[0] == 0
    assert run("decision", "check", "knowledge", "yes")[0] == 0
    assert run("decision", "check", "sure", "no")[0] == 0
    assert run("decision", "with", "My husband", "--role", "shared")[0] == 0
    assert run("decision", "step", "add", "Ask about the eye risk", "--who", "Dr Okafor")[0] == 0

    out_pdf = tmp_path / "compare.pdf"
    code, out, _ = run("compare", "--out", str(out_pdf))
    assert code == 0 and out.startswith(f"wrote {out_pdf}")
    text = " ".join(" ".join(page_texts(out_pdf)).split())
    for expected in (
            "Keep teaching: my voice matters", "Dr Okafor, 3 Nov 2026",
            "Dr Stone (second opinion), 20 Nov 2026", "= Same", "≠ Different",
            "≈ Partly the same", "Only one says", "Option 1: Radioactive iodine",
            "Option 2: Surgery", "Option 4: Wait and see", "In common: Antithyroid drugs",
            "Voice change",
            "5/5 (very much)", "0/5 (not at all)", "not rated yet",
            "I know the options and their benefits and risks",
            "I am clear which benefits and risks matter most to me",
            "I have the support and advice I need to choose", "I feel sure what is best for me",
            "I am close to choosing", "the one I lean towards", "My husband",
            "Ask about the eye risk", "does not recommend any option", "page 1 of"):
        assert expected in text, expected


def test_opinion_list_edit_remove_and_json(run):
    _two_opinions(run)
    run("question", "add", "Is surgery needed?")
    code, out, _ = run("opinion", "edit", "2", "--urgency", "Soon", "--record", "none")
    assert code == 0 and "changed opinion 2" in out
    code, out, _ = run("opinion", "list", "--json")
    first, second = json.loads(out)
    assert first["alternatives_items"] == ["Surgery", "Antithyroid drugs"]
    assert second["urgency"] == "Soon" and second["visit"] is True
    code, out, _ = run("opinion", "list")
    assert "Recommended treatment: Surgery" in out and "(the visit's answers)" in out
    code, out, _ = run("compare")
    assert "Recommended treatment:   ≠ Different" in out
    assert "in common: Antithyroid drugs" in out
    code, out, _ = run("opinion", "remove", "1")
    assert code == 0 and "removed opinion 1" in out
    code, out, _ = run("decision", "--json")
    guide = json.loads(out)
    assert [o["text"] for o in guide["options"]] == ["Radioactive iodine", "Surgery",
                                                     "Antithyroid drugs"]
    iodine, surgery, _drugs = guide["options"]
    assert iodine["benefits"] == [] and iodine["mentioned_by"] == [
        "Dr Stone (second opinion), 20 Nov 2026"]  # Dr Okafor's words went with his opinion
    assert surgery["risks"][0] == {"n": 1, "id": surgery["risks"][0]["id"],
                                   "text": "Voice change", "matters": None,
                                   "named_by": "Dr Stone (second opinion), 20 Nov 2026"}


def test_usage_errors_say_why(run, tmp_path):
    code, _, err = run("opinion", "list")
    assert code == 1 and "no vault at" in err
    _two_opinions(run)
    code, _, err = run("decision", "rate", "1", "--benefit", "1", "--matters", "7")
    assert code == 2 and "from 0 to 5" in err
    code, _, err = run("decision", "rate", "1", "--risk", "9", "--matters", "2")
    assert code == 2 and "give a number from 1 to 2" in err
    code, _, err = run("opinion", "add", "--by", "Dr Lee", "--date", "soon")
    assert code == 2 and "not a date" in err
    code, _, err = run("opinion", "add", "--by", "Dr Lee", "--record", "4")
    assert code == 1 and "There is no record 4" in err
    code, _, err = run("decision", "status", "decided", "--choice", "99")
    assert code == 1 and "no option 99" in err
    code, _, err = run("compare", "--out", str(tmp_path / "missing" / "c.pdf"))
    assert code == 2 and "does not exist" in err
