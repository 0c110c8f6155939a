"""A refused file's reason reaches the patient in the app's language; the CLI keeps English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from secondop_desktop import cli
from secondop_desktop.translations import shown_reason
from secondop_desktop.ui.records.page import RecordsPage


class German(QTranslator):
    """What the German .qm says for the reasons this test meets."""

    WORDS = {("Reason", "the file is empty"): "die Datei ist leer",
             ("ImportSummary", "Not imported, and why:"): "Nicht importiert, und warum:"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get((context, source))  # None: not ours, the next translator says it


@pytest.fixture
def german(qapp):
    translator = German()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_import_summary_says_why_in_german(german, qtbot, vault, services, tmp_path):
    empty = tmp_path / "befund.pdf"
    empty.write_bytes(b"")
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.import_paths([empty])
    text = page.last_summary.text()
    assert "  befund.pdf: die Datei ist leer" in text.splitlines()
    assert "the file is empty" not in text
    assert page.last_summary.refused[0].reason == "the file is empty"  # the log's English


def test_a_reason_shown_in_a_dialog_is_german(german):
    from secondop_desktop.core.errors import RefusedFile
    assert shown_reason(RefusedFile("the file is empty")) == "die Datei ist leer"
    assert shown_reason(ValueError("ours")) == "ours"  # not one of ours: as it is
    assert QCoreApplication.translate("Reason", "not one of ours") == "not one of ours"


def test_the_cli_says_why_in_english_whatever_the_app_language(german, tmp_path, capsys):
    empty = tmp_path / "befund.pdf"
    empty.write_bytes(b"")
    cli.main(["--vault", str(tmp_path / "v"), "import", str(empty)])
    assert capsys.readouterr().out == "refused befund.pdf: the file is empty\n"
