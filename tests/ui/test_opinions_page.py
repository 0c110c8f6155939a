"""The Opinions screen: its tables, the editor that saves as one types, the Decide view, the
print and PDF buttons, and writes that never run on the GUI thread."""

from __future__ import annotations

import threading

from factories import make_pdf
from pdf_inspect import page_texts
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from secondop_desktop.core.comparison import compare
from secondop_desktop.ui.opinions.editor import SAVE_AFTER_MS
from secondop_desktop.ui.opinions.model import ComparisonModel, OpinionsModel
from secondop_desktop.ui.opinions.page import COMPARE_TAB, OPINIONS_TAB, OpinionsPage
from secondop_desktop.ui.services import Services

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _two(vault) -> None:
    vault.patient.set(name="Jane Doe", goals="Keep my voice for teaching")
    vault.opinions.add(by="Dr Okafor", role="current", diagnosis="Graves disease",
                       recommendation="Radioactive iodine", alternatives="Surgery",
                       risks="Eye disease may worsen")
    vault.opinions.add(by="Dr Stone", role="second", diagnosis="Graves' disease",
                       recommendation="Surgery", risks="Voice change\nLow calcium", visit=True)


def _page(qtbot, vault, services) -> OpinionsPage:
    page = OpinionsPage(vault, services)
    qtbot.addWidget(page)
    return page


def test_models_follow_their_contract_and_mark_in_words(qtbot, vault):
    _two(vault)
    opinions = vault.opinions.entries()
    table = OpinionsModel()
    QAbstractItemModelTester(table, FATAL)
    table.set_opinions(opinions)
    assert table.data(table.index(0, OpinionsModel.COL_BY)) == "Dr Okafor\nCurrent doctor"
    assert table.data(table.index(1, OpinionsModel.COL_RECOMMENDS)) == "Surgery"
    side = ComparisonModel()
    QAbstractItemModelTester(side, FATAL)
    side.set_comparison(opinions, compare(opinions))
    assert side.columnCount() == 3
    assert side.headerData(0, Qt.Orientation.Vertical) == "Diagnosis"
    assert side.headerData(2, Qt.Orientation.Horizontal) == "Dr Stone\nSecond opinion"
    same, differ = side.index(0, 0), side.index(2, 0)  # diagnosis, recommendation
    assert side.data(same) == "=  Same" and side.data(differ) == "≠  Different"
    background = Qt.ItemDataRole.BackgroundRole
    assert side.data(same, background) is None and side.data(differ, background) is not None
    assert side.data(differ, Qt.ItemDataRole.AccessibleTextRole) == \
        "Recommended treatment: Different"
    assert side.data(side.index(2, 1)) == "Radioactive iodine"


def test_new_opinion_saves_as_one_types(qtbot, vault, services):
    page = _page(qtbot, vault, services)
    page.new_button.click()
    assert page.model.rowCount() == 1 and page.editor.by.text() == "New opinion"
    page.editor.by.setText("Dr Lee")
    page.editor.texts["recommendation"].setPlainText("Watchful waiting")
    qtbot.waitUntil(lambda: vault.opinions.entries()[0].by == "Dr Lee",
                    timeout=SAVE_AFTER_MS * 4)
    [opinion] = vault.opinions.entries()
    assert opinion.recommendation == "Watchful waiting"
    assert [o.text for o in vault.decision.options()] == ["Watchful waiting"]
    assert "Watchful waiting" in page.model.data(page.model.index(0, 2))  # the list follows
    page.editor.texts["recommendation"].setPlainText("Watchful waiting for a year")
    page.editor.save_now()
    page.editor.texts["recommendation"].setPlainText("Watchful waiting for a year or two")
    page.editor.save_now()  # the same field again: one undo step
    page.undo_stack.undo()
    assert vault.opinions.entries()[0].recommendation == "Watchful waiting"
    assert page.editor.texts["recommendation"].toPlainText() == "Watchful waiting"  # refilled
    page.undo_stack.redo()
    assert vault.opinions.entries()[0].recommendation == "Watchful waiting for a year or two"


