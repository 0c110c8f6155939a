"""The Questions screen: prepare the list, mark what matters most, print it, answer at the visit."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDataWidgetMapper,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.documents import Document
from ...core.errors import SecondOpError
from ...core.questions import CATEGORIES, PRIORITY_LABELS
from ...core.suggestions import load_suggestions
from ...packet.question_sheet import QuestionSheet
from ...translations import QT_TRANSLATE_NOOP, app_language, shown_reason
from ..operations import Changes, QueryOp
from ..style import set_role
from ..widgets.fitting_hint import FittingHint
from ..widgets.page import Page
from ..widgets.row_table import header_width
from ..widgets.screen_fit import fit_to_screen
from ..writes import Writer
from . import printing
from .model import (
    COL_ANSWER,
    COL_ASKED,
    COL_BY,
    COL_CATEGORY,
    COL_NUMBER,
    COL_PRIORITY,
    COL_RECORD,
    COL_TEXT,
    LinkRole,
    QuestionsModel,
    SuggestionsModel,
    TopQuestionsFilter,
    UnansweredFilter,
)

COLUMN_WIDTHS = {COL_NUMBER: 34, COL_ASKED: 44, COL_PRIORITY: 96, COL_CATEGORY: 104,
                 COL_RECORD: 90}
TEXT_MIN = 250  # px the question's own text keeps (it was squeezed to one word a line); 10
# less than it was, so that "Priority" and "Category" keep their headers whole at 1024 px
SQUEEZED_MIN = 56  # px a squeezed column keeps: its first letters and the elision mark
CELL_PADDING = 6  # px either side of a cell's text (the style's margin)
WORD_WIDTH_CAP = 200  # px: a word longer than this is elided rather than take the question's room
# The priorities and categories of core/questions.py, for lupdate: shown through label().
LABELS_CONTEXT = "QuestionLabels"
_EXTRACT = [
    QT_TRANSLATE_NOOP("QuestionLabels", "Must ask"),
    QT_TRANSLATE_NOOP("QuestionLabels", "Important"),
    QT_TRANSLATE_NOOP("QuestionLabels", "If time allows"),
    QT_TRANSLATE_NOOP("QuestionLabels", "Diagnosis"),
    QT_TRANSLATE_NOOP("QuestionLabels", "Tests"),
    QT_TRANSLATE_NOOP("QuestionLabels", "Treatment options"),
    QT_TRANSLATE_NOOP("QuestionLabels", "Risks and side effects"),
    QT_TRANSLATE_NOOP("QuestionLabels", "Clinical trials"),
    QT_TRANSLATE_NOOP("QuestionLabels", "Practical matters"),
    QT_TRANSLATE_NOOP("QuestionLabels", "Other"),
]


def label(text: str) -> str:
    """A priority or category of core/questions.py in the app's language."""
    return QCoreApplication.translate(LABELS_CONTEXT, text)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor over fixed (value, label) choices: priority and category."""

    def __init__(self, choices: dict, parent=None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for value, text in self.choices.items():
            combo.addItem(label(text), value)
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)  # made by createEditor
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _combo(choices: dict) -> QComboBox:
    combo = QComboBox()
    for value, text in choices.items():
        combo.addItem(label(text), value)
    return combo


class QuestionsPage(Page):
    title = "Questions"
    open_record_requested = Signal(int, int)  # document id, page (1 when none was given)

    def __init__(self, vault, services, parent=None) -> None:
        super().__init__(vault, services, parent)
        # Every change is written in the background and announced by the writer.
        self.writer = Writer(services, self, Changes(questions=True), failed=self.show_problem)
        self.model = QuestionsModel(vault.questions, self.undo_stack, self.writer, self)
        self.records: list[Document] = []  # those not in the trash, for "About record"
        self.proxy = UnansweredFilter(self)
        self.proxy.setSourceModel(self.model)
        self.top = TopQuestionsFilter(self)
        self.top.setSourceModel(self.model)
        try:
            suggestions, self.suggestions_problem = load_suggestions(language=app_language()), ""
        except SecondOpError as exc:
            suggestions, self.suggestions_problem = {}, shown_reason(exc)
        self.suggestions = SuggestionsModel(suggestions, self.model.has_text, self)
        self._build()
        self.model.problem.connect(self.show_problem)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged,
                       self.model.modelReset):
            signal.connect(self._list_changed)
        self._list_changed()
        self._load_records()

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.entry = QLineEdit()
        FittingHint(self.entry, self.tr("Type a question, then Enter"), self.tr("New question"))
        self.entry.setAccessibleName(self.tr("New question"))
        self.entry.setAccessibleDescription(self.tr("Type a question and press Enter to add it"))
        self.entry.returnPressed.connect(self.add_from_entry)
        self.new_priority = _combo(PRIORITY_LABELS)
        self.new_priority.setCurrentIndex(1)
        self.new_category = _combo(CATEGORIES)
        self.new_category.setCurrentIndex(len(CATEGORIES) - 1)
        # As wide as a short label: longer ones ("Risiken und Nebenwirkungen") show in full in the
        # open list and elided here, so the question being typed keeps its room.
        for combo in (self.new_priority, self.new_category):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        self.new_priority.setAccessibleName(self.tr("Priority of the new question"))
        self.new_priority.setToolTip(self.tr("Must ask questions are listed first"))
        self.new_category.setAccessibleName(self.tr("Category of the new question"))
        add = QPushButton(self.tr("Add"))
        add.setAccessibleDescription(self.tr("Add the question typed beside it"))
        add.clicked.connect(self.add_from_entry)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.new_priority)
        entry_row.addWidget(self.new_category)
        entry_row.addWidget(add)

        self.message = QLabel()
        self.message.setObjectName("problem")
        set_role(self.message, "error")
        self.message.hide()

        self.top_view = QListView()
        self.top_view.setModel(self.top)
        self.top_view.setAccessibleName(self.tr("Ask these first"))
        self.top_view.setModelColumn(0)
        self.top_view.setFrameShape(QListView.Shape.NoFrame)
        self.top_view.setWordWrap(True)
        self.top_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top_view.clicked.connect(self._select_top)
        self.top_box = QGroupBox(self.tr("Ask these first"))
        self.top_box.setObjectName("askFirst")
        # Its colours are roles of ui/style.py (light and dark), under its object name.
        box_layout = QVBoxLayout(self.top_box)
        self.top_hint = QLabel(self.tr("Set a question's priority to “Must ask” to see it here."))

        box_layout.addWidget(self.top_hint)
        box_layout.addWidget(self.top_view)

        self.only_unanswered = QCheckBox(self.tr("Only unanswered"))
        self.only_unanswered.toggled.connect(self.proxy.set_only_unanswered)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the list"))
        self.filter.setAccessibleName(self.tr("Filter questions"))
        self.filter.setAccessibleDescription(
            self.tr("Shows only the questions holding these words"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.filter.returnPressed.connect(self.table_focus)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # "12 questions, 7 not yet answered" may wrap
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self.print_questions)
        preview_button = QPushButton(self.tr("Preview"))
        preview_button.clicked.connect(self.print_preview)
        bar = QHBoxLayout()
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.filter, 2)
        bar.addWidget(self.only_unanswered)
        bar.addWidget(preview_button)
        bar.addWidget(print_button)

        self.table = self._build_table()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(entry_row)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.top_box)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(self._build_row_buttons())

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_details())
        right_layout.addWidget(self._build_suggestions(), 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([720, 310])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("questions")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # one-line rows as tall as the other screens' lists, not squeezed to the text
        table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() + 10)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.SelectedClicked)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.setItemDelegateForColumn(COL_PRIORITY, ChoiceDelegate(PRIORITY_LABELS, table))
        table.setItemDelegateForColumn(COL_CATEGORY, ChoiceDelegate(CATEGORIES, table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # Narrow enough for their words ("If time allows", "Diagnosis"): the question's own
        # text keeps the room, down to a 1024-pixel window (see _fit_columns).
        self.column_widths, self.word_widths = self._widths_for_the_words(table)
        for col, width in self.column_widths.items():
            table.setColumnWidth(col, width)
        table.viewport().installEventFilter(self)  # resized: the columns fit again
        for col in (COL_ANSWER, COL_BY):  # edited beside the list, in "At the visit"
            table.hideColumn(col)
        table.clicked.connect(self._cell_clicked)
        table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        table.setAccessibleName(self.tr("Questions"))
        table.setAccessibleDescription(self.tr("Your questions, by priority. Alt+Up and Alt+Down "
                                               "move one within its priority; Delete removes it."))
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.installEventFilter(self)  # Alt+Up / Alt+Down move the current question
        return table

    def _build_row_buttons(self) -> QHBoxLayout:
        """Move and delete, as buttons under the list and in its right-click menu, so the
        patient sees they exist (and the keys, in their tooltips)."""
        self.move_up_action = self._row_action(self.tr("Move &up"), "Alt+Up",
                                               lambda: self.move_selected(-1))
        self.move_down_action = self._row_action(self.tr("Move &down"), "Alt+Down",
                                                 lambda: self.move_selected(1))
        delete_key = QKeySequence(QKeySequence.StandardKey.Delete).toString(
            QKeySequence.SequenceFormat.NativeText)
        # Del itself is Edit > Delete's; the menu shows the key (one action per key).
        self.delete_action = self._row_action(self.tr("&Delete") + f"\t{delete_key}", "",
                                              self.delete_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        row = QHBoxLayout()
        self.row_buttons: list[QPushButton] = []
        for action, tip in ((self.move_up_action, self.tr("Move the question up (Alt+Up)")),
                            (self.move_down_action, self.tr("Move the question down (Alt+Down)")),
                            (self.delete_action,
                             self.tr("Delete the question ({key})").format(key=delete_key))):
            self.table.addAction(action)
            button = QPushButton(action.text().split("\t")[0].replace("&", ""))
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            button.setEnabled(action.isEnabled())
            self.row_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.keys_hint = QLabel(self.tr("Alt+Up and Alt+Down move the selected question within "
                                        "its priority."))
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)  # on two lines rather than widen a small window
        row.addWidget(self.keys_hint)
        return row

    def _row_action(self, text: str, keys: str, slot) -> QAction:
        action = QAction(text + (f"\t{keys}" if keys else ""), self)
        action.triggered.connect(slot)
        action.setEnabled(False)
        return action

    def _update_row_actions(self) -> None:
        ids = self.selected_ids()
        row = self.model.row_of(ids[0]) if len(ids) == 1 else -1
        same = self.model.rowCount()

        def neighbour(step: int) -> bool:
            other = row + step
            return 0 <= row and 0 <= other < same and \
                self.model.question(other).priority == self.model.question(row).priority

        self.move_up_action.setEnabled(neighbour(-1))
        self.move_down_action.setEnabled(neighbour(1))
        self.delete_action.setEnabled(bool(ids))
        self.actions_changed.emit()

    def can_delete(self) -> bool:
        return bool(self.selected_ids())

    def table_focus(self) -> None:
        self.table.setFocus()

    @staticmethod
    def _widths_for_the_words(table: QTableView) -> tuple[dict[int, int], dict[int, int]]:
        """COLUMN_WIDTHS, widened where the app's language needs it (German: "Gefragt",
        "Unbedingt fragen", "Behandlungsmöglichkeiten"): a header and the longest word of a
        priority or a category are not cut inside; the labels wrap between their words. And
        the width of that longest word, which a squeezed column keeps while it can."""
        widths = dict(COLUMN_WIDTHS)
        words_fit = {col: SQUEEZED_MIN for col in widths}
        header, metrics = table.horizontalHeader(), table.fontMetrics()
        for col in widths:
            widths[col] = max(widths[col], header.sectionSizeFromContents(col).width())
        for col, labels in ((COL_PRIORITY, PRIORITY_LABELS), (COL_CATEGORY, CATEGORIES)):
            words = [w for text in labels.values() for w in label(text).split()]
            widest = max(metrics.horizontalAdvance(w) for w in words) + 2 * CELL_PADDING
            widths[col] = max(widths[col], min(widest, WORD_WIDTH_CAP))
            words_fit[col] = max(SQUEEZED_MIN, min(widest, widths[col]))
        return widths, words_fit

    def _fit_columns(self) -> None:
        """The question's text keeps at least TEXT_MIN: on a narrow list the priority, the
        category and the record give up room first (their words are elided, in full in the
        tooltip); on a wide one they have their own widths back."""
        wanted = self.column_widths
        shown = [c for c in wanted if not self.table.isColumnHidden(c)]
        spare = self.table.viewport().width() - TEXT_MIN - sum(wanted[c] for c in shown)
        squeezed = {col: wanted[col] for col in (COL_PRIORITY, COL_CATEGORY, COL_RECORD)}
        # First down to their longest word (they wrap, whole), then to their first letters;
        # the priority and the category never narrower than their one-word headers
        # ("Priorität"); the record's ("Zum Dokument") gives way to the question's text.
        least = {col: max(SQUEEZED_MIN, 0 if col == COL_RECORD else header_width(self.table, col))
                 for col in squeezed}
        for floor in ({col: max(self.word_widths[col], least[col]) for col in squeezed}, least):
            for col in squeezed:
                give = min(max(0, -spare), max(0, squeezed[col] - floor[col]))
                spare += give
                squeezed[col] -= give
        for col, width in squeezed.items():
            if self.table.columnWidth(col) != width:
                self.table.setColumnWidth(col, width)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.modifiers() == Qt.KeyboardModifier.AltModifier
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _build_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("At the visit"))
        form = QFormLayout(box)
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setPlaceholderText(self.tr("What the specialist said"))
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setMaximumHeight(110)
        self.answer_edit.setAccessibleName(self.tr("Answer"))
        self.answered_by_edit = QLineEdit()
        self.answered_by_edit.setPlaceholderText(self.tr("e.g. Dr Stone"))
        self.answered_by_edit.setAccessibleName(self.tr("Answered by"))
        self.mapper = QDataWidgetMapper(self)
        self.mapper.setModel(self.proxy)
        self.mapper.setSubmitPolicy(QDataWidgetMapper.SubmitPolicy.AutoSubmit)
        self.mapper.addMapping(self.answer_edit, COL_ANSWER, b"plainText")
        self.mapper.addMapping(self.answered_by_edit, COL_BY)
        self.record_combo = QComboBox()
        self.record_combo.setObjectName("recordLink")
        # A long record title must not widen the panel (and the window) beside the list.
        self.record_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.record_combo.setMinimumContentsLength(6)
        self.record_page = QSpinBox()
        self.record_page.setRange(0, 9_999)  # a narrower box leaves the list more room
        self.record_page.setSpecialValueText(self.tr("any page"))
        self.record_page.setPrefix(self.tr("page "))
        self.record_combo.activated.connect(self._link_edited)
        self.record_page.editingFinished.connect(self._link_edited)
        self.open_link = QLabel()
        self.open_link.setObjectName("openRecord")
        self.open_link.linkActivated.connect(lambda _=None: self.open_current_record())
        link_row = QHBoxLayout()
        link_row.addWidget(self.record_combo, 1)
        link_row.addWidget(self.record_page)
        self.details_hint = QLabel(self.tr("Pick a question in the list to write down the answer."))
        self.details_hint.setWordWrap(True)
        form.addRow(self.details_hint)
        form.addRow(self.tr("Answer"), self.answer_edit)
        form.addRow(self.tr("Answered by"), self.answered_by_edit)
        about = QLabel(self.tr("About record"))
        about.setBuddy(self.record_combo)
        self.record_combo.setAccessibleName(self.tr("About record"))
        self.record_page.setAccessibleName(self.tr("Page of the record"))
        form.addRow(about, link_row)
        form.addRow("", self.open_link)
        self.details = box
        box.setEnabled(False)
        return box

    def _build_suggestions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Suggested questions"))
        layout = QVBoxLayout(box)
        self.suggestion_category = _combo({k: v for k, v in CATEGORIES.items()
                                           if self.suggestions.suggestions.get(k)})
        self.suggestion_category.currentIndexChanged.connect(
            lambda _: self.suggestions.set_category(self.suggestion_category.currentData()))
        if self.suggestion_category.count():
            self.suggestions.set_category(self.suggestion_category.currentData())
        self.suggestion_view = QListView()
        self.suggestion_view.setModel(self.suggestions)
        self.suggestion_view.setAccessibleName(self.tr("Suggested questions"))
        self.suggestion_category.setAccessibleName(self.tr("Suggestions about"))
        self.suggestion_view.setWordWrap(True)
        self.suggestion_view.setSpacing(2)
        self.suggestion_view.doubleClicked.connect(self.add_suggestion)
        add = QPushButton(self.tr("Add to my questions"))
        add.clicked.connect(lambda: self.add_suggestion(self.suggestion_view.currentIndex()))
        layout.addWidget(self.suggestion_category)
        layout.addWidget(self.suggestion_view, 1)
        layout.addWidget(add)
        if self.suggestions_problem:
            layout.addWidget(QLabel(self.suggestions_problem))
        return box

    # -- editing -------------------------------------------------------------------------------
    def add_from_entry(self) -> None:
        if self.model.add(self.entry.text(), self.new_priority.currentData(),
                          self.new_category.currentData(),
                          added=lambda q: self.select_question(q.id)):
            self.entry.clear()

    def add_suggestion(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        text = self.suggestions.items()[index.row()]
        if self.model.has_text(text):
            self.show_problem(self.tr("That suggestion is already in your list."))
            return
        self.model.add(text, 2, self.suggestions.category,
                       added=lambda q: self.select_question(q.id))

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.table.currentIndex()).row()}
        return [self.model.question(r).id for r in sorted(rows)]

    def delete_selected(self) -> None:
        self.model.delete(self.selected_ids())

    def move_selected(self, step: int) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        row = self.model.row_of(ids[0])
        # "before row": one up is row-1; one down is past the next row, i.e. row+2
        if self.model.move(ids, row - 1 if step < 0 else row + 2):
            self.select_question(ids[0])

    def select_question(self, question_id: int) -> None:
        source = self.model.index(self.model.row_of(question_id), COL_TEXT)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def show_problem(self, reason: str) -> None:
        self.message.setText(reason)
        self.message.setVisible(bool(reason))

    def save_pending(self) -> None:
        self.mapper.submit()  # an answer still in its box
        if self.entry.text().strip():
            self.add_from_entry()

    def pending_problems(self) -> list[tuple[str, QWidget]]:
        if self.entry.text().strip():
            return [(self.tr("The question “{question}” is not added: {reason}").format(
                question=self.entry.text().strip(), reason=self.message.text()), self.entry)]
        return []

    def focus_search(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def refresh(self) -> None:
        self.model.reload()
        self._load_records()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.questions and initiator is not self:
            self.model.sync()
        if changes.records:
            self._load_records()

    # -- links to records ----------------------------------------------------------------------
    def _load_records(self) -> None:
        """Read the records' titles off the GUI thread: for the links and the record list."""
        documents = self.vault.documents

        def loaded(docs: list[Document]) -> None:
            if self.closed:
                return
            self.records = [doc for doc in docs if not doc.trashed]
            self.model.set_record_titles({doc.id: doc.title for doc in docs})
            self._fill_records()
            self._show_link()

        QueryOp(self.services, self, lambda _ctx: documents.records(trashed=None), loaded,
                title=self.tr("Cannot read the records")).run_in_background()

    def _fill_records(self) -> None:
        self.record_combo.clear()
        self.record_combo.addItem(self.tr("(none)"), None)
        for doc in self.records:
            self.record_combo.addItem(doc.title, doc.id)

    def current_question(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.question(self.proxy.mapToSource(index).row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.mapper.setCurrentModelIndex(current)
        self._update_row_actions()
        self.details.setEnabled(current.isValid())
        self.details_hint.setVisible(not current.isValid())
        self._show_link()

    def _show_link(self) -> None:
        question = self.current_question()
        if self.record_combo.count() == 0:
            self._fill_records()
        document_id = question.document_id if question else None
        self.record_combo.setCurrentIndex(max(0, self.record_combo.findData(document_id)))
        self.record_page.setValue((question.page or 0) if question else 0)
        text = self.model.link_text(question) if question else ""
        self.open_link.setText('<a href="#open">{}</a>'.format(
            html.escape(self.tr("Open {record}").format(record=text))) if text else "")

    def _link_edited(self, *_: object) -> None:
        question = self.current_question()
        if question is None:
            return
        page = self.record_page.value() or None
        self.model.set_link(question.id, self.record_combo.currentData(), page)

    def _cell_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_RECORD and index.data(LinkRole) is not None:
            self.open_record(index)

    def open_record(self, index: QModelIndex) -> None:
        link = index.data(LinkRole)
        if link is not None:
            document_id, page = link
            self.open_record_requested.emit(document_id, page or 1)

    def open_current_record(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_record(index.siblingAtColumn(COL_RECORD))

    def _select_top(self, index: QModelIndex) -> None:
        self.select_question(self.model.question(self.top.mapToSource(index).row()).id)

    def _list_changed(self, *_: object) -> None:
        total = self.model.rowCount()
        questions = [self.model.question(r) for r in range(total)]
        open_count = sum(1 for q in questions if not q.answered)
        # An always-empty column only takes room from the questions: shown once one is linked.
        linked = any(q.document_id for q in questions)
        if self.table.isColumnHidden(COL_RECORD) == linked:
            self.table.setColumnHidden(COL_RECORD, not linked)
            self._fit_columns()
        count = self.tr("%n question(s)", "", total)
        self.count_label.setText(
            self.tr("{questions}, %n not yet answered", "", open_count).format(
                questions=count) if total else self.tr("No questions yet"))
        shown = self.top.rowCount()
        self.top_view.setVisible(shown > 0)
        self.top_hint.setVisible(shown == 0)
        rows = sum(self.top_view.sizeHintForRow(r) for r in range(shown))
        self.top_view.setFixedHeight(rows + 2 * self.top_view.frameWidth() + 2)
        self.suggestions.refresh()
        if self.table.currentIndex().isValid():
            self.mapper.setCurrentModelIndex(self.table.currentIndex())
            self._show_link()
        if hasattr(self, "move_up_action"):
            self._update_row_actions()

    # -- printing ------------------------------------------------------------------------------
    def sheet(self) -> QuestionSheet:
        return QuestionSheet.from_vault(self.vault)

    def print_questions(self) -> None:
        """File > Print questions…: the system print dialog, then print in the background."""
        printer = printing.new_printer()
        if self.services.dialogs.choose_printer(self, self.tr("Print questions"), printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """What happens once the print dialog was accepted."""
        vault = self.vault
        self._printer = printer  # kept alive until the job is spooled
        QueryOp(self.services, self,
                lambda _ctx: printing.print_sheet(printer, QuestionSheet.from_vault(vault)),
                title=self.tr("Printing failed")).run_in_background()

    def print_preview(self) -> None:
        self._preview_printer = printer = printing.new_printer()  # the dialog does not own it
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview — questions"))
        sheet = self.sheet()
        dialog.paintRequested.connect(lambda device: printing.print_sheet(device, sheet))
        fit_to_screen(dialog, QSize(900, 1000))
        self.services.dialogs.print_preview(dialog)
