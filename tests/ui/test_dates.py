"""Dates as people write them: the locale's short format, ISO, words, partial dates; a calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from secondop_desktop.core.errors import ValidationError
from secondop_desktop.core.validate import (
    format_partial_date,
    parse_date,
    parse_datetime,
    parse_partial_date,
)
from secondop_desktop.local_format import datetime_text, human_size
from secondop_desktop.ui.symptoms.page import SymptomsPage
from secondop_desktop.ui.visit.page import VisitPage
from secondop_desktop.ui.widgets.date_field import (
    DateField,
    display_date,
    locale_to_iso,
)


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("2019", "2019", "2019"),
    ("Oct 2026", "2026-10", "Oct 2026"),
    ("october 2026", "2026-10", "Oct 2026"),
    ("2026-10", "2026-10", "Oct 2026"),
    ("14 Oct 2026", "2026-10-14", "2026-10-14"),
    ("Oct 14, 2026", "2026-10-14", "2026-10-14"),
])
def test_partial_dates_keep_their_precision(typed, stored, shown):
    assert parse_partial_date(typed) == stored
    assert format_partial_date(stored) == shown


def test_messages_say_what_to_type_in_words():
    for parse in (parse_date, parse_partial_date):
        with pytest.raises(ValidationError) as caught:
            parse("next tuesday", "The date")
        assert "YYYY" not in caught.value.reason and "like 14 Oct 2026" in caught.value.reason
    with pytest.raises(ValidationError) as caught:
        parse_datetime("soon", "The time")
    assert "like 14 Oct 2026 09:30" in caught.value.reason
    assert parse_datetime("14 Oct 2026 09:30") == dt.datetime(2026, 10, 14, 9, 30)
    with pytest.raises(ValidationError):
        parse_date("2026-02-30")


def test_the_locale_short_format_becomes_iso():
    for name in ("en_US", "en_GB", "de_DE"):
        locale = QLocale(name)
        short = locale.toString(QDate(2026, 10, 14), QLocale.FormatType.ShortFormat)
        assert locale_to_iso(short, locale=locale) == "2026-10-14", (name, short)
    assert locale_to_iso("14 Oct 2026") == "14 Oct 2026"  # words: left to the core


@pytest.mark.parametrize(("name", "date", "moment"), [
    ("en_US", "14 Oct 2026", "2026-10-14 09:30"),
    ("de_DE", "14.10.2026", "14.10.2026 09:30"),
    ("es_ES", "14/10/2026", "14/10/2026 09:30"),  # as the lists write it
])
def test_a_picked_date_is_written_as_the_language_writes_it_and_read_back(name, date, moment):
    locale = QLocale(name)
    assert display_date(dt.date(2026, 10, 14), locale) == date
    assert datetime_text(dt.datetime(2026, 10, 14, 9, 30), locale) == moment
    # What the calendar writes in the field is what the field hands on, as ISO or in words.
    assert parse_date(locale_to_iso(date, locale=locale)) == dt.date(2026, 10, 14)
    assert parse_datetime(locale_to_iso(moment, with_time=True, locale=locale)) == \
        dt.datetime(2026, 10, 14, 9, 30)


def test_sizes_are_written_with_the_languages_decimal_mark():
    assert human_size(1_500_000, QLocale("en_US")) == "1.5 MB"
    assert human_size(1_500_000, QLocale("de_DE")) == "1,5 MB"
    assert human_size(2_345, QLocale("de_DE")) == "2,3 kB"
    assert human_size(812) == "812 bytes"


def test_every_date_field_has_a_calendar(qtbot, vault, services):
    page = VisitPage(vault, services)
    qtbot.addWidget(page)
    fields = page.findChildren(DateField)
    assert len(fields) >= 4  # date of birth, appointment, since, event date
    field = page.field("patient.dob").editor
    field.show_calendar()
    field.calendar.clicked.emit(QDate(1971, 6, 14))
    assert vault.patient.get().dob == "1971-06-14"
    assert not field.popup.isVisible()


def test_timeline_takes_a_month_or_a_year(qtbot, vault, services):
    page = VisitPage(vault, services)
    qtbot.addWidget(page)
    section = page.timeline_list
    date, what = section.inputs
    date.setText("Oct 2026")
    what.setText("Diagnosis")
    assert section.add()
    date.setText("2019")
    what.setText("Operation")
    assert section.add()
    assert [(e.date, e.what) for e in vault.timeline.entries()] == [
        ("2019", "Operation"), ("2026-10", "Diagnosis")]
    shown = {page.timeline.index(row, 0).data() for row in range(2)}
    assert shown == {"2019", "Oct 2026"}  # as typed


def test_symptom_time_is_one_field_empty_means_now(qtbot, vault, services):
    page = SymptomsPage(vault, services)
    qtbot.addWidget(page)
    form = page.entry_form
    assert isinstance(form.when, DateField)  # one line: one Tab stop, no hidden sections
    form.symptom.setText("Chest tightness")
    before = dt.datetime.now().replace(second=0, microsecond=0)
    qtbot.keyClick(form.symptom, Qt.Key.Key_Return)
    (entry,) = vault.symptoms.entries()
    assert before <= entry.at <= dt.datetime.now()


def test_a_future_time_asks_first(qtbot, vault, services, dialogs):
    page = SymptomsPage(vault, services)
    qtbot.addWidget(page)
    form = page.entry_form
    form.symptom.setText("Headache")
    form.set_time(dt.datetime.now() + dt.timedelta(days=10))
    dialogs.confirm_answers.append(False)
    assert form.submit() is None
    assert vault.symptoms.count() == 0 and "future" in dialogs.messages[-1][1]
    dialogs.confirm_answers.append(True)
    assert form.submit() is not None


def test_symptom_names_ignore_case_and_keep_the_first_spelling(qtbot, vault, services):
    page = SymptomsPage(vault, services)
    qtbot.addWidget(page)
    form = page.entry_form
    for typed in ("Chest tightness", "chest tightness", "CHEST TIGHTNESS"):
        form.symptom.setText(typed)
        form.submit()
    assert vault.symptoms.names() == ["Chest tightness"]