def test_a_bad_date_is_explained_and_the_rest_still_saved(qtbot, vault, services):
    _two(vault)
    page = _page(qtbot, vault, services)
    page.editor.date.setText("next week")
    page.editor.texts["urgency"].setText("Soon")
    page.editor.save_now()
    assert "not a date" in page.editor.message.text() and page.editor.message.is_error
    first = vault.opinions.entries()[0]
    assert (first.urgency, first.date) == ("Soon", "")
    [(problem, widget)] = page.pending_problems()
    assert "not a date" in problem and widget is page.editor.date
    page.editor.date.setText("Nov 2026")
    page.save_pending()
    assert vault.opinions.entries()[0].date == "2026-11" and page.pending_problems() == []


def test_the_visits_answers_show_with_its_opinion(qtbot, vault, services):
    _two(vault)
    vault.questions.add(text="Is surgery needed?", answer="Yes, soon")
    page = _page(qtbot, vault, services)
    assert page.editor.answers.text() == ""  # Dr Okafor's: none
    page.table.selectRow(1)
    assert "Is surgery needed?" in page.editor.answers.text()
    assert "Yes, soon" in page.editor.answers.text()


def test_the_written_opinion_dropped_on_the_list_is_imported_and_linked(qtbot, vault,
                                                                        services, dialogs,
                                                                        tmp_path):
    _two(vault)
    page = _page(qtbot, vault, services)
    page.table.selectRow(1)
    letter = make_pdf(tmp_path / "letter-dr-stone.pdf", ["Dear Ms Doe, I recommend surgery."])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(letter))])
    target = page.table.viewport()
    for event_type in (QDragEnterEvent, QDropEvent):
        event = event_type(QPointF(target.rect().center()), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, event)
        assert event.isAccepted()
    [record] = vault.documents.records()
    assert vault.opinions.entries()[1].document_id == record.id
    assert page.editor.record.currentData() == record.id  # the editor shows the link
    dialogs.files.append([letter])  # the same file from Import…: the record it already is
    page.import_letter()
    assert vault.documents.count() == 1 and dialogs.messages == []


def test_compare_tab_and_remove_with_confirmation(qtbot, vault, services, dialogs):
    _two(vault)
    page = _page(qtbot, vault, services)
    page.tabs.setCurrentIndex(COMPARE_TAB)
    assert page.comparison.rowCount() == 9 and page.compare_empty.isHidden()
    assert not page.can_delete()  # Edit > Delete acts on the Opinions tab only
    page.tabs.setCurrentIndex(OPINIONS_TAB)
    dialogs.confirm_answers.append(False)
    page.delete_selected()
    assert len(vault.opinions.entries()) == 2
    page.delete_selected()
    assert [o.by for o in vault.opinions.entries()] == ["Dr Stone"] and dialogs.destructive[-1]
    assert page.model.rowCount() == 1 and not page.compare_empty.isHidden()
    page.undo_stack.undo()  # Edit > Undo puts it back, its options with it
    assert [o.by for o in vault.opinions.entries()] == ["Dr Okafor", "Dr Stone"]
    assert "Radioactive iodine" in [o.text for o in vault.decision.options()]
    assert page.model.rowCount() == 2


def test_decide_view_rates_and_records_where_i_stand(qtbot, vault, services):
    _two(vault)
    page = _page(qtbot, vault, services)
    decide = page.decide
    assert decide.goals.text() == "Keep my voice for teaching"
    surgery = next(o for o in vault.decision.options() if o.text == "Surgery")
    top = next(decide.options.topLevelItem(i) for i in range(decide.options.topLevelItemCount())
               if decide.options.topLevelItem(i).text(0).startswith(f"Option {surgery.id}:"))
    assert "recommended by Dr Stone" in top.text(0)
    combo = decide.options.itemWidget(top.child(0), 2)  # risk 1: voice change
    assert top.child(0).text(0) == "Risk 1: Voice change"
    combo.setCurrentIndex(6)
    combo.activated.emit(6)
    assert vault.decision.option(surgery.id).risks[0].matters == 5
    decide.status.setCurrentIndex(decide.status.findData("close"))
    decide.status.activated.emit(decide.status.currentIndex())
    decide.checks["support"].setCurrentIndex(2)
    decide.checks["support"].activated.emit(2)
    decide.step_what.setText("Call Dr Okafor")
    decide.step_due.setText("2026-12-01")
    decide.add_step()
    state = vault.decision.state()
    assert (state.status, state.support) == ("close", "no")
    [step] = vault.decision.steps.entries()
    assert (step.what, step.due) == ("Call Dr Okafor", "2026-12-01")
    assert decide.steps.topLevelItemCount() == 1  # shown again from the announcement
    decide.steps.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert vault.decision.steps.entries()[0].done


