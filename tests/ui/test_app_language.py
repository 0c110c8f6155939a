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
