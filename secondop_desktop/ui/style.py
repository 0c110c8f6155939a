"""The window's look: calm spacing and readable type, on top of the platform's own style.

Only named widgets are styled, so every screen keeps native controls and the system's colours.
The few colours of our own (an error, a confirmation, quieter text, a link, the "Ask these first"
box) are roles here, with one value for light palettes and one for dark ones; each keeps text at
a contrast of at least 4.5:1 on the window and base colours of common themes (a test checks it on
rendered widgets). A widget takes a role with ``set_role(widget, "error")``; painted code asks
``role_color("link")``. Nothing else in the app writes a colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ..translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

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
# An explicit choice uses Qt's Fusion style (themes.py).
# Shown translated by the Settings dialog.
THEME_LABELS = {"system": QT_TRANSLATE_NOOP("SettingsDialog", "As the system"),
                "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
                "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark")}
_system_style: str | None = None  # the platform's own style, kept to go back to


def apply_theme(app: QApplication, theme: str) -> None:
    """Show the app light, dark, or as the system does (``Settings.theme``); every window
    hears of it as a palette change."""
    global _system_style
    if theme in ("light", "dark"):
        from .themes import use_fusion

        if _system_style is None:  # the platform's own, before Fusion replaces it
            _system_style = app.style().name()
        use_fusion(app, theme)
        return
    # Fusion was never set: the style is the platform's still (not asked for at start: the
    # first QStyle a start touches makes PySide build its enums, which the first frame need not).
    restyle = _system_style is not None and app.style().name() != _system_style
    if restyle or app.palette().resolveMask():
        hints = app.styleHints()
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        if restyle and _system_style is not None:
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
