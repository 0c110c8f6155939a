"""History (the sent log), File > Back up… / Restore…, the sidebar count and the reminder."""

from __future__ import annotations

import datetime as dt

from factories import make_pdf
from PySide6.QtCore import QSettings
from PySide6.QtTest import QAbstractItemModelTester

from secondop_desktop.core import backup
from secondop_desktop.core.vault import Vault
from secondop_desktop.packet.delivery import Delivery, deliver
from secondop_desktop.packet.export import PacketOptions, export_packet
from secondop_desktop.ui.backup.dialogs import BackupDialog, RestoreDialog
from secondop_desktop.ui.history.model import COL_FILE, COL_TO, SentModel
from secondop_desktop.ui.history.page import HistoryPage
from secondop_desktop.ui.main_window import REQUESTS_ROW, MainWindow
from secondop_desktop.ui.settings import Settings


def _export(vault, tmp_path, name: str, recipient: str, ids=None) -> None:
    options = PacketOptions(sections={"cover", "records"}, record_ids=ids)
    result = export_packet(vault, tmp_path / name, options)
    deliver(vault, result, options, Delivery(recipient))


def _records(vault, tmp_path, count: int = 2) -> list[int]:
    vault.importer.import_paths([make_pdf(tmp_path / f"r{n}.pdf", [f"R{n}"])
                                  for n in range(count)])
    return [d.id for d in vault.documents.list()]


def test_history_lists_exports_reveals_and_exports_again(qtbot, vault, services, opened_urls,
                                                         tmp_path):
    ids = _records(vault, tmp_path)
    _export(vault, tmp_path, "first.pdf", "own copy", [ids[0]])
    _export(vault, tmp_path, "second.pdf", "Dr Becker")
    (tmp_path / "first.pdf").unlink()
    page = HistoryPage(vault, services)
    qtbot.addWidget(page)
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert page.model.rowCount() == 2
    texts = {page.model.index(r, COL_TO).data(): page.model.index(r, COL_FILE).data()
             for r in range(2)}
    assert texts == {"Dr Becker": "second.pdf", "own copy": "first.pdf – moved or deleted"}
    first_row = next(r for r in range(2) if page.model.entry(r).recipient == "own copy")
    page.table.selectRow(first_row)
    assert not page.reveal_button.isEnabled()
    page.table.selectRow(1 - first_row)
    page.reveal()
    assert opened_urls[-1].toLocalFile() == str(tmp_path)
    page.table.selectRow(first_row)
    dialog = page.export_again()
    qtbot.addWidget(dialog)
    assert dialog.selected_ids() == [ids[0]] and dialog.recipient_edit.text() == "own copy"
    assert not dialog.section_boxes["summary"].isChecked()
    dialog.close()


def test_sent_model_contract_with_no_rows():
    model = SentModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_entries([], [])
    assert model.rowCount() == 0


def test_backup_dialog_writes_the_archive_and_restore_dialog_reads_it(qtbot, vault, services,
                                                                     tmp_path):
    _records(vault, tmp_path)
    dialog = BackupDialog(vault, services)
    qtbot.addWidget(dialog)
    archive = tmp_path / "b.secondop-backup"
    dialog.path_edit.setText(str(archive))
    dialog.passphrase.setText("blue whale")
    dialog.passphrase_again.setText("blue whole")
    dialog.start()
    assert "not the same" in dialog.status.text() and not archive.exists()
    dialog.passphrase_again.setText("blue whale")
    with qtbot.waitSignal(dialog.backed_up, timeout=1000):
        dialog.start()
    assert archive.exists() and "2 records" in dialog.status.text()
    assert backup.last_backup(vault.db) is not None
    assert "trash" not in dialog.status.text()

    restore = RestoreDialog(services)
    qtbot.addWidget(restore)
    restore.path_edit.setText(str(archive))
    restore.target_edit.setText(str(tmp_path / "restored"))
    restore.passphrase.setText("wrong one")
    restore.start()
    assert "passphrase is wrong" in restore.status.text()
    assert not (tmp_path / "restored").exists()
    restore.passphrase.setText("blue whale")
    with qtbot.waitSignal(restore.restored, timeout=1000) as signal:
        restore.start()
    assert signal.args == [tmp_path / "restored"]
    with Vault.open(tmp_path / "restored", create=False) as restored:
        assert restored.verify() == [] and restored.documents.count() == 2


