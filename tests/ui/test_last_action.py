"""A message describes the last action only, and Edit > Undo is there wherever the last action can
be undone."""

from __future__ import annotations

import datetime as dt

from factories import make_pdf
from windows import activate, open_window


def _window(qtbot, vault, services, tmp_path):
    window = open_window(qtbot, vault, services, tmp_path)
    window.resize(1200, 800)
    activate(qtbot, window)
    return window


def _log(vault, count: int = 4) -> None:
    for hour in range(count):
        vault.symptoms.add(symptom="Palpitations", severity=5, at=dt.datetime(2026, 11, 2, hour))


def test_deleted_entries_are_not_news_after_the_next_entry(qtbot, vault, services, tmp_path):
    _log(vault)
    window = _window(qtbot, vault, services, tmp_path)
    page = window.symptoms
    window.show_page(page)
    page.table.selectAll()
    page.delete_selected()
    assert window.notice.text() == "Deleted 4 entries."
    assert not window.notice.undo_button.isHidden()
    page.entry_form.symptom.setText("Tremor")
    page.entry_form.submit()
    assert window.notice.text() == ""  # said of the deletion, not of what came after
    assert page.entry_form.message.text().startswith("Saved: Tremor")
    page.undo_stack.undo()  # the entry is taken back: "Saved" is not true any more
    assert page.entry_form.message.isHidden()


def test_undo_takes_the_notice_away(qtbot, vault, services, tmp_path):
    vault.importer.import_file(make_pdf(tmp_path / "scan.pdf"))
    window = _window(qtbot, vault, services, tmp_path)
    records = window.records
    qtbot.waitUntil(lambda: records.model.rowCount() == 1)
    records.select_document(records.model.documents()[0].id)
    records.delete_selected()
    assert window.notice.text().startswith("Moved “")
    window.undo_anywhere.action.trigger()  # Edit > Undo (Ctrl+Z)
    assert window.notice.text() == "" and not vault.documents.list(trashed=True)


def test_undo_works_from_another_screen(qtbot, vault, services, tmp_path):
    _log(vault, 2)
    window = _window(qtbot, vault, services, tmp_path)
    symptoms = window.symptoms
    window.show_page(symptoms)
    symptoms.table.selectAll()
    symptoms.delete_selected()
    assert vault.symptoms.list() == []
    window.show_page(window.requests)  # nothing to undo of its own
    undo = window.undo_anywhere.action
    assert undo.isEnabled() and "Delete 2 symptom entries" in undo.text()
    undo.trigger()
    assert window.current_page() is symptoms  # shown where it is undone
    assert len(vault.symptoms.list()) == 2
    assert not undo.isEnabled()  # nothing else to undo anywhere
    window.questions.model.add("Is it benign?")
    window.show_page(window.requests)
    assert "Add question" in undo.text()  # the latest action, whichever screen
