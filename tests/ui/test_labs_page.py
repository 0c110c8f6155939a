"""The Labs screen: one row per test, latest value and trend, a chart of the selected test."""

from __future__ import annotations

from clinical_factories import ccda, result
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester

from secondop_desktop.ui.labs.model import LabTestModel
from secondop_desktop.ui.labs.page import LabsPage


def _import_results(vault, tmp_path) -> None:
    for name, date, value in (("a.xml", "20250101", "6.1"), ("b.xml", "20250601", "7.4")):
        (tmp_path / name).write_bytes(ccda(date=date, results=result(
            "Glucose", "2345-7", value, "mg/dL", date, "3.9", "5.5", "H")
            + result("Sodium", "2951-2", "140", "mmol/L", date, "135", "145")))
        vault.importer.import_file(tmp_path / name)


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
        vault.importer.import_file(tmp_path / name)


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


def test_the_screen_reads_once_and_keeps_the_test_selected(vault, tmp_path, qtbot, services,
                                                          monkeypatch):
    from secondop_desktop.ui.operations import Changes

    _import_results(vault, tmp_path)
    reads = []
    lab_tests = vault.clinical.lab_tests
    monkeypatch.setattr(vault.clinical, "lab_tests", lambda: reads.append(1) or lab_tests())
    page = LabsPage(vault, services)
    qtbot.addWidget(page)
    page.show()
    assert len(reads) == 1  # built and shown: one read
    page.table.selectRow(1)
    page.hide()
    page.show()
    assert len(reads) == 1 and page.chart.test.test == "Sodium"
    page.hide()
    services.changes.announce(Changes(records=True))  # an import on the Records screen
    page.show()
    assert len(reads) == 2 and page.chart.test.test == "Sodium"
    assert page.proxy.index(page.table.currentIndex().row(), 0).data() == "Sodium"


def test_the_chart_follows_a_dark_palette(vault, tmp_path, qtbot, services):
    from test_contrast import dark_palette

    from secondop_desktop.ui.style import contrast

    _import_results(vault, tmp_path)
    page = LabsPage(vault, services)
    qtbot.addWidget(page)
    page.chart.setPalette(dark_palette())
    page.chart.resize(500, 260)
    image = page.chart.grab().toImage()
    colors = {}
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            colors[image.pixel(x, y)] = colors.get(image.pixel(x, y), 0) + 1
    background = QColor.fromRgb(max(colors, key=colors.get))
    assert background.lightness() < 60  # no bright white panel in a dark window
    ink = page.chart.ink()
    assert contrast(QColor(ink.axis), background) >= 4.5  # the axis labels and the title
    assert contrast(QColor(ink.line), background) >= 3  # a line: non-text contrast
    assert contrast(QColor(ink.outside), background) >= 3
    page.chart.setPalette(page.style().standardPalette())
    assert page.chart.ink().band == "#d9efe3"  # light: as printed
