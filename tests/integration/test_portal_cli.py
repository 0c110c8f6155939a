"""`secondop med|allergy|problem|lab list [--json]` and `secondop differences [--json]`."""

from __future__ import annotations

import json

import pytest
from clinical_factories import (
    SAMPLES,
    allergy,
    ccda,
    fhir_bundle,
    medication,
    result,
    write_fhir,
    write_xdm_zip,
)
from factories import _pdf_bytes

from secondop_desktop import cli


@pytest.fixture
def run(tmp_path, capsys):
    def runner(*argv: str) -> tuple[int, str, str]:
        code = cli.main(["--vault", str(tmp_path / "vault"), *argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return runner


@pytest.fixture
def imported(run, tmp_path):
    (tmp_path / "a.ccda").write_bytes(ccda(
        title="Clinic summary", date="20260101",
        medications=medication("Metformin 500 MG", "860975", dose="500"),
        allergies=allergy("Penicillin", "7980") + allergy("Codeine", "2670"),
        results=result("Glucose", "2345-7", "6.1", "mg/dL", "20260101", "3.9", "5.5", "H")))
    (tmp_path / "b.txt").write_bytes(ccda(
        title="Discharge", date="20260301",
        medications=medication("Metformin 500 MG", "860975", dose="1000"),
        allergies=allergy("Penicillin", "7980"),
        results=result("Glucose", "2345-7", "7.4", "mg/dL", "20260301", "3.9", "5.5", "H")))
    code, out, _ = run("import", str(tmp_path / "a.ccda"), str(tmp_path / "b.txt"))
    assert code == 0 and out.splitlines() == ["imported 1 a.ccda", "imported 2 b.txt"]
    run("med", "list")  # the vault exists: the patient's own entry goes in beside
    return tmp_path


def test_med_list_json_has_sources_and_the_patients_own_entries(run, imported):
    from secondop_desktop.core.vault import Vault

    with Vault.open(imported / "vault") as vault:
        vault.medications.add(name="Aspirin", dose="81 mg")
    code, out, _ = run("med", "list", "--json")
    items = json.loads(out)
    assert code == 0
    assert [(i["name"], i["sources"]) for i in items] == [("Aspirin", []),
                                                          ("Metformin 500 MG", [1, 2])]
    metformin = items[1]
    assert (metformin["rxnorm"], metformin["dose"], metformin["frequency"],
            metformin["status"]) == ("860975", "1000 mg", "twice a day", "active")
    code, out, _ = run("med", "list")  # the patient's own list first, as `med list` prints it
    assert out.splitlines() == [
        "    1  Aspirin 81 mg", "from your records:",
        "Metformin 500 MG  1000 mg  twice a day  active  "
        "[from Clinic summary, 1 Jan 2026; Discharge, 1 Mar 2026]"]


def test_allergy_and_problem_lists(run, imported):
    items = json.loads(run("allergy", "list", "--json")[1])
    assert {(i["substance"], tuple(i["sources"]), i["state"]) for i in items} == {
        ("Codeine", (1,), "allergic"), ("Penicillin", (1, 2), "allergic")}
    assert json.loads(run("problem", "list", "--json")[1]) == []


def test_lab_list_fields(run, imported):
    items = json.loads(run("lab", "list", "--json")[1])
    assert [(i["test"], i["loinc"], i["value"], i["unit"], i["low"], i["high"], i["flag"],
             i["date"], i["source"], i["sources"]) for i in items] == [
        ("Glucose", "2345-7", 6.1, "mg/dL", 3.9, 5.5, "high", "2026-01-01", 1, [1]),
        ("Glucose", "2345-7", 7.4, "mg/dL", 3.9, 5.5, "high", "2026-03-01", 2, [2])]
    out = run("lab", "list")[1]
    assert "2026-03-01  Glucose  7.4  mg/dL  (3.9–5.5)  high  [record 2]" in out


def test_differences(run, imported):
    code, out, _ = run("differences", "--json")
    found = {(d["kind"], d["subject"]): d for d in json.loads(out)}
    assert set(found) == {("dose", "Metformin 500 MG"), ("missing", "Codeine")}
    assert found[("missing", "Codeine")]["sources"] == [1, 2]
    assert found[("dose", "Metformin 500 MG")]["resolution"] is None
    out = run("differences")[1]
    assert "Metformin 500 MG: 500 mg in Clinic summary, 1 Jan 2026; 1000 mg in Discharge" in out


def test_empty_vault_lists_say_so(run):
    run("profile", "--name", "Jane Doe")  # a vault to list from
    assert run("med", "list") == (0, "medications: not recorded\n", "")
    assert run("problem", "list") == (0, "nothing recorded\n", "")
    assert run("lab", "list") == (0, "no lab results\n", "")
    assert run("differences") == (0, "the records agree\n", "")
    assert run("lab")[0] == 2  # an action is required


def test_fhir_and_portal_zip_from_the_command_line(run, tmp_path):
    write_fhir(tmp_path / "apple.json", fhir_bundle(observations=3))
    write_xdm_zip(tmp_path / "portal.zip", {"DOC1.XML": ccda(), "DOC2.PDF": _pdf_bytes(["x"])})
    code, out, _ = run("import", str(tmp_path / "apple.json"), str(tmp_path / "portal.zip"))
    assert code == 0
    assert out.splitlines() == ["imported 1 apple.json", "imported 2 portal.zip (and 3 inside)"]
    listed = json.loads(run("list", "--json")[1])
    assert [d["format"] for d in listed] == ["fhir", "ccda", "pdf"] or sorted(
        d["format"] for d in listed) == ["ccda", "fhir", "pdf"]
    assert len(json.loads(run("lab", "list", "--json")[1])) == 3


def test_every_sample_imports_and_fills_the_lists(run):
    code, out, _ = run("import", str(SAMPLES / "ccda"), str(SAMPLES / "fhir"))
    imported = [line for line in out.splitlines() if line.startswith("imported")]
    assert len(imported) == 10  # eight C-CDA documents, two FHIR bundles (licences refused)
    # the same albuterol, atenolol, penicillin... in several documents count once
    assert len(json.loads(run("med", "list", "--json")[1])) == 4
    assert len(json.loads(run("allergy", "list", "--json")[1])) == 5
    assert len(json.loads(run("problem", "list", "--json")[1])) == 11
    labs = json.loads(run("lab", "list", "--json")[1])
    assert len(labs) == 57 and all(lab["sources"] for lab in labs)


def _bulk_export(folder):
    """A Bulk FHIR export: Patient.ndjson names the patients, the other files only their ids."""
    folder.mkdir()
    people = [("p1", "Ann Lee"), ("p2", "Bob Stone"), ("p3", "Cara Diaz")]
    (folder / "Patient.ndjson").write_text("\n".join(json.dumps(
        {"resourceType": "Patient", "id": pid, "name": [{"text": name}]})
        for pid, name in people))
    (folder / "AllergyIntolerance.ndjson").write_text("\n".join(json.dumps(
        {"resourceType": "AllergyIntolerance", "id": f"a{pid}",
         "patient": {"reference": f"Patient/{pid}"}, "code": {"text": f"Allergen of {pid}"},
         "criticality": "high"}) for pid, _name in people))
    return folder


def test_import_of_a_bulk_export_is_refused_naming_patients_or_takes_the_one_named(run,
                                                                                  tmp_path):
    folder = _bulk_export(tmp_path / "export")
    code, out, _ = run("import", str(folder))
    assert code == 1 and out.count("refused") == 2
    assert "3 patients (Ann Lee, Bob Stone, Cara Diaz)" in out
    code, out, _ = run("import", "--patient", "nobody", str(folder))
    assert code == 1 and "no patient in this file matches “nobody”" in out
    code, out, _ = run("import", "--patient", "bob", str(folder))
    assert code == 0, out
    code, out, _ = run("allergy", "list", "--json")
    (row,) = [r for r in json.loads(out) if not r["own"]]
    assert (row["substance"], row["criticality"]) == ("Allergen of p2", "high")
