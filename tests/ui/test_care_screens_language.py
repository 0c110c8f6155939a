"""The care screens follow the app's language for the texts shipped as files: the suggested
questions and the records request letter (the app's language, for now)."""

from __future__ import annotations

import datetime as dt

import pytest
from pdf_inspect import page_texts
from PySide6.QtCore import QLocale

from secondop_desktop.translations import app_language, english_plural
from secondop_desktop.ui.questions.page import QuestionsPage
from secondop_desktop.ui.requests.page import RequestsPage


@pytest.fixture
def language():
    """Set the app's language as install_app_language does (QLocale's default)."""
    before = QLocale()

    def use(code: str) -> None:
        QLocale.setDefault(QLocale(code))

    yield use
    QLocale.setDefault(before)


def suggestions_shown(page: QuestionsPage) -> list[str]:
    model = page.suggestions
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.mark.parametrize(("code", "expected"), [
    ("de", "de"), ("es", "es"), ("en", "en"), ("fr", "en"), ("C", "en")])
def test_app_language_is_the_installed_one_or_english(language, code, expected):
    language(code)
    assert app_language() == expected


@pytest.mark.parametrize(("code", "first"), [
    ("de", "Stimmen Sie der Diagnose zu, die ich bekommen habe?"),
    ("es", "¿Está de acuerdo con el diagnóstico que me dieron?"),
    ("fr", "Do you agree with the diagnosis I was given?"),
])
def test_suggested_questions_come_in_the_app_language(qtbot, vault, services, language, code,
                                                     first):
    language(code)
    page = QuestionsPage(vault, services)
    qtbot.addWidget(page)
    assert suggestions_shown(page)[0].startswith(first)
    page.add_suggestion(page.suggestions.index(0, 0))
    # Added as the patient saw it: from then on their own words, never translated again.
    assert vault.questions.entries()[0].text.startswith(first)


def test_request_letter_is_written_in_the_app_language(qtbot, vault, services, dialogs,
                                                       language, tmp_path):
    language("de")
    vault.patient.set(name="Jane Doe")
    vault.requests.add("City Pathology", "pathology-slides", asked=dt.date.today())
    page = RequestsPage(vault, services)
    qtbot.addWidget(page)
    out = tmp_path / "letter.pdf"
    dialogs.save_paths.append(out)
    page.save_letter()
    text = " ".join(page_texts(out)[0].split())
    assert "Sehr geehrte Damen und Herren" in text and "City Pathology" in text


@pytest.mark.parametrize(("text", "n", "expected"), [
    ("%n question(s)", 1, "%n question"), ("%n question(s)", 2, "%n questions"),
    ("{shown} of %n entry(s)", 3, "{shown} of %n entries"),
    ("%n Fragen", 1, "%n Fragen")])  # a translation has its own forms
def test_english_plurals_without_the_compiled_forms(text, n, expected):
    assert english_plural(text, n) == expected
