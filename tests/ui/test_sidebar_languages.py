"""Languages and the main window: every screen's name fits the sidebar in each shipped language,
and the window mirrors for a right-to-left language (Arabic, Hebrew) with nothing overlapping."""

from __future__ import annotations

import pytest
from factories import make_pdf
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from windows import open_window

from secondop_desktop.translations import LANGUAGES, load_translator


@pytest.fixture
def language(request, qapp):
    """The app in ``request.param``, with its compiled messages (`make test` makes them first;
    a source tree without them speaks English)."""
    translator = load_translator(request.param)
    if translator is not None:
        qapp.installTranslator(translator)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)


@pytest.fixture
def right_to_left(qapp):
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("language", sorted(LANGUAGES), indirect=True)
def test_every_screen_name_fits_the_sidebar(qtbot, vault, services, tmp_path, language):
    window = open_window(qtbot, vault, services, tmp_path)
    window.show_overdue(9)  # the Requests row at its longest (up to nine overdue)
    window.nav.doItemsLayout()
    names = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert window.nav.horizontalScrollBar().maximum() == 0, (language, names)  # none cut off


def _x(widget, window) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def test_the_window_mirrors_right_to_left(qtbot, vault, services, tmp_path, right_to_left):
    doc = vault.importer.import_file(make_pdf(tmp_path / "scan.pdf")).document_id
    question = vault.questions.add(text="Could the nodule be watched rather than operated on?",
                                   priority=1, category="treatment")
    vault.questions.update(question.id, document_id=doc)
    window = open_window(qtbot, vault, services, tmp_path)
    window.resize(1024, 768)
    qtbot.waitExposed(window)
    assert window.isRightToLeft() and window.menuBar().isRightToLeft()
    for page in window.pages:
        window.show_page(page)
        qtbot.wait(20)
        assert page.isRightToLeft(), page.title
        # The sidebar stands on the right, beside the screen, not over it.
        assert _x(window.nav, window) > _x(window.stack, window), page.title
        assert not window.nav.geometry().intersects(window.stack.geometry()), page.title
        # Every screen fits as it does left to right (tests/ui/test_screen_sizes.py).
        assert page.minimumSizeHint().width() <= window.stack.width(), page.title
        assert window.width() == 1024, page.title
    records = window.records
    window.show_page(records)
    qtbot.wait(20)
    # Inside a screen too: the search box leads on the right, Import… ends the row on the left.
    assert _x(records.search, window) > _x(records.import_button, window)
    window.close()


def test_qt_options_on_the_command_line_reach_qt():
    """`secondop-desktop -reverse` mirrors the window (a right-to-left check with no
    translation): the options the app does not know are Qt's, handed to QApplication."""
    from secondop_desktop.app import parse_args

    args = parse_args(["--demo", "-reverse", "-style", "fusion"])
    assert args.demo and args.qt_args == ["-reverse", "-style", "fusion"]
