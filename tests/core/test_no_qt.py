"""The core, the command line and the paths module never need Qt; nor do the core's tests.

Every core module, and every test module of tests/core, is imported in a Python that cannot
import PySide6 (``sys.modules["PySide6"] = None``): a Qt import anywhere in them fails there.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import secondop_desktop.core

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import importlib, importlib.util, sys
sys.modules["PySide6"] = None  # any `import PySide6...` now raises ImportError
sys.path.insert(0, {tests!r})
failed = []
for name in {modules!r}:
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed.append(f"{{name}}: {{exc}}")
for path in {test_files!r}:  # the core's own tests: imported, as pytest would, not run
    spec = importlib.util.spec_from_file_location("core_test_" + str(len(failed)), path)
    try:
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    except ImportError as exc:
        failed.append(f"{{path}}: {{exc}}")
leaked = sorted(m for m in sys.modules if m.startswith("PySide6") and sys.modules[m] is not None)
print("\\n".join(failed + leaked))
sys.exit(1 if failed or leaked else 0)
"""


def core_modules() -> list[str]:
    found = [m.name for m in pkgutil.walk_packages(secondop_desktop.core.__path__,
                                                    "secondop_desktop.core.")]
    return ["secondop_desktop.core", *found]


def test_core_modules_are_found():
    names = core_modules()
    for expected in ("db", "blobs", "documents", "vault", "formats.pdf", "formats.dicom"):
        assert f"secondop_desktop.core.{expected}" in names


def core_test_files() -> list[str]:
    here = Path(__file__).resolve()
    return sorted(str(p) for p in here.parent.rglob("*.py") if p != here)


def test_core_test_files_are_found():
    names = {Path(p).name for p in core_test_files()}
    assert {"test_vault.py", "test_formats.py", "test_ccda.py"} <= names  # portal/ too


def test_every_core_module_and_core_test_imports_with_pyside6_blocked():
    modules = [*core_modules(), "secondop_desktop.cli", "secondop_desktop.paths", "factories"]
    code = PROBE.format(tests=str(ROOT / "tests"), modules=modules,
                        test_files=core_test_files())
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_probe_catches_a_qt_import(tmp_path):
    """The probe itself fails on a module that imports Qt (so its silence means something)."""
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    code = PROBE.format(tests=str(ROOT / "tests"), modules=[],
                        test_files=[str(tmp_path / "uses_qt.py")])
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1 and "uses_qt.py" in proc.stdout
