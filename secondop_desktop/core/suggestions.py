"""Suggested questions per category, kept in an editable JSON file shipped with the app.

One file per language: ``suggestions.json`` (English) and its translations beside it
(``suggestions.de.json``...); a language without its own file gets the English one.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..paths import resource_in_language
from .errors import QT_TRANSLATE_NOOP, SecondOpError
from .questions import CATEGORIES


class SuggestionsError(SecondOpError):
    """The suggestions file is missing or not in the expected shape."""


def default_suggestions_path(language: str = "en") -> Path:
    """The shipped suggestions in ``language`` (a code: "en", "de"...), else in English."""
    return resource_in_language(language, "questions", "suggestions.json")


def load_suggestions(path: Path | None = None, language: str = "en") -> dict[str, list[str]]:
    """Category key -> suggested questions, in the file's order, blanks and repeats dropped.

    Keys that are not categories (such as ``_about``) are ignored; every category is present,
    possibly with an empty list.
    """
    path = path or default_suggestions_path(language)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SuggestionsError(QT_TRANSLATE_NOOP(
            "Reason", "The list of suggested questions is missing.")) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SuggestionsError(QT_TRANSLATE_NOOP(
            "Reason", "The list of suggested questions cannot be read ({exc})."), exc=exc) from None
    if not isinstance(data, dict):
        raise SuggestionsError(QT_TRANSLATE_NOOP(
            "Reason", "The list of suggested questions is not in the expected format."))
    out: dict[str, list[str]] = {}
    for key in CATEGORIES:
        items = data.get(key, [])
        if not isinstance(items, list):
            raise SuggestionsError(QT_TRANSLATE_NOOP(
                "Reason", "The suggestions for '{key}' are not a list of questions."), key=key)
        seen: dict[str, str] = {}
        for item in items:
            text = " ".join(str(item).split())
            if text and text.lower() not in seen:
                seen[text.lower()] = text
        out[key] = list(seen.values())
    return out
