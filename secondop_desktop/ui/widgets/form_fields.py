"""Form fields that check what is typed at once and save themselves, with undo.

``AutosaveField`` ties one editor to one field of a ``KeyValueSection`` (the patient, the
appointment): each change is checked as it is typed and a one-line message appears under the
field; a valid value is saved when the field loses focus or Enter is pressed, and after a short
pause in typing. An invalid value shows its message and is not saved. Every save is a QUndoCommand;
saves of one editing session merge into one undo step. The value is written in the background
(``Writer``, in order), like every write.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.profile import KeyValueSection
from ...translations import shown_reason
from ..style import has_role, set_role
from ..writes import Writer
from .date_field import DateField

DEBOUNCE_MS = 1200
_FIELD_EDIT_ID = 0x5EC0
Editor = QLineEdit | QPlainTextEdit | QComboBox


class MessageLabel(QLabel):
    """A one-line message under a field or a table: an error, or a calm confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.clear_message()

    def show_error(self, text: str) -> None:
        set_role(self, "error")
        self.setText(text)
        self.setVisible(True)

    def show_info(self, text: str) -> None:
        set_role(self, "success")
        self.setText(text)
        self.setVisible(True)

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)

    @property
    def is_error(self) -> bool:
        return not self.isHidden() and has_role(self, "error")


def display_value(key: str, stored: str) -> str:
    """How a stored value reads in its editor (a date and time with a space, not a 'T')."""
    return stored.replace("T", " ") if key == "when" else stored


class AutosaveField(QObject):
    saved = Signal(str, str)  # key, stored value (also after undo and redo)

    def __init__(self, section: KeyValueSection, key: str, editor: Editor,
                 undo_stack: QUndoStack, label: str, writer: Writer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.section, self.key, self.editor, self.undo_stack = section, key, editor, undo_stack
        self.writer = writer
        self.label = label
        self.message = MessageLabel()
        self.widget = QWidget()
        box = QVBoxLayout(self.widget)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(self.message)
        self._stored = getattr(section.get(), key)
        self._session = 0
        self._applying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.commit(final=False))
        self.set_text(display_value(key, self._stored))
        self._connect()

    def _connect(self) -> None:
        editor: Editor | None = self.editor
        if isinstance(editor, QComboBox):
            editor.activated.connect(lambda _i: self.commit())
            editor = editor.lineEdit()  # an editable combo box: its line edit
        if isinstance(editor, QLineEdit):
            editor.textChanged.connect(self._edited)
            editor.editingFinished.connect(self.commit)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self._edited)
            editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    # -- text ----------------------------------------------------------------------------------
    def text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        if isinstance(self.editor, QComboBox):
            return self.editor.currentText()
        return self.editor.text()

    def core_text(self) -> str:
        """What is checked and saved: a date typed in the system's format, in ISO."""
        if isinstance(self.editor, DateField):
            return self.editor.core_text()
        if isinstance(self.editor, QComboBox):  # a choice shown translated is stored in English
            index = self.editor.findText(self.editor.currentText())
            stored = self.editor.itemData(index) if index >= 0 else None
            if isinstance(stored, str):
                return stored
        return self.text()

    def set_text(self, text: str) -> None:
        self._applying = True
        try:
            if isinstance(self.editor, QPlainTextEdit):
                self.editor.setPlainText(text)
            elif isinstance(self.editor, QComboBox):
                index = self.editor.findData(text) if text else -1
                if index >= 0:  # a stored choice, shown in the app's language
                    self.editor.setCurrentIndex(index)
                else:
                    self.editor.setCurrentText(text)
            elif isinstance(self.editor, DateField):
                self.editor.show_stored(text)
            else:
                self.editor.setText(text)
        finally:
            self._applying = False

    @property
    def stored(self) -> str:
        return self._stored

    # -- checking and saving -------------------------------------------------------------------
    def check(self) -> str | None:
        """The stored form of what is typed, or None (and the message shown) if it is invalid."""
        try:
            value = self.section.clean(self.key, self.core_text())
        except ValidationError as exc:
            self.message.show_error(shown_reason(exc))
            return None
        self.message.clear_message()
        return value

    def _edited(self, *_args: object) -> None:
        if self._applying:
            return
        if self.check() is not None:
            self._timer.start()
        else:
            self._timer.stop()

    def commit(self, final: bool = True) -> bool:
        """Save what is typed if it is valid and new; True when it was saved."""
        self._timer.stop()
        value = self.check()
        saved = value is not None and value != self._stored
        if value is not None and saved:
            self.undo_stack.push(_FieldEdit(self, self._stored, value, self._session))
        if final:
            self._session += 1
        return saved

    def apply(self, value: str) -> None:
        """Store ``value`` (in the background) and show it (the undo commands call this);
        ``saved`` once it is stored."""
        self._stored = value
        shown = display_value(self.key, value)
        if _safe_clean(self, self.core_text()) != value:
            self.set_text(shown)
        self.message.clear_message()
        section, key = self.section, self.key
        self.writer(lambda: section.set(**{key: value}), lambda _r: self.saved.emit(key, value),
                    failed=self.message.show_error)

    def reload(self) -> None:
        self._timer.stop()
        self._stored = getattr(self.section.get(), self.key)
        self.set_text(display_value(self.key, self._stored))
        self.message.clear_message()


def _safe_clean(field: AutosaveField, text: str) -> str | None:
    try:
        return field.section.clean(field.key, text)
    except ValidationError:
        return None


class _FieldEdit(QUndoCommand):
    def __init__(self, field: AutosaveField, old: str, new: str, session: int) -> None:
        # The label as the form shows it (already in the app's language), in quotes: German
        # keeps its nouns capitalised.
        super().__init__(QCoreApplication.translate("AutosaveField", "Edit “{field}”").format(
            field=field.label.replace("&", "")))
        self.field, self.old, self.new, self.session = field, old, new, session

    def id(self) -> int:
        return _FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if (isinstance(other, _FieldEdit) and other.field is self.field
                and other.session == self.session):
            self.new = other.new
            self.setObsolete(self.new == self.old)
            return True
        return False

    def redo(self) -> None:
        self.field.apply(self.new)

    def undo(self) -> None:
        self.field.apply(self.old)


def name_fields_by_their_labels(form: QFormLayout) -> None:
    """A screen reader names a field by its own accessible name (a buddy label did not reach
    the AT-SPI bus), so each field of a form row takes its label's text as its name."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        caption = label.widget() if label is not None else None
        if field is None or not isinstance(caption, QLabel):
            continue
        text = caption.text().replace("&", "")
        widget = field.widget()
        if text and widget is not None and not widget.accessibleName():
            widget.setAccessibleName(text)

