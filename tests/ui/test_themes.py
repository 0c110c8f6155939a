"""Settings > Appearance: light, dark or the system's look, chosen in the app; in dark, text and
the sidebar's icons keep their contrast (measured as tests/ui/test_contrast.py does) and a page
thumbnail stays white paper."""

from __future__ import annotations

from collections import Counter

import pytest
from factories import make_pdf
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication
from test_contrast import low_contrast

from secondop_desktop.ui import style
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.records.thumbnails import framed, on_paper
from secondop_desktop.ui.settings import Settings
from secondop_desktop.ui.settings_dialog import SettingsDialog
from secondop_desktop.ui.style import apply_theme, contrast, is_dark

NON_TEXT = 3.0  # WCAG 1.4.11: icons and lines


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def app_look():
    """Whatever a test chooses, the next test gets the look it had."""
    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()
    yield app
    apply_theme(app, "system")
    app.setStyle(style)
    app.setPalette(palette)


def _choose(dialog: SettingsDialog, theme: str) -> None:
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
    dialog.theme.activated.emit(dialog.theme.currentIndex())


def _icon_ink(window: MainWindow, row: int) -> QColor:
    """The colour most of a sidebar icon's lines are drawn in, as the sidebar shows it."""
    item = window.nav.item(row)
    image = item.icon().pixmap(QSize(24, 24)).toImage()
    ink = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height())
                  if QColor.fromRgba(image.pixel(x, y)).alpha() > 200)
    return QColor.fromRgb(ink.most_common(1)[0][0])


def test_the_system_look_comes_back_after_light_or_dark(app_look, monkeypatch):
    """The platform's style is not asked for at start (the system look is there already), yet
    once light or dark replaced it with Fusion, "As the system" brings it back."""
    monkeypatch.setattr(style, "_system_style", None)  # a fresh start
    app_look.setStyle("Windows")  # stands for the platform's own style
    apply_theme(app_look, "system")
    assert app_look.style().name().lower() == "windows"
    apply_theme(app_look, "dark")
    assert app_look.style().name().lower() != "windows" and is_dark(app_look.palette())
    apply_theme(app_look, "system")
    assert app_look.style().name().lower() == "windows"
    assert app_look.palette().resolveMask() == 0


def test_the_look_is_chosen_in_settings_and_kept(qtbot, vault, services, settings, app_look):
    assert settings.theme == "system"
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitUntil(lambda: not window.nav.item(0).icon().isNull())
    dialog = SettingsDialog(settings, services, window)
    qtbot.addWidget(dialog)
    _choose(dialog, "dark")
    assert settings.theme == "dark" and is_dark(app_look.palette())
    qtbot.waitUntil(lambda: is_dark(window.palette()))  # the windows hear of it in turn
    assert is_dark(window.palette()) and "#ffb4ab" in window.styleSheet()  # the dark roles
    sidebar = window.nav.palette().color(QPalette.ColorRole.Window)
    for row in range(window.nav.count()):
        if row != window.nav.currentRow():
            assert contrast(_icon_ink(window, row), sidebar) >= NON_TEXT
    _choose(dialog, "light")
    assert settings.theme == "light" and not is_dark(app_look.palette())
    qtbot.waitUntil(lambda: not is_dark(window.palette()))
    sidebar = window.nav.palette().color(QPalette.ColorRole.Window)
    assert contrast(_icon_ink(window, 1), sidebar) >= NON_TEXT
    _choose(dialog, "system")
    assert settings.theme == "system" and app_look.palette().resolveMask() == 0
    settings.theme = "sepia"  # not a choice: the system's look
    assert settings.theme == "system"


def test_text_reads_on_every_screen_in_the_apps_own_dark(qtbot, vault, services, settings,
                                                          app_look):
    apply_theme(app_look, "dark")
    vault.questions.add(text="Is surgery needed now?", priority=1)
    vault.symptoms.add(symptom="Palpitations", severity=6, at="2026-11-20 08:30")
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)  # as tests/ui/test_contrast.py: every label of Visit on screen
    window.show()
    low = low_contrast(qtbot, window)
    assert not low, "\n".join(low)
    window.close()


