"""Core's reasons: English for the CLI and the log, a template and fields for the app to show in
the patient's language (translated first, filled after), without core importing Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from secondop_desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    Reason,
    RefusedFile,
    SecondOpError,
    ValidationError,
    VaultNeedsRecovery,
)
from secondop_desktop.core.validate import parse_date, require_text

CORE = Path(__file__).resolve().parents[2] / "secondop_desktop" / "core"
GERMAN = {
    "the file is larger than {limit} MB": "die Datei ist größer als {limit} MB",
    "{what} cannot be empty.": "{what}: Dieses Feld darf nicht leer sein.",
    "The title": "Titel",
    "the file is empty": "die Datei ist leer",
}


def german(context: str, text: str) -> str:
    assert context == "Reason"
    return GERMAN.get(text, text)


def test_a_reason_is_english_text_and_translated_before_its_fields_are_filled():
    error = RefusedFile(QT_TRANSLATE_NOOP("Reason", "the file is larger than {limit} MB"),
                        limit=32)
    assert error.reason == str(error) == "the file is larger than 32 MB"
    assert error.translated(german) == "die Datei ist größer als 32 MB"


def test_marked_phrases_in_a_field_are_translated_and_the_patients_words_are_not():
    with pytest.raises(ValidationError) as caught:
        require_text("  ", QT_TRANSLATE_NOOP("Reason", "The title"))
    assert caught.value.reason == "The title cannot be empty."
    assert caught.value.translated(german) == "Titel: Dieses Feld darf nicht leer sein."
    typed = Reason("{what} cannot be empty.", what="The title")  # a plain str: kept as typed
    assert typed.translated(german) == "The title: Dieses Feld darf nicht leer sein."


def test_a_translation_that_lost_a_field_falls_back_to_english():
    error = RefusedFile(QT_TRANSLATE_NOOP("Reason", "the file is larger than {limit} MB"),
                        limit=32)
    assert error.translated(lambda c, t: "zu groß: {grenze}") == "the file is larger than 32 MB"


def test_a_stored_english_reason_of_ours_still_reads_translated():
    # a reason kept as plain text (a column, an older object) is looked up as a template
    assert SecondOpError("the file is empty").translated(german) == "die Datei ist leer"
    assert Reason("the file is empty").translated(german) == "die Datei ist leer"


def test_nested_reasons_are_translated_inside_the_sentence():
    error = VaultNeedsRecovery(QT_TRANSLATE_NOOP("Reason", "the file is empty"))
    assert error.reason.startswith("the file is empty; your stored files are untouched.")
    assert error.translated(german).startswith("die Datei ist leer;")


def test_dates_out_of_range_name_the_field_and_the_limits_in_english():
    with pytest.raises(ValidationError) as caught:
        parse_date("1 Jan 1800")
    assert caught.value.reason == ("The date '1 Jan 1800' is before 1900; SecondOp takes dates "
                                   "from 1900 to a year from today.")
    assert isinstance(caught.value.reason.fields["when"], Reason)  # translated with the rest


def _our_errors() -> set[str]:
    names = {"SecondOpError"}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                if bases & {"SecondOpError", "RefusedFile", "VaultError", "ValidationError",
                            "NotFound", "BackupError", "SealError"}:
                    names.add(node.name)
    return names


def test_no_reason_in_core_is_an_unmarked_literal_or_an_f_string():
    """lupdate extracts only QT_TRANSLATE_NOOP("Reason", "...") with a plain literal: an
    f-string would be extracted with its expressions in it and never match at run time."""
    errors, unmarked = _our_errors(), []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args
                    and getattr(node.func, "id", getattr(node.func, "attr", "")) in errors):
                continue
            first = node.args[0]
            candidates = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            for arg in candidates:
                if isinstance(arg, (ast.JoinedStr, ast.Constant)):
                    unmarked.append(f"{path.name}:{node.lineno}")
                if (isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "QT_TRANSLATE_NOOP"
                        and not isinstance(arg.args[1], ast.Constant)):
                    unmarked.append(f"{path.name}:{node.lineno} (not a literal)")
    assert not unmarked
