"""The request letter: the patient's details, the checklist, the wording, a signature line."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pdf_inspect import page_texts

from secondop_desktop import paths
from secondop_desktop.packet.request_letter import (
    Letter,
    LetterError,
    load_template,
    template_names,
    write_letter_pdf,
)


def test_letter_asks_politely_for_the_listed_items(vault, tmp_path):
    vault.patient.set(name="Jane Doe", dob="1970-03-12", contact="12 Elm Street\nSpringfield")
    request = vault.requests.add("City Pathology", "pathology-slides,operative-notes",
                                 asked="2026-11-03", department="Histology",
                                 address="1 Lab Road\nSpringfield", period="2024 to now",
                                 format="cd")
    out = tmp_path / "letters" / "city.pdf"
    pages = write_letter_pdf(out, Letter.of(vault, request, today=dt.date(2026, 11, 3)))
    assert pages == 1 and not list(out.parent.glob(".*part"))
    text = " ".join(page_texts(out)[0].split())
    for expected in ("Jane Doe", "12 March 1970", "City Pathology", "Histology", "1 Lab Road",
                     "3 November 2026", "Request for a copy of my medical records",
                     "copy of my own medical records", "Pathology slides/blocks",
                     "Operative notes", "2024 to now", "cd/dvd",
                     "Please send them to: 12 Elm Street, Springfield", "Signature", "Date"):
        assert expected in text, expected
    assert "Visit notes" not in text  # only the items asked for


def test_shipped_wordings_are_complete_and_claim_no_law():
    assert "plain" in template_names()
    for name in template_names():
        template = load_template(name)
        words = json.dumps(template).lower()
        for claim in ("hipaa", "gdpr", "article", "act of", "law", "legal", "statute"):
            assert claim not in words, (name, claim)


def test_unknown_wording_is_a_clear_error():
    with pytest.raises(LetterError, match="no letter wording called 'pirate'"):
        load_template("pirate")
    assert paths.resource("letters", "plain.json").is_file()