def test_a_page_thumbnail_is_white_paper_in_any_theme(tmp_path):
    page = QImage(60, 80, QImage.Format.Format_ARGB32_Premultiplied)
    page.fill(Qt.GlobalColor.transparent)  # a PDF page that paints no background of its own
    painter = QPainter(page)
    painter.fillRect(QRect(10, 10, 40, 4), Qt.GlobalColor.black)  # a line of text
    painter.end()
    thumb = framed(page, 96)
    assert thumb.pixelColor(48, 60) == QColor("white")
    assert thumb.pixelColor(2, 48).alpha() == 0  # beside the page: the list shows through

    old = QImage(96, 96, QImage.Format.Format_ARGB32_Premultiplied)  # cached before the fix
    old.fill(Qt.GlobalColor.transparent)
    painter = QPainter(old)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.drawRect(QRect(17, 1, 61, 93))  # only the frame around a transparent page
    painter.end()
    fixed = on_paper(old)
    assert fixed.pixelColor(48, 48) == QColor("white")
    assert fixed.pixelColor(5, 48).alpha() == 0


def test_a_pdf_thumbnail_from_the_vault_is_on_white(vault, tmp_path):
    from secondop_desktop.ui.records.thumbnails import make_thumbnail

    doc = vault.documents.get(
        vault.importer.import_file(make_pdf(tmp_path / "letter.pdf", ["Letter"])).document_id)
    image = make_thumbnail(vault, doc, 96)
    middle = image.pixelColor(image.width() // 2, image.height() // 3)
    assert middle.alpha() == 255 and middle.lightness() > 200


def test_a_screen_never_shown_follows_a_change_of_look(qtbot, vault, services, settings,
                                                        app_look):
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitUntil(lambda: len(window.built_pages()) == window.nav.count(), timeout=10_000)
    dialog = SettingsDialog(settings, services, window)
    qtbot.addWidget(dialog)
    _choose(dialog, "dark")  # from the Records screen: Visit was built, never shown
    qtbot.waitUntil(lambda: is_dark(window.palette()))
    window.show_page(window.visit)
    name = window.visit.field("patient.name").editor
    qtbot.waitUntil(lambda: is_dark(name.palette()))
    shown = window.grab().toImage().pixelColor(name.mapTo(window, name.rect().center()))
    assert shown.lightness() < 80  # a dark field, not the light one it was built with


def test_an_unticked_box_shows_on_a_dark_field(qtbot, app_look):
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    apply_theme(app_look, "dark")
    box = QCheckBox("Discharge summaries")
    qtbot.addWidget(box)
    box.show()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    edge = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    ring = [image.pixelColor(x, y) for x in range(edge.left(), edge.right() + 1)
            for y in (edge.top(), edge.bottom())]
    field = box.palette().color(QPalette.ColorRole.Base)
    assert max(contrast(color, field) for color in ring) >= NON_TEXT


def test_an_overdue_request_reads_in_dark(qtbot, vault, app_look):
    import datetime as dt

    from secondop_desktop.ui.requests.model import COL_DUE, RequestsModel

    apply_theme(app_look, "dark")
    vault.requests.add("GP", "notes", asked=dt.date.today() - dt.timedelta(days=60))
    model = RequestsModel()
    model.set_requests(vault.requests.all())
    late = model.index(0, COL_DUE)
    tint = model.data(late, Qt.ItemDataRole.BackgroundRole)
    text = app_look.palette().color(QPalette.ColorRole.Text)
    assert contrast(text, tint) >= 4.5  # the row's words on its tint
    assert contrast(model.data(late, Qt.ItemDataRole.ForegroundRole), tint) >= 4.5  # the date
