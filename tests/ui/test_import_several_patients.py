"""A file of several patients' records: the app asks whose to import, and imports only theirs."""

from __future__ import annotations

import json

from test_records_page import _page


def _bulk(path):
    lines = []
    for pid, given, family, substance in (("p1", "Ann", "Lee", "Penicillin"),
                                          ("p2", "Bob", "Stone", "Latex")):
        lines.append({"resourceType": "Patient", "id": pid, "birthDate": "1970-01-01",
                      "name": [{"given": [given], "family": family}]})
        lines.append({"resourceType": "AllergyIntolerance", "id": f"a{pid}",
                      "patient": {"reference": f"Patient/{pid}"}, "code": {"text": substance}})
    path.write_text("\n".join(json.dumps(line) for line in lines))
    return path


def test_the_app_asks_whose_records_and_imports_only_theirs(qtbot, vault, services, dialogs,
                                                            tmp_path):
    page = _page(qtbot, vault, services)
    dialogs.choices.append("Bob Stone (born 1970-01-01)")
    page.import_paths([_bulk(tmp_path / "export.ndjson")])
    asked = [m for m in dialogs.messages if m[0] == "choose"]
    assert asked and "holds the records of 2 patients" in asked[0][2]
    assert [i.fact.name for i in vault.clinical.items("allergy")] == ["Latex"]
    assert vault.documents.count() == 1


def test_without_a_choice_nothing_is_imported(qtbot, vault, services, dialogs, tmp_path):
    page = _page(qtbot, vault, services)
    page.import_paths([_bulk(tmp_path / "export.ndjson")])
    assert vault.documents.count() == 0
    (refused,) = page.last_summary.refused
    assert "Ann Lee" in refused.reason and "Bob Stone" in refused.reason
