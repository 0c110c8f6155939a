"""The List and Grid buttons' icons, drawn here: the platform's stand-ins for them looked like a
magnifier and a page. Drawn at 1x and 2x, so they are sharp at 200% too."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

SIZE = 16


def _pixmap(kind: str, ratio: int, color: QColor) -> QPixmap:
    pixmap = QPixmap(SIZE * ratio, SIZE * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if kind == "grid":  # four tiles
        for x in (2, 9):
            for y in (2, 9):
                painter.drawRoundedRect(QRectF(x, y, 5, 5), 1, 1)
    else:  # rows: a small square (the thumbnail) and a line of text
        for top in (2.5, 7, 11.5):
            painter.drawRect(QRectF(2, top, 3, 2.5))
            painter.drawRect(QRectF(6.5, top, 7.5, 2.5))
    painter.end()
    return pixmap


def view_icon(kind: str) -> QIcon:
    """'list' or 'grid', in the palette's button text colour."""
    color = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText)
    icon = QIcon()
    for ratio in (1, 2):
        icon.addPixmap(_pixmap(kind, ratio, color))
    return icon
