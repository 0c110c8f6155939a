"""Combine and split on the Records screen: the dialogs, the work off the GUI thread, question
links that follow the page, and Undo / Redo."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from factories import make_dicom, make_jpeg, make_pdf
from fakes import FakeThreadPool
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_accessible_names import INTERACTIVE, accessible_name
from test_records_page import _page

from secondop_desktop.core.documents import Document
from secondop_desktop.ui.records.combine_dialog import CombineOrder, default_order
from secondop_desktop.ui.records.page import RecordsPage
from secondop_desktop.ui.records.split_dialog import parts, split_summary
from secondop_desktop.ui.services import Services

COLOURS = {"red": (255, 0, 0), "green": (0, 160, 0), "blue": (0, 0, 255)}


class HeldPool(FakeThreadPool):
    """Keeps jobs until the test runs them: what happens before then happened on the GUI
    thread, and a write that waits here has not touched the vault yet."""

    def __init__(self) -> None:
        self.jobs: list = []

    def start(self, runnable, priority: int = 0) -> None:
        self.jobs.append(runnable)

    def run_all(self) -> None:
        while self.jobs:
            self.jobs.pop(0).run()


def _import(page: RecordsPage, files) -> list[Document]:
    """Import files; their records in the order of the files."""
    page.import_paths(files)
    page.summary_dialog.close()
    by_name = {doc.original_name: doc for doc in page.model.documents()}
    return [by_name[path.name] for path in files]


def _scans(page, vault, tmp_path) -> dict[str, Document]:
    """Three one-page scans of different colours, dated a day apart (red oldest)."""
    files = [make_jpeg(tmp_path / f"{c}.jpg", size=(400, 560), text=c, color=c)
             for c in ("blue", "red", "green")]
    docs = _import(page, files)
    for day, doc in zip((3, 1, 2), docs, strict=True):
        vault.documents.update(doc.id, record_date=dt.date(2026, 3, day))
    page.refresh()
    return {d.title.lower(): d for d in page.model.documents()}


def _colour_of(pdf_page) -> str:
    """The scan's own colour, read from the page's image in its margin (no lines there)."""
    picture = pdf_page.images[0].image.convert("RGB")
    pixel = picture.getpixel((20, 20))
    return min(COLOURS, key=lambda c: sum((a - b) ** 2 for a, b in zip(COLOURS[c], pixel,
                                                                        strict=True)))


def _select(page: RecordsPage, docs: list[Document]) -> None:
    page.select_documents([d.id for d in docs])
    assert {d.id for d in page.selected_documents()} == {d.id for d in docs}


def test_combine_three_scans_in_the_chosen_order_then_undo_and_redo(qtbot, vault, services,
                                                                    dialogs, tmp_path):
    page = _page(qtbot, vault, services)
    scans = _scans(page, vault, tmp_path)
    question = vault.questions.add(text="What does the red page say?", priority=1,
                                   document_id=scans["red"].id, page=1)
    _select(page, list(scans.values()))
    assert page.combine_split.combine_action.isEnabled()

    page.combine_split.combine_action.trigger()
    dialog = page.combine_split.combine_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # its keys (Alt+Up) work while it is the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert [d.title for d in dialog.order.documents()] == ["Red", "Green", "Blue"]  # by date
    assert dialog.title() == "Red"
    # Blue first (two keyboard moves up), then red to the end with the Move down button.
    dialog.list.setCurrentIndex(dialog.order.index(2))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [d.title for d in dialog.order.documents()] == ["Blue", "Red", "Green"]
    assert dialog.title() == "Blue"  # the title follows the first record until one is typed
    dialog.list.setCurrentIndex(dialog.order.index(1))
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert [d.title for d in dialog.order.documents()] == ["Blue", "Green", "Red"]
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Letter from Dr Lee")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [combined] = page.model.documents()  # the originals left the list for the trash
    assert (combined.title, combined.format, combined.pages) == ("Letter from Dr Lee", "pdf", 3)
    assert [d.id for d in page.selected_documents()] == [combined.id]
    pdf = PdfReader(vault.documents.path(combined))
    assert [_colour_of(p) for p in pdf.pages] == ["blue", "green", "red"]
    assert all(vault.documents.get(d.id).trashed for d in scans.values())
    assert all(vault.documents.path(d).exists() for d in scans.values())
    moved = vault.questions.get(question.id)
    assert (moved.document_id, moved.page) == (combined.id, 3)  # red is page 3 now
    assert page.undo_stack.undoText() == "Combine 3 records"

    page.undo_stack.undo()
    assert {d.id for d in page.model.documents()} == {d.id for d in scans.values()}
    assert {d.id for d in page.selected_documents()} == {d.id for d in scans.values()}
    back = vault.questions.get(question.id)
    assert (back.document_id, back.page) == (scans["red"].id, 1)
    assert vault.documents.get(combined.id).trashed

    page.undo_stack.redo()
    assert [d.id for d in page.model.documents()] == [combined.id]
    again = vault.questions.get(question.id)
    assert (again.document_id, again.page) == (combined.id, 3)
    assert len(vault.documents.records(trashed=None)) == 4  # made again, not made twice
    assert not [m for m in dialogs.messages if m[0] in ("error", "bug")]


def test_the_work_runs_in_the_operation_not_on_the_gui_thread(qtbot, vault, dialogs, tmp_path):
    pool = HeldPool()
    services = Services(dialogs=dialogs, pool=pool, view_pool=FakeThreadPool(),
                        open_url=lambda url: True)
    page = _page(qtbot, vault, services)
    files = [make_jpeg(tmp_path / "a.jpg", size=(300, 400), text="a"),
             make_jpeg(tmp_path / "b.jpg", size=(300, 400), text="b")]
    page.import_paths(files)
    pool.run_all()
    page.summary_dialog.close()
    docs = page.model.documents()
    _select(page, docs)
    page.combine_split.combine()
    dialog = page.combine_split.combine_dialog
    dialog.ok_button.click()

    assert pool.jobs, "the combine waits for the writer thread"
    assert len(vault.documents.records()) == 2  # nothing written on the GUI thread
    assert dialog.isVisible() and not dialog.busy_row.isHidden()
    assert not dialog.buttons.isEnabled()
    assert not page.combine_split.combine_action.isEnabled()  # no second combine meanwhile
    pool.run_all()
    assert not dialog.isVisible()
    [made] = vault.documents.records()
    assert made.pages == 2

    page.undo_stack.undo()
    assert vault.documents.get(made.id).trashed is False  # held until the writer runs it
    pool.run_all()
    assert vault.documents.get(made.id).trashed


def test_split_a_five_page_pdf_at_page_three_and_undo(qtbot, vault, services, dialogs,
                                                      tmp_path):
    page = _page(qtbot, vault, services)
    pdf = make_pdf(tmp_path / "bundle.pdf", [f"Report {i} on page {i}" for i in range(1, 6)])
    [doc] = _import(page, [pdf])
    question = vault.questions.add(text="Page four?", priority=1, document_id=doc.id, page=4)
    _select(page, [doc])
    assert page.combine_split.split_action.isEnabled()

    page.combine_split.split_action.trigger()
    dialog = page.combine_split.split_dialog
    qtbot.waitUntil(dialog.isVisible)
    pictures = [dialog.pages.data(dialog.pages.index(r), Qt.ItemDataRole.DecorationRole)
                for r in range(5)]
    assert all(p is not None and not p.isNull() for p in pictures)  # rendered in the task
    assert not dialog.ok_button.isEnabled()  # nothing marked yet
    assert not dialog.starts_here.isEnabled()  # page 1 starts the first record anyway
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # page 3 starts a new record
    assert dialog.starts() == [3]
    assert dialog.starts_here.isChecked()
    assert dialog.summary.text() == "2 records: pages 1-2, 3-5"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    made = page.model.documents()
    assert sorted(d.pages for d in made) == [2, 3]
    first, second = sorted(made, key=lambda d: d.title)
    assert (first.title, second.title) == ("Bundle (part 1)", "Bundle (part 2)")
    assert "Report 3" in PdfReader(vault.documents.path(second)).pages[0].extract_text()
    assert {d.id for d in page.selected_documents()} == {first.id, second.id}
    assert vault.documents.get(doc.id).trashed
    moved = vault.questions.get(question.id)
    assert (moved.document_id, moved.page) == (second.id, 2)
    page.search.setText("Report 4")  # the parts' text layers are searched at once
    assert [page.proxy.document_at(page.proxy.index(0, 0)).id] == [second.id]
    assert page.proxy.rowCount() == 1
    page.search.clear()

    page.undo_stack.undo()
    assert [d.id for d in page.model.documents()] == [doc.id]
    back = vault.questions.get(question.id)
    assert (back.document_id, back.page) == (doc.id, 4)
    assert not [m for m in dialogs.messages if m[0] in ("error", "bug")]


def test_split_dialog_checkbox_marks_the_selected_page(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    [doc] = _import(page, [make_pdf(tmp_path / "six.pdf", 6)])
    _select(page, [doc])
    page.combine_split.split()
    dialog = page.combine_split.split_dialog
    for row in (2, 4):
        dialog.view.setCurrentIndex(dialog.pages.index(row))
        dialog.starts_here.click()
    assert dialog.starts() == [3, 5]
    assert dialog.summary.text() == "3 records: pages 1-2, 3-4, 5-6"
    dialog.view.setCurrentIndex(dialog.pages.index(2))
    assert dialog.starts_here.isChecked()
    dialog.starts_here.click()
    assert dialog.starts() == [5]
    assert dialog.pages.data(dialog.pages.index(4), Qt.ItemDataRole.AccessibleTextRole) == \
        "Page 5, a new record starts here"
    dialog.reject()
    assert not vault.documents.get(doc.id).trashed  # Cancel changes nothing


def test_actions_are_enabled_only_when_they_apply(qtbot, vault, services, tmp_path):
    from windows import open_window

    window = open_window(qtbot, vault, services, tmp_path)
    page = window.records
    combine, split = page.combine_split.combine_action, page.combine_split.split_action
    menu_combine, menu_split = window.pages_actions
    assert not combine.isEnabled() and not split.isEnabled()
    assert not menu_combine.isEnabled() and not menu_split.isEnabled()
    study = tmp_path / "cd"
    study.mkdir()
    make_dicom(study / "IM0001")
    page.import_paths([make_jpeg(tmp_path / "one.jpg", size=(200, 280)),
                       make_pdf(tmp_path / "three.pdf", 3), study])
    page.summary_dialog.close()
    by_format = {d.format: d for d in page.model.documents()}
    assert set(by_format) == {"jpeg", "pdf", "dicom"}

    _select(page, [by_format["jpeg"]])
    assert not combine.isEnabled() and not split.isEnabled()
    assert "has one page" in split.statusTip()
    _select(page, [by_format["pdf"]])
    assert split.isEnabled() and menu_split.isEnabled() and not combine.isEnabled()
    _select(page, [by_format["jpeg"], by_format["pdf"]])
    assert combine.isEnabled() and menu_combine.isEnabled() and not split.isEnabled()
    _select(page, [by_format["jpeg"], by_format["dicom"]])
    assert not combine.isEnabled() and not menu_combine.isEnabled()
    assert "imaging study (DICOM)" in combine.statusTip()
    assert combine in page.table.actions() and split in page.grid.actions()  # context menu

    _select(page, [by_format["jpeg"], by_format["pdf"]])
    page.set_showing_trash(True)
    assert not combine.isEnabled() and not split.isEnabled()


def test_a_combine_the_core_refuses_says_why_in_one_line(qtbot, vault, services, dialogs,
                                                         tmp_path):
    page = _page(qtbot, vault, services)
    docs = _import(page, [make_jpeg(tmp_path / "a.jpg", size=(200, 280), text="a"),
                          make_jpeg(tmp_path / "b.jpg", size=(200, 280), text="b")])
    _select(page, docs)
    page.combine_split.combine()
    dialog = page.combine_split.combine_dialog
    vault.documents.set_trashed(docs[1].id, True)  # moved to the trash meanwhile (elsewhere)
    dialog.ok_button.click()

    assert not dialog.isVisible()
    [(level, title, text)] = [m for m in dialogs.messages if m[0] != "info"]
    assert (level, title) == ("error", "Cannot combine the records")
    assert "in the trash" in text and "\n" not in text
    assert page.undo_stack.count() == 0
    assert [d.id for d in vault.documents.records()] == [docs[0].id]  # nothing made


def test_every_control_of_the_dialogs_has_a_name(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    docs = _import(page, [make_pdf(tmp_path / "a.pdf", 2), make_pdf(tmp_path / "b.pdf", 3)])
    _select(page, docs)
    page.combine_split.combine()
    _select(page, docs[:1])
    page.combine_split.split()
    for dialog in (page.combine_split.combine_dialog, page.combine_split.split_dialog):
        controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, INTERACTIVE)
                    and w.isVisibleTo(dialog) and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        assert len(controls) >= 4
        unnamed = [type(w).__name__ for w in controls if not accessible_name(w, {}).strip()]
        assert not unnamed, f"{dialog.windowTitle()}: {unnamed}"
        dialog.reject()


# -- the parts behind the dialogs ---------------------------------------------------------------
def _doc(doc_id: int, date: dt.date | None) -> Document:
    return Document(id=doc_id, sha256="", original_name="", format="jpeg", kind="other",
                    title=f"R{doc_id}", record_date=date, provider="", body_part="", tags=[],
                    notes="", pages=1, size=0, imported_at=dt.datetime(2026, 1, 1),
                    trashed=False)


def test_default_order_is_by_date_then_as_given():
    docs = [_doc(1, None), _doc(2, dt.date(2026, 5, 1)), _doc(3, dt.date(2026, 1, 1)),
            _doc(4, dt.date(2026, 5, 1))]
    assert [d.id for d in default_order(docs)] == [3, 2, 4, 1]


@pytest.mark.parametrize(("row", "before", "order"), [
    (0, 4, [2, 3, 4, 1]), (3, 0, [4, 1, 2, 3]), (1, 3, [1, 3, 2, 4])])
def test_a_dragged_record_moves_where_it_is_dropped(qapp, row, before, order):
    model = CombineOrder([_doc(i, None) for i in (1, 2, 3, 4)], lambda _doc: None)
    assert model.moveRows(QModelIndex(), row, 1, QModelIndex(), before)
    assert [d.id for d in model.documents()] == order
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)  # onto itself: no move


def test_split_parts_and_summary():
    assert parts(12, {5, 10}) == [(1, 4), (5, 9), (10, 12)]
    assert split_summary(12, [5, 10]) == "3 records: pages 1-4, 5-9, 10-12"
    assert split_summary(3, [2, 3]) == "3 records: pages 1, 2, 3"
    assert split_summary(3, []) == "Mark the pages where a new record starts."


def test_with_real_threads_pages_render_and_the_split_runs_off_the_gui_thread(
        qtbot, vault, dialogs, tmp_path, monkeypatch):
    from secondop_desktop.core import pages

    threads: list[threading.Thread] = []
    core_split = pages.split

    def split(*args):
        threads.append(threading.current_thread())
        return core_split(*args)

    monkeypatch.setattr(pages, "split", split)
    services = Services(dialogs=dialogs)  # real pools
    page = _page(qtbot, vault, services)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    page.import_paths([make_pdf(tmp_path / "four.pdf", 4)])
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=20_000)
    page.summary_dialog.close()
    [doc] = page.model.documents()
    _select(page, [doc])
    page.combine_split.split()
    dialog = page.combine_split.split_dialog
    icon = Qt.ItemDataRole.DecorationRole
    qtbot.waitUntil(lambda: all(dialog.pages.data(dialog.pages.index(r), icon) is not None
                                for r in range(4)), timeout=20_000)
    dialog.pages.set_start(2, True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    assert threads and threads[0] is not threading.main_thread()
    assert sorted(d.pages for d in page.model.documents()) == [1, 3]
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: [d.id for d in page.model.documents()] == [doc.id], timeout=20_000)
    assert dialogs.messages == []
    page.shutdown()
