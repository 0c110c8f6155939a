"""Quick entry of a symptom: what, how bad (0-10), when, how long, triggers, notes. Enter saves."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.symptoms import describe_severity
from ...core.validate import parse_datetime, parse_partial_date
from ...local_format import datetime_text
from ...translations import QT_TRANSLATE_NOOP, shown_reason
from ..style import set_role
from ..widgets.date_field import DateField
from ..widgets.fitting_hint import FittingHint
from ..widgets.form_fields import MessageLabel

DEFAULT_SEVERITY = 5
FUTURE_SLACK = dt.timedelta(minutes=5)  # clocks differ a little; beyond this, ask first
TIME_ONLY = re.compile(r"\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?", re.IGNORECASE)
# The severity words of core/symptoms.py, for lupdate: shown through severity_word().
_EXTRACT = [
    QT_TRANSLATE_NOOP("Severity", "none"),
    QT_TRANSLATE_NOOP("Severity", "mild"),
    QT_TRANSLATE_NOOP("Severity", "moderate"),
    QT_TRANSLATE_NOOP("Severity", "severe"),
    QT_TRANSLATE_NOOP("Severity", "worst imaginable"),
]


def severity_word(severity: int) -> str:
    """'mild', 'severe'... for a 0-10 severity, in the app's language."""
    return QCoreApplication.translate("Severity", describe_severity(severity))


def looks_like_a_time(name: str) -> bool:
    """A date or a time typed as the symptom's name (once, a suggestion popup took the click
    meant for When, and four entries were saved named "2026-11-27 09:00")."""
    text = name.strip()
    if not text:
        return False
    if TIME_ONLY.fullmatch(text):
        return True
    for parse in (parse_datetime, parse_partial_date):
        try:
            parse(text)
        except ValidationError:
            continue
        return True
    return False


