"""The app's language, installed at start, stays installed: its translators are the app's."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from secondop_desktop import translations

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>Probe</name>
<message><source>Undo</source><translation>Rückgängig</translation></message>
<message numerus="yes"><source>%n record(s)</source><translation>
<numerusform>%n Dokument</numerusform><numerusform>%n Dokumente</numerusform>
</translation></message>
</context>
</TS>
"""


def test_the_language_installed_at_start_outlives_the_garbage_collector(qapp, tmp_path,
                                                                         monkeypatch):
    (tmp_path / "secondop_de.ts").write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "secondop_de.ts"),
                    "-qm", str(tmp_path / "secondop_de.qm")], check=True)
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)
    before = set(qapp.findChildren(QTranslator))
    try:
        assert translations.install_app_language(qapp, "de") == "de"
        gc.collect()  # nothing of ours holds the translators but the app
        assert QCoreApplication.translate("Probe", "Undo") == "Rückgängig"
        assert QCoreApplication.translate("Probe", "%n record(s)", "", 3) == "3 Dokumente"
    finally:  # the other tests read English
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(QLocale("en"))


class Marked(QTranslator):
    """Answers for the contexts it is given, so a test sees which context a text was shown in."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's
        return f"{context}: {source}" if context in self.contexts else None  # None: not here


def test_tables_show_their_headers_in_the_context_they_are_marked_in(qapp, vault, services):
    from PySide6.QtCore import Qt

    from secondop_desktop.ui.history.model import SentModel
    from secondop_desktop.ui.operations import Changes
    from secondop_desktop.ui.symptoms.model import SymptomTableModel
    from secondop_desktop.ui.widgets.row_table_model import Column, RowTableModel
    from secondop_desktop.ui.writes import Writer

    writer = Writer(services, None, Changes())
    marked = Marked({"SentModel", "RowTableModel"})
    qapp.installTranslator(marked)
    try:
        def header(model) -> str:
            return model.headerData(0, Qt.Orientation.Horizontal)

        assert header(SentModel()) == "SentModel: When"  # its own class
        assert header(RowTableModel(vault.medications, [Column("name", "Name")],
                                    writer)) == "RowTableModel: Name"
        # A subclass without translations of its own falls back on its base's.
        assert header(SymptomTableModel(vault.symptoms, writer)) == "RowTableModel: When"
    finally:
        qapp.removeTranslator(marked)


def test_a_message_no_compiled_file_has_reads_as_english_plurals_included(qapp, tmp_path,
                                                                          monkeypatch):
    """The translator asked last (installed with the app's language) says "%n record(s)" as
    English does, in the window and on paper, even with no .qm compiled at all."""
    assert QCoreApplication.translate("Nowhere", "%n widget(s) left", "", 1) == "1 widget left"
    assert QCoreApplication.translate("Nowhere", "%n entry(s)", "", 3) == "3 entries"
    assert QCoreApplication.translate("Nowhere", "Plain words") == "Plain words"
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)  # nothing compiled
    monkeypatch.setattr(translations.packet_text, "_cache", {})
    with translations.packet_text.language_of_this_thread("de"):
        assert translations.packet_text.translate("Nowhere", "%n page(s)", "", 1) == "1 page"
