"""The core, the command line and the paths module never need Qt."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import secondop_desktop.core

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import importlib, sys
sys.modules["PySide6"] = None  # any `import PySide6...` now raises ImportError
sys.path.insert(0, {tests!r})
failed = []
for name in {modules!r}:
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed.append(f"{{name}}: {{exc}}")
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


def test_every_core_module_imports_with_pyside6_blocked():
    modules = [*core_modules(), "secondop_desktop.cli", "secondop_desktop.paths", "factories"]
    code = PROBE.format(tests=str(ROOT / "tests"), modules=modules)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_core_suite_passes_with_pyside6_blocked():
    """The core tests themselves, run in a Python that cannot import Qt at all."""
    here = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(here), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "block_qt", "-p", "no:pytest-qt",
         "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestConfigWarning",
         str(here), "--ignore", str(Path(__file__))],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert " passed" in proc.stdout and "PySide6" not in proc.stdout
