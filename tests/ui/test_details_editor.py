"""The record details form beside the preview: what it shows with and without a record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from secondop_desktop.core.documents import Document
from secondop_desktop.ui.records.details_editor import DetailsEditor


def _doc(**changes) -> Document:
    values = dict(id=1, sha256="0" * 64, original_name="scan.pdf", format="pdf", kind="labs",
                  title="Blood test",
                  record_date=dt.date(2024, 3, 1), provider="City Lab", body_part="",
                  tags=["blood"], notes="", pages=1, size=10,
                  imported_at=dt.datetime(2024, 3, 2, 9, 0), trashed=False)
    values.update(changes)
    return Document(**values)


def test_no_record_shows_no_kind_and_a_record_shows_its_own(qtbot):
    saved: list = []
    editor = DetailsEditor(lambda *args: saved.append(args) or "")
    qtbot.addWidget(editor)
    assert editor.kind.currentText() == ""  # not "Imaging" for a record that is not there
    assert not editor.isEnabled()
    editor.set_document(_doc())
    assert editor.kind.currentData() == "labs"
    editor.set_document(None)
    assert editor.kind.currentText() == ""
    assert saved == []


def test_tab_in_notes_moves_on_instead_of_typing_a_tab(qtbot):
    editor = DetailsEditor(lambda *args: "")
    qtbot.addWidget(editor)
    editor.set_document(_doc())
    editor.show()
    editor.notes.setFocus()
    qtbot.keyClick(editor.notes, Qt.Key.Key_Tab)
    assert "\t" not in editor.notes.toPlainText()


def test_a_file_date_is_labelled_until_the_patient_gives_the_date_of_service(qtbot):
    editor = DetailsEditor(lambda *args: "")
    qtbot.addWidget(editor)
    editor.set_document(_doc(meta={"date_source": "file"}))
    assert editor.date_label.text() == "File date"
    assert "date of service" in editor.fields["record_date"].toolTip()
    editor.set_document(_doc())
    assert editor.date_label.text() == "Date" and editor.fields["record_date"].toolTip() == ""
