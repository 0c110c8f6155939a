"""Text is readable in a light and a dark theme: contrast of at least 4.5:1, measured on the
rendered widgets (the background as painted, the text colour the style gives)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QStyleFactory

from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.settings import Settings
from secondop_desktop.ui.style import contrast

MINIMUM = 4.5


def dark_palette() -> QPalette:
    """A dark theme as desktops ship them."""
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#2d2d2d"),
                        (QPalette.ColorRole.WindowText, "#e8e8e8"),
                        (QPalette.ColorRole.Base, "#1e1e1e"),
                        (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
                        (QPalette.ColorRole.Text, "#e8e8e8"),
                        (QPalette.ColorRole.Button, "#3a3a3a"),
                        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
                        (QPalette.ColorRole.Highlight, "#3d7bd9"),
                        (QPalette.ColorRole.HighlightedText, "#ffffff"),
                        (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
                        (QPalette.ColorRole.Mid, "#555555"),
                        (QPalette.ColorRole.Dark, "#1a1a1a")):
        palette.setColor(role, QColor(color))
    return palette


def _background(widget) -> QColor:
    """The colour most of the widget is painted in (as the window paints it: a transparent
    widget shows what is behind it)."""
    window = widget.window()
    image = window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()
    counts = Counter(image.pixel(x, y) for x in range(0, image.width(), 2)
                     for y in range(0, image.height(), 2))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _texts(window):
    """Every label and list on screen that shows text, with the colour it is drawn in."""
    for label in window.findChildren(QLabel):
        # Disabled controls are exempt (WCAG 1.4.3): they are drawn greyed on purpose.
        # A label scrolled out of its scroll area's view is not on screen to be read.
        if label.isVisible() and label.isEnabled() and label.text().strip() \
                and label.width() > 4 and label.height() > 4 \
                and not label.visibleRegion().isEmpty():
            yield label, label.palette().color(label.foregroundRole())
    for view in window.findChildren(QAbstractItemView):
        if view.isVisible() and view.isEnabled() and view.model() is not None \
                and view.model().rowCount() > 0 and view.objectName() != "navigation":
            yield view.viewport(), view.palette().color(QPalette.ColorRole.Text)


def low_contrast(qtbot, window) -> list[str]:
    """Each text on each screen of ``window`` below the minimum contrast, with its ratio."""
    low = []
    for page in window.pages:
        window.show_page(page)
        qtbot.wait(10)
        for widget, color in _texts(window):
            ratio = contrast(color, _background(widget))
            if ratio < MINIMUM:
                name = widget.objectName() or getattr(widget, "text", lambda: "")()
                name = f"{name} in {type(widget.parent()).__name__} " \
                       f"{widget.parent().objectName()} {color.name()} " \
                       f"{_background(widget).name()}"
                low.append(f"{page.title}: {name!r} {ratio:.2f}")
    return low


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_contrast_on_every_screen(qtbot, vault, services, tmp_path, theme):
    app = QApplication.instance()
    old_palette, old_style = app.palette(), app.style().name()
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    try:
        vault.questions.add(text="Is surgery needed now?", priority=1)
        vault.questions.add(text="What else could it be?", priority=2)
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(vault, services=services, settings=settings)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        window.visit.field("patient.dob").editor.setText("not a date")  # an error message
        window.visit.field("patient.dob").check()
        window.questions.show_problem("That suggestion is already in your list.")
        low = low_contrast(qtbot, window)
        assert not low, "\n".join(low)
        window.close()
    finally:
        app.setPalette(old_palette)
        app.setStyle(old_style)
