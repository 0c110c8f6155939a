"""Reference ranges that laboratories write as text: "12.0-15.0", "1.005 - 1.030", "<5", ">60",
"N/A-500,000", "3.5 to 5.0 mmol/L". Parsed into limits for the chart's band; the text itself is
always kept and shown as written."""

from __future__ import annotations

import re

_NUMBER = r"[-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+"
_MISSING = r"N/?A|none|-{1,2}|\*"
_BETWEEN = re.compile(
    rf"^\s*(?P<low>{_NUMBER}|{_MISSING})\s*(?:-|–|—|to)\s*(?P<high>{_NUMBER}|{_MISSING})"
    r"\s*(?:[a-zA-Z%/µ*^\[\]{}0-9.]*\s*)$", re.I)
_ONE_SIDED = re.compile(rf"^\s*(?P<op><=|>=|≤|≥|<|>)\s*(?P<number>{_NUMBER})"
                        r"\s*(?:[a-zA-Z%/µ*^\[\]{}0-9.]*\s*)$")


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def parse_range(text: str) -> tuple[float | None, float | None] | None:
    """(low, high), either None for an open end; None when the text is no range of numbers."""
    written = written_limits(text)
    if written is None:
        return None
    return _number(written[0]), _number(written[1])


def written_limits(text: str) -> tuple[str, str] | None:
    """The range's ends as written ("1.005", "1.030"), '' for an open end; None when the text
    is no range of numbers."""
    between = _BETWEEN.match(text or "")
    if between:
        low, high = _number(between["low"]), _number(between["high"])
        if low is None and high is None:
            return None
        if low is not None and high is not None and low > high:
            return None
        return (between["low"] if low is not None else "",
                between["high"] if high is not None else "")
    one_sided = _ONE_SIDED.match(text or "")
    if one_sided:
        number = one_sided["number"]
        return ("", number) if one_sided["op"] in ("<", "<=", "≤") else (number, "")
    return None


_WRITTEN_NUMBER = re.compile(r"^\s*(?P<op><=|>=|≤|≥|<|>)?\s*(?P<number>[-+]?\d+(?:\.\d+)?)\s*$")


def number_in_text(text: str) -> tuple[str, float, str] | None:
    """A value sent as text that is a number ("5.4", "<0.5"): (comparator, value, the number as
    written); None for words ("Positive", "see note")."""
    match = _WRITTEN_NUMBER.match(text or "")
    if not match:
        return None
    op = {"≤": "<=", "≥": ">="}.get(match["op"] or "", match["op"] or "")
    return op, float(match["number"]), match["number"]