class ClickThrough(QObject):
    """A click outside an open suggestion popup closes it and, as anywhere else, also puts the
    focus where it was clicked (Qt's completer only closes the popup)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
                and isinstance(watched, QWidget)
                and not watched.rect().contains(event.position().toPoint())):
            target = QApplication.widgetAt(event.globalPosition().toPoint())
            if target is not None and target.window() is not watched \
                    and target.focusPolicy() & Qt.FocusPolicy.ClickFocus:
                watched.hide()
                target.setFocus(Qt.FocusReason.MouseFocusReason)
        return False


class SymptomEntryForm(QGroupBox):
    """Calls ``save(**values)`` on Enter or Add; ``save`` raises ValidationError to refuse."""

    def __init__(self, save: Callable[..., object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Log a symptom"))
        self._save = save
        self.setStyleSheet("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }")
        self.names = QStringListModel(self)
        self.symptom = QLineEdit(placeholderText=self.tr("e.g. headache, nausea, tiredness"))
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.symptom.setCompleter(completer)
        self._click_through = ClickThrough(self)
        popup = completer.popup()
        assert popup is not None  # the completer makes its list view
        popup.installEventFilter(self._click_through)  # after the completer's own: runs first
        self.severity = QSlider(Qt.Orientation.Horizontal)
        self.severity.setRange(0, 10)
        self.severity.setPageStep(1)
        self.severity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.severity.setTickInterval(1)
        self.severity_value = QLabel()
        self.severity_value.setMinimumWidth(150)
        self.severity.valueChanged.connect(self._show_severity)
        # One line, so one Tab stop; empty means "now", read when the entry is saved.
        self.when = DateField(with_time=True, hint=self.tr("Now (or e.g. 14 Oct 2026 09:30)"))
        # Asked before saving an entry in the future, or one named like a date or time; the
        # page gives the real questions.
        self.confirm_future: Callable[[dt.datetime], bool] = lambda _at: True
        self.confirm_name: Callable[[str], bool] = lambda _name: True
        self.duration = QLineEdit(placeholderText=self.tr("e.g. 2 hours, all day"))
        self.triggers = QLineEdit(placeholderText=self.tr("what set it off, if you know"))
        self.notes = QLineEdit(
            placeholderText=self.tr("anything else worth telling the doctor"))
        self.add_button = QPushButton(self.tr("Add entry"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.submit)
        self.message = MessageLabel()
        # Its line is kept while empty: "Saved: …" or a reason appearing made the window taller
        # on a small screen.
        keep = self.message.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(keep)
        # On a narrow window "Now (or e.g. …)" says "Now"; the others end in "…": whole in
        # their tooltips
        for edit in (self.when, self.duration, self.triggers, self.notes):
            FittingHint(edit, edit.placeholderText())
        self._layout()
        for edit in (self.symptom, self.duration, self.triggers, self.notes):
            edit.returnPressed.connect(self.submit)
        self.when.returnPressed.connect(self.submit)
        self.severity.installEventFilter(self)
        self._accessible_names()
        self.reset()

    def _accessible_names(self) -> None:
        """Each field says what it is (not the box's title, "Log a symptom", six times)."""
        for widget, name, description in (
                (self.symptom, self.tr("Symptom"),
                 self.tr("What you felt; earlier names are suggested")),
                (self.severity, self.tr("Severity"),
                 self.tr("0 (none) to 10 (worst imaginable)")),
                (self.when, self.tr("When"), self.tr("Empty means now")),
                (self.duration, self.tr("Duration"), self.tr("How long it lasted")),
                (self.triggers, self.tr("Triggers"), self.tr("What set it off, if you know")),
                (self.notes, self.tr("Notes"), self.tr("Anything else worth telling the doctor")),
                (self.add_button, self.tr("Add entry"), self.tr("Save this symptom to the log"))):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        scale = QHBoxLayout()
        low = QLabel(f"0 {severity_word(0)}")
        high = QLabel(f"10 {severity_word(10)}")
        for word in (low, high):
            set_role(word, "muted")
        scale.addWidget(low)
        scale.addWidget(self.severity, 1)
        scale.addWidget(high)
        scale.addSpacing(8)
        scale.addWidget(self.severity_value)
        scale.addStretch(1)
        self.severity.setMinimumWidth(180)
        self.severity.setMaximumWidth(460)
        label = {"Symptom": QLabel(self.tr("Symptom")), "When": QLabel(self.tr("When")),
                 "Severity": QLabel(self.tr("Severity")), "Duration": QLabel(self.tr("Duration")),
                 "Triggers": QLabel(self.tr("Triggers")), "Notes": QLabel(self.tr("Notes"))}
        for row, column, name in ((0, 0, "Symptom"), (0, 2, "When"), (1, 0, "Severity"),
                                  (2, 0, "Duration"), (2, 2, "Triggers"), (3, 0, "Notes")):
            grid.addWidget(label[name], row, column, right)
        for name, field in (("Symptom", self.symptom), ("When", self.when),
                            ("Severity", self.severity), ("Duration", self.duration),
                            ("Triggers", self.triggers), ("Notes", self.notes)):
            label[name].setBuddy(field)
        grid.addWidget(self.symptom, 0, 1)
        grid.addWidget(self.when, 0, 3)
        grid.addLayout(scale, 1, 1, 1, 3)
        grid.addWidget(self.duration, 2, 1)
        grid.addWidget(self.triggers, 2, 3)
        grid.addWidget(self.notes, 3, 1, 1, 3)
        grid.addWidget(self.add_button, 3, 4)
        grid.addWidget(self.message, 4, 1, 1, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.setColumnMinimumWidth(2, 70)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.submit()
            return True
        return False

    def _show_severity(self, value: int) -> None:
        self.severity_value.setText(f"<b>{value}</b> \u2013 {severity_word(value)}")

    def set_names(self, names: list[str]) -> None:
        self.names.setStringList(names)

    def when_value(self) -> dt.datetime:
        """The time typed, or now when the field is empty; ValidationError when unreadable."""
        text = self.when.core_text()
        if not text:
            return dt.datetime.now().replace(second=0, microsecond=0)
        return parse_datetime(text, QT_TRANSLATE_NOOP("Reason", "The time"))

    def symptom_name(self) -> str:
        """The name typed, spelt as the first entry of that symptom was ("Chest tightness" and
        "chest tightness" are one symptom)."""
        typed = self.symptom.text().strip()
        return next((name for name in self.names.stringList()
                     if name.casefold() == typed.casefold()), typed)

    def values(self) -> dict[str, Any]:
        return {
            "symptom": self.symptom_name(),
            "severity": self.severity.value(),
            "at": self.when_value(),
            "duration": self.duration.text(),
            "triggers": self.triggers.text(),
            "notes": self.notes.text(),
        }

    def submit(self) -> dict[str, Any] | None:
        """Hand the entry to ``save`` (which writes it in the background); the values saved,
        or None when it was refused or the patient chose to change it first."""
        try:
            values = self.values()
            if looks_like_a_time(values["symptom"]) and not self.confirm_name(values["symptom"]):
                self.symptom.setFocus()
                self.symptom.selectAll()
                return None
            if values["at"] > dt.datetime.now() + FUTURE_SLACK \
                    and not self.confirm_future(values["at"]):
                self.when.setFocus()
                return None
            self._save(**values)
        except ValidationError as exc:
            self.message.show_error(shown_reason(exc))
            return None
        self.reset()
        self.message.show_info(
            self.tr("Saved: {symptom}, {severity} ({word}), {time}.").format(
                symptom=values["symptom"], severity=values["severity"],
                word=severity_word(values["severity"]), time=datetime_text(values["at"])))
        return values

    def reset(self) -> None:
        """Ready for the next entry: the time is now again, the texts are empty."""
        for edit in (self.symptom, self.duration, self.triggers, self.notes):
            edit.clear()
        self.severity.setValue(DEFAULT_SEVERITY)
        self._show_severity(DEFAULT_SEVERITY)
        self.set_time(None)
        self.symptom.setFocus()

    def set_time(self, when: dt.datetime | None) -> None:
        """Show ``when`` in the field (None: empty, which means now)."""
        self.when.setText(datetime_text(when))  # read back by the field
