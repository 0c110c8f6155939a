"""Is this my record? The patient a page names, compared with the profile.

Misfiled pages (another patient's letter in the pile) are a real hazard in a second opinion, so a
record whose text names a different name or date of birth is flagged. Names are compared loosely
(order, case, accents, titles and a letter or two of OCR noise do not matter): difflib is enough
for that, no fuzzy-matching package is needed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata

from .dates import find_dates

# "Re:" only with its colon: "Re-referral welcome" names nobody.
NAME_LABEL = re.compile(
    r"\b(?:(?:patient(?:'s)?\s+name|patient|name)\s*[:\-]|re\s*:)\s*"
    r"(?P<name>[A-Za-zÀ-ÿ'’\-]+(?:,?[ \t]+[A-Za-zÀ-ÿ'’\-]+){0,3})", re.IGNORECASE)
DOB_LABEL = re.compile(r"(?:date\s+of\s+birth|d\.?o\.?b\.?|born)\s*[:\-]?\s*", re.IGNORECASE)
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mx", "prof"}
# Words a label can run into on the same line ("Name: John Smith DOB 12/03/1960").
STOP_WORDS = {"dob", "d", "o", "b", "date", "born", "nhs", "no", "number", "mrn", "id", "sex",
              "gender", "age", "hospital", "ref", "address"}
SIMILAR = 0.7  # "Srnith" for "Smith" (rn read for m) still matches


def named_patient(text: str, day_first: bool) -> tuple[str | None, dt.date | None]:
    """The patient's name and date of birth as the text states them (None where not found)."""
    name = None
    for match in NAME_LABEL.finditer(text[:6000]):
        words = []
        for word in re.split(r"[\s,]+", match.group("name")):
            if word.lower().strip(".") in STOP_WORDS:
                break
            words.append(word)
        words = [w for w in words if w.lower().strip(".") not in TITLES]
        if len(words) >= 2 and all(w[0].isupper() for w in words):  # names are capitalised
            name = " ".join(_display(w) for w in words)
            break
    dob = None
    for match in DOB_LABEL.finditer(text[:6000]):
        dates = find_dates(text[match.end():match.end() + 30])
        if dates and dates[0].start == 0:
            dob = dates[0].resolve(day_first)
            break
    return name, dob


def _display(word: str) -> str:
    return word if not word.isupper() else word.capitalize()


def _tokens(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return [t for t in re.split(r"[^a-z]+", plain) if t and t not in TITLES]


def same_person_name(named: str, profile_name: str) -> bool:
    """Same person: every name of the shorter form is found (or nearly) in the longer."""
    a, b = _tokens(named), _tokens(profile_name)
    if not a or not b:
        return True
    short, long = sorted((a, b), key=len)
    return all(any(_near(t, u) for u in long) for t in short)


def _near(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return difflib.SequenceMatcher(None, a, b).ratio() >= SIMILAR


def identity_warning(named_name: str | None, named_dob: str | None, profile_name: str,
                     profile_dob: str) -> str | None:
    """The reason to look twice, or None when the text names nobody else."""
    other_name = bool(named_name and profile_name and
                      not same_person_name(named_name, profile_name))
    other_dob = bool(named_dob and profile_dob and named_dob != profile_dob)
    if not (other_name or other_dob):
        return None
    if other_name and named_dob:
        return f"This page names {named_name}, born {named_dob}"
    if other_name:
        return f"This page names {named_name}"
    who = named_name or "a patient"
    return f"This page names {who}, born {named_dob}"


def as_question(reason: str) -> str:
    """How the list, the details and the export dialog put a warning to the patient."""
    return f"Is this your record? {reason}."
