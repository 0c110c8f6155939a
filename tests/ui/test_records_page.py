"""The Records screen: drop to import, the summary, details, trash and undo, search, preview."""

from __future__ import annotations

from factories import make_dicom, make_jpeg, make_pdf
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication

from secondop_desktop.core.importing import Outcome
from secondop_desktop.ui.records.model import TITLE
from secondop_desktop.ui.records.page import RecordsPage
from secondop_desktop.ui.records.thumbnails import THUMB_PX, cached_thumbnail


def _page(qtbot, vault, services) -> RecordsPage:
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def _drop(widget, paths) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def _imported(page, tmp_path):
    files = [make_pdf(tmp_path / "cardiology_report.pdf", ["Mitral valve", "Page two", "Three"]),
             make_jpeg(tmp_path / "knee_scan.jpg", size=(300, 420))]
    page.import_paths(files)
    return {d.original_name: d for d in page.model.documents()}


def test_empty_vault_shows_the_empty_state_until_records_arrive(qtbot, vault, services,
                                                               tmp_path):
    page = _page(qtbot, vault, services)
    assert page.screens.currentWidget() is page.empty
    with qtbot.waitSignal(page.try_demo):
        page.empty.demo_link.linkActivated.emit("demo")
    _imported(page, tmp_path)
    assert page.screens.currentWidget() is not page.empty


