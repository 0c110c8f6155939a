"""The explicit light and dark themes of Settings > Appearance: Qt's Fusion style, which draws
every control from the palette, with check boxes that show on a dark field, and our dark palette.

Apart from style.py so that a start with the system's look (the default) never imports them:
the ``Qt`` namespace and QStyle make PySide build about a hundred enums the first frame does not
need.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from .style import is_dark

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



def use_fusion(app: QApplication, theme: str) -> None:
    """Show the app in Fusion, ``theme`` "light" or "dark" whatever the desktop says."""
    fusion = ReadableIndicators(QStyleFactory.create("Fusion"))
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8: native dialogs follow too, where they can
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    app.setStyle(fusion)
    app.setPalette(dark_palette() if theme == "dark" else fusion.standardPalette())
