"""A date (or date and time) typed as people write them, with a calendar to pick from.

The field is one line of text, so it is one Tab stop and typing never jumps between hidden
sections (a QDateTimeEdit moved on after two digits and saved entries ten days ahead). What is
typed in the system's own short format (14/10/2026 in one country, 10/14/2026 in another) is
turned into ISO here, with QLocale; so are the language's month names ("3. März 2025",
"3 de marzo de 2025", "mar 2025"), which become the English ones the core reads. ISO and dates
with the month in words go on to the core, which checks them (core/validate.py) and says what to
type when it cannot read them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

from ... import paths
from ...core.validate import MONTH_ABBR
from ...local_format import datetime_text, partial_date_text
from ...translations import QT_TRANSLATE_NOOP

TWO_DIGIT_YEARS_BACK = 80  # a two-digit year is at most this far back (and 19 ahead)
# Shown translated (context "DateField"); a translation gives examples the field takes in its
# language: the short numeric date or the month in the language's words (both turned into what
# the core reads here), or ISO.
DATE_HINT = QT_TRANSLATE_NOOP("DateField", "e.g. 14 Oct 2026")
PARTIAL_HINT = QT_TRANSLATE_NOOP("DateField", "e.g. 14 Oct 2026, Oct 2026 or 2019")
DATETIME_HINT = QT_TRANSLATE_NOOP("DateField", "e.g. 14 Oct 2026 09:30")


def _short_formats(locale: QLocale, with_time: bool) -> list[str]:
    """The locale's short formats, with four-digit years accepted too; the last is the one a
    picked date is written in. Days and months of one digit are read as well ("3.3.2025" where
    the format says 03.03.25)."""
    fmt = locale.dateTimeFormat if with_time else locale.dateFormat
    short = fmt(QLocale.FormatType.ShortFormat)
    formats = [short]
    if "yyyy" not in short and "yy" in short:
        formats.append(short.replace("yy", "yyyy"))
    loose = [re.sub(r"(?<!d)dd(?!d)", "d", re.sub(r"(?<!M)MM(?!M)", "M", f)) for f in formats]
    return [*dict.fromkeys(loose + formats)]


def _fold(word: str) -> str:
    """A month name as compared: lower case, no dot, no accents ("Mär." -> "mar")."""
    plain = unicodedata.normalize("NFKD", word.lower().strip(". "))
    return "".join(c for c in plain if not unicodedata.combining(c))


def month_words(locale: QLocale) -> tuple[dict[str, int], set[str]]:
    """The language's month names, long and short, with their numbers; and the small words its
    long date puts around them (Spanish "de"), to be read past."""
    months: dict[str, int] = {}
    for month in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            for name in (locale.monthName(month, kind), locale.standaloneMonthName(month, kind)):
                if _fold(name):
                    months.setdefault(_fold(name), month)
                    months.setdefault(_fold(name)[:3], month)  # "Mär", "sep" as people shorten
    literals = re.findall(r"'([^']+)'", locale.dateFormat(QLocale.FormatType.LongFormat))
    fillers = {_fold(w) for text in literals for w in re.findall(r"[^\W\d_]+", text)}
    return months, fillers - set(months)


def _english_months(text: str, locale: QLocale) -> str:
    """``text`` with the language's month names as the English abbreviations the core reads
    ("3. März 2025" -> "3. Mar 2025"); ``text`` itself when it names no month."""
    months, fillers = month_words(locale)
    parts = re.split(r"([^\W\d_]+)", text)  # the words at odd places
    found = False
    for index in range(1, len(parts), 2):
        word = _fold(parts[index])
        if word in months:
            parts[index], found = MONTH_ABBR[months[word] - 1], True
        elif word in fillers:
            parts[index] = " "
    return "".join(parts) if found else text


def locale_to_iso(text: str, with_time: bool = False, locale: QLocale | None = None) -> str:
    """``text`` in ISO when it is written in the locale's short format; with the language's month
    names in English (the core reads those); else ``text`` itself."""
    locale = locale or QLocale()
    stripped = text.strip()
    base = dt.date.today().year - TWO_DIGIT_YEARS_BACK  # '71' is 1971, '26' is 2026
    for fmt in _short_formats(locale, with_time):
        if with_time:
            moment = locale.toDateTime(stripped, fmt, base)
            if moment.isValid():
                return moment.toString("yyyy-MM-dd'T'HH:mm")
        else:
            day = locale.toDate(stripped, fmt, base)
            if day.isValid():
                return day.toString(Qt.DateFormat.ISODate)
    return _english_months(stripped, locale)


def display_date(value: dt.date, locale: QLocale | None = None) -> str:
    """How a picked date is written in a field: in English with the month in words
    (unambiguous in every country), else in the locale's own short form with a four-digit year
    (the core reads month names in English only; ``locale_to_iso`` reads this form)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.English:
        return value.strftime("%d %b %Y").lstrip("0")
    return locale.toString(QDate(value), _short_formats(locale, False)[-1])


