"""Checks for values people type; each failure is a ValidationError with a plain reason."""

from __future__ import annotations

import datetime as dt

from .errors import ValidationError


def require_text(value: object, what: str) -> str:
    text = str(value or "").strip()
    if not text:
        raise ValidationError(f"{what} cannot be empty.")
    return text


def parse_date(value: object, what: str = "The date") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{what} '{text}' is not a date; use YYYY-MM-DD.") from None


def optional_date(value: object, what: str = "The date") -> str:
    """'' for no date, else the ISO form of a valid date."""
    if value in (None, ""):
        return ""
    return parse_date(value, what).isoformat()


def parse_datetime(value: object, what: str = "The time") -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    text = str(value or "").strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"{what} '{text}' is not a date and time; use YYYY-MM-DDTHH:MM."
        ) from None
    if parsed.tzinfo is not None:  # stored as local wall-clock time
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed.replace(microsecond=0)


def parse_int_range(value: object, low: int, high: int, what: str) -> int:
    if isinstance(value, bool):
        raise ValidationError(f"{what} must be a whole number from {low} to {high}.")
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if not text.lstrip("-").isdigit():
            raise ValidationError(f"{what} must be a whole number from {low} to {high}.")
        number = int(text)
    if not low <= number <= high:
        raise ValidationError(f"{what} must be a whole number from {low} to {high}, not {number}.")
    return number
