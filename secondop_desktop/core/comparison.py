"""The opinions side by side, point by point: where their words agree and where they differ.

The marks come from comparing the words only (case, punctuation and spacing aside; lists entry
by entry). They say whether the doctors said the same thing, never which of them is right.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .opinions import LIST_FIELDS, TEXT_FIELDS, Opinion
from .wording import items, normal

# The points compared, in order (the patient's own notes are not a doctor's statement).
POINTS = ("diagnosis", "extent", "recommendation", "alternatives", "benefits", "risks", "tests",
          "urgency", "certainty")


class Verdict(StrEnum):
    SAME = "same"
    PARTLY = "partly"
    DIFFERENT = "different"
    ONE = "one"  # only one opinion says anything here
    NONE = "none"  # no opinion says anything here


# A symbol and words for each mark: never colour alone, so it reads in grayscale and aloud.
MARKS: dict[Verdict, tuple[str, str]] = {
    Verdict.SAME: ("=", "Same"),
    Verdict.PARTLY: ("≈", "Partly the same"),
    Verdict.DIFFERENT: ("≠", "Different"),
    Verdict.ONE: ("○", "Only one says"),
    Verdict.NONE: ("–", "Not stated"),
}
EXPLANATION = ("“Same” and “Different” compare the words the doctors used, not who is right. "
               "Two wordings can mean the same thing: ask when unsure.")


@dataclass(frozen=True)
class Point:
    key: str
    label: str
    values: list[str]  # one per opinion, as typed ('' where that opinion says nothing)
    verdict: Verdict
    shared: list[str]  # entries every opinion that has a list names (list points)

    @property
    def mark(self) -> str:
        symbol, words = MARKS[self.verdict]
        return f"{symbol} {words}"


def _verdict(key: str, values: list[str]) -> tuple[Verdict, list[str]]:
    stated = [v for v in values if v.strip()]
    if not stated:
        return Verdict.NONE, []
    if len(stated) == 1:
        return Verdict.ONE, []
    if key in LIST_FIELDS:
        sets = [{normal(i): i for i in items(v)} for v in stated]
        common = set(sets[0]).intersection(*sets[1:])
        shared = [sets[0][k] for k in sets[0] if k in common]
        if all(set(s) == set(sets[0]) for s in sets):
            return Verdict.SAME, shared
        return (Verdict.PARTLY if common else Verdict.DIFFERENT), shared
    words = [normal(v) for v in stated]
    if len(set(words)) == 1:
        return Verdict.SAME, []
    return (Verdict.PARTLY if len(set(words)) < len(words) else Verdict.DIFFERENT), []


def compare(opinions: list[Opinion]) -> list[Point]:
    """Every point, with each opinion's words and the mark (with one opinion: "Only one")."""
    points = []
    for key in POINTS:
        values = [getattr(o, key) for o in opinions]
        verdict, shared = _verdict(key, values)
        points.append(Point(key, TEXT_FIELDS[key], values, verdict, shared))
    return points


def counts(points: list[Point]) -> dict[Verdict, int]:
    return {v: sum(p.verdict is v for p in points) for v in Verdict}
