"""Nothing typed is lost: closing the window or selecting another record saves what is typed,
or keeps it and says so."""

from __future__ import annotations

from factories import make_jpeg, make_pdf
from windows import open_window

from secondop_desktop.ui.main_window import MainWindow


def _window(qtbot, vault, services, tmp_path) -> MainWindow:
    return open_window(qtbot, vault, services, tmp_path)


def _type_everywhere(window) -> None:
    """Half-typed input in every editor, none of it confirmed with Enter or by leaving it."""
    visit = window.visit
    visit.field("patient.name").editor.setText("Jane Doe")
    medication = visit.medication_list.inputs
    medication[0].setText("Metformin")
    medication[1].setText("500 mg")
    window.questions.entry.setText("Is surgery the only option?")
    window.symptoms.entry_form.symptom.setText("Back pain")


def test_closing_saves_every_editor(qtbot, vault, services, dialogs, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    _type_everywhere(window)
    window.close()
    assert not window.isVisible()
    assert vault.patient.get().name == "Jane Doe"
    assert [(m.name, m.dose) for m in vault.medications.entries()] == [("Metformin", "500 mg")]
    assert [q.text for q in vault.questions.entries()] == ["Is surgery the only option?"]
    assert [e.symptom for e in vault.symptoms.entries()] == ["Back pain"]
    assert not [m for m in dialogs.messages if m[1] == "Not saved yet"]


def test_closing_with_invalid_input_says_what_and_keeps_it(qtbot, vault, services, dialogs,
                                                          tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    window.visit.field("patient.dob").editor.setText("31.31.1990")
    window.visit.timeline_list.inputs[1].setText("Biopsy")  # no date yet
    window.records.import_paths([make_pdf(tmp_path / "a.pdf")])
    doc = window.records.model.documents()[0]
    window.records.select_document(doc.id)
    window.records.details.fields["record_date"].setText("yesterday-ish")
    window.records.details._edited("record_date")
    dialogs.confirm_answers.append(False)  # "Fix it"
    window.close()
    assert window.isVisible()  # not closed: the patient fixes it
    title, text = dialogs.messages[-1][1:]
    assert title == "Not saved yet"
    assert "date of birth" in text and "Key events" in text and "date of" in text
    assert dialogs.destructive[-1]  # "Discard and close" is not the default
    assert window.visit.field("patient.dob").editor.text() == "31.31.1990"  # kept
    dialogs.confirm_answers.append(True)  # "Discard and close"
    window.close()
    assert not window.isVisible()


def test_selecting_another_record_keeps_an_invalid_date(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    page = window.records
    page.import_paths([make_pdf(tmp_path / "a.pdf"), make_jpeg(tmp_path / "b.jpg")])
    first, second = page.model.documents()
    page.select_document(first.id)
    page.details.fields["record_date"].setText("32 Oct 2026")
    page.details._edited("record_date")
    page.select_document(second.id)
    assert "not a valid value yet" in window.notice.text()
    page.select_document(first.id)
    assert page.details.fields["record_date"].text() == "32 Oct 2026"
    assert "not a date" in page.details.error("record_date")
    window.records.details.fields["record_date"].setText("")
    window.records.details._edited("record_date")
    window.records.details.save_now()
    window.close()
    assert not window.isVisible()