def list_form(stored: str, with_time: bool = False, locale: QLocale | None = None) -> str:
    """A stored date (2026-10-14, 2026-10 or 2026; with ``with_time`` a moment) as the lists
    show it, which ``locale_to_iso`` reads back to ``stored``; anything else as it is."""
    if with_time:
        try:
            return datetime_text(dt.datetime.fromisoformat(stored), locale)
        except ValueError:
            return stored
    return partial_date_text(stored, locale)


class DateField(QLineEdit):
    """One line for a date; ``with_time`` adds HH:MM; ``partial`` allows 'Oct 2026' or '2019'.

    ``core_text()`` is what to hand to the core's checks (ISO when the locale's format was used).
    """

    def __init__(self, with_time: bool = False, partial: bool = False,
                 hint: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.setPlaceholderText(hint or self.tr(DATETIME_HINT if with_time else
                                                 PARTIAL_HINT if partial else DATE_HINT))
        icon = QIcon(str(paths.resource("icons", "nav", "visit.svg")))
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Pick the date from a calendar"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.popup: QWidget | None = None
        self.calendar: QCalendarWidget | None = None

    def core_text(self) -> str:
        return locale_to_iso(self.text(), self.with_time)

    def show_stored(self, stored: str) -> None:
        """A stored ISO date (or date and time) as the language writes it ("14.06.1971", not
        "1971-06-14"); read back to the same ISO by ``core_text``. Anything else as it is."""
        try:
            if self.with_time:
                self.setText(datetime_text(dt.datetime.fromisoformat(stored)))
            else:
                self.setText(display_date(dt.date.fromisoformat(stored)))
        except ValueError:
            self.setText(stored)

    def show_date(self, stored: str) -> None:
        """A stored date as the lists beside the field show it ("2026-10-14" in English,
        "14.10.2026" in German, "Okt. 2026" for a month); ``core_text`` reads it back."""
        self.setText(list_form(stored, self.with_time))
        self.setCursorPosition(0)

    def show_calendar(self) -> None:
        """A month to click a day in, under the field (Escape or a click outside closes it)."""
        if self.popup is None:
            self.popup = QWidget(self, Qt.WindowType.Popup)
            self.calendar = QCalendarWidget()
            self.calendar.setGridVisible(True)
            self.calendar.setAccessibleName(self.tr("Calendar"))
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            box = QVBoxLayout(self.popup)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self.calendar)
        assert self.calendar is not None
        current = self._current_date()
        if current is not None:
            self.calendar.setSelectedDate(QDate(current))
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.calendar.setFocus()

    def _current_date(self) -> dt.date | None:
        text = self.core_text()
        try:
            if self.with_time:
                return dt.datetime.fromisoformat(text).date()
            return dt.date.fromisoformat(text)
        except ValueError:
            return None

    def _picked(self, date: QDate) -> None:
        picked = dt.date(date.year(), date.month(), date.day())
        text = display_date(picked)
        if self.with_time:
            time = QTime.currentTime()
            try:
                time = QDateTime(dt.datetime.fromisoformat(self.core_text())).time()
            except ValueError:
                pass
            text = f"{text} {time.toString('HH:mm')}"
        self.setText(text)
        self.editingFinished.emit()  # as if typed and left: the field saves
        if self.popup is not None:
            self.popup.hide()
        self.setFocus()
