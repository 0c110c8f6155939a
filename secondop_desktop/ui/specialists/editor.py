"""The form of one specialist on the shortlist: who, what the patient checked, what the office
said. Holds no state but what is typed; the page saves it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.specialists import ANSWERS, BOARD_LOOKUP, STATUSES, Specialist
from ...translations import QT_TRANSLATE_NOOP
from ..widgets.date_field import DateField
from ..widgets.fitting_hint import FittingHint

# field -> (label, hint); in the order of the form. "text" fields take several lines.
LINES = {
    "name": (QT_TRANSLATE_NOOP("SpecialistEditor", "Name"),
             QT_TRANSLATE_NOOP("SpecialistEditor", "Dr …")),
    "specialty": (QT_TRANSLATE_NOOP("SpecialistEditor", "Specialty"),
                  QT_TRANSLATE_NOOP("SpecialistEditor", "e.g. endocrine surgery")),
    "institution": (QT_TRANSLATE_NOOP("SpecialistEditor", "Institution"),
                    QT_TRANSLATE_NOOP("SpecialistEditor", "Hospital, centre or practice")),
    "board": (QT_TRANSLATE_NOOP("SpecialistEditor", "Board certification"),
              QT_TRANSLATE_NOOP("SpecialistEditor", "Which board certifies them")),
    "board_checked": (QT_TRANSLATE_NOOP("SpecialistEditor", "Checked on"),
                      QT_TRANSLATE_NOOP("SpecialistEditor",
                                        "The date you looked it up, e.g. 2 Nov 2026")),
    "board_link": (QT_TRANSLATE_NOOP("SpecialistEditor", "Where to check"),
                   QT_TRANSLATE_NOOP("SpecialistEditor", "{link} or your country's register")),
    "cases": (QT_TRANSLATE_NOOP("SpecialistEditor", "Cases like mine"),
              QT_TRANSLATE_NOOP("SpecialistEditor",
                                "In your words: about 300 thyroid operations a year")),
    "recommended_by": (QT_TRANSLATE_NOOP("SpecialistEditor", "Recommended by"),
                       QT_TRANSLATE_NOOP("SpecialistEditor",
                                         "Your doctor, a friend, a patient group")),
    "cost": (QT_TRANSLATE_NOOP("SpecialistEditor", "Cost"),
             QT_TRANSLATE_NOOP("SpecialistEditor", "What the office said it costs")),
    "wait_days": (QT_TRANSLATE_NOOP("SpecialistEditor", "Wait (days)"),
                  QT_TRANSLATE_NOOP("SpecialistEditor", "Days until the first appointment")),
    "languages": (QT_TRANSLATE_NOOP("SpecialistEditor", "Languages"),
                  QT_TRANSLATE_NOOP("SpecialistEditor", "e.g. English, Spanish")),
    "phone": (QT_TRANSLATE_NOOP("SpecialistEditor", "Phone"), ""),
    "email": (QT_TRANSLATE_NOOP("SpecialistEditor", "Email"), ""),
}
DATES = ("board_checked",)  # shown and typed as the app's language writes dates
TEXTS = {
    "address": (QT_TRANSLATE_NOOP("SpecialistEditor", "Address"),
                QT_TRANSLATE_NOOP("SpecialistEditor", "Street, town")),
    "notes": (QT_TRANSLATE_NOOP("SpecialistEditor", "Notes from the call"),
              QT_TRANSLATE_NOOP("SpecialistEditor",
                                "Who you spoke to, what they need, what they said")),
}
# The options' words are the core's (STATUSES, ANSWERS): translated in the "Specialists" context.
CHOICES = {
    "status": (QT_TRANSLATE_NOOP("SpecialistEditor", "Status"), STATUSES),
    "insurance": (QT_TRANSLATE_NOOP("SpecialistEditor", "Insurance covers it"), ANSWERS),
    "referral": (QT_TRANSLATE_NOOP("SpecialistEditor", "Referral needed"), ANSWERS),
    "telehealth": (QT_TRANSLATE_NOOP("SpecialistEditor", "Telehealth"), ANSWERS),
}


class SpecialistEditor(QWidget):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specialist: Specialist | None = None
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, (label, hint) in LINES.items():
            shown_hint = self.tr(hint).format(link=BOARD_LOOKUP) if hint else ""
            edit = DateField(hint=shown_hint) if key in DATES else QLineEdit()
            if shown_hint:  # a long example ends in "…" on a narrow window: whole in its tooltip
                FittingHint(edit, shown_hint)
            self._row(form, self.tr(label), edit)
            self.lines[key] = edit
            if key == "institution":
                self._choice_row(form, "status")
            if key == "recommended_by":
                for choice in ("insurance", "referral"):
                    self._choice_row(form, choice)
            if key == "wait_days":
                self._choice_row(form, "telehealth")
        for key, (label, hint) in TEXTS.items():
            text = QPlainTextEdit(placeholderText=self.tr(hint))
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 3 + 14)
            self._row(form, self.tr(label), text)
            self.texts[key] = text
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_specialist(None)

    def _row(self, form: QFormLayout, label: str, editor: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(editor)
        editor.setAccessibleName(label)
        form.addRow(caption, editor)

    def _choice_row(self, form: QFormLayout, key: str) -> None:
        label, options = CHOICES[key]
        combo = QComboBox()
        for value, text in options.items():
            combo.addItem(QCoreApplication.translate("Specialists", text), value)
        self._row(form, self.tr(label), combo)
        self.choices[key] = combo

    def show_specialist(self, specialist: Specialist | None) -> None:
        self.specialist = specialist
        self.message.setText("")
        for key, edit in self.lines.items():
            value = getattr(specialist, key) if specialist is not None else ""
            if isinstance(edit, DateField):
                edit.show_date(value or "")  # 02.11.2026 in German; read back to the same date
            else:
                edit.setText("" if value is None else str(value))
        for key, text in self.texts.items():
            text.setPlainText(getattr(specialist, key) if specialist is not None else "")
        for key, combo in self.choices.items():
            value = getattr(specialist, key) if specialist is not None else ""
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.setEnabled(specialist is not None)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {k: e.core_text() if isinstance(e, DateField) else e.text()
                                  for k, e in self.lines.items()}
        out.update({k: t.toPlainText() for k, t in self.texts.items()})
        out.update({k: c.currentData() for k, c in self.choices.items()})
        return out

    def dirty(self) -> bool:
        """Whether the form says something else than the specialist it shows."""
        s = self.specialist
        if s is None:
            return False
        stored = {k: "" if getattr(s, k) is None else str(getattr(s, k))
                  for k in (*LINES, *TEXTS)}
        stored.update({k: getattr(s, k) for k in CHOICES})
        return any(stored[k] != (v.strip() if isinstance(v, str) else v)
                   for k, v in self.values().items())

    def show_error(self, reason: str) -> None:
        self.message.setText(reason)
