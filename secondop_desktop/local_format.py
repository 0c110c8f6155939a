"""Dates, times and numbers as a language writes them: the one place that decides it.

The screens pass the app's locale (``QLocale()``, set at start by ``install_app_language``); the
packet passes ``packet_locale()``, the language chosen at its export. English keeps ISO in lists
and tables (2026-10-14: unambiguous in every English-speaking country); German and Spanish get
their own numeric form with a four-digit year (14.10.2026, 14/10/2026), which the date fields read
back to the same date. A date known only to the month or the year stays as precise as it was
given ("Okt. 2026", "2019"): no day is ever invented. Sorting never uses these texts: models sort
by the stored ISO value.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from .translations import packet_text

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def packet_locale() -> QLocale:
    """The locale of the packet (or letter) being drawn on this thread: its chosen language."""
    return QLocale(packet_text.language)


def _english(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.English, QLocale.Language.C)


def numeric_date_format(locale: QLocale) -> str:
    """The locale's short numeric date with a four-digit year and two-digit day and month (so
    that a column of dates lines up): "dd.MM.yyyy", "dd/MM/yyyy"."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    return re.sub(r"(?<!M)M(?!M)", "MM", re.sub(r"(?<!d)d(?!d)", "dd", short))


def date_format(locale: QLocale | None = None) -> str:
    """The Qt format of a day in lists, tables and date pickers: ISO in English, else the
    locale's numeric one."""
    locale = locale or QLocale()
    return "yyyy-MM-dd" if _english(locale) else numeric_date_format(locale)


def date_text(value: dt.date | None, locale: QLocale | None = None) -> str:
    """A day in a list or a table: "2026-10-14", "14.10.2026", "14/10/2026"; "" for none."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))


def datetime_text(value: dt.datetime | None, locale: QLocale | None = None) -> str:
    """A moment in a list: "2026-10-14 09:30", "14.10.2026 09:30", "14/10/2026 09:30"."""
    if value is None:
        return ""
    return f"{date_text(value.date(), locale)} {value:%H:%M}"


def partial_date_text(stored: str, locale: QLocale | None = None,
                      day_pattern: str | None = None, month_pattern: str = "MMM yyyy") -> str:
    """A stored date as precise as it was given (2026-10-14, 2026-10 or 2026) in ``locale``'s
    form: a day numeric, or as ``day_pattern`` says ("d MMM yyyy"), a month as
    ``month_pattern`` says ("Oct 2026", "Okt. 2026"); anything else (a date with words after it)
    as it is."""
    match = _PARTIAL.fullmatch((stored or "").strip())
    if not match:
        return stored or ""
    year, month, day = (int(g) if g else 0 for g in match.groups())
    try:
        value = dt.date(year, month or 1, day or 1)  # a month and a day that exist
    except ValueError:
        return stored
    locale = locale or QLocale()
    if day:
        return locale.toString(QDate(year, month, day), day_pattern) if day_pattern else (
            date_text(value, locale))
    if month:
        return locale.toString(QDate(year, month, 1), month_pattern)
    return match.group(1)


def number_text(value: float, locale: QLocale | None = None, decimals: int = 1) -> str:
    """A number we computed, with the locale's decimal sign: "1.5", "1,5"; no trailing ".0"."""
    locale = locale or QLocale()
    value = round(float(value), decimals)  # 1.96 is "2", not "2.0"
    if value.is_integer():
        return locale.toString(int(value))
    return locale.toString(value, "f", decimals)

def human_size(size: int, locale: QLocale | None = None) -> str:
    """"812 bytes", "1.5 MB" (in the locale's own digits: "1,5 MB" in German)."""
    locale = locale or QLocale()
    if size < 1000:
        return QCoreApplication.translate("SentModel", "%n byte(s)", "", size)
    amount, unit = size / 1000, "kB"  # SI: 1000 bytes
    if amount >= 1000:
        amount, unit = amount / 1000, "MB"
    return f"{number_text(amount, locale)} {unit}"
