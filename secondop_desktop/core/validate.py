"""Checks for values people type; each failure is a ValidationError with a plain reason.

Dates are taken as ISO (2026-10-14) or with the month in words, in either order ("14 Oct 2026",
"October 14, 2026"), which no reader can take for another day. Numeric forms such as 10/14/2026
depend on the country; the GUI turns those into ISO with the system's locale before they get here.
Where medicine has partial dates (a diagnosis in "Oct 2026", an operation in "2019"), they are
kept with their precision: stored as "2026-10" or "2019" and shown as "Oct 2026" or "2019".
"""

from __future__ import annotations

import datetime as dt
import re

from .errors import QT_TRANSLATE_NOOP, Reason, ValidationError

MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
    ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
    ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Phrases put into reasons (translated with them; a translation gives examples its date fields
# take: the app reads the locale's month names and numeric dates, see ui/widgets/date_field.py)
DATE_EXAMPLE = Reason(QT_TRANSLATE_NOOP("Reason", "a date like 14 Oct 2026 or 2026-10-14"))
PARTIAL_EXAMPLE = Reason(QT_TRANSLATE_NOOP(
    "Reason", "a date like 14 Oct 2026, a month like Oct 2026, or a year like 2019"))
DATETIME_EXAMPLE = Reason(QT_TRANSLATE_NOOP(
    "Reason", "a date and time like 14 Oct 2026 09:30 or 2026-10-14 09:30"))
# What a reason calls the value when its caller names nothing (callers mark theirs alike)
DATE_WHAT = QT_TRANSLATE_NOOP("Reason", "The date")
TIME_WHAT = QT_TRANSLATE_NOOP("Reason", "The time")
# Dates are taken from 1900 to a year from today: anything else is a typing slip (year 1, 9999)
# that would only break the date arithmetic of the packet and the charts later.
EARLIEST_YEAR = 1900
RANGE_TEXT = Reason(QT_TRANSLATE_NOOP("Reason", "from 1900 to a year from today"))
# Free text is capped so that a pasted file does not become a name: names and titles, then
# questions, notes and other longer text.
SHORT_TEXT = 300
LONG_TEXT = 5000
_WORDS = re.compile(r"[A-Za-z]+|\d+")


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _date_parts(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month or None, day or None) of a date written in one of the accepted ways."""
    iso = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if iso:
        year, month, day = iso.groups()
        return int(year), int(month) if month else None, int(day) if day else None
    words = _WORDS.findall(text)
    if re.sub(r"[\s,.]", "", text) != "".join(words):
        return None  # other punctuation: not a form we read
    months = [w for w in words if not w.isdigit()]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(months) != 1 or _month(months[0]) is None:
        return None
    month = _month(months[0])
    if len(numbers) == 1 and numbers[0] >= 1000:  # "Oct 2026"
        return numbers[0], month, None
    if len(numbers) == 2:  # "14 Oct 2026", "Oct 14, 2026"
        day, year = (numbers if numbers[1] >= 1000 else (None, None))
        if year is not None:
            return year, month, day
    return None


def _checked_date(parts: tuple[int, int | None, int | None]) -> dt.date:
    year, month, day = parts
    return dt.date(year, month or 1, day or 1)  # ValueError when there is no such day


def latest_date() -> dt.date:
    return dt.date.today() + dt.timedelta(days=366)


def in_date_range(day: dt.date) -> bool:
    return dt.date(EARLIEST_YEAR, 1, 1) <= day <= latest_date()


def _in_range[D: dt.date](day: D, what: str, text: str) -> D:
    date = day.date() if isinstance(day, dt.datetime) else day
    if not in_date_range(date):
        when = Reason(QT_TRANSLATE_NOOP("Reason", "before 1900") if date.year < EARLIEST_YEAR
                      else QT_TRANSLATE_NOOP("Reason", "more than a year in the future"))
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "{what} '{text}' is {when}; SecondOp takes dates {range_text}."),
            what=Reason(what), text=text, when=when, range_text=RANGE_TEXT)
    return day


def require_text(value: object, what: str, limit: int = LONG_TEXT) -> str:
    text = str(value or "").strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Reason", "{what} cannot be empty."),
                              what=Reason(what))
    return limit_text(text, what, limit)


def limit_text(value: object, what: str, limit: int = LONG_TEXT) -> str:
    """The text as typed (stripped), refused when longer than ``limit`` characters."""
    text = str(value or "").strip()
    if len(text) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "{what} is {length} characters long; at most {limit} are taken."),
            what=Reason(what), length=f"{len(text):,}", limit=f"{limit:,}")
    return text


def parse_date(value: object, what: str = DATE_WHAT) -> dt.date:
    """A whole date (day, month and year)."""
    if isinstance(value, dt.datetime):
        return _in_range(value.date(), what, value.date().isoformat())
    if isinstance(value, dt.date):
        return _in_range(value, what, value.isoformat())
    text = str(value or "").strip()
    parts = _date_parts(text)
    if parts is None or parts[1] is None or parts[2] is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "{what} '{text}' is not a date; type {date_example}."),
            what=Reason(what), text=text, date_example=DATE_EXAMPLE)
    try:
        return _in_range(_checked_date(parts), what, text)
    except ValueError as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "{what} '{text}' is not a date (there is no such day); type {date_example}."),
            what=Reason(what), text=text, date_example=DATE_EXAMPLE) from None


def parse_partial_date(value: object, what: str = DATE_WHAT) -> str:
    """A date as precise as it is known: '2026-10-14', '2026-10' (a month) or '2019' (a year)."""
    if isinstance(value, dt.date):
        return parse_date(value, what).isoformat()
    text = str(value or "").strip()
    parts = _date_parts(text)
    if parts is None or (parts[1] is None and parts[2] is not None):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "{what} '{text}' is not a date; type {partial_example}."),
            what=Reason(what), text=text, partial_example=PARTIAL_EXAMPLE)
    try:
        first_day = _checked_date(parts)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "{what} '{text}' is not a date (there is no such day); type "
                      "{partial_example}."),
            what=Reason(what), text=text, partial_example=PARTIAL_EXAMPLE) from None
    _in_range(first_day, what, text)
    year, month, day = parts
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def optional_partial_date(value: object, what: str = DATE_WHAT) -> str:
    """'' for no date, else ``parse_partial_date``."""
    if value in (None, ""):
        return ""
    return parse_partial_date(value, what)


def format_partial_date(stored: str) -> str:
    """How a stored partial date reads: '2019', 'Oct 2026', or the whole date as stored."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", stored or "")
    if match:
        return f"{MONTH_ABBR[int(match.group(2)) - 1]} {match.group(1)}"
    return stored or ""


