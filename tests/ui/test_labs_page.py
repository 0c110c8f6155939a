"""The Labs screen: one row per test, latest value and trend, a chart of the selected test."""

from __future__ import annotations

from clinical_factories import ccda, result
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from secondop_desktop.ui.labs.model import LabTestModel
from secondop_desktop.ui.labs.page import LabsPage


def _import_results(vault, tmp_path) -> None:
    for name, date, value in (("a.xml", "20250101", "6.1"), ("b.xml", "20250601", "7.4")):
        (tmp_path / name).write_bytes(ccda(date=date, results=result(
            "Glucose", "2345-7", value, "mg/dL", date, "3.9", "5.5", "H")
            + result("Sodium", "2951-2", "140", "mmol/L", date, "135", "145")))
        vault.documents.import_file(tmp_path / name)


def test_model_contract_and_rows(vault, tmp_path, qtbot):
    _import_results(vault, tmp_path)
    model = LabTestModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_tests(vault.clinical.lab_tests())
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows == [["Glucose", "7.4", "mg/dL", "high", "↑ rising"],
                    ["Sodium", "140", "mmol/L", "", "→ steady"]]
    assert [model.index(r, 7).data() for r in range(2)] == ["3.9–5.5", "135–145"]


def test_page_lists_tests_and_charts_the_selected_one(vault, tmp_path, qtbot, services):
    _import_results(vault, tmp_path)
    page = LabsPage(vault, services)
    qtbot.addWidget(page)
    assert page.proxy.rowCount() == 2 and page.empty.isHidden()
    assert page.chart.test is not None and page.chart.test.test == "Glucose"
    page.table.selectRow(1)
    assert page.chart.test.test == "Sodium"
    image = page.chart.grab().toImage()
    assert not image.isNull()
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 0).data() == "Sodium"


def test_empty_vault_says_what_to_do(vault, qtbot, services):
    page = LabsPage(vault, services)
    qtbot.addWidget(page)
    assert not page.empty.isHidden() and "patient portal" in page.empty.text()


def _two_summaries(vault, tmp_path) -> None:
    from clinical_factories import allergy, medication

    for name, date, dose, extra in (("a.xml", "20250101", "500", "Codeine"),
                                    ("b.xml", "20250601", "1000", "")):
        (tmp_path / name).write_bytes(ccda(
            title=f"Summary {name[0]}", date=date,
            medications=medication("Metformin", "860975", dose=dose),
            allergies=allergy("Penicillin", "7980") + (allergy(extra, "2670") if extra else "")))
        vault.documents.import_file(tmp_path / name)


def test_visit_shows_items_with_sources_and_settles_differences(vault, tmp_path, qtbot, services,
                                                                 dialogs):
    from secondop_desktop.ui.visit.page import VisitPage

    vault.medications.add(name="Aspirin", dose="81 mg")
    _two_summaries(vault, tmp_path)
    page = VisitPage(vault, services)
    qtbot.addWidget(page)
    section = page.from_records
    meds = section.item_models["medication"]
    assert meds.rows == [("Metformin", "1000 mg, twice a day", "active",
                          "Summary a, 1 Jan 2025; Summary b, 1 Jun 2025")]
    assert page.medications.rowCount() == 1  # the patient's own list is untouched
    assert [r[0] for r in section.differences.rows] == ["Metformin", "Codeine"]
    assert section.tabs.tabText(section.differences_tab) == "Differences (2)"
    section.difference_table.selectRow(0)
    dialogs.choices.append("Summary b")
    section.keep_one()
    section.difference_table.selectRow(1)
    dialogs.texts.append("Only the old clinic recorded it")
    section.add_note()
    assert [r[2] for r in section.differences.rows] == [
        "kept Summary b", "note: Only the old clinic recorded it"]
    assert vault.clinical.unresolved() == []
    assert section.tabs.tabText(section.differences_tab) == "Differences"


def test_visit_hides_the_box_without_imported_records(vault, qtbot, services):
    from secondop_desktop.ui.visit.page import VisitPage

    page = VisitPage(vault, services)
    qtbot.addWidget(page)
    assert page.from_records.isHidden()
