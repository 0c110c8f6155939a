"""Start to first window: SecondOp on a 2,000-record vault vs a bare PySide6 QMainWindow.

Each run is a fresh process (imports included), timed from spawn to the end of the first expose
of the main window, when its first frame has been painted. Both sides detect that moment the same
way (``FIRST_FRAME`` below); SecondOp starts through its real entry point (``app.main``). The two
kinds run alternately, several times, and the median of the paired ratios is printed (goal: 1.1x
or less), with the CPU time each process had used by then (steadier than wall time on a busy
machine). Compiled bytecode is cached in a temporary folder, as an installed app has it. The
records are rows made directly in SQL: the list is what is measured, not 2,000 files.

Where Xvfb is installed, both run on a real X server of their own (as on a desktop); otherwise
on the offscreen platform (``--offscreen`` forces it).

    python benchmarks/startup_bench.py [--records 2000] [--runs 9] [--offscreen]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from summary import paired_ratio, report  # noqa: E402

GOAL = 1.1

# Prints "shown <CPU seconds>" once the first expose of the main window has been handled (its
# widgets painted).
# Only that window's native window is watched, so no other event passes through Python.
FIRST_FRAME = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstFrame(QObject):
    def __init__(self, window, after_shown):
        super().__init__(window)
        self.after_shown = after_shown
        window.windowHandle().installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Expose or not watched.isExposed():
            return False
        watched.removeEventFilter(self)
        watched.event(event)  # paint the frame now, then report it
        import time
        print("shown", time.process_time(), flush=True)
        self.after_shown()
        return True
"""

BARE = FIRST_FRAME + """
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
FirstFrame(window, app.quit)
app.exec()
"""

# What our first frame shows, in plain PySide with none of our code: the floor of any window that
# shows it (text needs the font database, which the empty anchor never loads). Printed for
# reference; the goal is against the bare window.
PLAIN = FIRST_FRAME + """
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QWidget
app = QApplication([])
window = QMainWindow()
central = QWidget()
row = QHBoxLayout(central)
nav = QListWidget()
nav.setFixedWidth(170)
nav.addItems(["Records", "Questions", "Symptoms", "Visit", "Requests", "History", "Labs",
              "Specialists", "Checklist", "Opinions"])
row.addWidget(nav)
row.addWidget(QLabel("Opening your records…"), 1)
window.setCentralWidget(central)
for title in ("&File", "&Edit", "&View", "&Record", "&Help"):
    window.menuBar().addMenu(title)
window.statusBar()
window.resize(1200, 800)
window.show()
FirstFrame(window, app.quit)
app.exec()
"""

SECONDOP = FIRST_FRAME + """
from PySide6.QtCore import QTimer
from secondop_desktop import app as secondop
from secondop_desktop.ui.main_window import MainWindow


def report_listed(window):
    # Also report when the list has arrived from its background load (not part of the ratio).
    records = window.built_pages()[:1]
    if window.ready and records and records[0].loaded:
        print("listed", records[0].model.rowCount(), flush=True)
        window.close()
    else:
        QTimer.singleShot(5, lambda: report_listed(window))


show = MainWindow.show


def show_and_watch(window):
    show(window)
    FirstFrame(window, lambda: report_listed(window))


MainWindow.show = show_and_watch
sys.exit(secondop.main(["--vault", sys.argv[1]]))
"""


def make_vault(folder: Path, count: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from secondop_desktop.core.vault import Vault

    kinds = ("imaging", "labs", "reports", "other")
    start = dt.date(2015, 1, 1)
    with Vault.open(folder) as vault, vault.db.transaction() as conn:
        conn.executemany(
            "INSERT INTO documents (sha256, original_name, format, kind, title, record_date, "
            "provider, pages, size, imported_at, meta) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(f"{i:064x}", f"record_{i}.pdf", "pdf", kinds[i % 4], f"Record number {i}",
              (start + dt.timedelta(days=i % 3000)).isoformat(), f"Clinic {i % 37}",
              1 + i % 9, 10_000 + i, "2024-01-01T10:00:00", json.dumps({}))
             for i in range(count)])
        conn.executemany("INSERT INTO document_text (document_id, text) VALUES (?, ?)",
                         [(i + 1, f"text of record {i} with findings") for i in range(0, count, 3)])


def run(script: str, *args: str, env: dict[str, str]) -> tuple[float, float, float | None]:
    """Seconds to 'shown', the CPU seconds used by then, and to 'listed' when reported."""
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    shown = listed = None
    cpu = 0.0
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown"):
            shown = time.perf_counter() - began
            cpu = float(line.split()[1])
        elif line.startswith("listed"):
            listed = time.perf_counter() - began
    proc.wait()
    if shown is None:
        raise SystemExit(f"the child process failed (exit {proc.returncode})")
    return shown, cpu, listed


