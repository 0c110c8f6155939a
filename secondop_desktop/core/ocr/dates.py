"""Dates as records print them: ISO, 14/02/2024, 02/14/2024, 14.02.24, 14 Feb 2024, Feb 14, 2024.

Whether 03/04/2024 is the 3rd of April or the 4th of March is settled by the document's other
numeric dates (one with a first part over 12 is day-first), else by the caller's default (the
locale). Small own code: dateparser would add 10 MB and still need the document-wide rule.
"""

from __future__ import annotations

import datetime as dt
import locale
import re
from dataclasses import dataclass

MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
PATTERNS = [
    re.compile(r"(?<!\d)" + _YEAR + r"-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),
    # A full stop after the year ends a sentence ("DOB 14/05/1961."); followed by a digit it
    # makes the numbers something else (a version, an IP address).
    re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>(?:19|20)?\d\d)"
               r"(?![\d/-]|\.\d)"),
    re.compile(r"(?<!\w)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,
               re.IGNORECASE),
    re.compile(r"(?<!\w)" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR,
               re.IGNORECASE),
]


@dataclass(frozen=True)
class FoundDate:
    start: int  # offset in the text
    end: int
    first: int | None  # numeric day/month dates: both parts, to be settled document-wide
    second: int | None
    year: int
    fixed: dt.date | None  # written unambiguously (ISO, a month name)

    def resolve(self, day_first: bool) -> dt.date | None:
        if self.fixed is not None:
            return self.fixed
        day, month = (self.first, self.second) if day_first else (self.second, self.first)
        try:
            return dt.date(self.year, month or 0, day or 0)
        except ValueError:
            try:  # the other order is the only valid one
                return dt.date(self.year, day or 0, month or 0)
            except ValueError:
                return None


def find_dates(text: str) -> list[FoundDate]:
    found: list[FoundDate] = []
    taken: list[range] = []
    for index, pattern in enumerate(PATTERNS):
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue
            item = _from_match(index, match)
            if item is not None:
                found.append(item)
                taken.append(range(match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


def _from_match(index: int, match: re.Match[str]) -> FoundDate | None:
    g = match.groupdict()
    try:
        if index == 0:
            date = dt.date(int(g["year"]), int(g["m"]), int(g["d"]))
            return FoundDate(match.start(), match.end(), None, None, date.year, date)
        if index == 1:
            year = int(g["y"])
            year += 0 if year >= 100 else (2000 if year <= dt.date.today().year % 100 else 1900)
            return FoundDate(match.start(), match.end(), int(g["a"]), int(g["b"]), year, None)
        date = dt.date(int(g["year"]), MONTHS[g["mon"].lower()], int(g["d"]))
        return FoundDate(match.start(), match.end(), None, None, date.year, date)
    except ValueError:
        return None


def day_first_in(dates: list[FoundDate], default: bool | None = None) -> bool:
    """Day-first unless the document (or, failing it, the locale) says month-first."""
    for item in dates:
        if item.fixed is None and item.first and item.second:
            if item.first > 12 >= item.second:
                return True
            if item.second > 12 >= item.first:
                return False
    if default is not None:
        return default
    return not _locale_month_first()


def _locale_month_first() -> bool:
    name = (locale.getlocale(locale.LC_TIME)[0] or "").lower()
    return name.endswith(("_us", "_ph", "_fm")) or name in ("en_us",)
