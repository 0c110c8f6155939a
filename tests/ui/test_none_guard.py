"""PySide6 6.12 drops a reference to None on every void call; the package guard must absorb it."""

import subprocess
import sys

SCRIPT = """
import secondop_desktop
from PySide6.QtCore import QRectF
rect = QRectF()
for _ in range(50_000):
    rect.setWidth(1.0)
print("survived")
"""


def test_many_void_qt_calls_do_not_kill_python():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    assert "survived" in done.stdout
