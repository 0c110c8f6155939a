"""Files and folders dropped from any file manager (text/uri-list) become an import."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QWidget


def local_paths(urls: Iterable[QUrl]) -> list[Path]:
    """The local files and folders among dropped URLs, in order, without repeats.

    Web links and other non-file URLs are left out: the vault only takes files from this computer.
    """
    paths: list[Path] = []
    for url in urls:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path not in paths:
            paths.append(path)
    return paths


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return local_paths(mime.urls())


class DropHighlight(QLabel):
    """Over the whole target while files are dragged over it: where they go when dropped."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setText(self.tr("Drop to import into this vault"))
        self.setObjectName("dropHighlight")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(self.tr("Drop to import"))
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect().adjusted(6, 6, -6, -6))
        self.raise_()
        self.show()


class FileDropTarget(QObject):
    """Makes ``widget`` accept dropped files and hands their paths to ``on_drop``; while files
    are dragged over it, it is highlighted."""

    def __init__(self, widget: QWidget, on_drop: Callable[[list[Path]], None]) -> None:
        super().__init__(widget)
        self.on_drop = on_drop
        self.highlight = DropHighlight(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.DragLeave:
            self.highlight.hide()
            return False
        if not isinstance(event, QDropEvent):  # drag-enter and drag-move events are drop events
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_paths(event.mimeData()):
                event.acceptProposedAction()
                if kind == QEvent.Type.DragEnter:
                    self.highlight.cover()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            self.highlight.hide()
            paths = dropped_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.on_drop(paths)
            else:
                event.ignore()
            return True
        return False
