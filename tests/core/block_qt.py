"""pytest plugin: make every ``import PySide6...`` fail, to prove the core needs no Qt.

Used by test_no_qt.py as ``-p block_qt -p no:pytest-qt`` in a subprocess.
"""

import sys

sys.modules["PySide6"] = None  # type: ignore[assignment]