def instructions(script: str, *args: str, env: dict[str, str]) -> int:
    """Instructions the process ran to its first frame (it leaves there), counted by valgrind."""
    leave_at_first_frame = re.sub(r"FirstFrame\(window, .*\)\n",
                                  "FirstFrame(window, lambda: os._exit(0))\n", script)
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           sys.executable, "-c", "import os\n" + leave_at_first_frame, *args],
                          env=env, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"valgrind failed: {done.stderr[-500:]}")
    return int(found.group(1))


def count_instructions(env: dict[str, str], vault: Path) -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind")
    run(SECONDOP, str(vault), env=env)  # the bytecode cache
    bare = instructions(BARE, env=env)
    for name, script, args in (("plain PySide, same frame", PLAIN, ()),
                               ("SecondOp first window", SECONDOP, (str(vault),))):
        count = instructions(script, *args, env=env)
        print(f"instructions, {name}: {count / 1e6:.1f} M against {bare / 1e6:.1f} M bare "
              f"({count / bare:.3f}x)")


@contextlib.contextmanager
def display(offscreen: bool) -> Iterator[dict[str, str]]:
    """The platform both sides start on: an Xvfb server of our own where there is one."""
    if offscreen or shutil.which("Xvfb") is None:
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    number = 90 + os.getpid() % 500
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        for _ in range(100):
            if socket.exists():
                break
            time.sleep(0.05)
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--offscreen", action="store_true", help="no X server, even with Xvfb")
    parser.add_argument("--instructions", action="store_true",
                        help="also count each side's instructions to its first frame under "
                             "valgrind (exact, unlike times on a busy machine)")
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as tmp, display(args.offscreen) as platform:
        vault_dir = Path(tmp) / "vault"
        make_vault(vault_dir, args.records)
        env = {key: value for key, value in os.environ.items()
               if key != "PYTHONDONTWRITEBYTECODE"}
        env.update({**platform, "PYTHONPATH": str(root),
                    "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
                    "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
                    "XDG_DATA_HOME": str(Path(tmp) / "data"),
                    "XDG_STATE_HOME": str(Path(tmp) / "state"),
                    "XDG_CACHE_HOME": str(Path(tmp) / "cache")})
        if args.instructions:
            count_instructions(env, vault_dir)
        for _ in range(2):  # warm the disk cache and the bytecode cache for both
            run(BARE, env=env)
            run(PLAIN, env=env)
            run(SECONDOP, str(vault_dir), env=env)
        bare, bare_cpu, ours, ours_cpu, listed, plain_cpu = [], [], [], [], [], []
        for _ in range(args.runs):
            shown, cpu, _ = run(BARE, env=env)
            bare.append(shown)
            bare_cpu.append(cpu)
            plain_cpu.append(run(PLAIN, env=env)[1])
            shown, cpu, done = run(SECONDOP, str(vault_dir), env=env)
            ours.append(shown)
            ours_cpu.append(cpu)
            if done is not None:
                listed.append(done)
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"records in vault:            {args.records}  ({platform['QT_QPA_PLATFORM']})")
    print(f"bare QMainWindow, median:    {b * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{x * 1000:.0f}" for x in bare) + ")")
    print(f"SecondOp first window:       {o * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{x * 1000:.0f}" for x in ours) + ")")
    print(f"CPU time by then, medians:   {statistics.median(bare_cpu) * 1000:7.0f} ms bare, "
          f"{statistics.median(ours_cpu) * 1000:.0f} ms ours "
          f"(ratio {paired_ratio(ours_cpu, bare_cpu):.2f}x)")
    print(f"plain PySide, same frame:    {statistics.median(plain_cpu) * 1000:7.0f} ms CPU "
          f"(ratio {paired_ratio(plain_cpu, bare_cpu):.2f}x: the floor, none of our code)")
    if listed:
        print(f"SecondOp list filled:        {statistics.median(listed) * 1000:7.0f} ms")
    # Each SecondOp run follows a bare run: their ratio shares the machine's load at that moment.
    report(f"start, {args.records} records", ours=o, anchor=b, anchor_name="bare QMainWindow",
           unit="s", ratio=paired_ratio(ours, bare), goal=GOAL,
           note=f"CPU {paired_ratio(ours_cpu, bare_cpu):.2f}x")


if __name__ == "__main__":
    main()
