"""The first frame and the records list wait for as little as they can: the system's look needs
no Fusion theme (its Qt namespace and QStyle make PySide build about a hundred enums), the list
no PDF writer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_systems_look_imports_no_theme():
    """The system's look at start imports no Fusion theme."""
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from secondop_desktop import app as start; "
            "from secondop_desktop.ui import main_window, style; "
            "style.apply_theme(app, 'system'); "
            "sys.exit('secondop_desktop.ui.themes' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0


def test_the_records_list_waits_for_no_pdf_writer():
    """pypdf (and the cryptography its encryption loads) comes with combining, splitting or a
    turned page, on a worker: the Records screen shows the list without it."""
    code = ("import sys; import secondop_desktop.ui.records.page; "
            "sys.exit('pypdf' in sys.modules or 'Cryptodome' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0


def test_pyside_reads_no_source_of_the_modules_loaded_before_it(monkeypatch):
    """PySide reads the whole source of each module an import statement names, once, after it
    is loaded itself (typing, logging, threading, os... 3 ms of the first window): the modules
    already loaded are told to it as it would have found them, without the reading."""
    import PySide6.QtCore  # noqa: F401 - its import hook is what is looked at

    from secondop_desktop import spare_pyside_the_source_reads

    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "pyside_feature_dict", {})
    read: list[str] = []
    monkeypatch.setattr(feature, "_mod_uses_pyside", lambda module: read.append(module.__name__))
    sys.modules.pop("colorsys", None)  # loaded by an earlier test or not: loaded after, here
    spare_pyside_the_source_reads()
    assert feature.pyside_feature_dict["typing"] == -1  # as PySide finds a module without it
    assert not any(name.startswith(("PySide6", "secondop_desktop"))
                   for name in feature.pyside_feature_dict)  # those it still reads itself
    __import__("typing")
    __import__("colorsys")  # loaded after: PySide reads it, as before
    assert read == ["colorsys"]
