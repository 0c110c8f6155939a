"""Question order, priorities that follow a move, duplicates, and the suggestions file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from secondop_desktop.core.questions import moved_layout
from secondop_desktop.core.suggestions import SuggestionsError, load_suggestions


def test_moved_layout_keeps_order_and_fits_priority_between_neighbours():
    layout = [(1, 1), (2, 1), (3, 1), (4, 2), (5, 2), (6, 3)]
    # question 4 one row up: it lands between two must-ask questions, so it becomes one
    assert moved_layout(layout, [4], 2) == [(1, 1), (2, 1), (4, 1), (3, 1), (5, 2), (6, 3)]
    # question 3 one row down: between two "important" ones, so it is no longer must-ask
    assert moved_layout(layout, [3], 4) == [(1, 1), (2, 1), (4, 2), (3, 2), (5, 2), (6, 3)]
    # to the very top and to the very end
    assert moved_layout(layout, [6], 0)[0] == (6, 1)
    assert moved_layout(layout, [1], 99)[-1] == (1, 3)
    # moving within a group leaves priorities alone
    assert moved_layout(layout, [2], 0) == [(2, 1), (1, 1), (3, 1), (4, 2), (5, 2), (6, 3)]


def test_set_layout_persists_order_and_priority(vault):
    ids = [vault.questions.add(text=f"Q{i}", priority=2).id for i in range(4)]
    vault.questions.set_layout(moved_layout(vault.questions.layout(), [ids[3]], 0))
    assert [q.id for q in vault.questions.entries()] == [ids[3], ids[0], ids[1], ids[2]]
    vault.questions.set_layout([(ids[2], 1), (ids[0], 2), (ids[1], 2), (ids[3], 3)])
    listed = vault.questions.entries()
    assert [(q.id, q.priority) for q in listed] == [(ids[2], 1), (ids[0], 2), (ids[1], 2),
                                                     (ids[3], 3)]
    assert [q.text for q in vault.questions.must_ask()] == ["Q2"]


def test_add_unique_ignores_case_and_spacing(vault):
    first, added = vault.questions.add_unique("Is surgery  needed?", category="treatment")
    again, added_again = vault.questions.add_unique("is surgery needed?")
    assert added and not added_again
    assert again.id == first.id
    assert vault.questions.count() == 1


def test_answered_means_asked_or_answer_written(vault):
    q = vault.questions.add(text="What stage is it?")
    assert not q.answered
    assert vault.questions.update(q.id, answer="Stage II").answered
    assert vault.questions.update(q.id, answer="", asked=True).answered


def test_shipped_suggestions_cover_every_category_without_repeats():
    suggestions = load_suggestions()
    for category, items in suggestions.items():
        assert len(items) >= 5, category
        assert len({i.lower() for i in items}) == len(items)


def test_suggestions_file_drops_blanks_and_repeats_and_unknown_keys(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"_about": "x", "tests": ["Why?", "  why? ", "", "How?"],
                                "nonsense": ["x"]}))
    loaded = load_suggestions(path)
    assert loaded["tests"] == ["Why?", "How?"]
    assert loaded["diagnosis"] == []
    assert "nonsense" not in loaded


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"tests": "Why?"}'])
def test_broken_suggestions_file_gives_a_reason(tmp_path, content):
    path = tmp_path / "s.json"
    path.write_text(content)
    with pytest.raises(SuggestionsError, match="suggest"):
        load_suggestions(path)
    with pytest.raises(SuggestionsError, match="missing"):
        load_suggestions(tmp_path / "gone.json")


def test_suggestions_and_questions_import_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None; "
            "import secondop_desktop.core.suggestions, secondop_desktop.core.questions")
    subprocess.run([sys.executable, "-c", code], check=True)
