"""German words are about a third longer: the lists make room for them rather than cut them."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from clipped import clipped
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QIcon
from windows import open_window

from secondop_desktop.ui.questions.model import COL_ASKED, COL_CATEGORY, COL_PRIORITY
from secondop_desktop.ui.questions.page import QuestionsPage


class German(QTranslator):
    WORDS = {("QuestionLabels", "Must ask"): "Unbedingt fragen",
             ("QuestionLabels", "Treatment options"): "Behandlungsmöglichkeiten",
             ("QuestionsModel", "Asked"): "Gefragt"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get((context, source))  # None: the next translator says it


@pytest.fixture
def german(qapp):
    translator = German()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_question_columns_fit_the_languages_longest_word(german, qtbot, vault, services,
                                                         tmp_path):
    vault.questions.add(text="Is surgery the only option?", priority=1, category="treatment")
    window = open_window(qtbot, vault, services, tmp_path)
    window.resize(1200, 800)
    page = window.questions
    window.show_page(page)
    qtbot.wait(20)
    table, metrics = page.table, page.table.fontMetrics()
    assert table.model().headerData(COL_ASKED, Qt.Orientation.Horizontal) == "Gefragt"
    header = table.horizontalHeader()
    assert table.columnWidth(COL_ASKED) >= header.sectionSizeFromContents(COL_ASKED).width()
    assert table.columnWidth(COL_PRIORITY) > metrics.horizontalAdvance("Unbedingt")
    assert table.columnWidth(COL_CATEGORY) > metrics.horizontalAdvance("Behandlungsmöglichkeiten")
    window.close()


def test_the_lab_test_name_keeps_its_header_at_1024(qtbot, vault, services, tmp_path):
    window = open_window(qtbot, vault, services, tmp_path)
    window.resize(1024, 600)
    page = window.page_at(next(i for i, p in enumerate(window.pages) if p.title == "Labs"))
    window.show_page(page)
    qtbot.wait(20)
    header = page.table.horizontalHeader()
    assert page.table.columnWidth(0) >= header.sectionSizeFromContents(0).width()
    window.close()


class Spanish(QTranslator):
    WORDS = {("QuestionLabels", "Must ask"): "Preguntar sin falta",
             ("QuestionLabels", "Treatment options"): "Opciones de tratamiento"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get((context, source))


def test_a_squeezed_column_keeps_its_words_whole_while_it_can(qapp, qtbot, vault, services):
    """The Questions screen as a 1024-pixel window leaves it, or a little less: the priority
    and category give up room down to their longest word first ("Preguntar" whole, the label
    wrapped), and only then down to their first letters."""
    translator = Spanish()
    qapp.installTranslator(translator)
    try:
        vault.questions.add(text="Is surgery the only option?", priority=1,
                            category="treatment")
        page = QuestionsPage(vault, services)
        qtbot.addWidget(page)
        page.resize(800, 600)
        page.show()
        qtbot.waitExposed(page)
        metrics = page.table.fontMetrics()
        assert page.table.columnWidth(COL_PRIORITY) > metrics.horizontalAdvance("Preguntar")
        assert page.table.columnWidth(COL_CATEGORY) > metrics.horizontalAdvance("tratamiento")
    finally:
        qapp.removeTranslator(translator)


# -- every screen and dialog at 1024x600 in German and Spanish ---------------------------------
TS_DIR = Path(__file__).resolve().parents[2] / "translations"


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory) -> Path:
    """The demo patient: every screen filled in, as a newcomer sees it."""
    from secondop_desktop.demo import create_demo_vault

    return create_demo_vault(tmp_path_factory.mktemp("demo") / "vault", dt.date(2026, 12, 7))


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """The committed translations, compiled as `make translations` does (not the source tree's
    .qm files, which may be missing or older)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    folder = tmp_path_factory.mktemp("qm")
    for language in ("de", "es"):
        subprocess.run([str(lrelease), "-silent", str(TS_DIR / f"secondop_{language}.ts"),
                        "-qm", str(folder / f"secondop_{language}.qm")], check=True)
    return folder


@pytest.fixture
def speaking(request, qapp, compiled):
    translator = QTranslator()
    assert translator.load(f"secondop_{request.param}", str(compiled))
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def demo(demo_vault, tmp_path):
    from secondop_desktop.core.vault import Vault

    copy = tmp_path / "demo"
    shutil.copytree(demo_vault, copy)
    with Vault.open(copy) as vault:
        yield vault


def _settled(qtbot, widget, hints: bool = True) -> list[str]:
    """What ``widget`` cuts once its layout has settled: a status that just changed ("Scans
    lesen: 10 von 13") is laid out again a moment later."""
    for _ in range(3):
        found = clipped(widget, hints)
        if not found:
            break
        qtbot.wait(50)
    return found


