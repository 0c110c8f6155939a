"""The identity warning, written in English by the core, is asked in the app's language: the
whole sentence translated, the name and date of birth as the record states them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator

from secondop_desktop.core.ocr.identity import as_question, identity_warning
from secondop_desktop.ui.identity_question import identity_question


class GermanQuestions(QTranslator):
    """Stands in for a compiled German .qm: the identity questions only."""

    TEXTS = {
        "Is this your record? This page names {name}, born {born}.":
            "Ist das Ihr Dokument? Auf dieser Seite steht {name}, geboren am {born}.",
        "Is this your record? This record is about {name}.":
            "Ist das Ihr Dokument? Dieses Dokument betrifft {name}.",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return self.TEXTS.get(source, "") if context == "IdentityWarning" else ""


@pytest.mark.parametrize("reason", [
    identity_warning("Anna Kowalska", "1958-02-03", "Jane Doe", "1970-01-01"),
    identity_warning("Anna Kowalska", None, "Jane Doe", "1970-01-01"),
    identity_warning(None, "1958-02-03", "Jane Doe", "1970-01-01"),
    "This record is about Anna Kowalska, born 1958-02-03",
    "Something else entirely",
])
def test_in_english_the_question_is_the_cores_own(qapp, reason):
    assert reason is not None
    assert identity_question(reason) == as_question(reason)


@pytest.fixture
def german(qapp):
    translator = GermanQuestions()
    qapp.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))  # as the app sets it for its language
    yield
    QLocale.setDefault(before)
    qapp.removeTranslator(translator)


def test_the_question_is_asked_in_the_apps_language(german):
    reason = identity_warning("Anna Kowalska", "1958-02-03", "Jane Doe", "1970-01-01")
    assert identity_question(reason) == \
        "Ist das Ihr Dokument? Auf dieser Seite steht Anna Kowalska, geboren am 03.02.1958."
    # A clinical file's patient (core.ocr.findings.clinical_identity), a name with a comma.
    assert identity_question("This record is about Kowalska, Anna") == \
        "Ist das Ihr Dokument? Dieses Dokument betrifft Kowalska, Anna."
