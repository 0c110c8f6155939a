"""The preview pane: every page of a PDF, images fit to width with zoom, DICOM details and image."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QImageReader, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.documents import Document
from ...core.errors import SecondOpError
from ...core.formats.dicom import patient_mismatch
from ...core.profile import Profile
from ...core.turns import UNTURNED_FORMATS, turned_pdf_bytes
from ...translations import shown_reason
from ..operations import QueryOp, TaskContext, is_our_bug
from ..services import Services
from .pdf_view import PdfView, ZoomSteps
from .thumbnails import pil_to_qimage, turned_image
from .word_select import DragSelect, pdf_page_at

CLINICAL_FORMATS = ("ccda", "fhir")  # shown as pages we lay out ourselves
Turns = Callable[[Document], dict[int, int]]  # a record's page turns, read from the vault
MAX_PREVIEW_PX = 4096  # larger scans are read scaled down: sharp at any sensible zoom


def load_preview_image(path: Path, fmt: str) -> QImage:
    """The whole image (or a DICOM's windowed frame), at most MAX_PREVIEW_PX on its long side."""
    if fmt == "dicom":
        from ...core.formats.dicom import preview_image

        return pil_to_qimage(preview_image(path, 1024))
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_PREVIEW_PX:
        reader.setScaledSize(size.scaled(MAX_PREVIEW_PX, MAX_PREVIEW_PX,
                                         Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        from .thumbnails import render_page_image

        image = render_page_image(path, fmt, MAX_PREVIEW_PX)
    return image


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" when narrow (the whole text in its tooltip), so a
    long title never pushes the buttons beside it out of the pane or wraps over three lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(0, self.width()))
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class ImageView(ZoomSteps, QScrollArea):
    """An image at fit-to-width, times a zoom factor (or the whole image in the pane)."""

    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setWidget(self.label)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundRole(self.palette().ColorRole.Dark)
        # Always there, so the width an image fits never depends on its height (no layout loop).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.image = QImage()
        self.zoom = 1.0
        self.fit_page = False

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.zoom = 1.0
        self.fit_page = False
        self._rescale()

    def _fit_width_px(self) -> int:
        return max(50, self.viewport().width() - 16)

    def _page_width_px(self) -> int:
        """The width at which the whole image fits the pane."""
        if self.image.isNull():
            return self._fit_width_px()
        tall = (self.viewport().height() - 16) * self.image.width() / self.image.height()
        return max(16, min(self._fit_width_px(), int(tall)))

    def _relative_zoom(self) -> float:
        if self.fit_page:
            return self._page_width_px() / self._fit_width_px()
        return self.zoom

    def zoom_percent(self) -> int:
        """The zoom shown, in percent of the image's own pixels."""
        if self.image.isNull():
            return 100
        return round(100 * self.label.width() / self.image.width())

    def shown_width(self) -> int:
        return self.label.width()

    def _apply_zoom(self) -> None:
        self._rescale()

    def _rescale(self) -> None:
        if self.image.isNull():
            self.label.clear()
            self.label.resize(0, 0)
            return
        if self.fit_page:
            width = self._page_width_px()
        else:
            width = max(16, int(self._fit_width_px() * self.zoom))
        height = max(1, round(self.image.height() * width / self.image.width()))
        pixmap = QPixmap.fromImage(self.image.scaled(
            width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.label.setPixmap(pixmap)
        self.label.resize(pixmap.size())
        self.zoom_changed.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._rescale()


class PreviewPane(QWidget):
    """Shows one document; the file is read off the GUI thread (PDF pages render in QtPdf)."""

    open_original = Signal(int)
    shown_changed = Signal()  # a record is shown, or none any more (what can zoom changed)
    # Turn a page by hand: record id, 0-based page, degrees counter-clockwise to add.
    turn_requested = Signal(int, int, int)
    ask_meaning = Signal(int, int)  # record id, 1-based page: ask what words on it mean
    # Words dragged over: record id, 1-based page, the PDF's text there ('' for a scan), and
    # the box dragged (x, y, width, height as fractions of the page shown).
    words_selected = Signal(int, int, str, object)

    def __init__(self, services: Services, path_for, parent: QWidget | None = None,
                 patient: Callable[[], Profile] | None = None, turns: Turns | None = None
                 ) -> None:
        super().__init__(parent)
        self.services = services
        self.path_for = path_for  # Document -> Path of the file to show (readable copy)
        self.patient = patient  # the vault's patient, to check whom a study's images show
        self.turns_of: Turns = turns or (lambda _doc: {})  # called on a worker thread only
        self.document: Document | None = None
        self._turned_pdf = False  # the PDF shown is the file turned in memory, not the file
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.heading = ElidedLabel()
        self.heading.setObjectName("previewHeading")
        self.file_name = ElidedLabel()
        self.file_name.setObjectName("previewFileName")
        style = self.style()
        self.open_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
            self.tr("Open original"))
        self.open_button.setToolTip(self.tr("Open the stored file in your usual viewer"))
        self.open_button.clicked.connect(self._open_original)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out"),
                                          self.tr("Zoom out (Ctrl+minus)"), self.zoom_out)
        self.zoom_in_button = self._tool("+", self.tr("Zoom in"), self.tr("Zoom in (Ctrl+plus)"),
                                         self.zoom_in)
        self.rotate_left_button = self._tool("⟲", self.tr("Rotate left"),
                                             self.tr("Rotate left (Ctrl+L)"), self.rotate_left)
        self.rotate_right_button = self._tool("⟳", self.tr("Rotate right"),
                                              self.tr("Rotate right (Ctrl+R)"), self.rotate_right)
        # The zoom shown, on a button whose menu offers the fits (narrow panes have no room for
        # more buttons); the View menu has them too, with their keys.
        self.fit_width_action = QAction(self.tr("Fit &width"), self)
        self.fit_width_action.triggered.connect(self.fit_width)
        self.fit_page_action = QAction(self.tr("Fit &page"), self)
        self.fit_page_action.triggered.connect(self.fit_page)
        zoom_menu = QMenu(self)
        zoom_menu.addAction(self.fit_width_action)
        zoom_menu.addAction(self.fit_page_action)
        self.zoom_button = QToolButton()
        self.zoom_button.setObjectName("zoomButton")
        self.zoom_button.setToolTip(self.tr("Zoom: fit to width or show the whole page"))
        self.zoom_button.setAccessibleName(self.tr("Zoom"))
        self.zoom_button.setMenu(zoom_menu)
        self.zoom_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.zoom_button.setMinimumWidth(
            self.zoom_button.fontMetrics().horizontalAdvance("400%") + 24)
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setToolTip(self.tr("Type a page number and press Enter to go there"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(self._page_typed)
        self.page_label = QLabel(self.tr("Page"))
        self.page_label.setBuddy(self.page_box)
        self.page_count_label = QLabel()
        self.page_count_label.setObjectName("pageCount")

        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.heading)
        names.addWidget(self.file_name)
        header = QHBoxLayout()
        header.addLayout(names, 1)
        header.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        # Zoom sits under the image, so the header fits a narrow pane beside the list.
        self.zoom_bar = QWidget()
        zoom = QHBoxLayout(self.zoom_bar)
        zoom.setContentsMargins(0, 0, 0, 0)
        zoom.setSpacing(4)
        for widget in (self.page_label, self.page_box, self.page_count_label):
            zoom.addWidget(widget)
        zoom.addSpacing(8)
        for button in (self.zoom_out_button, self.zoom_button, self.zoom_in_button):
            zoom.addWidget(button)
        zoom.addSpacing(8)
        for button in (self.rotate_left_button, self.rotate_right_button):
            zoom.addWidget(button)
        self.ask_button = QPushButton(self.tr("Ask what a word means…"))
        self.ask_button.setToolTip(self.tr("Select words of this page's text and add the "
                                           "question “What does … mean?”"))
        self.ask_button.clicked.connect(self._ask_meaning)
        # Two rows: the page and zoom controls alone fill a narrow pane beside the list (and
        # German words are longer); the button and a reason the record is not shown go above.
        footer = QVBoxLayout()
        footer.setSpacing(4)
        above = QHBoxLayout()
        above.addWidget(self.status, 1)
        above.addWidget(self.ask_button, 0, Qt.AlignmentFlag.AlignRight
                        | Qt.AlignmentFlag.AlignTop)
        footer.addLayout(above)
        footer.addWidget(self.zoom_bar, 0, Qt.AlignmentFlag.AlignRight)

        self.placeholder = QLabel(self.tr("Select a record to see it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("previewPlaceholder")

        self.pdf = QPdfDocument(self)
        self.pdf_view = PdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setAccessibleName(self.tr("Record preview"))
        self.pdf_view.zoom_changed.connect(self._show_zoom)
        self.pdf_view.pageNavigator().currentPageChanged.connect(lambda _p: self._show_page())

        self.image_view: ImageView = ImageView()
        self.image_view.setAccessibleName(self.tr("Record preview"))
        self.image_view.zoom_changed.connect(self._show_zoom)

        self.dicom = QWidget()
        dicom_layout = QVBoxLayout(self.dicom)
        dicom_layout.setContentsMargins(0, 0, 0, 0)
        self.dicom_details = QFormLayout()
        self.dicom_details.setHorizontalSpacing(16)
        self.dicom_details.setVerticalSpacing(2)
        self.dicom_details.setContentsMargins(0, 0, 0, 6)
        self.dicom_image = ImageView()
        self.dicom_image.setAccessibleName(self.tr("Image preview"))
        self.dicom_image.zoom_changed.connect(self._show_zoom)
        dicom_layout.addLayout(self.dicom_details)
        dicom_layout.addWidget(self.dicom_image, 1)

        self.pdf_drag = DragSelect(self.pdf_view.viewport())
        self.pdf_drag.dragged.connect(self._pdf_dragged)
        self.image_drag = DragSelect(self.image_view.viewport())
        self.image_drag.dragged.connect(self._image_dragged)

        self.stack = QStackedWidget()
        for view in (self.placeholder, self.pdf_view, self.image_view, self.dicom):
            self.stack.addWidget(view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        self.clear()

    def _tool(self, text: str, name: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setMinimumWidth(32)
        button.clicked.connect(slot)
        return button

    def _set_zoom_visible(self, visible: bool) -> None:
        self.zoom_bar.setVisible(visible)
        turnable = visible and self.document is not None \
            and self.document.format not in UNTURNED_FORMATS
        for button in (self.rotate_left_button, self.rotate_right_button):
            button.setVisible(turnable)

    # -- turning pages by hand ----------------------------------------------------------------
    def can_turn(self) -> bool:
        """A page of the record shown can be turned (not a DICOM image or our own pages)."""
        return self.document is not None and self.document.format not in UNTURNED_FORMATS \
            and self.zoomable() is not None

    def shown_page(self) -> int:
        """The 0-based page on screen (an image record shows its first)."""
        return self.current_page() - 1 if self.stack.currentWidget() is self.pdf_view else 0

    def rotate_left(self) -> None:
        self._turn(90)

    def rotate_right(self) -> None:
        self._turn(270)

    def _turn(self, by: int) -> None:
        if self.document is not None and self.can_turn():
            self.turn_requested.emit(self.document.id, self.shown_page(), by)

    def reload_turns(self, doc_id: int | None = None) -> None:
        """The turns of the record shown may have changed (a turn by hand, OCR done): show
        its pages as the vault now says, off the GUI thread."""
        doc = self.document
        if doc is None or (doc_id is not None and doc.id != doc_id) \
                or doc.format in UNTURNED_FORMATS:
            return
        try:
            path = self.path_for(doc)
        except SecondOpError:
            return
        if doc.format == "pdf":
            self._load_pdf_turns(doc, path)
        else:
            self._load_image(doc, path)

    # -- zoom and pages -----------------------------------------------------------------------
    def zoomable(self) -> Any:
        """The view on screen that zooms (PdfView or ImageView), or None."""
        current = self.stack.currentWidget()
        if self.document is None or current is self.placeholder:
            return None
        return self.dicom_image if current is self.dicom else current

    def _on_view(self, step: str) -> None:
        """Zoom the view on screen (nothing when no record is shown)."""
        if (view := self.zoomable()) is not None:
            getattr(view, step)()

    def zoom_in(self) -> None:
        self._on_view("zoom_in")

    def zoom_out(self) -> None:
        self._on_view("zoom_out")

    def fit_width(self) -> None:
        self._on_view("fit_width")

    def fit_page(self) -> None:
        self._on_view("show_whole_page")

    def _show_zoom(self) -> None:
        view = self.zoomable()
        if view is not None and self.sender() is view:
            percent: int = self.zoomable().zoom_percent()  # (the sender, a zooming view)
            self.zoom_button.setText(f"{percent}%")
            self.zoom_button.setAccessibleDescription(
                self.tr("{percent} percent").format(percent=percent))

    def _show_page(self) -> None:
        """'Page [x] of y' for a PDF of more than one page."""
        count = self.pdf.pageCount() if self.stack.currentWidget() is self.pdf_view else 0
        for widget in (self.page_label, self.page_box, self.page_count_label):
            widget.setVisible(count > 1)
        if count:
            self.page_box.blockSignals(True)
            self.page_box.setRange(1, count)
            self.page_box.setValue(self.pdf_view.current_page())
            self.page_box.blockSignals(False)
            self.page_count_label.setText(self.tr("of {count}").format(count=count))
            self.page_box.setAccessibleDescription(self.tr("Page {page} of {count}").format(
                page=self.pdf_view.current_page(), count=count))

    def _page_typed(self, page: int) -> None:
        self.pdf_view.go_to_page(page)

    def page_text(self) -> str:
        """What the page controls say, e.g. 'Page 2 of 3' ('' when hidden)."""
        if self.page_box.isHidden():
            return ""
        return self.tr("Page {page} of {count}").format(page=self.page_box.value(),
                                                        count=self.page_box.maximum())

    # -- showing ------------------------------------------------------------------------------
    def _ask_meaning(self) -> None:
        if self.document is not None:
            pdf = self.stack.currentWidget() is self.pdf_view
            self.ask_meaning.emit(self.document.id, self.current_page() if pdf else 1)

    def _pdf_dragged(self, rect) -> None:
        """Words dragged over on a PDF page: its text there (a scan's words come from reading
        it, looked up by the box)."""
        if self.document is None or self.stack.currentWidget() is not self.pdf_view:
            return
        start = pdf_page_at(self.pdf_view, rect.topLeft())
        if start is None:
            return
        page, top_left = start
        end = pdf_page_at(self.pdf_view, rect.bottomRight(), page)
        assert end is not None  # the same page, clamped
        bottom_right = end[1]
        text = self.pdf.getSelection(page, top_left, bottom_right).text()
        size = self.pdf.pagePointSize(page)
        box = (top_left.x() / size.width(), top_left.y() / size.height(),
               (bottom_right.x() - top_left.x()) / size.width(),
               (bottom_right.y() - top_left.y()) / size.height())
        self.words_selected.emit(self.document.id, page + 1, text, box)

    def _image_dragged(self, rect) -> None:
        label = self.image_view.label
        if self.document is None or self.stack.currentWidget() is not self.image_view \
                or label.width() <= 0 or label.height() <= 0:
            return
        top_left = label.mapFrom(self.image_view.viewport(), rect.topLeft())
        w, h = label.width(), label.height()
        box = (top_left.x() / w, top_left.y() / h, rect.width() / w, rect.height() / h)
        self.words_selected.emit(self.document.id, 1, "", box)

    def clear(self) -> None:
        self.document = None
        self._turned_pdf = False
        self.heading.set_full_text("")
        self.file_name.set_full_text("")
        self.open_button.setEnabled(False)
        self.ask_button.setEnabled(False)
        self._set_zoom_visible(False)
        self.status.setText("")
        self.status.hide()
        self.pdf.close()
        self.stack.setCurrentWidget(self.placeholder)
        self.shown_changed.emit()

    def show_document(self, doc: Document, page: int = 1) -> None:
        same = self.document is not None and self.document.id == doc.id
        self.document = doc
        self.heading.set_full_text(doc.title)
        self.file_name.set_full_text(doc.original_name)
        self.open_button.setEnabled(True)
        # A study's images hold no words: no button, and its row gives the image the room.
        self.ask_button.setEnabled(doc.format != "dicom")
        self.ask_button.setVisible(doc.format != "dicom")
        self.status.hide()
        try:
            path = self.path_for(doc)
        except SecondOpError as exc:  # a locked PDF's unlocked copy could not be made again
            self.status.setText(shown_reason(exc))
            self.status.show()
            self.stack.setCurrentWidget(self.placeholder)
            self.shown_changed.emit()
            return
        self._set_zoom_visible(True)
        if doc.format in CLINICAL_FORMATS:
            self.stack.setCurrentWidget(self.pdf_view)
            if not same or self.pdf.status() != QPdfDocument.Status.Ready:
                self._load_clinical(doc, path)
            self._show_page()
            self.shown_changed.emit()
            return
        if doc.format == "pdf":
            if not same or self.pdf.status() != QPdfDocument.Status.Ready:
                self.pdf.close()
                self._drop_pages()
                self._turned_pdf = False
                self.pdf.load(str(path))
                self.stack.setCurrentWidget(self.pdf_view)
                self.pdf_view.document_loaded()
                self._load_pdf_turns(doc, path)
            self.stack.setCurrentWidget(self.pdf_view)
            self.go_to_page(page)
            self._show_page()
            self.shown_changed.emit()
            return
        if doc.format == "dicom":
            self._fill_dicom_details(doc)
            self.stack.setCurrentWidget(self.dicom)
        else:
            self.stack.setCurrentWidget(self.image_view)
        self._show_page()
        self.shown_changed.emit()
        if not same:
            self._view_for(doc).set_image(QImage())
            self._load_image(doc, path)

    def update_document(self, doc: Document) -> None:
        """The record shown got new details (its title edited): the heading follows, the view
        stays where it is."""
        if self.document is None or self.document.id != doc.id:
            return
        self.document = doc
        self.heading.set_full_text(doc.title)
        if doc.format == "dicom":
            self._fill_dicom_details(doc)

    def go_to_page(self, page: int) -> None:
        self.pdf_view.go_to_page(page)

    def current_page(self) -> int:
        return self.pdf_view.current_page()

    def _view_for(self, doc: Document) -> ImageView:
        return self.dicom_image if doc.format == "dicom" else self.image_view

    def _load_image(self, doc: Document, path: Path) -> None:
        turns_of = self.turns_of if doc.format not in UNTURNED_FORMATS else (lambda _doc: {})

        def work(_ctx: TaskContext) -> QImage:
            return turned_image(load_preview_image(path, doc.format), turns_of(doc).get(0, 0))

        def shown(image: QImage) -> None:
            if self.document is None or self.document.id != doc.id:
                return  # the user moved on
            if image.isNull():
                self._show_status(self.tr("This record cannot be previewed: the file cannot "
                                          "be shown."))
                return
            self._view_for(doc).set_image(image)

        def failed(error: BaseException) -> None:
            if self.document is None or self.document.id != doc.id:
                return
            # A bug of ours (its traceback is in the log) is not blamed on the file.
            if isinstance(error, OSError):  # missing, unreadable, or not the image it was
                self._show_status(self.tr("This record cannot be previewed: its stored file "
                                          "cannot be read."))
            elif is_our_bug(error):
                self._show_status(self.tr("This record cannot be previewed because of a problem "
                                          "in SecondOp, not in the file; the details are in its "
                                          "log."))
            else:
                self._cannot_preview(shown_reason(error))

        QueryOp(self.services, self, work, shown, views=True).failure(failed).run_in_background()

    def _load_pdf_turns(self, doc: Document, path: Path) -> None:
        """Pages to turn: the PDF is shown again from memory, its turned pages' /Rotate set
        in an update added to a copy of its bytes (QPdfView turns no page on its own)."""
        turns_of = self.turns_of

        def work(_ctx: TaskContext) -> bytes | None:
            turns = turns_of(doc)
            if not turns:
                return None
            # pypdf on this worker, for a record with turned pages only: the list and the
            # first preview show without it.
            from pypdf.errors import PdfReadError

            try:
                return turned_pdf_bytes(path, turns)
            except (PdfReadError, OSError, ValueError, KeyError):  # shown as the file has it
                return None

        def loaded(data: bytes | None) -> None:
            if self.document is None or self.document.id != doc.id:
                return  # the user moved on
            if data is None and not self._turned_pdf:
                return  # shown as the file has it, as it already is
            page = self.current_page()
            if data is None:
                self.pdf.close()
                self._drop_pages()
                self.pdf.load(str(path))
                self.pdf_view.document_loaded()
            else:
                self._show_pdf_bytes(data)
            self._turned_pdf = data is not None
            self.go_to_page(page)
            self._show_page()

        def failed(error: BaseException) -> None:
            if is_our_bug(error):  # a record gone meanwhile: nothing to turn, nothing to say
                self.services.report_failure(self, error)

        QueryOp(self.services, self, work, loaded, views=True).failure(failed
                                                                        ).run_in_background()

    def _show_pdf_bytes(self, data: bytes) -> None:
        """Show a PDF held in memory (our pages of a clinical document, a turned PDF)."""
        self.pdf.close()
        self._drop_pages()
        pages = QBuffer(self)
        pages.setData(data)
        pages.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pages: QBuffer | None = pages
        self.pdf.load(pages)
        self.pdf_view.document_loaded()
        self._show_page()
        QTimer.singleShot(120, self, self._redraw_pages)

    def _cannot_preview(self, reason: str) -> None:
        """``reason``: the core's own words on the file (in English, as the core writes)."""
        if not reason:
            self._show_status(self.tr("This record cannot be previewed: the file cannot be "
                                      "read."))
            return
        self._show_status(self.tr("This record cannot be previewed: {reason}.").format(
            reason=reason))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _load_clinical(self, doc: Document, path: Path) -> None:
        """A C-CDA or FHIR record: its pages are laid out in the background, kept in memory."""
        self.pdf.close()
        self._drop_pages()

        def work(_ctx: TaskContext) -> bytes:
            from ...packet.clinical_document import render_pdf_bytes

            return render_pdf_bytes(path, doc.format, meta=doc.meta)

        def failed(error: BaseException) -> None:
            if self.document is None or self.document.id != doc.id:
                return  # the user moved on
            if is_our_bug(error) and not isinstance(error, OSError):
                self.services.report_failure(self, error)  # our bug: the one road for those
                return
            self._cannot_preview(getattr(error, "reason", ""))

        def finished(data: bytes) -> None:
            if self.document is None or self.document.id != doc.id:
                return  # the user moved on
            if not data:
                self._cannot_preview("")
                return
            self._show_pdf_bytes(data)

        QueryOp(self.services, self, work, finished, views=True).failure(failed
                                                                          ).run_in_background()

    def _redraw_pages(self) -> None:
        """QPdfView can keep a page of the previous document that was still being rendered
        when this one loaded; a change of zoom draws every page again."""
        factor = self.pdf_view.zoomFactor()
        self.pdf_view.setZoomFactor(factor * 1.001)
        self.pdf_view.setZoomFactor(factor)

    def _drop_pages(self) -> None:
        """Let go of the last clinical document's pages (the document has closed them)."""
        pages: QBuffer | None = getattr(self, "_pages", None)
        if pages is not None:
            self._pages = None
            pages.deleteLater()

    def _fill_dicom_details(self, doc: Document) -> None:
        while self.dicom_details.rowCount():
            self.dicom_details.removeRow(0)
        meta = doc.meta
        # The date and body part are in the details editor below; the image gets the room.
        series = len(meta.get("series", {}))
        rows = [
            (self.tr("Study:"), meta.get("study_description", "")),
            (self.tr("Series:"), meta.get("series_description", "") if series < 2
             else self.tr("%n series", "", series)),
            (self.tr("Modality:"), meta.get("modality", "")),
            (self.tr("Institution:"), doc.provider),
            (self.tr("Images:"), str(doc.pages) if doc.pages > 1 else ""),
            (self.tr("Patient:"), meta.get("patient_name", "").replace("^", " ").strip()),
            (self.tr("Referring:"), meta.get("referring_physician", "").replace("^", " ").strip()),
            (self.tr("Accession:"), meta.get("accession_number", "")),
        ]
        profile = self.patient() if self.patient is not None else None
        warning = patient_mismatch(meta, profile.name, profile.dob_date) if profile else ""
        if warning:
            alert = QLabel(self.tr("Please check: {warning}.").format(warning=warning))
            alert.setObjectName("studyPatientWarning")
            alert.setWordWrap(True)
            alert.setStyleSheet("font-weight: bold")
            self.dicom_details.addRow(alert)
        for label, value in rows:
            if value:
                field = QLabel(str(value))
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.dicom_details.addRow(label, field)

    def _open_original(self) -> None:
        if self.document is not None:
            self.open_original.emit(self.document.id)

