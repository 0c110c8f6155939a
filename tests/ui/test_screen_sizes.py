"""Small and large screens: windows fit the screen; every screen is usable at 1024x768."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from windows import open_window

from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.questions.model import COL_TEXT
from secondop_desktop.ui.widgets.empty_state import drop_icon
from secondop_desktop.ui.widgets.view_icons import view_icon


def _window(qtbot, vault, services, tmp_path) -> MainWindow:
    return open_window(qtbot, vault, services, tmp_path)


def test_the_window_fits_the_available_screen(qtbot, vault, services, tmp_path):
    window = _window(qtbot, vault, services, tmp_path)
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    window.close()


def test_every_screen_is_usable_at_1024_by_768(qtbot, vault, services, tmp_path):
    from factories import make_pdf

    doc = vault.importer.import_file(make_pdf(tmp_path / "scan.pdf")).document_id
    for i in range(3):
        question = vault.questions.add(
            text=f"A question long enough to need some room on the line {i}?",
            priority=1 + i % 3, category="diagnosis")
    vault.questions.update(question.id, document_id=doc)  # the Record column shows too
    window = _window(qtbot, vault, services, tmp_path)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    for page in window.pages:
        window.show_page(page)
        qtbot.wait(20)
        assert page.minimumSizeHint().width() <= window.stack.width(), page.title
    questions = window.questions
    window.show_page(questions)
    qtbot.wait(20)
    assert questions.table.columnWidth(COL_TEXT) >= 250  # was about 100 px
    window.close()


def test_icons_are_drawn_for_high_dpi():
    sharp = drop_icon(96, ratio=2.0)
    assert (sharp.width(), sharp.devicePixelRatio()) == (192, 2.0)
    sizes = {(s.width(), s.height()) for s in view_icon("grid").availableSizes()}
    assert sizes == {(16, 16), (32, 32)} or sizes == {(16, 16)}
    assert view_icon("grid").pixmap(16, 16, ).isNull() is False


def test_no_screen_widens_the_window_and_questions_keep_their_room(qtbot, vault, services,
                                                                    tmp_path):
    """At 1024x600 (a small laptop) and at 1200 wide, showing each screen leaves the window as
    wide as it was (Questions once widened it from 1200 to 1356) and the question's text keeps
    its room (it was squeezed to about 30 px, one word a line)."""
    from factories import make_pdf

    from secondop_desktop.ui.questions.page import TEXT_MIN

    doc = vault.importer.import_file(make_pdf(
        tmp_path / "ultrasound_of_the_thyroid_gland_with_fine_needle_aspiration_report.pdf")
    ).document_id
    for i in range(14):
        question = vault.questions.add(
            text=f"Could the nodule on the left lobe be watched rather than operated on {i}?",
            priority=1 + i % 3, category="treatment")
    vault.questions.update(question.id, document_id=doc, answer="Watch it for a year")
    vault.requests.add("University Hospital, Department of Endocrinology and Diabetes",
                       "notes,imaging-cd,pathology-slides", asked="2026-10-01")
    window = _window(qtbot, vault, services, tmp_path)
    for width, height in ((1024, 600), (1200, 800)):
        window.resize(width, height)
        qtbot.waitExposed(window)
        for page in window.pages:
            window.show_page(page)
            qtbot.wait(20)
            assert window.width() == width, page.title
        window.show_page(window.records)
        window.records.select_document(doc)  # the preview's page and zoom bar shows
        qtbot.wait(20)
        assert window.width() == width
        window.show_page(window.questions)
        qtbot.wait(20)
        assert window.questions.table.columnWidth(COL_TEXT) >= TEXT_MIN
    window.close()
