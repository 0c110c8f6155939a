"""Every screen shows what the vault holds now: each refreshes from the announcements of the
operations layer, whichever screen (or none) made the change."""

from __future__ import annotations

import datetime as dt

from factories import make_pdf
from PySide6.QtCore import QSettings

from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.operations import Changes
from secondop_desktop.ui.settings import Settings


def _window(qtbot, vault, services, tmp_path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    return window


def _offered(questions) -> list[str]:
    combo = questions.record_combo
    return [combo.itemText(i) for i in range(1, combo.count())]  # after "(none)"


def test_about_record_offers_a_record_imported_after_the_screen_was_built(
        qtbot, vault, services, tmp_path):
    vault.importer.import_file(make_pdf(tmp_path / "first_letter.pdf", ["Letter"]))
    window = _window(qtbot, vault, services, tmp_path)
    questions = window.questions
    assert _offered(questions) == ["First letter"]
    window.import_dropped([make_pdf(tmp_path / "second_scan.pdf", ["Scan"])])  # on Records
    assert sorted(_offered(questions)) == ["First letter", "Second scan"]
    # A title edited on the Records screen follows in the question's link too.
    made: list = []
    questions.model.add("What does the scan show?", added=made.append)
    qid = made[0].id
    second = next(d for d in vault.documents.list() if d.title == "Second scan")
    questions.model.set_link(qid, second.id, None)
    window.records.save_field(second.id, "title", "CT chest")
    assert "CT chest" in _offered(questions)
    assert questions.model.link_text(vault.questions.get(qid)) == "CT chest"


def test_every_screen_refreshes_from_an_announcement(qtbot, vault, services, tmp_path):
    """Written outside the screens (as a background write would), then announced once."""
    window = _window(qtbot, vault, services, tmp_path)
    pages = window.pages  # all four built, each showing the empty vault
    assert pages[0].model.rowCount() == 0
    vault.importer.import_file(make_pdf(tmp_path / "report.pdf"))
    vault.questions.add(text="Is surgery needed?", priority=1, category="other")
    vault.symptoms.add(at=dt.datetime(2026, 11, 2, 8, 0), symptom="Headache", severity=4)
    vault.patient.set(name="Ana Ruiz")
    vault.medications.add(name="Metformin")
    services.changes.announce(Changes(records=True, questions=True, symptoms=True,
                                      profile=True, medications=True))
    assert window.records.model.rowCount() == 1
    assert window.questions.model.rowCount() == 1 and _offered(window.questions) == ["Report"]
    assert window.symptoms.model.rowCount() == 1
    assert window.visit.field("patient.name").text() == "Ana Ruiz"
    assert window.visit.medications.rowCount() == 1
    assert "Ana Ruiz" in window.windowTitle()


def test_a_screen_announces_its_own_edits(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    heard: list[tuple[Changes, object]] = []
    services.changes.operation_did_execute.connect(lambda c, who: heard.append((c, who)))
    window.questions.model.add("Could it be something else?")
    window.visit.allergies.add(substance="Penicillin")
    window.symptoms.model.add(at=dt.datetime(2026, 11, 3, 9, 0), symptom="Nausea", severity=2)
    assert heard == [(Changes(questions=True), window.questions),
                     (Changes(allergies=True), window.visit),
                     (Changes(symptoms=True), window.symptoms)]
    window.questions.undo_stack.undo()  # an undo is a change too
    assert heard[-1] == (Changes(questions=True), window.questions)


def test_deleting_a_record_forever_updates_the_questions_about_it(
        qtbot, vault, services, dialogs, tmp_path):
    doc_id = vault.importer.import_file(make_pdf(tmp_path / "ct.pdf", ["CT"])).document_id
    qid = vault.questions.add(text="What does the CT show?", priority=1, category="other").id
    vault.questions.update(qid, document_id=doc_id, page=2)
    window = _window(qtbot, vault, services, tmp_path)
    records, questions = window.records, window.questions
    assert questions.model.link_text(questions.model.question(0)) == "Ct, page 2"
    records.select_document(doc_id)
    records.delete_selected()  # to the trash: the link stays
    records.set_showing_trash(True)
    records.select_document(doc_id)
    records.delete_selected()  # confirmed: deleted forever
    assert ("confirm", "Delete forever?") == dialogs.messages[-1][:2]
    assert records.model.rowCount() == 0 and vault.documents.count() == 0
    assert _offered(questions) == []
    assert questions.model.question(0).document_id is None
    assert questions.model.link_text(questions.model.question(0)) == ""


def test_with_real_threads_an_import_reaches_every_screen(qtbot, vault, tmp_path):
    """No fake pool: the import, the list loads and the thumbnails run on pool threads."""
    from fakes import ScriptedDialogs

    from secondop_desktop.ui.services import Services

    services = Services(dialogs=ScriptedDialogs())
    window = _window(qtbot, vault, services, tmp_path)
    questions = window.questions
    qtbot.waitUntil(lambda: window.records.loaded, timeout=10_000)
    files = [make_pdf(tmp_path / f"letter_{i}.pdf", [f"Letter {i}"]) for i in range(3)]
    window.import_dropped(files)
    qtbot.waitUntil(lambda: window.records.last_summary is not None, timeout=20_000)
    qtbot.waitUntil(lambda: len(_offered(questions)) == 3, timeout=10_000)
    records = window.records
    assert records.model.rowCount() == 3 and not records.importing
    docs = [records.model.document(r) for r in range(3)]
    for doc in docs:
        records.thumbnails.icon(doc)  # as painting asks
    qtbot.waitUntil(lambda: all(records.thumbnails.has_icon(d.id) for d in docs), timeout=20_000)
    assert services.dialogs.messages == []
    window.close()  # waits for the pools before the vault closes


def test_screens_of_a_closed_vault_no_longer_listen(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    old = window.pages
    refreshed: list[object] = []
    for page in old:
        page.refresh = lambda page=page: refreshed.append(page)
    services.dialogs.folders.append(tmp_path / "other-vault")
    window.open_vault()
    assert window.vault is not vault and all(page.closed for page in old)
    services.changes.announce(Changes(records=True, questions=True, symptoms=True))
    assert refreshed == []
    assert window.records.vault is window.vault


def test_an_export_and_records_that_came_in_show_on_their_screens_at_once(
        qtbot, vault, services, tmp_path):
    from secondop_desktop.ui.export.dialog import ExportDialog

    vault.importer.import_file(make_pdf(tmp_path / "report.pdf", ["Report"]))
    window = _window(qtbot, vault, services, tmp_path)
    history, requests = window.history, window.requests
    assert history.model.rowCount() == 0
    dialog = ExportDialog(vault, services)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "packet.pdf"))
    dialog.start_export()
    assert dialog.written is not None
    assert history.model.rowCount() == 1  # never shown since, listed all the same
    requests.new_request()
    assert requests.model.rowCount() == 1
    requests.files_dropped([make_pdf(tmp_path / "came_in.pdf", ["Came in"])])
    assert window.records.model.rowCount() == 2 and len(_offered(window.questions)) == 2


def test_a_change_in_another_vault_is_not_news_here(qtbot, vault, services, tmp_path):
    """The demo's window shares the services of the patient's own window."""
    from secondop_desktop.core.vault import Vault
    from secondop_desktop.ui.symptoms.page import SymptomsPage

    other = Vault.open(tmp_path / "demo-vault")
    mine, theirs = SymptomsPage(vault, services), SymptomsPage(other, services)
    for page in (mine, theirs):
        qtbot.addWidget(page)
    refreshed: list[object] = []
    mine.refresh = lambda: refreshed.append(mine)
    other.symptoms.add(at=dt.datetime(2026, 11, 3, 9, 0), symptom="Nausea", severity=2)
    services.changes.announce(Changes(symptoms=True), theirs)
    assert refreshed == []
    services.changes.announce(Changes(symptoms=True))  # from nowhere in particular: everyone
    assert refreshed == [mine]
    for page in (mine, theirs):
        page.close_page()
    other.close()
