"""Windows sized to the screen they open on: never larger than its free area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea, QWidget

SCREEN_SHARE = 0.9  # of the available area, leaving the panel and a margin visible


def fit_to_screen(widget: QWidget, preferred: QSize) -> QSize:
    """Resize ``widget`` to ``preferred``, or less on a small screen (or at a large scale)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(preferred)
        return preferred
    room = screen.availableGeometry().size()
    size = QSize(min(preferred.width(), int(room.width() * SCREEN_SHARE)),
                 min(preferred.height(), int(room.height() * SCREEN_SHARE)))
    widget.resize(size)
    return size


def keep_on_screen(widget: QWidget) -> None:
    """After a saved geometry was restored: shrink and move the window into the free area (the
    screen may be smaller now, or the scale larger)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = widget.geometry()
    width, height = min(frame.width(), room.width()), min(frame.height(), room.height())
    left = min(max(frame.left(), room.left()), room.right() - width + 1)
    top = min(max(frame.top(), room.top()), room.bottom() - height + 1)
    widget.setGeometry(left, top, width, height)


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless area that scrolls up and down when the screen is shorter than
    it (1024x600): the dialog's buttons below it stay on the screen. As wide as ``body``
    needs, never scrolled sideways; where there is room it is simply ``body``."""
    # Imported here: the main window's first frame uses this module, and the Qt namespace
    # makes PySide build some hundred enums.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    area.setMinimumWidth(body.minimumSizeHint().width()
                         + area.verticalScrollBar().sizeHint().width())
    return area
