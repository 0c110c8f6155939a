"""The first frame builds no more of PySide's enums than it needs: the Qt namespace alone makes
PySide build some hundred of them (about 15 ms of a start measured against a bare window)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIRST_FRAME = """
import sys
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject
from secondop_desktop import app
from secondop_desktop.ui.main_window import MainWindow


class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            built = "Qt" in vars(PySide6.QtCore)  # imported (and its enums built) by then
            print("Qt namespace built" if built else "fine", flush=True)
            import os
            os._exit(1 if built else 0)
        return False


show = MainWindow.show


def watched_show(window):
    show(window)
    window.windowHandle().installEventFilter(FirstFrame(window))


MainWindow.show = watched_show
app.main(["--vault", sys.argv[1]])
"""


def test_the_first_frame_builds_no_qt_namespace(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", FIRST_FRAME, str(tmp_path / "vault")],
                          cwd=Path(__file__).parents[2], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip() == "fine", done.stdout + done.stderr
