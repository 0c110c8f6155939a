"""German words are about a third longer: the lists make room for them rather than cut them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
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
