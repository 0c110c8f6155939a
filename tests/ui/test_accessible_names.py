"""Every control a patient can reach says what it is to a screen reader (its accessible name,
as Qt publishes it on the AT-SPI bus: its own name, its text, or its buddy label's)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from windows import open_window

from secondop_desktop.ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit, QAbstractSlider)


def accessible_name(widget: QWidget, labels: dict[QWidget, str]) -> str:
    """The name a screen reader announces: set on the widget, or a button's own text. Checked
    on the AT-SPI bus (benchmarks/atspi_check.sh): a buddy label did not name a field there, and
    a placeholder is only a description, so fields carry their name themselves."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        interface = QAccessible.queryAccessibleInterface(widget)
        return interface.text(QAccessible.Text.Name) if interface is not None else ""
    return ""


def _controls(page: QWidget):
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(page):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # a spin box's own line edit: the box has the name (an editable combo
            # box's line edit is announced on its own, so it is checked)
        yield widget


def _window(qtbot, vault, services, tmp_path) -> MainWindow:
    return open_window(qtbot, vault, services, tmp_path)


def test_every_control_has_a_name(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    vault.questions.add(text="Why?", priority=1)
    missing = []
    for page in window.pages:
        window.show_page(page)
        page.refresh()
        names = []
        labels: dict[QWidget, str] = {}
        for widget in _controls(page):
            name = accessible_name(widget, labels).replace("&", "").strip()
            if not name:
                hint = getattr(widget, "placeholderText", str)()
                missing.append(f"{page.title}: {type(widget).__name__} "
                               f"{widget.objectName() or hint}")
            if not isinstance(widget.parent(), QComboBox):  # one control with its box
                names.append(name)
        repeated = [n for n, count in Counter(names).items() if count > 1 and n]
        assert not repeated, f"{page.title}: several controls named {repeated}"
    assert not missing, "\n".join(missing)
    window.close()


def test_form_labels_are_buddies_of_their_fields(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    unbound = []
    for page in window.pages:
        for label in page.findChildren(QLabel):
            form = label.parentWidget().layout() if label.parentWidget() else None
            if form is None or label.buddy() is not None or not label.text().strip():
                continue
            from PySide6.QtWidgets import QFormLayout

            if isinstance(form, QFormLayout):
                row, role = form.getWidgetPosition(label)
                if row >= 0 and role == QFormLayout.ItemRole.LabelRole:
                    unbound.append(f"{page.title}: {label.text()}")
    assert not unbound, "\n".join(unbound)
    window.close()
