"""Asking what a word means: the question, its category and its link to the page."""

from __future__ import annotations

import pytest

from secondop_desktop.core.errors import ValidationError
from secondop_desktop.core.meaning import ask_meaning, meaning_question


def test_the_question_and_its_link(vault, tmp_path):
    from factories import make_pdf

    doc = vault.importer.import_file(make_pdf(tmp_path / "p.pdf", 3)).document_id
    question, added = ask_meaning(vault.questions, "  Hürthle cell,\n", doc, 2)
    assert added and question.text == "What does 'Hürthle cell' mean?"
    assert (question.category, question.document_id, question.page) == ("diagnosis", doc, 2)
    again, added = ask_meaning(vault.questions, "hürthle  cell", doc, 2)
    assert not added and again.id == question.id  # asked once


def test_nothing_or_a_passage_is_refused():
    with pytest.raises(ValidationError, match="Select a word"):
        meaning_question(" .,; ")
    with pytest.raises(ValidationError, match="at most"):
        meaning_question(" ".join(["word"] * 13))