def test_cancelled_backup_leaves_no_file(qtbot, vault, services, tmp_path):
    _records(vault, tmp_path, 3)
    dialog = BackupDialog(vault, services)
    qtbot.addWidget(dialog)
    handle = dialog._progress

    def progress_then_cancel(done, total, payload):  # Cancel pressed as progress shows
        handle(done, total, payload)
        dialog.cancel_or_close()

    dialog._progress = progress_then_cancel
    dialog.path_edit.setText(str(tmp_path / "out" / "b.secondop-backup"))
    dialog.start()
    assert dialog.status.text() == "Cancelled. Nothing was written."
    assert list((tmp_path / "out").iterdir()) == []


def _window(qtbot, vault, services, tmp_path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    return window


def test_sidebar_counts_overdue_requests(qtbot, vault, services, tmp_path):
    vault.requests.add("City Pathology", "pathology-slides",
                       asked=dt.date.today() - dt.timedelta(days=60))
    window = _window(qtbot, vault, services, tmp_path)
    assert window.nav.item(REQUESTS_ROW).text() == "Requests (1)"
    assert "1 records request overdue" in window.nav.item(REQUESTS_ROW).toolTip()
    window.nav.setCurrentRow(REQUESTS_ROW)
    request = vault.requests.list()[0]
    vault.requests.update(request.id, status="refused")
    window.requests.refresh()
    assert window.nav.item(REQUESTS_ROW).text() == "Requests"
    window.nav.setCurrentRow(5)
    assert window.current_page() is window.history


def test_backup_reminder_in_the_status_bar(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    assert window.backup_reminder.isHidden()  # no records, nothing to lose yet
    _records(vault, tmp_path, 1)
    window.update_backup_reminder()
    assert not window.backup_reminder.isHidden()
    assert "never been backed up" in window.backup_reminder_label.text()
    backup.note_backup(vault.db, dt.datetime.now() - dt.timedelta(days=40))
    window.update_backup_reminder()
    assert "time for a new one" in window.backup_reminder_label.text()
    backup.note_backup(vault.db)
    window.update_backup_reminder()
    assert window.backup_reminder.isHidden()
    menu = {a.text().replace("&", "") for m in window.menuBar().actions()
            for a in m.menu().actions()}
    assert {"Back up…", "Restore…"} <= menu


def test_back_up_on_quit_is_switched_on_in_the_dialog_and_runs_at_close(qtbot, vault, services,
                                                                       tmp_path):
    _records(vault, tmp_path, 1)
    window = _window(qtbot, vault, services, tmp_path)
    window.back_up()
    dialog = window.backup_dialog
    dialog.path_edit.setText(str(tmp_path / "backups" / "first.secondop-backup"))
    dialog.on_quit_box.setChecked(True)
    dialog.start()
    assert window.settings.auto_backup_folder == tmp_path / "backups"
    assert window.backup_reminder.isHidden()
    dialog.close()
    window.close()
    made = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert len(made) == 2 and "first.secondop-backup" in made
    assert any(name.startswith("SecondOp automatic backup ") for name in made)


def test_the_backup_counts_the_records_as_the_list_does(qtbot, vault, services, tmp_path):
    """The list shows 2 records, the trash 1: the backup says both, not "3 records"."""
    ids = _records(vault, tmp_path, 3)
    vault.documents.set_trashed(ids[0], True)
    dialog = BackupDialog(vault, services)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "b.secondop-backup"))
    with qtbot.waitSignal(dialog.backed_up, timeout=1000):
        dialog.start()
    assert dialog.status.text().startswith("Backed up 2 records and 1 in the trash to b.")
