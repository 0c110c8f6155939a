"""The identity warning put to the patient in the app's language.

core.ocr.identity writes the reason in English ("This page names Anna Kowalska, born
1958-02-03"; "This record is about …" for a clinical file) and core has no Qt, so the list, the
details and the export dialog read the name and date back from it here and ask the whole question
in one translated sentence. The patient's name and date stay as the record states them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..local_format import partial_date_text
from ..translations import QT_TRANSLATE_NOOP

CONTEXT = "IdentityWarning"
_REASON = re.compile(r"(?P<subject>This page names|This record is about) (?P<name>.+?)"
                     r"(?:, born (?P<born>.+))?")
SOMEBODY = "a patient"  # what identity_warning names when the text gives only a date of birth
# (subject, a name given, a date given) -> the question.
_QUESTIONS = {
    ("This page names", True, True): QT_TRANSLATE_NOOP(
        "IdentityWarning", "Is this your record? This page names {name}, born {born}."),
    ("This page names", True, False): QT_TRANSLATE_NOOP(
        "IdentityWarning", "Is this your record? This page names {name}."),
    ("This page names", False, True): QT_TRANSLATE_NOOP(
        "IdentityWarning", "Is this your record? This page names a patient, born {born}."),
    ("This record is about", True, True): QT_TRANSLATE_NOOP(
        "IdentityWarning", "Is this your record? This record is about {name}, born {born}."),
    ("This record is about", True, False): QT_TRANSLATE_NOOP(
        "IdentityWarning", "Is this your record? This record is about {name}."),
    ("This record is about", False, True): QT_TRANSLATE_NOOP(
        "IdentityWarning", "Is this your record? This record is about a patient, born {born}."),
}
_ANY_REASON = QT_TRANSLATE_NOOP("IdentityWarning", "Is this your record? {reason}.")


def identity_question(reason: str) -> str:
    """"Is this your record? This page names …." for a reason of core.ocr.identity."""
    match = _REASON.fullmatch(reason)
    name = match["name"] if match else ""
    born = match["born"] if match else None
    template = _QUESTIONS.get((match["subject"], name != SOMEBODY, born is not None)) \
        if match else None
    if template is None:  # a reason of another form: asked as it is (in English)
        return QCoreApplication.translate(CONTEXT, _ANY_REASON).format(reason=reason)
    # the date the record states, written as the app's language writes dates
    born = partial_date_text(born) if born else born
    return QCoreApplication.translate(CONTEXT, template).format(name=name, born=born)
