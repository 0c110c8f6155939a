"""The PDF preview zooms (Ctrl+wheel, Ctrl+plus/minus, fit width/page) and shows page x of y."""

from __future__ import annotations

from factories import make_pdf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from windows import activate, open_window

from secondop_desktop.ui.main_window import MainWindow


def _window(qtbot, vault, services, tmp_path) -> MainWindow:
    window = open_window(qtbot, vault, services, tmp_path)
    window.resize(1200, 800)
    activate(qtbot, window)
    return window


def _menu_action(window, text: str):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise KeyError(text)


def _ctrl_wheel(view, delta: int) -> None:
    center = QPointF(view.viewport().rect().center())
    QApplication.sendEvent(view.viewport(), QWheelEvent(
        center, view.viewport().mapToGlobal(center), QPoint(), QPoint(0, delta),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False))


def test_pdf_zooms_by_keys_wheel_and_fits(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    zoom_in, zoom_out = _menu_action(window, "Zoom in"), _menu_action(window, "Zoom out")
    assert not zoom_in.isEnabled()  # nothing previewed yet
    window.records.import_paths([make_pdf(tmp_path / "labs.pdf", ["Ferritin 12", "Two", "3"])])
    window.records.summary_dialog.close()
    activate(qtbot, window)
    doc = window.records.model.documents()[0]
    window.records.select_document(doc.id)
    preview = window.records.preview
    view = preview.pdf_view
    assert zoom_in.isEnabled() and zoom_out.isEnabled()
    fitted = view.zoomFactor()
    window.records.table.setFocus()
    assert preview.zoom_button.text() == f"{view.zoom_percent()}%"

    qtbot.keyClick(window.records.table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() > fitted * 1.2
    qtbot.keyClick(window.records.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.records.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() < fitted
    _ctrl_wheel(view, 120)
    _ctrl_wheel(view, 120)
    assert view.zoomFactor() > fitted
    preview.fit_page_action.trigger()
    page_height = view.document().pagePointSize(0).height() * view.zoomFactor() \
        * QApplication.primaryScreen().logicalDotsPerInch() / 72
    assert page_height <= view.viewport().height()  # the whole page in the pane
    _menu_action(window, "Fit width").trigger()
    assert abs(view.zoomFactor() - fitted) < 1e-3
    window.close()


def test_page_x_of_y_and_a_page_jump(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    window.records.import_paths([make_pdf(tmp_path / "letter.pdf", ["One", "Two", "Three"])])
    doc = window.records.model.documents()[0]
    window.records.show_document(doc.id, 2)
    preview = window.records.preview
    assert preview.page_text() == "Page 2 of 3"
    preview.page_box.setValue(3)
    assert preview.current_page() == 3
    assert preview.page_text() == "Page 3 of 3"
    assert preview.page_label.buddy() is preview.page_box
    window.close()
