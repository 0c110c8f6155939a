"""The window's look: calm spacing and readable type, on top of the platform's own style.

Only named widgets are styled, so every screen keeps native controls and the system's colours.
The few colours of our own (an error, a confirmation, quieter text, a link, the "Ask these first"
box) are roles here, with one value for light palettes and one for dark ones; each keeps text at
a contrast of at least 4.5:1 on the window and base colours of common themes (a test checks it on
rendered widgets). A widget takes a role with ``set_role(widget, "error")``; painted code asks
``role_color("link")``. Nothing else in the app writes a colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from ..translations import QT_TRANSLATE_NOOP

# role: (on a light palette, on a dark palette)
ROLES: dict[str, tuple[str, str]] = {
    "error": ("#b3261e", "#ffb4ab"),
    "success": ("#2e6b30", "#9ad79c"),
    "muted": ("#555b61", "#b9bec4"),  # quieter text that must still be read
    "link": ("#1a5fb4", "#99c1f1"),
    "accent": ("#2f6db5", "#8ab4f8"),
    "accent-soft": ("#eaf1fb", "#263447"),
    "notice-bg": ("#fdf6e3", "#3a3322"),  # the "Ask these first" box
    "notice-border": ("#c9b98a", "#7a6a3c"),
    "demo-bg": ("#fff4d6", "#4a3b12"),  # the demo's banner
    "overdue-bg": ("#fbe3e1", "#4d2622"),  # a records request past its due date
    "overdue-ink": ("#8a1c12", "#ffb4ab"),
    # The lab chart on screen (printed, it keeps the light values).
    "chart-band": ("#d9efe3", "#1f3b2c"),  # the reference range
    "chart-line": ("#0072B2", "#56B4E9"),
    "chart-outside": ("#D55E00", "#ff9b5c"),  # a value outside the range
}
PAPER, PAPER_EDGE = "#ffffff", "#d0d0d0"  # the symptom chart is paper-like, as when printed


# Settings > Appearance: the desktop's own look, or light or dark whatever the desktop says.
# An explicit choice uses Qt's Fusion style, the one that draws every control from the palette.
# Shown translated by the Settings dialog.
THEME_LABELS = {"system": QT_TRANSLATE_NOOP("SettingsDialog", "As the system"),
                "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
                "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark")}
_DARK = {
    QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023", QPalette.ColorRole.AlternateBase: "#27292c",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#36383c",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3d74c9", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#a3a6ab", QPalette.ColorRole.ToolTipBase: "#36383c",
    QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.Link: "#99c1f1",
    QPalette.ColorRole.LinkVisited: "#c4a7e7", QPalette.ColorRole.Light: "#4a4d52",
    QPalette.ColorRole.Midlight: "#3e4145", QPalette.ColorRole.Mid: "#55585d",
    QPalette.ColorRole.Dark: "#18191b", QPalette.ColorRole.Shadow: "#000000",
}
_DISABLED_DARK = {QPalette.ColorRole.WindowText: "#8a8d92", QPalette.ColorRole.Text: "#8a8d92",
                  QPalette.ColorRole.ButtonText: "#8a8d92",
                  QPalette.ColorRole.HighlightedText: "#b8bcc2"}
_system_style: str | None = None  # the platform's own style, kept to go back to


INDICATOR_EDGE_ON_DARK = "#9a9ea4"  # a check box's edge on a dark field (3:1 at least)
_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
          QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


class ReadableIndicators(QProxyStyle):
    """Fusion, with the edge of a check box and a radio button drawn so that it shows on a dark
    field: Fusion draws it a shade darker than the window, which left an unticked box invisible
    (the checklist of a records request looked like plain text)."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement,  # noqa: N802 - Qt's name
                      option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if (element in _BOXES or radio) and is_dark(option.palette):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, radio)
            painter.setPen(QColor(INDICATOR_EDGE_ON_DARK))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            edge = QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5)
            if radio:
                painter.drawEllipse(edge)
            else:
                painter.drawRect(edge)
            painter.restore()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    for role, color in _DISABLED_DARK.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Show the app light, dark, or as the system does (``Settings.theme``); every window
    hears of it as a palette change."""
    global _system_style
    if _system_style is None:
        _system_style = app.style().name()
    hints = app.styleHints()
    if theme in ("light", "dark"):
        fusion = ReadableIndicators(QStyleFactory.create("Fusion"))
        if hasattr(hints, "setColorScheme"):  # Qt 6.8: native dialogs follow too, where they can
            hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
        app.setStyle(fusion)
        app.setPalette(dark_palette() if theme == "dark" else fusion.standardPalette())
    elif app.style().name() != _system_style or app.palette().resolveMask():
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        app.setStyle(_system_style)
        app.setPalette(QPalette())  # nothing set: the platform's, following its light or dark


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def role_color(role: str, palette: QPalette | None = None) -> QColor:
    light, dark = ROLES[role]
    return QColor(dark if is_dark(palette) else light)


def set_role(widget: QWidget, role: str | None) -> None:
    """Give ``widget`` a colour role of the style sheet (None: its natural colours)."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def has_role(widget: QWidget, role: str) -> bool:
    return widget.property("role") == role


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                + 0.0722 * channel(color.blueF()))
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


