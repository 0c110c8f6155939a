"""The Symptoms page carries a short summary (one line per symptom under the chart); every
entry moves to an appendix after the records."""

from __future__ import annotations

import datetime as dt

from factories import make_pdf
from pdf_inspect import outline, page_texts

from secondop_desktop.core.symptoms import SymptomEntry
from secondop_desktop.packet.export import export_packet
from secondop_desktop.packet.symptom_summary import common_triggers, summarise, trend

START = dt.datetime(2026, 9, 1, 8, 0)


def _entry(n: int, symptom: str, severity: int, triggers: str = "") -> SymptomEntry:
    return SymptomEntry(n, START + dt.timedelta(days=n), symptom, severity, triggers=triggers)


def test_one_line_per_symptom_with_its_span_severities_trend_and_triggers():
    entries = [_entry(n, "Headache", sev, trig) for n, (sev, trig) in enumerate(
        [(2, "screens"), (3, "Screens, stress"), (3, ""), (6, "stress"), (7, "wine"),
         (8, "stress; screens")])]
    entries += [_entry(10, "headache ", 5), _entry(11, "Nausea", 4), _entry(12, "Nausea", 2)]
    [headache, nausea] = summarise(entries)
    assert (headache.symptom, headache.entries) == ("Headache", 7)
    assert (headache.first, headache.last) == (START, START + dt.timedelta(days=10))
    assert (headache.typical, headache.worst, headache.trend) == (5, 8, "worse")
    assert headache.triggers == ["screens", "stress"]  # named more than once, as first written
    assert (nausea.entries, nausea.trend, nausea.triggers) == (2, "", [])  # too few to say
    assert trend([8, 7, 7, 6, 3, 2]) == "better" and trend([4, 5, 4, 4]) == "about the same"
    assert common_triggers([_entry(1, "X", 1, "cold")]) == []


def test_the_full_log_is_an_appendix_after_the_records(vault, tmp_path):
    for n in range(60):  # three pages of rows before the first record, until now
        vault.symptoms.add(symptom=["Neck pain", "Dizziness"][n % 2], severity=n % 10,
                           at=START + dt.timedelta(hours=7 * n), notes=f"entry-{n:02d}")
    vault.importer.import_paths([make_pdf(tmp_path / "clinic_letter.pdf",
                                           ["Clinic letter about the neck"])])
    out = export_packet(vault, tmp_path / "packet.pdf").path
    texts = page_texts(out)
    [symptoms] = [i for i, t in enumerate(texts) if t.startswith("Symptoms")]
    assert "Summary of each symptom" in texts[symptoms] and "Neck pain" in texts[symptoms]
    assert "entry-" not in texts[symptoms]  # one page: no raw rows before the records
    letter = next(i for i, t in enumerate(texts) if "Clinic letter about the neck" in t)
    rows = [i for i, t in enumerate(texts) if "entry-" in t]
    assert rows and min(rows) > letter  # the log comes after the records
    assert all(f"entry-{n:02d}" in "".join(texts) for n in range(60))
    marks = {title: page for title, page, _level in outline(out)}
    assert marks["Symptom log"] == min(rows) + 1


def test_no_entries_is_said_once(vault, tmp_path):
    from secondop_desktop.packet.export import PacketOptions

    out = export_packet(vault, tmp_path / "p.pdf", PacketOptions(sections={"symptoms"})).path
    [page] = page_texts(out)
    assert page.count("No symptom entries") == 1  # the chart says it
    assert "Symptom log" not in page and "Summary of each symptom" not in page
