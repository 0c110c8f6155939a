"""The line icons of the screens in the sidebar, drawn in a colour that reads on the palette.

The SVGs in resources/icons/nav are slate, for a light sidebar; the SVG renderer knows no
``currentColor``, so on a dark palette the slate is swapped for a light grey before rendering
(slate on a dark sidebar was 1.6:1). NAME-selected.svg is white, for the highlighted row.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap

from ... import paths
from ..style import is_dark

SLATE = "#3b4a5a"  # the stroke of the light icons, as drawn in the files
ON_DARK = "#c9d1da"  # the same line on a dark sidebar
SIZES = (24, 48)  # the icons' own grid, and twice it for a high-density screen


def nav_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon of screen ``name`` for ``palette`` (the application's by default)."""
    from PySide6.QtSvg import QSvgRenderer

    folder = paths.resource("icons", "nav")
    svg = (folder / f"{name}.svg").read_text(encoding="utf-8")
    if is_dark(palette):
        svg = svg.replace(SLATE, ON_DARK)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap, QIcon.Mode.Normal)
    icon.addFile(str(folder / f"{name}-selected.svg"), mode=QIcon.Mode.Selected)
    return icon
