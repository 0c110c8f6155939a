"""The screens write dates as the app's language does (2026-10-14 in English, 14.10.2026 in
German, 14/10/2026 in Spanish; "Okt. 2026" for a month), sort by the real date whatever the
text, and read what they show back to the same date when it is edited."""

from __future__ import annotations

import datetime as dt

import pytest
from clinical_factories import ccda, result
from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt

from secondop_desktop.ui.labs.model import DATE, LabTestModel
from secondop_desktop.ui.operations import Changes
from secondop_desktop.ui.opinions.editor import OpinionEditor
from secondop_desktop.ui.requests.editor import RequestEditor
from secondop_desktop.ui.requests.model import COL_ASKED, COL_DUE, RequestsModel
from secondop_desktop.ui.specialists.editor import SpecialistEditor
from secondop_desktop.ui.symptoms.model import COL_WHEN, SymptomTableModel
from secondop_desktop.ui.visit.models import EVENT_DATE, MEDICATIONS, TIMELINE, list_model
from secondop_desktop.ui.widgets.row_table_model import SORT_ROLE
from secondop_desktop.ui.writes import Writer

SHOWN = {  # 14 Oct 2026, Oct 2026, 2019, 8 Sep 2026 09:30 and 2 Nov 2026 in each language
    "en": ("2026-10-14", "Oct 2026", "2019", "2026-09-08 09:30", "2026-11-02"),
    "de": ("14.10.2026", "Okt. 2026", "2019", "08.09.2026 09:30", "02.11.2026"),
    "es": ("14/10/2026", "oct 2026", "2019", "08/09/2026 09:30", "02/11/2026"),
}
LANGUAGES = list(SHOWN)


