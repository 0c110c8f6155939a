"""The records request letter in its own language: the wording's file of that language, else
the English one; the translated wordings are complete."""

from __future__ import annotations

import datetime as dt
import json
import re
import string

import pytest
from pdf_inspect import page_texts

from secondop_desktop import paths
from secondop_desktop.packet.request_letter import (
    TEMPLATE_KEYS,
    Letter,
    load_template,
    template_names,
    write_letter_pdf,
)


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", ["de", "es"])
def test_translated_wordings_have_every_part_and_the_same_blanks(language):
    english = load_template("plain")
    translated = load_template("plain", language)
    assert paths.resource("letters", f"plain.{language}.json").is_file()
    for key in TEMPLATE_KEYS:
        assert translated[key].strip() and translated[key] != english[key], key
        assert fields(translated[key]) == fields(english[key]), key
    words = json.dumps(translated, ensure_ascii=False).lower()
    for claim in ("hipaa", "gdpr", "dsgvo", "rgpd", "gesetz", "artikel", "artículo", " ley "):
        assert claim not in words, claim


def test_translations_are_not_wordings_of_their_own():
    assert template_names() == sorted(set(template_names()))
    assert not [name for name in template_names() if re.search(r"\.(de|es)$", name)]
    assert load_template("plain", "fr") == load_template("plain")  # none in French: English


@pytest.mark.parametrize(("language", "subject", "send_to"), [
    ("de", "Bitte um eine Kopie meiner medizinischen Unterlagen", "Bitte senden Sie sie an"),
    ("es", "Solicitud de una copia de mi historial clínico", "Les ruego que me los envíen a"),
    ("en", "Request for a copy of my medical records", "Please send them to"),
])
def test_the_letter_is_written_in_its_language(vault, tmp_path, language, subject, send_to):
    vault.patient.set(name="Jane Doe", address="12 Elm Street")
    request = vault.requests.add("City Pathology", "pathology-slides", asked="2026-11-03",
                                 period="2024 to now")
    out = tmp_path / "letter.pdf"
    write_letter_pdf(out, Letter.of(vault, request, today=dt.date(2026, 11, 3),
                                    language=language))
    text = " ".join(page_texts(out)[0].split())
    assert subject in text and send_to in text
    # The patient's own words stay as typed.
    assert "City Pathology" in text and "2024 to now" in text and "Jane Doe" in text
