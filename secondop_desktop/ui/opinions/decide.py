"""The Decide view: the decision guide, with what matters to the patient at the top.

It shows the snapshot it was given and hands every change to ``write`` (the page runs it off
the GUI thread and announces it); it never suggests an option.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.decision import CHECKS, MATTERS_WORDS, NO_RECOMMENDATION, ROLES, STATUSES, Option
from ...core.errors import ValidationError
from ...core.validate import optional_date
from ...packet.opinion_pages import ComparisonData
from ...translations import QT_TRANSLATE_NOOP, shown_reason
from ..style import set_role
from ..widgets.date_field import list_form, locale_to_iso
from ..widgets.form_fields import MessageLabel, name_fields_by_their_labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Write = Callable[[Callable[[Any], object], str], None]  # (work on the vault, title)


def _word(text: str) -> str:
    """A choice of the decision guide (core.decision), in the app's language."""
    return QCoreApplication.translate("Decision", text)


class DecideView(QWidget):
    def __init__(self, write: Write, dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.write, self.dialogs = write, dialogs
        self.data: ComparisonData | None = None
        self._filling = False

        self.goals = QLabel("")
        self.goals.setWordWrap(True)
        self.goals.setObjectName("decisionGoals")
        goals_box = QGroupBox(self.tr("What matters to me"))
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.goals)

        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("e.g. Surgery or radioactive iodine?"))
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText(self.tr("a date like 20 Dec 2026"))
        self.status = QComboBox()
        for key, label in STATUSES.items():
            self.status.addItem(_word(label), key)
        self.choice = QComboBox()
        self.decide_with = QLineEdit()
        self.decide_with.setPlaceholderText(self.tr("e.g. my husband and Dr Okafor"))
        self.role = QComboBox()
        self.role.addItem(self.tr("(not said)"), "")
        for key, label in ROLES.items():
            self.role.addItem(_word(label), key)
        self.message = MessageLabel()
        form = QFormLayout()
        form.addRow(self.tr("The decision"), self.question)
        form.addRow(self.tr("Decide by"), self.deadline)
        form.addRow(self.tr("Where I stand"), self.status)
        form.addRow(self.tr("My choice"), self.choice)
        form.addRow(self.tr("Who I decide with"), self.decide_with)
        form.addRow(self.tr("How I want to decide"), self.role)
        name_fields_by_their_labels(form)
        for edit, key in ((self.question, "question"), (self.deadline, "deadline"),
                          (self.decide_with, "decide_with")):
            edit.editingFinished.connect(lambda e=edit, k=key: self._line_done(k, e))
        for combo, key in ((self.status, "status"), (self.choice, "choice"),
                           (self.role, "role")):
            combo.activated.connect(lambda _i, c=combo, k=key: self._set(k, c.currentData()))

        self.options = QTreeWidget()
        self.options.setColumnCount(3)
        self.options.setHeaderLabels([self.tr("Option, benefit or risk"), self.tr("Named by"),
                                      self.tr("How much it matters to me")])
        self.options.setAccessibleName(self.tr("The options"))
        self.options.setMinimumHeight(220)
        header = self.options.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.options.setColumnWidth(2, 190)
        self.options.currentItemChanged.connect(lambda *_: self._update_buttons())
        rows = (QHBoxLayout(), QHBoxLayout())
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (("add", self.tr("Add option…"), self.add_option),
                                 ("benefit", self.tr("Add benefit…"),
                                  lambda: self.add_factor("benefit")),
                                 ("risk", self.tr("Add risk…"), lambda: self.add_factor("risk")),
                                 ("rename", self.tr("Rename…"), self.rename_option),
                                 ("merge", self.tr("Merge with…"), self.merge_option),
                                 ("aside", self.tr("Set aside"), self.set_aside),
                                 ("back", self.tr("Bring back…"), self.bring_back)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            rows[key in ("benefit", "risk")].addWidget(button)
            self.buttons[key] = button
        for row in rows:
            row.addStretch(1)
        options_box = QGroupBox(self.tr("The options (from the opinions, and my own)"))
        options_layout = QVBoxLayout(options_box)
        options_layout.addWidget(self.options)
        options_layout.addLayout(rows[0])
        options_layout.addLayout(rows[1])

        self.checks: dict[str, QComboBox] = {}
        checks_box = QGroupBox(self.tr("Am I sure? Four checks"))
        checks_form = QFormLayout(checks_box)
        checks_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for key, question in CHECKS.items():
            combo = QComboBox()
            for label, value in ((self.tr("(not answered)"), ""), (self.tr("Yes"), "yes"),
                                 (self.tr("No"), "no")):
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, c=combo, k=key: self._set(k, c.currentData()))
            self.checks[key] = combo
            caption = QLabel(_word(question))
            caption.setBuddy(combo)
            checks_form.addRow(caption, combo)
        name_fields_by_their_labels(checks_form)

        self.steps = QTreeWidget()
        self.steps.setColumnCount(3)
        self.steps.setHeaderLabels([self.tr("What to do or ask"), self.tr("Whom"),
                                    self.tr("By when")])
        self.steps.setAccessibleName(self.tr("Next steps"))
        self.steps.setRootIsDecorated(False)
        self.steps.setColumnWidth(0, 320)
        self.steps.setMinimumHeight(110)
        self.steps.setMaximumHeight(180)  # the room left goes to the options
        self.steps.itemChanged.connect(self._step_ticked)
        self.step_what, self.step_who, self.step_due = QLineEdit(), QLineEdit(), QLineEdit()
        self.step_what.setPlaceholderText(self.tr("What to do or ask"))
        self.step_who.setPlaceholderText(self.tr("Whom"))
        self.step_due.setPlaceholderText(self.tr("By when"))
        self.step_what.setAccessibleName(self.tr("New step: what to do or ask"))
        self.step_who.setAccessibleName(self.tr("New step: whom"))
        self.step_due.setAccessibleName(self.tr("New step: by when"))
        add_step = QPushButton(self.tr("Add step"))
        add_step.clicked.connect(self.add_step)
        self.step_what.returnPressed.connect(self.add_step)
        self.remove_step_button = QPushButton(self.tr("Remove step"))
        self.remove_step_button.clicked.connect(self.remove_step)
        step_row = QHBoxLayout()
        step_row.addWidget(self.step_what, 3)
        step_row.addWidget(self.step_who, 2)
        step_row.addWidget(self.step_due, 1)
        step_row.addWidget(add_step)
        step_row.addWidget(self.remove_step_button)
        steps_box = QGroupBox(self.tr("Next steps (tick when done)"))
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.addWidget(self.steps)
        steps_layout.addLayout(step_row)

        note = QLabel(_word(NO_RECOMMENDATION))
        note.setWordWrap(True)
        set_role(note, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(goals_box)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(options_box, 1)
        layout.addWidget(checks_box)
        layout.addWidget(steps_box)
        layout.addWidget(note)
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------------
    def show_data(self, data: ComparisonData) -> None:
        self.data = data
        state = data.state
        self._filling = True
        try:
            self.goals.setText(data.profile.goals or self.tr(
                "Not written yet: on the Visit screen, under What matters to me."))
            for edit, value in ((self.question, state.question),
                                (self.deadline, list_form(state.deadline)),
                                (self.decide_with, state.decide_with)):
                if not edit.hasFocus():
                    edit.setText(value)
            self.status.setCurrentIndex(max(0, self.status.findData(state.status_key)))
            self.role.setCurrentIndex(max(0, self.role.findData(state.role)))
            self.choice.clear()
            self.choice.addItem(self.tr("(none yet)"), "")
            for option in data.options:
                self.choice.addItem(self.tr("Option {n}: {text}").format(n=option.id,
                                                                       text=option.text),
                                    str(option.id))
            self.choice.setCurrentIndex(max(0, self.choice.findData(state.choice)))
            for key, combo in self.checks.items():
                combo.setCurrentIndex(max(0, combo.findData(state.checks()[key])))
            self._fill_options(data)
            self._fill_steps(data)
        finally:
            self._filling = False
        self._update_buttons()

    def _fill_options(self, data: ComparisonData) -> None:
        current = self.current_option_id()
        self.options.clear()
        for option in data.options:
            top = QTreeWidgetItem([self.tr("Option {n}: {text}  ({said})").format(
                n=option.id, text=option.text, said=self._said(data, option))])
            top.setData(0, ID_ROLE, option.id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.options.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # the option's line reads across the table
            for kind, line in (("benefit", self.tr("Benefit {n}: {text}")),
                               ("risk", self.tr("Risk {n}: {text}"))):
                for n, factor in enumerate(option.factors(kind), start=1):
                    child = QTreeWidgetItem([line.format(n=n, text=factor.text),
                                             data.name_of(factor.opinion_id), ""])
                    child.setData(0, ID_ROLE, option.id)
                    top.addChild(child)
                    self.options.setItemWidget(child, 2, self._rating_combo(factor.id,
                                                                            factor.matters))
            top.setExpanded(True)
            if option.id == current:
                self.options.setCurrentItem(top)

    def _rating_combo(self, factor_id: int, matters: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("not rated"), None)
        for value, words in MATTERS_WORDS.items():
            combo.addItem(f"{value} – {_word(words)}", value)
        combo.setCurrentIndex(0 if matters is None else matters + 1)
        combo.setAccessibleName(self.tr("How much it matters to me"))
        combo.activated.connect(lambda _i: self.write(
            lambda vault: vault.decision.rate(factor_id, combo.currentData()),
            self.tr("Rating not saved")))
        return combo

    def _said(self, data: ComparisonData, option: Option) -> str:
        names = [data.name_of(i) for i in option.recommended_by()]
        mentioned = [data.name_of(i) for i in option.mentioned_by()]
        parts = []
        if names:
            parts.append(self.tr("recommended by {names}").format(names=", ".join(names)))
        if mentioned:
            parts.append(self.tr("alternative from {names}").format(names=", ".join(mentioned)))
        return "; ".join(parts) or self.tr("my own")

    def _fill_steps(self, data: ComparisonData) -> None:
        self.steps.clear()
        for step in data.steps:
            item = QTreeWidgetItem([step.what, step.who, list_form(step.due)])
            item.setData(0, ID_ROLE, step.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
            self.steps.addTopLevelItem(item)

    def current_option_id(self) -> int | None:
        item = self.options.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current_option_id() is not None
        for key in ("benefit", "risk", "rename", "merge", "aside"):
            self.buttons[key].setEnabled(chosen)
        removed = self.data is not None and bool(self._set_aside_options())
        self.buttons["back"].setVisible(removed)
        self.remove_step_button.setEnabled(self.steps.currentItem() is not None
                                           or self.steps.topLevelItemCount() > 0)

    # -- changing ------------------------------------------------------------------------------
    def _set(self, key: str, value: object) -> None:
        if not self._filling:
            self.write(lambda vault: vault.decision.set_state(**{key: value}),
                       self.tr("Not saved"))

    def _line_done(self, key: str, edit: QLineEdit) -> None:
        if self._filling or self.data is None:
            return
        value = edit.text().strip()
        if key == "deadline":  # the locale's short format (20.12.2026 in German) too
            value = locale_to_iso(value)
            try:
                value = optional_date(value, QT_TRANSLATE_NOOP("Reason", "The date to decide by"))
            except ValidationError as exc:
                self.message.show_error(shown_reason(exc))
                return
        self.message.clear_message()
        if value != getattr(self.data.state, key):
            self._set(key, value)

    def add_option(self) -> None:
        text = self.dialogs.ask_text(self, self.tr("Add an option"),
                                     self.tr("The option, in your words:"))
        if text:
            self.write(lambda vault: vault.decision.add_option(text), self.tr("Option not added"))

    def add_factor(self, kind: str) -> None:
        option_id = self.current_option_id()
        if option_id is None:
            return
        title = self.tr("Add a benefit") if kind == "benefit" else self.tr("Add a risk")
        text = self.dialogs.ask_text(self, title, self.tr("In your words:"))
        if text:
            self.write(lambda vault: vault.decision.add_factor(option_id, kind, text),
                       self.tr("Not added"))

    def rename_option(self) -> None:
        option_id = self.current_option_id()
        text = self.dialogs.ask_text(self, self.tr("Rename the option"),
                                     self.tr("The option, in your words:")) \
            if option_id is not None else None
        if option_id is not None and text:
            self.write(lambda vault: vault.decision.rename_option(option_id, text),
                       self.tr("Not renamed"))

    def _labels(self, options: list[Option]) -> dict[str, int]:
        return {self.tr("Option {n}: {text}").format(n=o.id, text=o.text): o.id for o in options}

    def merge_option(self) -> None:
        option_id = self.current_option_id()
        if option_id is None or self.data is None:
            return
        others = self._labels([o for o in self.data.options if o.id != option_id])
        if not others:
            return
        chosen = self.dialogs.choose(self, self.tr("Merge options"), self.tr(
            "Which option is the same treatment in other words? It becomes part of this one."),
            list(others))
        if chosen in others:
            other = others[chosen]
            self.write(lambda vault: vault.decision.merge(option_id, other),
                       self.tr("Not merged"))

    def set_aside(self) -> None:
        option_id = self.current_option_id()
        if option_id is not None:
            self.write(lambda vault: vault.decision.set_aside(option_id), self.tr("Not set aside"))

    def _set_aside_options(self) -> list[Option]:
        return self.data.set_aside if self.data is not None else []

    def bring_back(self) -> None:
        options = self._labels(self._set_aside_options())
        chosen = self.dialogs.choose(self, self.tr("Bring back an option"),
                                     self.tr("Options set aside:"), list(options)) \
            if options else None
        if chosen in options:
            option_id = options[chosen]
            self.write(lambda vault: vault.decision.set_aside(option_id, False),
                       self.tr("Not brought back"))

    def add_step(self) -> None:
        what = self.step_what.text().strip()
        if not what:
            self.message.show_error(self.tr("Write the next step first."))
            return
        who, due = self.step_who.text().strip(), locale_to_iso(self.step_due.text())
        try:
            due = optional_date(due, QT_TRANSLATE_NOOP("Reason", "The step's date"))
        except ValidationError as exc:
            self.message.show_error(shown_reason(exc))
            return
        self.message.clear_message()
        for edit in (self.step_what, self.step_who, self.step_due):
            edit.clear()
        self.write(lambda vault: vault.decision.steps.add(what=what, who=who, due=due),
                   self.tr("Step not added"))

    def remove_step(self) -> None:
        item = self.steps.currentItem()
        if item is not None:
            step_id = item.data(0, ID_ROLE)
            self.write(lambda vault: vault.decision.steps.delete(step_id),
                       self.tr("Step not removed"))

    def _step_ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        step_id, done = item.data(0, ID_ROLE), item.checkState(0) == Qt.CheckState.Checked
        self.write(lambda vault: vault.decision.steps.update(step_id, done=done),
                   self.tr("Not saved"))
