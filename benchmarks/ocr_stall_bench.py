"""Longest GUI-thread stall while the background runner reads scans.

A QTimer fires every 5 ms on the GUI thread while ``OcrRunner`` reads generated A4 scans (one in
three lying sideways, so orientation detection runs too); the longest gap between two ticks,
minus 5 ms, is the longest stall the patient could feel.

    python benchmarks/ocr_stall_bench.py [--pages 12]      (goal: longest stall < 50 ms)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12)
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from scans import LAB_REPORT, make_scan

    from secondop_desktop.core.vault import Vault
    from secondop_desktop.ui.ocr_runner import OcrRunner
    from secondop_desktop.ui.services import Services

    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="ocr-stall-") as tmp:
        work = Path(tmp)
        scans = [make_scan(work / f"scan{i:02}.jpg", "\n".join([LAB_REPORT] * 3),
                           rotate=90 if i % 3 == 2 else 0, fmt="JPEG")
                 for i in range(args.pages)]
        with Vault.open(work / "vault") as vault:
            vault.importer.import_paths(scans)
        runner = OcrRunner(Services())
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0] - 0.005)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        runner.idle.connect(app.quit)
        timer.start()
        started = time.perf_counter()
        with Vault.open(work / "vault") as vault:
            runner.attach(vault)  # the queue reads through the vault the window has open
            app.exec()
            timer.stop()
            elapsed = time.perf_counter() - started
    gaps.sort()
    print(f"{args.pages} scans read in {elapsed:.1f} s; GUI ticks: {len(gaps)}")
    print(f"longest stall {gaps[-1] * 1000:.0f} ms, 99th percentile "
          f"{gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms (goal: longest < 50 ms)")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from summary import report

    report(f"GUI stall while reading {args.pages} scans", ours=gaps[-1] * 1000, anchor=None,
           unit="ms", goal=50, absolute=True)


if __name__ == "__main__":
    main()
