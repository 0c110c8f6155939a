"""Start-up and import stay responsive: the window shows before the vault opens, imports report
in batches, and rows that would land off screen wait until the import ends."""

from __future__ import annotations

import time

from factories import make_pdf
from PySide6.QtCore import QSettings
from PySide6.QtTest import QAbstractItemModelTester

from secondop_desktop.core.documents import DocumentStore
from secondop_desktop.ui.main_window import PAGE_TITLES, MainWindow
from secondop_desktop.ui.operations import TaskContext
from secondop_desktop.ui.records.model import RecordsModel
from secondop_desktop.ui.records.page import RecordsPage
from secondop_desktop.ui.services import Services
from secondop_desktop.ui.settings import Settings


def _settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_window_shows_first_then_opens_the_vault(qtbot, vault, services, tmp_path):
    make_pdf(tmp_path / "letter.pdf")
    vault.importer.import_file(tmp_path / "letter.pdf")
    vault.close()
    window = MainWindow(services=services, settings=_settings(tmp_path), folder=vault.root)
    qtbot.addWidget(window)
    assert not window.ready and not window.nav.isEnabled()
    assert window.built_pages() == []  # nothing of the vault is read before the first frame
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=5000)
    assert window.nav.isEnabled()
    qtbot.waitUntil(lambda: len(window.built_pages()) == len(PAGE_TITLES), timeout=5000)
    assert window.records.loaded and window.records.model.rowCount() == 1
    assert window.current_page() is window.records
    window.close()
    window.vault.close()


def test_the_menus_items_and_notice_line_come_right_after_the_first_frame(
        qtbot, vault, services, tmp_path):
    vault.close()
    window = MainWindow(services=services, settings=_settings(tmp_path), folder=vault.root)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Record", "&Help"]  # in the first frame
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=5000)
    keys = {action.text(): action.shortcut().toString() for action in window.file_menu.actions()}
    assert keys["&Import files…"] == "Ctrl+I" and window.file_menu.isEnabled()
    assert all(action.isEnabled() for action in window.view_menu.actions()[:10])  # the screens
    assert window.statusBar().isAncestorOf(window.notice)
    window.show_notice("Moved a record")
    assert window.notice.text() == "Moved a record"
    window.close()
    window.vault.close()


def test_the_other_screens_wait_for_the_records_list(qtbot, vault, dialogs, tmp_path,
                                                    monkeypatch):
    """The list's rows come from a worker; a screen built meanwhile would hold them back."""
    make_pdf(tmp_path / "letter.pdf")
    vault.importer.import_file(tmp_path / "letter.pdf")
    vault.close()
    slow_list = DocumentStore.records

    def list_slowly(self, trashed=False):
        time.sleep(0.3)  # a big vault
        return slow_list(self, trashed)

    monkeypatch.setattr(DocumentStore, "records", list_slowly)
    made_before_the_list: list[bool] = []
    create_page = MainWindow._create_page

    def create(window, index):
        if index:
            made_before_the_list.append(not window.records.loaded)
        return create_page(window, index)

    monkeypatch.setattr(MainWindow, "_create_page", create)
    window = MainWindow(services=Services(dialogs=dialogs),  # real pools
                        settings=_settings(tmp_path), folder=vault.root)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.built_pages()) == len(PAGE_TITLES), timeout=10_000)
    assert window.records.model.rowCount() == 1
    assert made_before_the_list and not any(made_before_the_list)
    window.close()
    window.vault.close()


def test_a_vault_that_cannot_open_is_explained_and_closes_the_window(
        qtbot, services, dialogs, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("not a vault")
    window = MainWindow(services=services, settings=_settings(tmp_path), folder=not_a_folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.failed), timeout=5000)
    assert not window.isVisible()
    assert dialogs.messages and dialogs.messages[-1][0] == "error"
    assert "notes.txt" in dialogs.messages[-1][2]


def test_batched_progress_holds_items_until_due():
    reports: list[tuple[int, int, list]] = []
    ctx = TaskContext(progress=lambda d, t, batch: reports.append((d, t, batch)),
                      batch_interval=3600)
    ctx.progress_batched(1, 4, "a")  # the first report is due at once
    ctx.progress_batched(2, 4, "b")
    ctx.progress_batched(3, 4, "c")
    assert reports == [(1, 4, ["a"])]
    ctx.flush_progress(3, 4)
    assert reports[-1] == (3, 4, ["b", "c"])
    ctx.progress_batched(4, 4, "d")  # the last item always goes out
    assert reports[-1] == (4, 4, ["d"])
    ctx.flush_progress(4, 4)
    assert len(reports) == 3  # nothing left to send


def test_add_documents_inserts_a_batch_and_updates_known_rows(qtbot, vault, tmp_path):
    ids = [vault.importer.import_file(make_pdf(tmp_path / f"r{i}.pdf", [f"R {i}"])).document_id
           for i in range(3)]
    docs = [vault.documents.get(i) for i in ids]
    model = RecordsModel()
    tester = QAbstractItemModelTester(  # noqa: F841 - checks the model while it lives
        model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_documents(docs[:1])
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    renamed = vault.documents.update(ids[0], title="Renamed")
    model.add_documents([renamed, docs[1], docs[2], docs[2]])
    assert inserted == [(1, 2)]  # one insert for the batch, the repeat counted once
    assert [model.document(r).id for r in range(3)] == ids
    assert model.document(0).title == "Renamed"


def _count_rows_at_each_report(page: RecordsPage) -> list[tuple[int, int]]:
    """(files done, rows in the list) after each progress report the page handles."""
    seen: list[tuple[int, int]] = []
    handle = page._import_progress

    def progress(done: int, total: int, batch) -> None:
        handle(done, total, batch)
        seen.append((done, page.model.rowCount()))

    page._import_progress = progress
    return seen


def test_imported_rows_off_screen_wait_for_the_end_of_the_import(
        qtbot, vault, services, tmp_path):
    for i in range(40):
        vault.importer.import_file(make_pdf(tmp_path / f"old{i}.pdf", [f"Old {i}"]))
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.resize(900, 400)  # forty rows do not fit: the end of the list is off screen
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 40 and not page._end_of_list_visible()
    seen = _count_rows_at_each_report(page)
    new = [make_pdf(tmp_path / f"new{i}.pdf", [f"New {i}"]) for i in range(3)]
    page.import_paths(new)
    assert seen and all(rows == 40 for _done, rows in seen)  # held back while importing
    assert page.model.rowCount() == 43  # all there once it finished
    assert len(page.last_summary.imported) == 3


def test_imported_rows_show_at_once_while_the_list_has_room(qtbot, vault, services, tmp_path):
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    seen = _count_rows_at_each_report(page)
    page.import_paths([make_pdf(tmp_path / f"new{i}.pdf", [f"New {i}"]) for i in range(3)])
    assert seen and all(rows == done for done, rows in seen)  # each batch shown as it came
    assert seen[-1] == (3, 3)
