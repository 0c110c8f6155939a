"""The packet writes its own dates and numbers as its language does (the one chosen at export,
not the app's): 14.10.2026 in German, 14/10/2026 in Spanish, ISO in English as before; a date
known to the month stays a month ("Okt. 2026"), a year a year; the labs' values stay as the
laboratory wrote them (6.1, never 6,1)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from clinical_factories import ccda, result
from pdf_inspect import page_texts
from PySide6.QtCore import QLocale

from secondop_desktop.local_format import (
    date_text,
    datetime_text,
    number_text,
    partial_date_text,
)
from secondop_desktop.packet.export import PacketOptions, export_packet
from secondop_desktop.translations import packet_text


@pytest.fixture
def dated_vault(vault, tmp_path):
    vault.patient.set(name="Jane Doe", dob="1970-03-12")
    vault.medications.add(name="Levothyroxine", dose="50 mcg", since="2026-10-14")
    vault.timeline.add(date="2026-06-30", what="Lump noticed")
    vault.timeline.add(date="2026-10", what="Biopsy, day not known")
    vault.timeline.add(date="2019", what="Thyroid nodule first seen")
    vault.symptoms.add(symptom="Neck pain", severity=4, at=dt.datetime(2026, 9, 8, 9, 30))
    for name, date, value in (("a.xml", "20250101", "6.1"), ("b.xml", "20250601", "7.4")):
        (tmp_path / name).write_bytes(ccda(
            title=f"Summary {name}", date=date,
            results=result("Glucose", "2345-7", value, "mg/dL", date, "3.9", "5.5", "H")))
    vault.importer.import_paths([tmp_path / "a.xml", tmp_path / "b.xml"])
    return vault


def _text(vault, tmp_path, language: str) -> str:
    out = tmp_path / f"packet-{language}.pdf"
    export_packet(vault, out, PacketOptions(language=language))
    return " ".join(" ".join(page_texts(out)).split())


@pytest.mark.parametrize(("language", "expected"), [
    ("de", ["seit 14.10.2026", "30.06.2026 Lump noticed", "Okt. 2026 Biopsy, day not known",
            "2019 Thyroid nodule first seen", "08.09.2026 09:30 Neck pain", "01.01.2025 Glucose",
            "01.06.2025 Glucose"]),
    ("es", ["desde 14/10/2026", "30/06/2026 Lump noticed", "oct 2026 Biopsy, day not known",
            "2019 Thyroid nodule first seen", "08/09/2026 09:30 Neck pain", "01/01/2025 Glucose",
            "01/06/2025 Glucose"]),
    ("en", ["since 2026-10-14", "2026-06-30 Lump noticed", "Oct 2026 Biopsy, day not known",
            "2019 Thyroid nodule first seen", "2026-09-08 09:30 Neck pain", "2025-01-01 Glucose",
            "2025-06-01 Glucose"]),
])
def test_the_packets_dates_are_written_as_its_language_writes_them(
        dated_vault, tmp_path, shipped, language, expected):
    before = QLocale()
    QLocale.setDefault(QLocale("es" if language == "de" else "de"))  # the app speaks another
    try:
        text = _text(dated_vault, tmp_path, language)
    finally:
        QLocale.setDefault(before)
    for words in expected:
        assert words in text, words
    if language != "en":  # no ISO date of ours is left (the patient wrote none here)
        assert re.findall(r"\b\d{4}-\d{2}-\d{2}\b", text) == []
        assert "Oct 2026" not in text and "1 Oct" not in text  # no day invented, no English
    assert "6.1" in text and "7.4" in text  # the laboratory's values as written
    assert "6,1" not in text and "7,4" not in text


@pytest.mark.parametrize(("name", "day", "month", "moment", "number"), [
    ("en", "2026-10-14", "Oct 2026", "2026-10-14 09:30", "1.5"),
    ("de", "14.10.2026", "Okt. 2026", "14.10.2026 09:30", "1,5"),
    ("es", "14/10/2026", "oct 2026", "14/10/2026 09:30", "1,5"),
])
def test_one_helper_per_kind_keyed_by_the_language(name, day, month, moment, number):
    locale = QLocale(name)
    assert date_text(dt.date(2026, 10, 14), locale) == day
    assert partial_date_text("2026-10-14", locale) == day
    assert partial_date_text("2026-10", locale) == month
    assert partial_date_text("2019", locale) == "2019"
    assert partial_date_text("someday", locale) == "someday"  # not a date: as it is
    assert datetime_text(dt.datetime(2026, 10, 14, 9, 30), locale) == moment
    assert number_text(1.5, locale) == number
    assert number_text(2.0, locale) == number_text(1.96, locale) == "2"
    with packet_text.language_of_this_thread(name):
        from secondop_desktop.local_format import packet_locale
        assert date_text(dt.date(2026, 10, 14), packet_locale()) == day
