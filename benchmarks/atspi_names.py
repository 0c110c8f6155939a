"""Walk the running app as a screen reader sees it (AT-SPI) and list unnamed controls.

Run by ``benchmarks/atspi_check.sh`` (which starts Xvfb, the accessibility bus and the demo) with
the system Python, where pyatspi lives. Each of the four screens is shown in turn (Ctrl+1..4,
typed with xdotool) and every showing, focusable control
is listed with its role and name; one with no name is announced as just its role ("edit text"),
which tells a blind patient nothing. Exit 1 when any control has no name.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]  # Debian: python3-pyatspi

APP_NAMES = ("secondop-desktop", "SecondOp")
CONTROLS = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
            "password text", "spin button", "slider", "table", "list", "tree", "tree table",
            "page tab", "menu button", "date editor"}


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name in APP_NAMES:
            return app
    return None


def walk(node, depth=0):
    yield node
    if depth > 40:
        return
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, depth + 1)


def controls(app):
    for node in walk(app):
        try:
            state = node.getState()
            role = node.getRoleName()
        except Exception:  # noqa: BLE001 - a node that left the bus while walking
            continue
        if role in CONTROLS and state.contains(pyatspi.STATE_SHOWING) \
                and state.contains(pyatspi.STATE_FOCUSABLE):
            yield role, node.name or "", node.description or ""


def main() -> int:
    app = None
    for _ in range(30):
        app = find_app()
        if app is not None:
            break
        time.sleep(1)
    if app is None:
        print("atspi: the app is not on the accessibility bus", file=sys.stderr)
        return 2
    nav = next((n for n in walk(app) if n.getRoleName() == "list" and
                n.childCount == 4), None)
    unnamed = []
    screens = range(nav.childCount) if nav is not None else [None]
    for screen in screens:
        title = "window"
        if nav is not None:
            # Ctrl+1..4, as a keyboard user switches screens (xdotool types into the window).
            subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "SecondOp",
                            "windowfocus", "key", f"ctrl+{screen + 1}"], check=False, timeout=20)
            title = nav.getChildAtIndex(screen).name
            time.sleep(1.5)
        seen = list(controls(app))
        for role, name, description in seen:
            print(f"{title:10} {role:14} {name!r} {description!r}")
            if not name.strip():
                unnamed.append(f"{title}: {role}")
        print(f"{title}: {len(seen)} controls")
    if unnamed:
        print("atspi: unnamed controls:\n  " + "\n  ".join(unnamed), file=sys.stderr)
        return 1
    print("atspi: every control has a name")
    return 0


if __name__ == "__main__":
    sys.exit(main())
