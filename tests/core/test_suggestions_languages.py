"""The suggested questions in the app's language: the file of that language, else English."""

from __future__ import annotations

import json

import pytest

from secondop_desktop import paths
from secondop_desktop.core.suggestions import default_suggestions_path, load_suggestions


@pytest.mark.parametrize(("language", "expected"), [
    ("de", "Was würden Sie an meiner Stelle tun?"),
    ("es", "¿Qué haría usted en mi lugar?"),
    ("en", "What would you do if you were in my position?"),
    ("fr", "What would you do if you were in my position?"),  # none in French: English
    ("", "What would you do if you were in my position?"),
])
def test_the_language_chooses_the_file_and_english_is_the_fallback(language, expected):
    assert expected in load_suggestions(language=language)["other"]


def test_translations_ask_the_same_questions_in_every_category():
    english = load_suggestions(language="en")
    for language in ("de", "es"):
        path = default_suggestions_path(language)
        assert path.name == f"suggestions.{language}.json"
        translated = load_suggestions(language=language)
        assert set(translated) == set(english)
        for category, items in english.items():
            assert len(translated[category]) == len(items), (language, category)
            assert not set(translated[category]) & set(items), (language, category)


def test_a_language_file_missing_falls_back_to_english(tmp_path, monkeypatch):
    folder = tmp_path / "questions"
    folder.mkdir()
    (folder / "suggestions.json").write_text(json.dumps({"tests": ["Why?"]}))
    (folder / "suggestions.de.json").write_text(json.dumps({"tests": ["Warum?"]}))
    monkeypatch.setattr(paths, "RESOURCES_DIR", tmp_path)
    assert load_suggestions(language="de")["tests"] == ["Warum?"]
    assert load_suggestions(language="es")["tests"] == ["Why?"]
    assert paths.resource_in_language("es", "questions", "suggestions.json") == \
        folder / "suggestions.json"
