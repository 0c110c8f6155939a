"""The decide screens' labels translate where they are shown: every word of the core's data
(readiness items, states, comparison marks, decision choices, specialist statuses, opinion roles
and fields) is marked for lupdate in the packet module that shows it, and the readiness detail
and an opinion's label, said from data, read as the core's English when nothing translates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from secondop_desktop.core import comparison, decision, opinions, readiness, specialists
from secondop_desktop.core.opinions import Opinion
from secondop_desktop.core.readiness import Item, State
from secondop_desktop.core.requests import ITEMS
from secondop_desktop.packet import call_sheet, inform_letter, opinion_pages, readiness_block
from secondop_desktop.packet.readiness_block import detail_text


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A translator with no translations: the source, with %n filled in and English plurals
    (what the English .qm says)."""
    if n >= 0:
        source = source.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))
    return source


def test_every_word_of_the_core_data_is_marked_for_translation():
    needs = [n for group in [*readiness.BY_CONDITION.values(), readiness.EVERY] for n in group]
    assert {*readiness.CONDITIONS.values(), *(n.label for n in needs), *(n.why for n in needs)} \
        <= set(readiness_block.LABELS)
    assert set(readiness_block.STATE_WORDS) == set(State)
    assert {*specialists.STATUSES.values(), *specialists.ANSWERS.values()} \
        <= set(call_sheet.SPECIALIST_WORDS)
    assert set(ITEMS.values()) <= set(inform_letter.ITEM_WORDS)
    assert {*opinions.ROLES.values(), *opinions.TEXT_FIELDS.values()} \
        <= set(opinion_pages.OPINION_WORDS)
    assert set(opinion_pages.ROLE_IN_LABEL) == set(opinions.ROLES)
    assert {*(w for _s, w in comparison.MARKS.values()), comparison.EXPLANATION} \
        <= set(opinion_pages.COMPARISON_WORDS)
    assert {*decision.STATUSES.values(), *decision.ROLES.values(), *decision.CHECKS.values(),
            *decision.MATTERS_WORDS.values(), decision.NO_RECOMMENDATION} \
        <= set(opinion_pages.DECISION_WORDS)


def test_each_kind_of_readiness_detail_is_said_as_the_core_says_it_in_english():
    values = {"reason": {}, "listed": {"count": 2}, "none-known": {}, "events": {"count": 1},
              "not-sent": {"id": 3, "provider": "City Hospital"},
              "asked": {"id": 3, "provider": "City Hospital", "asked": "2026-10-01"},
              "asked-due": {"id": 3, "provider": "City Hospital", "asked": "2026-10-01",
                            "due": "2026-10-31"},
              "not-applicable": {}, "received": {}}
    assert set(values) == set(readiness.DETAILS)
    for kind, given in values.items():
        item = Item("x", "X", "why", State.PRESENT)
        item.say(kind, **given)
        assert detail_text(item, english) == item.detail, kind
    events = Item("x", "X", "why", State.PRESENT)
    events.say("events", count=3)
    assert (events.detail, detail_text(events, english)) == ("3 events on the Visit screen",) * 2


def test_the_check_keeps_its_detail_as_data(vault):
    vault.timeline.add(date="2024-01-10", what="Lump noticed")
    request = vault.requests.add("City Hospital", "labs", asked=dt.date(2026, 10, 1).isoformat())
    report = readiness.check(vault)
    timeline, labs = report.item("timeline"), report.item("labs")
    assert (timeline.detail_kind, timeline.detail_values) == ("events", {"count": 1})
    assert timeline.detail == "1 event on the Visit screen"
    assert labs.state is State.REQUESTED and labs.detail_kind in ("asked", "asked-due")
    assert labs.detail_values["provider"] == "City Hospital" and labs.request_id == request.id


def test_an_opinions_label_translated_reads_as_the_cores_in_english():
    for role in ("current", "second", "other", ""):
        for date in ("2026-11-20", ""):
            opinion = Opinion(1, "Dr Okafor", role=role, date=date)
            assert opinion_pages.opinion_label(opinion, english, QLocale("en")) == opinion.label


def test_dates_read_in_the_locale_as_precise_as_given():
    def german(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return {"d MMM yyyy": "d. MMM yyyy"}.get(source, source)

    de, en = QLocale("de"), QLocale("en")
    assert opinion_pages.partial_date("2026-11-20", english, en) == "20 Nov 2026"
    assert opinion_pages.partial_date("2026-05-03", german, de) == "3. Mai 2026"
    assert opinion_pages.partial_date("2026-11", english, en) == "Nov 2026"
    assert (opinion_pages.partial_date("2026", german, de), opinion_pages.partial_date(
        "", english, en)) == ("2026", "")