def _first_row_selected(page, qtbot) -> None:
    """A row chosen, as the patient would: its details or editor beside the list show."""
    table = getattr(page, "table", None)
    if table is not None and table.model() is not None and table.model().rowCount():
        table.selectRow(0)
        qtbot.wait(20)


@pytest.mark.parametrize("speaking", ["de", "es"], indirect=True)
def test_no_screen_cuts_a_label_button_or_header_at_1024_by_600(speaking, demo, services,
                                                                 qtbot, tmp_path):
    """Each screen of the demo patient, its first row chosen: every label, button, check box,
    group title and column header shows its words whole; the Visit screen's field hints too
    ("Frecuencia" read "Frecue…", "Sustancia, p. ej., pe…")."""
    window = open_window(qtbot, demo, services, tmp_path)
    window.resize(1024, 600)
    qtbot.waitExposed(window)
    found = []
    for page in window.pages:
        window.show_page(page)
        qtbot.wait(20)
        _first_row_selected(page, qtbot)
        found += [f"{page.title}: {c}" for c in _settled(qtbot, window, page is window.visit)]
    assert found == []
    assert window.width() == 1024
    window.close()


@pytest.mark.parametrize("speaking", ["de", "es"], indirect=True)
def test_no_dialog_cuts_a_label_or_button(speaking, demo, services, qtbot, tmp_path):
    """Settings, Export, Back up, Restore, the import's summary, Combine, Split and the letter
    to the current doctor: whole words, and room on a 1024x600 screen."""
    from secondop_desktop.ui.backup.dialogs import BackupDialog, RestoreDialog
    from secondop_desktop.ui.export.dialog import ExportDialog
    from secondop_desktop.ui.records.combine_dialog import CombineDialog
    from secondop_desktop.ui.records.import_summary import ImportSummary, ImportSummaryDialog
    from secondop_desktop.ui.records.split_dialog import SplitDialog
    from secondop_desktop.ui.requests.inform import InformDialog
    from secondop_desktop.ui.settings_dialog import SettingsDialog

    window = open_window(qtbot, demo, services, tmp_path)
    docs = demo.documents.records()
    unknown = tmp_path / "notes.xyz"
    unknown.write_bytes(b"\x00\x01 not a record")
    results = tuple(demo.importer.import_paths([demo.documents.path(docs[0]), unknown]))
    several = next(d for d in docs if d.pages > 1)
    dialogs = {
        "settings": lambda: SettingsDialog(window.settings, services, window),
        "export": lambda: ExportDialog(demo, services, window),
        "backup": lambda: BackupDialog(demo, services, window, window.settings),
        "restore": lambda: RestoreDialog(services, window),
        "import summary": lambda: ImportSummaryDialog(ImportSummary(results), window),
        "combine": lambda: CombineDialog(docs[:3], lambda _doc: QIcon(), window),
        "split": lambda: SplitDialog(several, demo.documents.readable_path(several), services,
                                     window),
        "inform": lambda: InformDialog(demo, services, "Dr Okafor", window),
    }
    found = []
    for name, make in dialogs.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found += [f"{name}: {c}" for c in _settled(qtbot, dialog, hints=False)]
        # and it fits a 1024x600 screen with its title bar and a panel: its buttons on it
        least = dialog.minimumSizeHint()
        if least.width() > 1024 or least.height() > 600 - 70:
            found.append(f"{name}: at least {least.width()}x{least.height()}")
        dialog.reject()
    assert found == []
    window.close()


def test_a_hint_too_long_for_its_field_gives_way_to_a_shorter_wording(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from secondop_desktop.ui.widgets.fitting_hint import FittingHint, hint_room

    edit = QLineEdit()
    qtbot.addWidget(edit)
    FittingHint(edit, "Teléfono o correo electrónico (opcional)", "opcional")
    edit.resize(400, 30)
    edit.show()
    qtbot.waitExposed(edit)
    assert edit.placeholderText() == "Teléfono o correo electrónico (opcional)"
    edit.resize(edit.fontMetrics().horizontalAdvance("Teléfono o correo electrónico") + 30, 30)
    qtbot.wait(10)  # without its closing aside first
    assert edit.placeholderText() == "Teléfono o correo electrónico"
    edit.resize(90, 30)
    qtbot.wait(10)
    assert edit.placeholderText() == "opcional"
    assert edit.fontMetrics().horizontalAdvance("opcional") <= hint_room(edit)
    assert edit.toolTip() == "Teléfono o correo electrónico (opcional)"  # whole, on hovering
    edit.resize(400, 30)
    qtbot.wait(10)
    assert edit.placeholderText() == "Teléfono o correo electrónico (opcional)"
