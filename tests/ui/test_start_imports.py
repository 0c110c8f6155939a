"""The first frame waits for as little as it can: the look of the system needs no Fusion theme
(its Qt namespace and QStyle make PySide build about a hundred enums)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_systems_look_imports_no_theme():
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from secondop_desktop import app as start; "
            "from secondop_desktop.ui import main_window, style; "
            "style.apply_theme(app, 'system'); "
            "sys.exit('secondop_desktop.ui.themes' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0
