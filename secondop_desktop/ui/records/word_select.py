"""Selecting words on the preview by dragging over them: a rubber band on a view's viewport,
and where a point of the viewport lies on a PDF page (QPdfView lays its pages out one under
the other, each centred, as ``pdf_page_at`` repeats)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QRubberBand, QWidget

MIN_DRAG = 4  # pixels: a click is not a selection


class DragSelect(QObject):
    """Drag a rectangle over ``viewport`` with the left button; ``dragged`` gives it in the
    viewport's coordinates. The view still gets every event (scrolling, the wheel...)."""

    dragged = Signal(QRect)

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.viewport = viewport
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, viewport)
        self.origin: QPoint | None = None
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        point = event.position().toPoint()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self.origin = point
            self.band.setGeometry(QRect(point, QSize()))
            self.band.show()
        elif kind == QEvent.Type.MouseMove and self.origin is not None:
            self.band.setGeometry(QRect(self.origin, point).normalized())
        elif kind == QEvent.Type.MouseButtonRelease and self.origin is not None:
            rect = QRect(self.origin, point).normalized()
            self.origin = None
            self.band.hide()
            if rect.width() >= MIN_DRAG or rect.height() >= MIN_DRAG:
                self.dragged.emit(rect)
        return False


def pdf_page_rects(view) -> list[QRect]:
    """Where each page of ``view`` (a QPdfView in multi-page mode with a custom zoom) is drawn,
    in the coordinates of the whole document (add the scroll position to a viewport point)."""
    document = view.document()
    if document is None:
        return []
    scale = view._pixels_per_point() * view.zoomFactor()
    sizes = [(document.pagePointSize(i) * scale).toSize() for i in range(document.pageCount())]
    if not sizes:
        return []
    margins = view.documentMargins()
    total = max(s.width() for s in sizes) + margins.left() + margins.right()
    rects, y = [], margins.top()
    for size in sizes:
        x = (max(total, view.viewport().width()) - size.width()) // 2
        rects.append(QRect(QPoint(x, y), size))
        y += size.height() + view.pageSpacing()
    return rects


def pdf_page_at(view, point: QPoint, page: int | None = None) -> tuple[int, QPointF] | None:
    """(0-based page, the point in that page's points) under a viewport point; with ``page``,
    the point on that page, kept within it."""
    at = point + QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    rects = pdf_page_rects(view)
    index = page if page is not None else next(
        (i for i, r in enumerate(rects) if r.contains(at)), None)
    if index is None or not 0 <= index < len(rects):
        return None
    rect = rects[index]
    scale = view._pixels_per_point() * view.zoomFactor()
    x = min(max(at.x(), rect.left()), rect.right()) - rect.left()
    y = min(max(at.y(), rect.top()), rect.bottom()) - rect.top()
    return index, QPointF(x / scale, y / scale)
