"""What an empty vault shows: where to drop records, the import buttons, and the demo."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..style import role_color


def drop_icon(px: int = 96, ratio: float = 1.0) -> QPixmap:
    """A page with an arrow into it, drawn so it looks the same on every platform; ``px`` in
    logical pixels, drawn at the screen's ``ratio`` so it stays sharp at 200%."""
    pixmap = QPixmap(round(px * ratio), round(px * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    accent = role_color("accent")
    painter.setPen(QPen(accent, px / 24))
    painter.setBrush(role_color("accent-soft"))
    page = QRectF(px * 0.22, px * 0.12, px * 0.56, px * 0.76)
    painter.drawRoundedRect(page, px * 0.05, px * 0.05)
    arrow = QPainterPath()
    cx = px / 2
    arrow.moveTo(cx, px * 0.28)
    arrow.lineTo(cx, px * 0.66)
    arrow.moveTo(cx - px * 0.13, px * 0.53)
    arrow.lineTo(cx, px * 0.67)
    arrow.lineTo(cx + px * 0.13, px * 0.53)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(accent, px / 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.drawPath(arrow)
    painter.end()
    return pixmap


class EmptyState(QWidget):
    import_files = Signal()
    import_folder = Signal()
    try_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        icon = QLabel()
        icon.setPixmap(drop_icon(ratio=self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("Drop your records here"))
        heading.setObjectName("emptyHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(self.tr("Letters, lab results and scans as PDF or photos, or the DICOM "
                              "files from an imaging CD. They are copied into this vault and "
                              "stay on this computer."))
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setFixedWidth(440)
        body.setObjectName("emptyBody")

        files = QPushButton(self.tr("Import files…"))
        files.setDefault(True)
        folder = QPushButton(self.tr("Import a folder…"))
        files.clicked.connect(self.import_files)
        folder.clicked.connect(self.import_folder)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(files)
        buttons.addWidget(folder)
        buttons.addStretch(1)

        self.demo_link = QLabel("<a href='demo'>{}</a>".format(
            self.tr("New here? Look around a demo vault with a made-up patient")))
        self.demo_link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_link.linkActivated.connect(lambda _link: self.try_demo.emit())

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addSpacing(4)
        # Centred between stretches, not by an alignment flag: with the flag the layout asked the
        # wrapped text for its height at the full page width (one line) and cut it top and bottom.
        centred_body = QHBoxLayout()
        centred_body.addStretch(1)
        centred_body.addWidget(body)
        centred_body.addStretch(1)
        layout.addLayout(centred_body)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addSpacing(18)
        layout.addWidget(self.demo_link)
        layout.addStretch(3)


class EmptyNote(QWidget):
    """In place of a list that shows nothing: why, and the one thing to do about it."""

    action = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyNote")
        self.heading = QLabel()
        self.heading.setObjectName("emptyNoteHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton()
        self.button.clicked.connect(self.action)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def set_note(self, heading: str, body: str, button: str) -> None:
        self.heading.setText(heading)
        self.body.setText(body)
        self.button.setText(button)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(body)
