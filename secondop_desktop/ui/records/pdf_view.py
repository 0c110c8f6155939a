"""A PDF's pages at fit-to-width, fit-to-page or a zoom, without a layout loop.

QPdfView's own FitToWidth mode feeds back into its scroll bar: a page just taller than the pane
shows the vertical bar, the narrower pane makes the page shorter, the bar hides, the page grows,
and so on forever (a one-page US-Letter PDF kept the GUI thread at 100%). Here the vertical bar is
always there, so the width a page can take never depends on its own height, and the zoom factor is
computed here (Custom mode) from that fixed width.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)  # times fit-to-width


def next_zoom(zoom: float, bigger: bool) -> float:
    """The next step of ZOOM_STEPS above (or below) ``zoom``, kept within the steps."""
    if bigger:
        return next((z for z in ZOOM_STEPS if z > zoom + 1e-6), ZOOM_STEPS[-1])
    smaller = [z for z in ZOOM_STEPS if z < zoom - 1e-6]
    return smaller[-1] if smaller else ZOOM_STEPS[0]


class ZoomSteps:
    """Zoom by steps, fit to width or to the page, and Ctrl+wheel, for a view that has
    ``zoom`` (a multiple of fit-to-width), ``fit_page``, ``_relative_zoom()`` (the zoom shown)
    and ``_apply_zoom()`` (show the current zoom)."""

    zoom: float
    fit_page: bool

    def _relative_zoom(self) -> float:
        raise NotImplementedError

    def _apply_zoom(self) -> None:
        raise NotImplementedError

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        self.fit_page = False
        self._apply_zoom()

    def zoom_in(self) -> None:
        self.set_zoom(next_zoom(self._relative_zoom(), True))

    def zoom_out(self) -> None:
        self.set_zoom(next_zoom(self._relative_zoom(), False))

    def fit_width(self) -> None:
        self.set_zoom(1.0)

    def show_whole_page(self) -> None:
        self.fit_page = True
        self._apply_zoom()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Ctrl+wheel zooms, as in every viewer; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step:
                self.zoom_in() if step > 0 else self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)  # type: ignore[misc]  # the Qt view after this mixin


class PdfView(ZoomSteps, QPdfView):
    """Every page of a PDF, one under the other. ``zoom`` is a multiple of fit-to-width;
    ``fit_page`` shows a whole page in the pane instead."""

    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # Qt takes no parent as well
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setPageSpacing(12)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # see the module
        self.zoom = 1.0
        self.fit_page = False

    # -- zoom ---------------------------------------------------------------------------------
    def _relative_zoom(self) -> float:
        """The zoom shown, as a multiple of fit-to-width (fit-to-page is usually below 1)."""
        if self.fit_page:
            return self._page_factor() / self._width_factor()
        return self.zoom

    def _page_points(self):
        document = self.document()
        if document is None or document.pageCount() == 0:
            return None
        page = max(0, self.pageNavigator().currentPage())
        size = document.pagePointSize(min(page, document.pageCount() - 1))
        return size if size.width() > 0 and size.height() > 0 else None

    @staticmethod
    def _pixels_per_point() -> float:
        """QPdfView draws a page of zoom 1.0 at the primary screen's logical resolution."""
        screen = QGuiApplication.primaryScreen()
        return (screen.logicalDotsPerInch() if screen else 96.0) / 72.0

    def _width_factor(self) -> float:
        points = self._page_points()
        if points is None:
            return 1.0
        margins = self.documentMargins()
        room = self.viewport().width() - margins.left() - margins.right() - 1
        return max(0.05, room / (points.width() * self._pixels_per_point()))

    def _page_factor(self) -> float:
        points = self._page_points()
        if points is None:
            return 1.0
        margins = self.documentMargins()
        room = self.viewport().height() - margins.top() - margins.bottom() - 1
        return max(0.05, min(self._width_factor(),
                             room / (points.height() * self._pixels_per_point())))

    def _apply_zoom(self) -> None:
        factor = self._page_factor() if self.fit_page else self._width_factor() * self.zoom
        if abs(factor - self.zoomFactor()) > 1e-4:
            self.setZoomFactor(factor)
        self.zoom_changed.emit()

    def zoom_percent(self) -> int:
        """The zoom shown, in percent of the page's real size on this screen."""
        return round(self.zoomFactor() * 100)

    def document_loaded(self) -> None:
        """A new document is in: start at fit-to-width, on its first page."""
        self.zoom = 1.0
        self.fit_page = False
        self._apply_zoom()

    # -- pages --------------------------------------------------------------------------------
    def page_count(self) -> int:
        document = self.document()
        return document.pageCount() if document is not None else 0

    def go_to_page(self, page: int) -> None:
        """Show page ``page`` (1-based; clamped to the document)."""
        if self.page_count() > 0:
            index = max(0, min(self.page_count() - 1, page - 1))
            self.pageNavigator().jump(index, QPointF(), 0)

    def current_page(self) -> int:
        return self.pageNavigator().currentPage() + 1

    # -- events -------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._apply_zoom()
