"""Dates typed as German and Spanish patients write them: the language's month names, its
numeric form with one or two digits; and every example a date field's hint gives is taken."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from secondop_desktop.core.validate import parse_date, parse_datetime, parse_partial_date
from secondop_desktop.ui.widgets.date_field import locale_to_iso

ROOT = Path(__file__).resolve().parents[2]
MARCH_3 = dt.date(2025, 3, 3)


@pytest.mark.parametrize(("name", "typed"), [
    ("de_DE", "3. März 2025"), ("de_DE", "3. Mär. 2025"), ("de_DE", "3 märz 2025"),
    ("de_DE", "03.03.2025"), ("de_DE", "3.3.2025"), ("de_DE", "3.3.25"),
    ("de_DE", "3 Mar 2025"), ("de_DE", "2025-03-03"),  # English and ISO still read
    ("es_ES", "3 mar 2025"), ("es_ES", "3 de marzo de 2025"), ("es_ES", "3 Marzo 2025"),
    ("es_ES", "3/3/2025"), ("es_ES", "03/03/2025"), ("es_ES", "3/3/25"),
])
def test_a_whole_date_in_the_languages_words_or_numbers(name, typed):
    assert parse_date(locale_to_iso(typed, locale=QLocale(name))) == MARCH_3


@pytest.mark.parametrize(("name", "typed", "stored"), [
    ("de_DE", "März 2025", "2025-03"), ("de_DE", "Okt. 2026", "2026-10"),
    ("de_DE", "Dezember 2019", "2019-12"), ("de_DE", "2019", "2019"),
    ("es_ES", "marzo de 2025", "2025-03"), ("es_ES", "oct 2026", "2026-10"),
    ("es_ES", "sept. 2026", "2026-09"), ("es_ES", "dic 2019", "2019-12"),
])
def test_a_month_in_the_languages_words(name, typed, stored):
    assert parse_partial_date(locale_to_iso(typed, locale=QLocale(name))) == stored


@pytest.mark.parametrize(("name", "typed"), [
    ("de_DE", "3. März 2025 09:30"), ("de_DE", "03.03.2025 09:30"), ("de_DE", "3.3.2025 09:30"),
    ("es_ES", "3 de marzo de 2025 9:30"), ("es_ES", "3/3/2025 9:30"), ("es_ES", "3 mar 2025 09:30"),
])
def test_a_moment_in_the_languages_words_or_numbers(name, typed):
    moment = parse_datetime(locale_to_iso(typed, with_time=True, locale=QLocale(name)))
    assert moment == dt.datetime(2025, 3, 3, 9, 30)


def test_words_that_are_no_month_are_left_for_the_core_to_refuse():
    assert locale_to_iso("3. Mittwoch 2025", locale=QLocale("de_DE")) == "3. Mittwoch 2025"
    assert locale_to_iso("de 2025", locale=QLocale("es_ES")) == "de 2025"


def _hints(lang: str) -> list[str]:
    """What the date fields' hints say in ``lang``: the .ts file's, and this branch's parts
    (which the .ts files take over at merge)."""
    wanted = {("DateField", "e.g. 14 Oct 2026"), ("DateField", "e.g. 14 Oct 2026 09:30"),
              ("DateField", "e.g. 14 Oct 2026, Oct 2026 or 2019"),
              ("VisitPage", "e.g. 14 Jun 1971"), ("VisitLists", "e.g. Oct 2026 or 2019"),
              ("SymptomEntryForm", "Now (or e.g. 14 Oct 2026 09:30)")}
    found = []
    for context in ET.parse(ROOT / "translations" / f"secondop_{lang}.ts").getroot():
        for message in context.iter("message"):
            if (context.findtext("name"), message.findtext("source")) in wanted:
                found.append(message.findtext("translation") or "")
    for part in (ROOT / "translations" / "parts").glob("*.json"):
        found += [entry[lang] for entry in json.loads(part.read_text(encoding="utf-8"))
                  if (entry["context"], entry["source"]) in wanted]
    return found


@pytest.mark.parametrize(("lang", "name"), [("de", "de_DE"), ("es", "es_ES")])
def test_every_example_in_the_date_hints_is_taken(lang, name):
    hints = _hints(lang)
    assert len(hints) >= 6
    for hint in hints:
        text = re.sub(r"^(z\. B\.|p\. ej\.,|Jetzt \(oder( z\. B\.)?|Ahora \(o( p\. ej\.,)?)\s*",
                      "", hint).rstrip(")")
        for example in re.split(r",\s+|\s+(?:oder|o)\s+", text):
            with_time = ":" in example
            iso = locale_to_iso(example, with_time=with_time, locale=QLocale(name))
            if with_time:
                parse_datetime(iso)
            else:
                parse_partial_date(iso)  # a day, a month or a year, as the hint shows


@pytest.fixture
def german_locale():
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def test_a_stored_date_shows_as_the_language_writes_it_and_saves_unchanged(
        german_locale, qtbot, vault, services):
    from secondop_desktop.ui.visit.page import VisitPage

    vault.patient.set(dob="1971-06-14")
    vault.appointment.set(when="2026-12-19T10:30")
    page = VisitPage(vault, services)
    qtbot.addWidget(page)
    dob, when = page.field("patient.dob"), page.field("appointment.when")
    assert dob.editor.text() == "14.06.1971"
    assert when.editor.text() == "19.12.2026 10:30"
    assert (dob.core_text(), when.core_text()) == ("1971-06-14", "2026-12-19T10:30")
    dob.editor.setText("3. März 1972")  # typed with the month in words
    dob.commit()
    assert vault.patient.get().dob == "1972-03-03"