def test_drop_files_and_a_folder(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    folder = tmp_path / "cd"
    folder.mkdir()
    make_dicom(folder / "IM0001")
    make_pdf(folder / "letter.pdf")
    loose = make_jpeg(tmp_path / "photo.jpg", size=(200, 200))
    entered, dropped = _drop(page, [loose, folder])
    assert entered and dropped
    names = sorted(d.original_name for d in page.model.documents())
    assert names == ["IM0001", "letter.pdf", "photo.jpg"]
    assert vault.documents.count() == 3
    assert len(page.last_summary.imported) == 3


def test_a_drop_without_files_is_refused(qtbot, vault, services):
    page = _page(qtbot, vault, services)
    mime = QMimeData()
    mime.setText("just words")
    enter = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()


def test_summary_lists_refused_and_duplicates_and_copies(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    pdf = make_pdf(tmp_path / "report.pdf")
    page.import_paths([pdf])
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"PK\x03\x04 not really a record")
    copy = tmp_path / "report copy.pdf"
    copy.write_bytes(pdf.read_bytes())
    page.import_paths([notes, copy])
    summary = page.last_summary
    assert [r.name for r in summary.refused] == ["notes.docx"]
    assert "Word documents are not supported" in summary.refused[0].reason
    assert summary.duplicates[0].outcome is Outcome.DUPLICATE
    assert "Report" in summary.text() and "notes.docx: Word documents" in summary.text()
    dialog = page.summary_dialog
    assert dialog is not None and dialog.isVisible()
    assert "notes.docx" in dialog.details.toPlainText()
    dialog.copy()
    assert "notes.docx: Word documents" in QGuiApplication.clipboard().text()
    dialog.close()


def test_editing_details_saves_validates_and_undoes(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    doc = _imported(page, tmp_path)["cardiology_report.pdf"]
    page.select_document(doc.id)
    title = page.details.fields["title"]
    title.setText("Echo letter")
    title.textEdited.emit("Echo letter")
    qtbot.waitUntil(lambda: vault.documents.get(doc.id).title == "Echo letter", timeout=3000)
    assert page.model.document(page.model.row_of(doc.id)).title == "Echo letter"

    date = page.details.fields["record_date"]
    date.setText("2024-02-30")
    date.textEdited.emit("2024-02-30")
    date.editingFinished.emit()
    assert "is not a date" in page.details.error("record_date")
    assert vault.documents.get(doc.id).record_date is None
    date.setText("2024-02-29")
    date.textEdited.emit("2024-02-29")
    date.editingFinished.emit()
    assert page.details.error("record_date") == ""
    assert str(vault.documents.get(doc.id).record_date) == "2024-02-29"

    page.details.kind.setCurrentIndex(page.details.kind.findData("imaging"))
    page.details.kind.activated.emit(page.details.kind.currentIndex())
    assert vault.documents.get(doc.id).kind == "imaging"

    page.undo_stack.undo()  # kind
    page.undo_stack.undo()  # date
    page.undo_stack.undo()  # title
    restored = vault.documents.get(doc.id)
    assert (restored.kind, restored.record_date) == ("reports", None)
    assert restored.title != "Echo letter"
    assert page.details.fields["title"].text() == restored.title


def test_trash_undo_and_restore(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    docs = _imported(page, tmp_path)
    doc = docs["knee_scan.jpg"]
    page.proxy.sort(TITLE, Qt.SortOrder.DescendingOrder)
    sorted_before = page.model.documents()
    assert sorted_before[-1].id != doc.id  # a restored record appended would show
    page.select_document(doc.id)
    page.delete_selected()
    assert vault.documents.get(doc.id).trashed
    assert page.model.row_of(doc.id) == -1
    page.undo_stack.undo()
    assert not vault.documents.get(doc.id).trashed
    assert page.model.row_of(doc.id) >= 0
    # Back in its place in the list's order, not at the end.
    assert [d.id for d in page.model.documents()] == [d.id for d in sorted_before]
    page.undo_stack.redo()
    page.set_showing_trash(True)
    assert [d.id for d in page.model.documents()] == [doc.id]
    page.select_document(doc.id)
    page.restore_selected()
    assert not vault.documents.get(doc.id).trashed
    assert page.model.rowCount() == 0


def _showing(page) -> tuple[int | None, int | None, bool]:
    """(previewed id, edited id, editor enabled)."""
    preview, details = page.preview.document, page.details.document
    return (preview.id if preview else None, details.id if details else None,
            page.details.isEnabled())


def test_preview_and_editor_empty_when_their_record_leaves_the_view(qtbot, vault, services,
                                                                     tmp_path):
    page = _page(qtbot, vault, services)
    docs = _imported(page, tmp_path)
    pdf, image = docs["cardiology_report.pdf"], docs["knee_scan.jpg"]
    page.select_document(pdf.id)
    assert _showing(page) == (pdf.id, pdf.id, True)
    page.set_showing_trash(True)  # an empty trash: nothing shown, nothing editable
    assert _showing(page) == (None, None, False)
    assert page.preview.stack.currentWidget() is page.preview.placeholder
    assert page.details.fields["title"].text() == ""
    page.set_showing_trash(False)
    assert _showing(page) == (None, None, False)

    page.select_document(image.id)
    page.delete_selected()  # moved to the trash: it leaves the list, and the preview
    shown = _showing(page)  # the record next to it is selected instead (Del goes on down)
    assert shown[0] is not None and shown[0] != image.id and shown[:2] == (shown[0], shown[0])
    page.undo_stack.undo()
    page.select_document(image.id)
    page.search.setText("mitral")  # filtered out of view
    assert _showing(page) == (None, None, False)
    page.search.clear()

    page.set_showing_trash(True)
    page.undo_stack.redo()  # trashed again while the trash is shown: it appears, unselected
    page.select_document(image.id)
    assert _showing(page) == (image.id, image.id, True)
    page.delete_selected()  # delete forever (confirmed)
    assert _showing(page) == (None, None, False)
    assert page.count_label.text() == "The trash is empty"


def test_search_box_and_kind_filter(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    _imported(page, tmp_path)
    page.search.setText("mitral")  # PDF text only
    assert page.proxy.rowCount() == 1
    assert "1 of 2" in page.count_label.text()
    page.search.clear()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("reports"))
    assert [page.proxy.document_at(page.proxy.index(r, 0)).original_name
            for r in range(page.proxy.rowCount())] == ["cardiology_report.pdf"]


def test_preview_of_a_pdf_at_a_page_and_of_an_image(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    docs = _imported(page, tmp_path)
    pdf = docs["cardiology_report.pdf"]
    page.show_document(pdf.id, 2)
    assert page.preview.stack.currentWidget() is page.preview.pdf_view
    assert page.preview.pdf.pageCount() == 3
    assert page.preview.current_page() == 2
    assert page.current_document().id == pdf.id

    image = docs["knee_scan.jpg"]
    page.select_document(image.id)
    view = page.preview.image_view
    assert page.preview.stack.currentWidget() is view
    assert (view.image.width(), view.image.height()) == (300, 420)
    width = view.shown_width()
    view.zoom_in()
    assert view.shown_width() > width
    assert page.preview.document.id == image.id
    preview = page.preview
    assert [b.accessibleName() for b in (preview.zoom_out_button, preview.zoom_button,
                                         preview.zoom_in_button)] == ["Zoom out", "Zoom",
                                                                      "Zoom in"]
    preview.fit_width_action.trigger()
    assert view.shown_width() == width
    _ctrl_wheel(view, 120)  # Ctrl+wheel zooms, the wheel alone scrolls
    assert view.shown_width() > width
    _ctrl_wheel(view, -120)
    _ctrl_wheel(view, -120)
    assert view.shown_width() < width
    _ctrl_wheel(view, 120, Qt.KeyboardModifier.NoModifier)
    assert view.shown_width() < width


def _ctrl_wheel(view, delta: int, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    center = QPointF(view.viewport().rect().center())
    QApplication.sendEvent(view.viewport(), QWheelEvent(
        center, view.viewport().mapToGlobal(center), QPoint(), QPoint(0, delta),
        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False))


def test_a_long_title_is_cut_short_not_wrapped(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    doc = _imported(page, tmp_path)["knee_scan.jpg"]
    title = "Knee MRI with contrast, both sides, reviewed by the radiology department twice"
    page.select_document(doc.id)
    page.details.fields["title"].setText(title)
    page.details.fields["title"].textEdited.emit(title)
    page.details.save_now()
    heading = page.preview.heading
    assert heading.full_text() == title
    assert heading.text().endswith("…") and heading.toolTip() == title
    assert heading.height() < 2 * heading.fontMetrics().height()  # one line
    header_width = page.preview.open_button.geometry().right()
    assert header_width <= page.preview.width()  # the button stays inside the pane


def test_open_original_hands_the_stored_file_to_the_desktop(qtbot, vault, services, opened_urls,
                                                            tmp_path):
    page = _page(qtbot, vault, services)
    doc = _imported(page, tmp_path)["knee_scan.jpg"]
    page.select_document(doc.id)
    page.open_original()
    assert [u.toLocalFile() for u in opened_urls] == [str(vault.documents.path(doc))]


def test_dicom_preview_shows_study_details(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    page.import_paths([make_dicom(tmp_path / "IM1", description="CT CHEST")])
    doc = page.model.documents()[0]
    page.select_document(doc.id)
    assert page.preview.stack.currentWidget() is page.preview.dicom
    labels = [page.preview.dicom_details.itemAt(i).widget().text()
              for i in range(page.preview.dicom_details.count())]
    assert "CT CHEST" in labels and "General Hospital" in labels
    assert not page.preview.dicom_image.image.isNull()


def test_thumbnails_are_made_lazily_and_cached_in_the_vault(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    docs = _imported(page, tmp_path)
    for doc in docs.values():
        qtbot.waitUntil(lambda d=doc: page.thumbnails.has_icon(d.id), timeout=3000)
        image = cached_thumbnail(vault, doc.id)
        assert image is not None and max(image.width(), image.height()) == THUMB_PX


def test_cancel_mid_import_keeps_whole_files(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    handle = page._import_progress

    def progress_then_cancel(done, total, batch):  # Cancel pressed as the first file shows
        handle(done, total, batch)
        page.cancel_import()

    page._import_progress = progress_then_cancel
    files = [make_pdf(tmp_path / f"r{i}.pdf", [f"Record {i}"]) for i in range(5)]
    page.import_paths(files)
    summary = page.last_summary
    assert summary.cancelled
    assert len(summary.imported) == 1
    assert vault.documents.count() == 1
    assert "Import cancelled" in summary.headline()
    assert not vault.verify()  # no half-copied object left behind
    assert not page.import_bar.isVisible()


def test_the_first_search_key_reads_details_made_off_the_gui_thread(qtbot, vault, services,
                                                                    tmp_path, monkeypatch):
    from secondop_desktop.ui.records import model

    page = _page(qtbot, vault, services)
    _imported(page, tmp_path)
    page.refresh()  # the list as opening the vault loads it
    made_here: list[int] = []
    real = model.search_haystack
    monkeypatch.setattr(model, "search_haystack",
                        lambda doc: made_here.append(doc.id) or real(doc))
    page.search.setText("knee")
    assert page.proxy.rowCount() == 1
    assert page.proxy.document_at(page.proxy.index(0, 0)).original_name == "knee_scan.jpg"
    assert made_here == []  # every record's details were made with the list, in the background