def test_options_can_be_added_merged_and_set_aside(qtbot, vault, services, dialogs):
    _two(vault)
    page = _page(qtbot, vault, services)
    decide = page.decide
    dialogs.texts.append("Wait and see")
    decide.add_option()
    assert [o.text for o in vault.decision.options()][-1] == "Wait and see"
    decide.options.setCurrentItem(decide.options.topLevelItem(0))  # radioactive iodine
    dialogs.choices.append(decide.options.topLevelItem(2).text(0).split("  (")[0])
    decide.merge_option()
    assert [o.text for o in vault.decision.options()] == ["Radioactive iodine", "Surgery"]
    decide.options.setCurrentItem(decide.options.topLevelItem(1))
    decide.set_aside()
    assert [o.text for o in vault.decision.options(removed=True)] == ["Surgery"]
    assert decide.buttons["back"].isVisibleTo(decide)


def test_print_and_save_as_pdf(qtbot, vault, services, dialogs, tmp_path):
    _two(vault)
    page = _page(qtbot, vault, services)
    printed = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    dialogs.print_setup = to_file
    page.print_comparison()
    assert "Dr Stone (second opinion)" in " ".join(page_texts(printed))
    dialogs.save_paths.append(tmp_path / "saved")
    notices: list[str] = []
    page.notice.connect(notices.append)
    page.save_pdf()
    saved = " ".join(" ".join(page_texts(tmp_path / "saved.pdf")).split())
    assert "Keep my voice for teaching" in saved and "≠ Different" in saved
    assert notices and "saved.pdf" in notices[0]


def test_with_real_threads_the_edits_are_written_off_the_gui_thread(qtbot, vault, dialogs,
                                                                     monkeypatch):
    _two(vault)
    threads: list[threading.Thread] = []
    update = vault.opinions.update

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return update(*args, **kwargs)

    monkeypatch.setattr(vault.opinions, "update", recording)
    services = Services(dialogs=dialogs)  # real pools
    page = _page(qtbot, vault, services)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.editor.texts["notes"].setPlainText("Ask about the scar")
    page.editor.save_now()
    qtbot.waitUntil(lambda: vault.opinions.entries()[0].notes == "Ask about the scar",
                    timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    services.tasks.wait()
    assert dialogs.messages == []


def test_dates_in_the_locales_short_format_are_read(qtbot, vault, services):
    """A German patient types 20.12.2026 (the placeholder's example in German): the deadline,
    a step's date and the opinion's date are saved as that date, not refused."""
    from PySide6.QtCore import QLocale

    _two(vault)
    page = _page(qtbot, vault, services)
    before = QLocale()
    QLocale.setDefault(QLocale("de"))
    try:
        decide = page.decide
        decide.deadline.setText("20.12.2026")
        decide._line_done("deadline", decide.deadline)
        decide.step_what.setText("Call Dr Okafor")
        decide.step_due.setText("05.12.2026")
        decide.add_step()
        page.editor.date.setText("21.11.2026")
        page.save_pending()
    finally:
        QLocale.setDefault(before)
    assert vault.decision.state().deadline == "2026-12-20"
    assert [s.due for s in vault.decision.steps.entries()] == ["2026-12-05"]
    assert vault.opinions.entries()[0].date == "2026-11-21"
