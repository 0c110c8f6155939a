"""What a window shows cut short: a label, button, check box, group title, a field's hint or a
column header whose words do not fit the room the layout gave it."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels: rounding in a style's own arithmetic


def _plain(text: str) -> str:
    """A widget's text as drawn: no mnemonic ampersand, its first line for a one-line widget."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(text) \
            or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    metrics, room = label.fontMetrics(), label.contentsRect()
    room = room.adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 100000),
                                      int(Qt.TextFlag.TextWordWrap), _plain(text))
        # taller than its room: a line cut off; wider: a word that Qt could not break
        if needed.height() > room.height() + SLACK or needed.width() > room.width() + SLACK:
            return f"wrapped label {text!r}: needs {needed.width()}x{needed.height()}, " \
                   f"has {room.width()}x{room.height()}"
        return None
    widest = max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n"))
    if widest > room.width() + SLACK:
        return f"label {text!r}: needs {widest}, has {room.width()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text() or isinstance(button, QToolButton):
        return None
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox) \
            else QStyle.SubElement.SE_RadioButtonContents
        room = button.style().subElementRect(element, option, button).width()
        needed = button.fontMetrics().horizontalAdvance(_plain(button.text()))
        if button.icon() is not None and not button.icon().isNull():
            needed += button.iconSize().width() + 4
        if needed > room + SLACK:
            return f"check box {button.text()!r}: needs {needed}, has {room}"
        return None
    if isinstance(button, QPushButton):
        needed = button.sizeHint().width()
        # a style's hint keeps a minimum width for short words ("OK"): the text itself counts
        option = QStyleOptionButton()
        button.initStyleOption(option)
        text = button.fontMetrics().horizontalAdvance(_plain(button.text()))
        content = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents,
                                                option, button).width()
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        if text + icon > content + SLACK and needed > button.width():
            return f"button {button.text()!r}: needs {needed}, has {button.width()}"
    return None


def _group(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    needed = box.fontMetrics().horizontalAdvance(_plain(box.title())) + 16
    if box.isCheckable():
        needed += 20
    if needed > box.width() + SLACK:
        return f"group {box.title()!r}: needs {needed}, has {box.width()}"
    return None


def _hint(edit: QLineEdit) -> str | None:
    hint = edit.placeholderText()
    if not hint or edit.text():
        return None
    # QLineEdit's own room for text: its contents less the frame and text margins (Qt: 2 px
    # each side, 1 px cursor), less the room its actions (a calendar icon) take
    needed = edit.fontMetrics().horizontalAdvance(hint)
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 2 * 2 - 2 * 2
    room -= sum(edit.height() for a in edit.actions() if a.isVisible())
    if needed > room + SLACK:
        return f"hint {hint!r}: needs {needed}, has {room}"
    return None


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        # Qt's own measure (in the header's bold font), which counts the sort arrow's room in
        # every section: only the sorted one draws it
        size = header.sectionSizeFromContents(section)
        needed = size.width()
        if header.isSortIndicatorShown() and header.sortIndicatorSection() != section:
            needed -= size.height() + margin
        if text and needed > header.sectionSize(section) + SLACK:
            found.append(f"column {text!r}: needs {needed}, has {header.sectionSize(section)}")
    return found


def clipped(window: QWidget, hints: bool = True) -> list[str]:
    """Everything shown in ``window`` (and its visible children) whose text does not fit;
    ``hints``: the fields' hints too (a long example may end in "…", in full in a tooltip)."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            found.append(_label(widget))
        elif isinstance(widget, QAbstractButton):
            found.append(_button(widget))
        elif isinstance(widget, QGroupBox):
            found.append(_group(widget))
        elif isinstance(widget, QLineEdit) and hints:
            found.append(_hint(widget))
        elif isinstance(widget, QAbstractItemView) and hasattr(widget, "horizontalHeader"):
            if widget.horizontalHeader().isVisibleTo(window):
                found.extend(_header(widget.horizontalHeader()))
    where = type(window).__name__
    return [f"{where}: {f}" for f in found if f]