@pytest.fixture(params=LANGUAGES)
def language(request):
    """The app in each language, as install_app_language sets it (QLocale's default)."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def _column(model, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(r, column).data(role) for r in range(model.rowCount())]


def _sorted(model, column: int) -> list:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(column)
    return _column(proxy, column)


def test_medications_and_events_show_dates_as_precise_as_given(vault, services, language):
    day, month, year, _moment, _other = SHOWN[language]
    writer = Writer(services, None, Changes(medications=True, timeline=True))
    vault.medications.add(name="Letrozole", since="2026-10-14")
    vault.medications.add(name="Vitamin D", since="2026-10")
    medications = list_model(vault.medications, MEDICATIONS, writer)
    since = [c.field for c in MEDICATIONS.columns].index("since")
    assert _column(medications, since) == [day, month]
    # What a cell's editor starts with is what it shows, and it saves back unchanged
    assert _column(medications, since, Qt.ItemDataRole.EditRole) == [day, month]
    assert not medications.setData(medications.index(0, since), day)  # nothing changed
    assert not medications.setData(medications.index(1, since), month)
    assert [m.since for m in vault.medications.entries()] == ["2026-10-14", "2026-10"]

    for date, what in (("2026-10-14", "Surgery"), ("2019", "First seen"),
                       ("2025-12-30", "Biopsy"), ("2026-10", "Scan")):
        vault.timeline.add(date=date, what=what)
    events = list_model(vault.timeline, TIMELINE, writer)
    between = {"en": "2025-12-30", "de": "30.12.2025", "es": "30/12/2025"}[language]
    assert sorted(_column(events, EVENT_DATE)) == sorted([day, year, between, month])
    # by the real date (30.12.2025 before Okt. 2026 before 14.10.2026, whatever the text says)
    assert _sorted(events, EVENT_DATE) == [year, between, month, day]


def test_an_event_date_typed_in_place_in_the_languages_form_is_saved(vault, services, language):
    writer = Writer(services, None, Changes(timeline=True))
    vault.timeline.add(date="2024-11-02", what="Found a lump")
    events = list_model(vault.timeline, TIMELINE, writer)
    typed = {"en": "2024-10-30", "de": "30.10.2024", "es": "30/10/2024"}[language]
    assert events.setData(events.index(0, EVENT_DATE), typed)
    assert vault.timeline.entries()[0].date == "2024-10-30"


def test_symptom_log_when_column_and_its_order(vault, services, language):
    vault.symptoms.add(symptom="Leg pain", severity=6, at=dt.datetime(2026, 9, 8, 9, 30))
    vault.symptoms.add(symptom="Leg pain", severity=4, at=dt.datetime(2025, 12, 30, 18, 0))
    model = SymptomTableModel(vault.symptoms, Writer(services, None, Changes(symptoms=True)))
    moment = SHOWN[language][3]
    assert moment in _column(model, COL_WHEN)
    assert _sorted(model, COL_WHEN)[-1] == moment  # the later date last, not the "larger" text
    row = _column(model, COL_WHEN).index(moment)
    assert not model.setData(model.index(row, COL_WHEN), moment)  # read back: the same moment


def test_requests_list_and_editor(qtbot, vault, language):
    day, *_rest, other = SHOWN[language]
    request = vault.requests.add("City Pathology", "pathology-slides",
                                 asked=dt.date(2026, 10, 14), due=dt.date(2026, 11, 2))
    model = RequestsModel()
    model.set_requests([request])
    assert (_column(model, COL_ASKED), _column(model, COL_DUE)) == ([day], [other])
    editor = RequestEditor()
    qtbot.addWidget(editor)
    editor.show_request(request, [])
    assert (editor.asked.text(), editor.due.text()) == (day, other)
    values = editor.values()
    assert (values["asked"], values["due"]) == ("2026-10-14", "2026-11-02")
    editor.due.clear()
    editor._suggest_due()  # 30 days after asking, in the same form
    assert editor.due.text() == {"en": "2026-11-13", "de": "13.11.2026",
                                 "es": "13/11/2026"}[language]
    assert editor.values()["due"] == "2026-11-13"


def test_labs_date_column_and_its_order(vault, tmp_path, language):
    for name, date in (("a.xml", "20251230"), ("b.xml", "20261014")):
        (tmp_path / name).write_bytes(ccda(date=date, results=result(
            "Glucose" if name == "a.xml" else "Sodium", "2345-7" if name == "a.xml" else
            "2951-2", "6.1", "mg/dL", date, "3.9", "5.5")))
        vault.importer.import_file(tmp_path / name)
    model = LabTestModel()
    model.set_tests(vault.clinical.lab_tests())
    day = SHOWN[language][0]
    assert day in _column(model, DATE)
    assert _sorted(model, DATE)[-1] == day  # 14 Oct 2026 after 30 Dec 2025
    assert _column(model, 1) == ["6.1", "6.1"]  # the laboratory's value, as written


def test_specialist_checked_on_and_opinion_date_read_back_unchanged(qtbot, vault, language):
    _day, month, *_rest, other = SHOWN[language]
    specialist = vault.specialists.add(name="Dr. Ann Stone", board_checked="2026-11-02")
    editor = SpecialistEditor()
    qtbot.addWidget(editor)
    editor.show_specialist(specialist)
    assert editor.lines["board_checked"].text() == other
    assert editor.values()["board_checked"] == "2026-11-02" and not editor.dirty()

    opinion = vault.opinions.add(by="Dr. Okafor", date="2026-10", recommendation="Surgery")
    form = OpinionEditor()
    qtbot.addWidget(form)
    form.show_opinion(opinion, [], [])
    assert form.date.text() == month  # a month stays a month: no day is made up
    assert form.changes() == {}


def test_checklist_says_when_a_request_was_asked_in_the_languages_form(vault, language):
    from secondop_desktop.core import readiness
    from secondop_desktop.ui.checklist.model import found_text

    vault.requests.add("Dr. Okafor", "imaging-reports", asked=dt.date(2026, 10, 14),
                       due=dt.date(2026, 11, 2))
    [item] = [i for i in readiness.check(vault).items if i.detail_kind == "asked-due"][:1]
    day, *_rest, other = SHOWN[language]
    text = found_text(item)
    assert day in text and other in text, text


def test_symptom_range_filter_writes_its_dates_in_the_languages_form(qtbot, vault, services,
                                                                     language):
    from PySide6.QtCore import QDate

    from secondop_desktop.ui.symptoms.page import SymptomsPage

    page = SymptomsPage(vault, services)
    qtbot.addWidget(page)
    page.date_from.setDate(QDate(2026, 10, 14))
    assert page.date_from.text() == SHOWN[language][0]


def test_decide_by_and_next_steps_in_the_languages_form(qtbot, vault, services, language):
    from secondop_desktop.ui.opinions.page import OpinionsPage

    vault.opinions.add(by="Dr Okafor", recommendation="Surgery")
    vault.decision.set_state(deadline="2026-10-14")
    vault.decision.steps.add(what="Call Dr Okafor", due="2026-11-02")
    page = OpinionsPage(vault, services)
    qtbot.addWidget(page)
    decide = page.decide
    day, *_rest, other = SHOWN[language]
    assert decide.deadline.text() == day
    assert decide.steps.topLevelItem(0).text(2) == other
    decide._line_done("deadline", decide.deadline)  # read back: nothing to save
    assert vault.decision.state().deadline == "2026-10-14"
