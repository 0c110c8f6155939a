"""The screens before the visit: the shortlist of specialists and its call sheet, the checklist
(is my file complete?), the letter to the current doctor, goals and address on Visit, and
"Ask what this means" on a record's page and in a search snippet."""

from __future__ import annotations

import threading

from factories import make_pdf
from pdf_inspect import page_texts
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from secondop_desktop.core import readiness
from secondop_desktop.core.readiness import State
from secondop_desktop.ui.checklist.model import COL_STATE, ChecklistModel
from secondop_desktop.ui.checklist.page import ChecklistPage
from secondop_desktop.ui.records.ask_meaning import (
    AskMeaningDialog,
    read_page_words,
    snippet_words,
)
from secondop_desktop.ui.requests.inform import InformDialog
from secondop_desktop.ui.services import Services
from secondop_desktop.ui.specialists.model import COL_NAME, COL_WAIT, SpecialistsModel
from secondop_desktop.ui.specialists.page import SpecialistsPage
from secondop_desktop.ui.visit.page import VisitPage


def flat(path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


# -- specialists ----------------------------------------------------------------------------------
def test_shortlist_model_contract_and_cells(qtbot, vault):
    first = vault.specialists.add(name="Dr. Ann Stone", wait_days=1, insurance="yes")
    vault.specialists.add(name="Dr. Raj Patel", status="declined")
    model = SpecialistsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_shortlist(vault.specialists.list(), first.id)
    assert model.index(0, COL_NAME).data() == "★ Dr. Ann Stone"
    assert model.index(0, COL_WAIT).data() == "1 day"
    assert model.index(1, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_add_edit_choose_and_the_call_sheet(qtbot, vault, services, dialogs, tmp_path):
    page = SpecialistsPage(vault, services)
    qtbot.addWidget(page)
    assert not page.save_sheet_button.isEnabled()  # nobody to call yet
    page.add_button.click()
    [added] = vault.specialists.list()
    assert page.editor.specialist is not None and page.editor.specialist.id == added.id
    page.editor.lines["name"].setText("Dr. Ann Stone")
    page.editor.lines["institution"].setText("University Hospital")
    page.editor.lines["wait_days"].setText("many")
    page.save_current()
    assert "wait" in page.editor.message.text().lower()  # one line, the form stays as typed
    assert vault.specialists.get(added.id).name == "New specialist"
    page.editor.lines["wait_days"].setText("21")
    page.editor.choices["insurance"].setCurrentIndex(
        page.editor.choices["insurance"].findData("yes"))
    page.save_current()
    saved = vault.specialists.get(added.id)
    assert (saved.name, saved.wait_days, saved.insurance) == ("Dr. Ann Stone", 21, "yes")
    page.choose_button.click()
    assert vault.appointment.get().specialist == "Dr. Ann Stone"
    assert vault.appointment.get().facility == "University Hospital"
    assert "Dr. Ann Stone" in page.chosen_label.text()
    assert page.model.index(0, COL_NAME).data().startswith("★")

    out = tmp_path / "call.pdf"
    dialogs.save_paths.append(out)
    page.save_call_sheet()
    text = flat(out)
    assert "Calling the specialists' offices" in text and "Dr. Ann Stone" in text
    assert "DICOM" in text and "interpreter" in text
    printed = tmp_path / "printed.pdf"

    def to_pdf(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    dialogs.print_setup = to_pdf
    page.print_call_sheet()
    assert "Dr. Ann Stone" in flat(printed)
    dialogs.confirm_answers.append(True)
    page.delete_selected()
    assert vault.specialists.list() == [] and vault.specialists.chosen() is None


def test_with_real_threads_no_write_runs_on_the_gui_thread(qtbot, vault, dialogs, monkeypatch):
    from secondop_desktop.core.specialists import SpecialistStore

    threads: list[threading.Thread] = []
    original = SpecialistStore._insert

    def insert(self, clean):
        threads.append(threading.current_thread())
        return original(self, clean)

    monkeypatch.setattr(SpecialistStore, "_insert", insert)
    services = Services(dialogs=dialogs)  # real pools
    page = SpecialistsPage(vault, services)
    qtbot.addWidget(page)
    page.add_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    services.tasks.wait()


# -- the checklist --------------------------------------------------------------------------------
def test_checklist_states_condition_request_and_not_applicable(qtbot, vault, services, tmp_path):
    vault.patient.set(diagnosis="Graves' disease")
    vault.appointment.set(referring="Dr. Okafor")
    vault.importer.import_file(make_pdf(tmp_path / "ecg.pdf", ["ECG: sinus rhythm"]))
    page = ChecklistPage(vault, services)
    qtbot.addWidget(page)
    assert page.condition.currentData() == "" and "Other" in page.condition.itemText(0)
    page.condition.setCurrentIndex(page.condition.findData("heart"))
    page.condition.activated.emit(page.condition.currentIndex())
    assert vault.patient.get().condition == "heart"
    rows = {page.model.item(r).key: r for r in range(page.model.rowCount())}
    assert page.model.index(rows["ecg"], COL_STATE).data() == "✓ Present"
    assert "ecg" in page.model.index(rows["ecg"], 2).data().lower()
    page.table.selectRow(rows["echo"])
    assert page.request_button.isEnabled()
    page.request_button.click()
    [request] = vault.requests.list()
    assert (request.provider, [i.item for i in request.items]) == ("Dr. Okafor",
                                                                  ["imaging-reports"])
    assert page.model.item(rows["echo"]).state is State.REQUESTED
    page.table.selectRow(rows["stress-test"])
    page.skip_button.click()
    assert page.model.item(rows["stress-test"]).state is State.NOT_APPLICABLE
    assert page.skip_button.text() == "Applies to me after all"
    page.skip_button.click()
    assert "stress-test" not in readiness.not_applicable(vault)
    out = tmp_path / "checklist.pdf"
    services.dialogs.save_paths.append(out)
    page.save_button.click()
    assert "Is my file complete?" in flat(out) and "ECGs Present Ecg" in flat(out)
    model = ChecklistModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(readiness.check(vault).items)


# -- telling the current doctor, goals and address ------------------------------------------------
def test_letter_to_my_doctor_from_the_requests_screen(qtbot, vault, services, dialogs, tmp_path):
    from secondop_desktop.ui.requests.page import RequestsPage

    vault.patient.set(name="Jane Doe", address="12 Elm Street", diagnosis="Graves' disease")
    vault.appointment.set(referring="Dr. Okafor", specialist="Dr. Ann Stone")
    page = RequestsPage(vault, services)
    qtbot.addWidget(page)
    page.inform_button.click()
    dialog: InformDialog = page.inform_dialog
    assert dialog.to.text() == "Dr. Okafor"
    out = tmp_path / "inform.pdf"
    dialogs.save_paths.append(out)
    dialog.save_button.click()
    text = flat(out)
    assert "Dear Dr. Okafor" in text and "12 Elm Street" in text and "Dr. Ann Stone" in text
    assert "Saved inform.pdf" in dialog.message.text()
    dialog.to.setText(" ")
    assert not dialog.save_button.isEnabled()
    dialog.close()


def test_visit_screen_edits_goals_and_postal_address(qtbot, vault, services):
    page = VisitPage(vault, services)
    qtbot.addWidget(page)
    goals = page.field("patient.goals")
    goals.editor.setPlainText("Keep teaching; protect my voice")
    goals.commit()
    address = page.field("patient.address")
    address.editor.setPlainText("12 Elm Street\nSpringfield")
    address.commit()
    profile = vault.patient.get()
    assert (profile.goals, profile.address) == ("Keep teaching; protect my voice",
                                                "12 Elm Street\nSpringfield")


# -- ask what this means --------------------------------------------------------------------------
def test_ask_what_selected_words_mean_links_the_page(qtbot, vault, services, tmp_path):
    doc = vault.importer.import_file(make_pdf(tmp_path / "p.pdf", [
        "Page one", "Findings: a Hurthle cell neoplasm of 2 cm."])).document_id
    words = read_page_words(vault, doc, 2, "Pathology")
    assert "Hurthle cell" in words.text
    dialog = AskMeaningDialog(vault, services, words)
    qtbot.addWidget(dialog)
    assert not dialog.ask_button.isEnabled()  # nothing selected yet
    dialog.select("hurthle cell")
    assert dialog.ask_button.isEnabled()
    assert "What does 'Hurthle cell' mean?" in dialog.preview.text()
    dialog.ask_button.click()
    [question] = vault.questions.list()
    assert (question.text, question.category, question.document_id, question.page) == (
        "What does 'Hurthle cell' mean?", "diagnosis", doc, 2)
    assert dialog.added == question.text


def test_search_snippet_offers_its_matched_words(qtbot, vault, services):
    words = snippet_words(7, 3, "Report", "…a <b>Hürthle</b> <b>cell</b> neoplasm…")
    dialog = AskMeaningDialog(vault, services, words)
    qtbot.addWidget(dialog)
    assert dialog.selected() == "Hürthle cell"
    assert (words.document_id, words.page) == (7, 3)


def test_records_page_opens_the_dialog_from_the_preview(qtbot, vault, services, tmp_path):
    from secondop_desktop.ui.records.page import RecordsPage

    doc = vault.importer.import_file(make_pdf(tmp_path / "p.pdf", [
        "Impression: thyroiditis"])).document_id
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.show_document(doc)
    qtbot.waitUntil(lambda: page.preview.ask_button.isEnabled(), timeout=5000)
    page.preview.ask_button.click()
    qtbot.waitUntil(lambda: getattr(page, "ask_dialog", None) is not None, timeout=5000)
    assert "thyroiditis" in page.ask_dialog.text.toPlainText()
    page.ask_dialog.close()
    QApplication.processEvents()


def _drag(qtbot, viewport, start, end) -> None:
    from PySide6.QtTest import QTest

    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_dragging_over_words_of_a_pdf_page_asks_about_them(qtbot, vault, services, tmp_path):
    from PySide6.QtCore import QPoint

    from secondop_desktop.ui.records.page import RecordsPage
    from secondop_desktop.ui.records.word_select import pdf_page_rects

    doc = vault.importer.import_file(make_pdf(tmp_path / "p.pdf", [
        "Findings: Hurthle cell neoplasm\nSecond line of the report"])).document_id
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_document(doc)
    view = page.preview.pdf_view
    qtbot.waitUntil(lambda: bool(pdf_page_rects(view)), timeout=5000)
    rect = pdf_page_rects(view)[0]
    scale = rect.width() / 612  # the page is 612 points wide
    scroll = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())

    def at(x: float, y: float) -> QPoint:  # page points (from the top) -> viewport pixels
        return rect.topLeft() + QPoint(round(x * scale), round(y * scale)) - scroll

    # The first line's baseline is 32 points from the top; its words start at 72 points.
    _drag(qtbot, view.viewport(), at(130, 22), at(260, 34))
    qtbot.waitUntil(lambda: getattr(page, "ask_dialog", None) is not None, timeout=5000)
    selected = page.ask_dialog.selected()
    assert selected.startswith("Hurthle") and "Second" not in selected, selected
    page.ask_dialog.ask_button.click()
    [question] = vault.questions.list()
    assert (question.document_id, question.page, question.category) == (doc, 1, "diagnosis")
    assert "Hurthle" in question.text


def test_words_of_a_read_scan_are_found_by_the_box(vault, tmp_path):
    from factories import make_jpeg

    from secondop_desktop.core.ocr.engine import PageRead, Word
    from secondop_desktop.core.ocr.store import save_page
    from secondop_desktop.ui.records.ask_meaning import dragged_words

    scan = vault.importer.import_file(make_jpeg(tmp_path / "s.jpg", size=(200, 100)))
    words = [Word("Impression:", (10, 10, 60, 20)), Word("thyroiditis", (70, 10, 130, 20)),
             Word("benign", (10, 60, 50, 70))]
    with vault.db.transaction() as conn:
        save_page(conn, scan.document_id, 0, "ocr",
                  PageRead("Impression: thyroiditis\nbenign", words, 200, 100, 0))
    found = dragged_words(vault, scan.document_id, 1, "Scan", "", (0.3, 0.0, 0.5, 0.3))
    assert found.selected == "thyroiditis" and "benign" in found.text


def test_dragging_over_a_read_scan_in_the_preview(qtbot, vault, services, tmp_path):
    from factories import make_jpeg
    from PySide6.QtCore import QPoint

    from secondop_desktop.core.ocr.engine import PageRead, Word
    from secondop_desktop.core.ocr.store import save_page
    from secondop_desktop.ui.records.page import RecordsPage

    scan = vault.importer.import_file(make_jpeg(tmp_path / "s.jpg", size=(400, 200)))
    words = [Word("Impression:", (20, 20, 120, 40)), Word("thyroiditis", (140, 20, 260, 40)),
             Word("benign", (20, 120, 100, 140))]
    with vault.db.transaction() as conn:
        save_page(conn, scan.document_id, 0, "ocr",
                  PageRead("Impression: thyroiditis\nbenign", words, 400, 200, 0))
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_document(scan.document_id)
    label = page.preview.image_view.label
    qtbot.waitUntil(lambda: label.width() > 50, timeout=5000)
    viewport = page.preview.image_view.viewport()

    def at(x: float, y: float) -> QPoint:  # image pixels -> viewport pixels
        return label.mapTo(viewport, QPoint(round(x * label.width() / 400),
                                            round(y * label.height() / 200)))

    _drag(qtbot, viewport, at(130, 10), at(280, 50))
    qtbot.waitUntil(lambda: getattr(page, "ask_dialog", None) is not None, timeout=5000)
    assert page.ask_dialog.selected() == "thyroiditis"


def test_what_was_typed_is_saved_when_another_specialist_is_chosen(qtbot, vault, services):
    vault.specialists.add(name="Dr. Ann Stone")
    vault.specialists.add(name="Dr. Raj Patel")
    page = SpecialistsPage(vault, services)
    qtbot.addWidget(page)
    page.select(1)
    assert not page.editor.dirty()
    page.editor.texts["notes"].setPlainText("Office wants the slides by courier")
    assert page.editor.dirty()
    page.select(2)
    assert vault.specialists.get(1).notes == "Office wants the slides by courier"
    assert page.editor.specialist.id == 2 and not page.editor.dirty()
    page.editor.lines["phone"].setText("555-0199")
    page.shutdown()  # the window closes: saved too
    assert vault.specialists.get(2).phone == "555-0199"


def test_checklist_double_click_shows_the_record_in_the_main_window(qtbot, vault, services,
                                                                    tmp_path):
    from secondop_desktop.ui.main_window import CHECKLIST_ROW, MainWindow

    vault.patient.set(diagnosis="Heart failure")
    doc = vault.importer.import_file(make_pdf(tmp_path / "e.pdf", ["ECG: sinus rhythm"]))
    window = MainWindow(vault, services)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(CHECKLIST_ROW)
    checklist = window.page_at(CHECKLIST_ROW)
    row = checklist.model.row_of("ecg")
    checklist.table.selectRow(row)
    checklist.activate_current()
    assert window.current_page() is window.records
    assert window.records.current_document().id == doc.document_id


def test_the_letter_to_my_doctor_prints(qtbot, vault, services, dialogs, tmp_path):
    vault.patient.set(name="Jane Doe")
    dialog = InformDialog(vault, services, "Dr. Okafor")
    qtbot.addWidget(dialog)
    printed = tmp_path / "printed.pdf"

    def to_pdf(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    dialogs.print_setup = to_pdf
    dialog.print_button.click()
    first, second = (" ".join(t.split()) for t in page_texts(printed))
    assert "Dear Dr. Okafor" in first and "Talking points" in second
