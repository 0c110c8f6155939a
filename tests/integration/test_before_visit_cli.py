"""``secondop specialist``, ``goals``, ``ready``, ``letter inform`` and ``question add --record``
end to end through cli.main, the PDFs read back as text."""

from __future__ import annotations

import json

import pytest
from factories import make_pdf
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


def flat(path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


def test_shortlist_choose_and_call_sheet(qapp, run, tmp_path):
    code, out, _ = run("specialist", "add", "Dr. Ann Stone", "--specialty", "Endocrine surgery",
                       "--institution", "University Hospital", "--board-certified",
                       "American Board of Surgery", "--cases",
                       "about 300 thyroid operations a year", "--recommended-by", "Dr. Okafor",
                       "--insurance", "yes", "--telehealth", "no", "--wait-days", "21",
                       "--phone", "555-0100", "--email", "office@uh.example", "--notes",
                       "Call Mon-Fri")
    assert (code, out) == (0, "added specialist 1: Dr. Ann Stone\n")
    assert run("specialist", "add", "Dr. Raj Patel")[0] == 0
    code, _out, err = run("specialist", "add", "Dr. X", "--insurance", "maybe")
    assert code == 2 and "insurance" in err
    code, out, _ = run("specialist", "edit", "2", "--status", "declined")
    assert code == 0 and "Declined" in out
    assert run("specialist", "choose", "1")[0] == 0
    code, out, _ = run("specialist", "list", "--json")
    rows = json.loads(out)
    assert [(r["id"], r["chosen"], r["wait_days"]) for r in rows] == [(1, True, 21),
                                                                      (2, False, None)]
    code, out, _ = run("visit")
    assert "specialist: Dr. Ann Stone" in out and "facility: University Hospital" in out
    sheet = tmp_path / "call.pdf"
    assert run("specialist", "sheet", "--out", str(sheet))[0] == 0
    text = flat(sheet)
    for expected in ("Dr. Ann Stone", "555-0100", "about 300 thyroid operations a year",
                     "American Board of Surgery", "DICOM", "Pathology slides and blocks",
                     "referral", "interpreter", "telehealth"):
        assert expected in text, expected
    assert "Dr. Raj Patel" not in text  # declined: not called
    code, out, _ = run("specialist", "remove", "2")
    assert code == 0 and "removed specialist 2" in out
    assert run("specialist", "remove", "2")[0] == 1


def test_goals_readiness_and_the_letter_to_the_current_doctor(qapp, run, tmp_path):
    assert run("goals", "set", "Keep teaching; protect my voice")[0] == 0
    assert run("goals")[1] == "Keep teaching; protect my voice\n"
    run("profile", "--name", "Jane Doe", "--dob", "1970-04-02", "--address",
        "12 Elm Street\nSpringfield 12345")
    run("visit", "--diagnosis", "Graves' disease", "--reason", "Surgery or not?",
        "--referring", "Dr. Okafor")
    code, _out, err = run("visit", "--condition", "liver")
    assert code == 2 and "cancer|heart" in err
    assert run("visit", "--condition", "cancer")[0] == 0
    run("import", str(make_pdf(tmp_path / "path.pdf", ["SURGICAL PATHOLOGY REPORT. Final "
                                                        "diagnosis: Hurthle cell carcinoma."])))
    code, out, _ = run("ready", "--json")
    report = json.loads(out)
    assert (report["condition"], report["guessed"]) == ("cancer", False)
    items = {i["key"]: i for i in report["items"]}
    assert items["pathology-report"]["state"] == "present"
    assert items["pathology-report"]["records"] == [{"id": 1, "title": "Path"}]
    assert items["imaging-files"]["state"] == "missing"
    code, out, _ = run("ready", "--not-applicable", "molecular")
    assert code == 0 and "not applicable  molecular" in out
    code, out, _ = run("ready", "--request", "pathology-slides")
    assert "records request 1 to Dr. Okafor: Pathology slides/blocks" in out
    assert "requested       pathology-slides" in out
    code, _out, err = run("ready", "--not-applicable", "nonsense")
    assert code == 2 and "no item 'nonsense'" in err
    checklist = tmp_path / "ready.pdf"
    code, out, _ = run("ready", "--out", str(checklist))
    assert code == 0 and out.startswith(f"wrote {checklist} (1 page)")
    text = flat(checklist)
    for expected in ("Is my file complete?", "Kind of question: Cancer (as set)",
                     "Pathology reports Present Path",
                     "Pathology slides and blocks Requested request 1 to Dr. Okafor",
                     "Molecular or biomarker reports Not applicable",
                     "Still to get", "The images themselves (DICOM): A second radiologist"):
        assert expected in text, expected

    letter = tmp_path / "inform.pdf"
    code, out, _ = run("letter", "inform", "--to", "Dr. Okafor", "--out", str(letter))
    assert code == 0 and "2 pages" in out
    first, second = (" ".join(t.split()) for t in page_texts(letter))
    for expected in ("Jane Doe", "12 Elm Street", "Springfield 12345", "2 April 1970",
                     "Dear Dr. Okafor", "second opinion about Graves' disease",
                     "Surgery or not?", "Pathology slides/blocks",
                     "share information about my care and to talk with each other"):
        assert expected in first, expected
    assert "What matters to me: Keep teaching; protect my voice" in second


def test_question_add_links_a_page(run, tmp_path):
    run("import", str(make_pdf(tmp_path / "r.pdf", 3)))
    code, out, _ = run("question", "add", "What does 'Hürthle cell' mean?", "--category",
                       "diagnosis", "--record", "1", "--page", "2")
    assert code == 0 and out.endswith("(record 1, page 2)\n")
    code, _out, err = run("question", "add", "Q?", "--record", "9")
    assert code == 1 and "no record number 9" in err
    code, _out, err = run("question", "add", "Q?", "--page", "2")
    assert code == 2 and "--page needs --record" in err
