"""Shared widgets import no screen, and no screen imports another: every screen uses
ui/widgets/, so a screen imported there (or by a screen) drags itself into the others and
imports run in circles. Read from the source with ast, so an import inside a function counts."""

from __future__ import annotations

import ast
from pathlib import Path

import secondop_desktop.ui

UI = Path(secondop_desktop.ui.__file__).parent
# A screen is a package of ui/ (records/, visit/, history/...); widgets/ is the shared one.
SCREENS = sorted(p.name for p in UI.iterdir()
                 if (p / "__init__.py").is_file() and p.name != "widgets")


def imported_modules(source: str, package: str) -> set[str]:
    """Every module (or name in a package) that ``source``, in ``package``, imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0]  # level 1: the package itself
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def screens_imported(source: str, package: str) -> set[str]:
    """The screens whose packages ``source`` imports from."""
    return {screen for name in imported_modules(source, package) for screen in SCREENS
            if name == f"secondop_desktop.ui.{screen}"
            or name.startswith(f"secondop_desktop.ui.{screen}.")}


def _screens_imported_by(folder: str) -> dict[str, list[str]]:
    """Module (relative to ui/) -> the other screens it imports, for every module in ``folder``."""
    found = {}
    for path in sorted((UI / folder).rglob("*.py")):
        package = ".".join(("secondop_desktop", *path.relative_to(UI.parent).parent.parts))
        others = screens_imported(path.read_text(encoding="utf-8"), package) - {folder}
        if others:
            found[str(path.relative_to(UI))] = sorted(others)
    return found


def test_no_widget_module_imports_a_screen():
    assert _screens_imported_by("widgets") == {}


def test_no_screen_imports_another_screen():
    assert {screen: found for screen in SCREENS if (found := _screens_imported_by(screen))} == {}


def test_the_check_sees_each_way_of_importing_a_screen():
    package = "secondop_desktop.ui.widgets"
    assert screens_imported("from ..visit.models import ListSpec", package) == {"visit"}
    assert screens_imported("from .. import history", package) == {"history"}
    assert screens_imported("def f():\n    from ..export.dialog import run_export\n",
                            package) == {"export"}
    assert screens_imported("import secondop_desktop.ui.records.page", package) == {"records"}
    assert screens_imported("from ...ui.labs import page", package) == {"labs"}
    assert not screens_imported("from ..operations import Changes\nfrom .page import Page\n"
                                "from ..widgets.page import Page", package)
    assert {"records", "visit", "history", "export"} <= set(SCREENS)