_SHEET = """
QListWidget#navigation {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(window);
    padding-top: 10px;
    font-size: 11pt;
    outline: none; /* the highlight already shows the current screen; no box inside it */
}
QListWidget#navigation::item {
    padding: 9px 6px; /* the names of every language fit the sidebar (test_sidebar_languages) */
    margin: 1px 6px;
    border-radius: 6px;
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QLabel#emptyHeading { font-size: 17pt; font-weight: 600; }
QLabel#emptyNoteHeading { font-size: 13pt; font-weight: 600; }
QLabel#emptyBody { font-size: 10.5pt; } /* full contrast: a patient must read it */
QLabel#previewPlaceholder { color: %(muted)s; font-size: 11pt; }
QLabel#previewHeading { font-weight: 600; }
QLabel#previewFileName { color: %(muted)s; }
QLabel#countLabel { color: %(muted)s; padding: 0 6px; }
QLabel#pagePlaceholder { color: %(muted)s; font-size: 11pt; }
QWidget#importBar { border-top: 1px solid palette(mid); }
QTableView#recordsTable { font-size: 10pt; }
QLabel#dropHighlight {
    border: 3px dashed %(accent)s;
    border-radius: 10px;
    background: %(accent-soft)s;
    color: palette(text);
    font-size: 16pt;
    font-weight: 600;
}
QWidget#demoBanner { background: %(demo-bg)s; border-bottom: 1px solid %(notice-border)s; }
QLabel#demoBannerText { color: palette(text); font-weight: 600; }
QGroupBox#askFirst {
    font-weight: bold;
    background: %(notice-bg)s;
    border: 1px solid %(notice-border)s;
    border-radius: 6px;
    margin-top: 1.4em;
    padding: 6px;
}
QGroupBox#askFirst::title { subcontrol-origin: margin; left: 10px; color: palette(text); }
QGroupBox#askFirst QListView { background: transparent; font-weight: normal; color: palette(text); }
QGroupBox#askFirst QLabel { color: palette(text); font-weight: normal; }
*[role="error"] { color: %(error)s; }
*[role="success"] { color: %(success)s; }
*[role="muted"] { color: %(muted)s; }
QLineEdit[role="error"] { color: palette(text); border: 1px solid %(error)s; }
/* A slider shows that it has the keyboard (some styles draw no focus on one at all). */
QSlider { border: 2px solid transparent; border-radius: 4px; }
QSlider:focus { border-color: %(accent)s; }
"""


def style_sheet(palette: QPalette | None = None) -> str:
    """The style sheet for ``palette`` (the application's by default)."""
    dark = is_dark(palette)
    return _SHEET % {role: values[1 if dark else 0] for role, values in ROLES.items()}


# The light sheet, for code that wants a constant.
STYLE_SHEET = _SHEET % {role: values[0] for role, values in ROLES.items()}