def optional_date(value: object, what: str = DATE_WHAT) -> str:
    """'' for no date, else the ISO form of a valid date."""
    if value in (None, ""):
        return ""
    return parse_date(value, what).isoformat()


def parse_datetime(value: object, what: str = TIME_WHAT) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return _in_range(value.replace(tzinfo=None, microsecond=0), what, value.isoformat())
    text = str(value or "").strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        in_words = _words_datetime(text)
        if in_words is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "{what} '{text}' is not a date and time; type {datetime_example}."),
                what=Reason(what), text=text, datetime_example=DATETIME_EXAMPLE) from None
        parsed = in_words
    _in_range(parsed, what, text)  # before astimezone, which overflows at the very ends
    if parsed.tzinfo is not None:  # stored as local wall-clock time
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed.replace(microsecond=0)


def _words_datetime(text: str) -> dt.datetime | None:
    """'14 Oct 2026 09:30' (the date as parse_date reads it, then HH:MM)."""
    match = re.fullmatch(r"(.+?)[\sT,]+(\d{1,2}):(\d{2})", text)
    if not match:
        return None
    parts = _date_parts(match.group(1).strip())
    if parts is None or parts[1] is None or parts[2] is None:
        return None
    try:
        return dt.datetime.combine(_checked_date(parts),
                                   dt.time(int(match.group(2)), int(match.group(3))))
    except ValueError:
        return None


def parse_int_range(value: object, low: int, high: int, what: str) -> int:
    if isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "{what} must be a whole number from {low} to {high}."),
            what=Reason(what), low=low, high=high)
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if not text.lstrip("-").isdigit():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "{what} must be a whole number from {low} to {high}."),
                what=Reason(what), low=low, high=high)
        number = int(text)
    if not low <= number <= high:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Reason", "{what} must be a whole number from {low} to {high}, not {number}."),
            what=Reason(what), low=low, high=high, number=number)
    return number
