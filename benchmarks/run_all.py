"""Run every benchmark, one after the other, and print one table of their summaries at the end.

Each benchmark prints its own lines as it goes and ends with a ``BENCH {json}`` summary (see
summary.py); this collects those into a table of figure, anchor, ratio, goal, peak memory and
the machine's load. Exit status 1 when a goal is missed or a benchmark fails.

    python benchmarks/run_all.py [--only import,export] [--skip ocr]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from summary import PREFIX, load

HERE = Path(__file__).resolve().parent
# (short name, script, arguments): the figures first, the stall probes after.
BENCHMARKS = [
    ("start", "startup_bench.py", []),
    ("import", "import_bench.py", []),
    ("export", "export_bench.py", []),
    ("search", "search_bench.py", []),
    ("ocr", "ocr_bench.py", []),
    ("backup", "backup_bench.py", []),
    ("import-stall", "import_stall_bench.py", []),
    ("ocr-stall", "ocr_stall_bench.py", []),
    ("backup-stall", "backup_stall_bench.py", []),
]


def run(script: str, args: list[str]) -> tuple[list[dict], int, float]:
    """The benchmark's summaries, its exit status and its duration; its output passes through."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(HERE / script), *args], stdout=subprocess.PIPE,
                            text=True, cwd=HERE.parent,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    found = []
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(PREFIX):
            found.append(json.loads(line[len(PREFIX):]))
        else:
            print(f"  {line}", end="", flush=True)
    return found, proc.wait(), time.perf_counter() - started


def cell(value: float | None, unit: str = "") -> str:
    return "–" if value is None else f"{value:.3g}{unit}"


def table(rows: list[dict]) -> str:
    header = ("benchmark", "ours", "anchor", "ratio", "goal", "peak MiB", "ok", "load")
    lines = [header]
    for r in rows:
        unit = f" {r['unit']}"
        goal = f"<= {r['goal']:g}{unit}" if r["absolute"] else f"<= {r['goal']:g}x"
        peak = "–" if r.get("peak_mib") is None else (
            f"{r['peak_mib']:.0f}" + (f" (<= {r['peak_goal_mib']:g})" if r.get("peak_goal_mib")
                                      else ""))
        lines.append((r["name"], cell(r["ours"], unit), cell(r["anchor"], unit),
                      cell(r["ratio"], "x"), goal, peak, "yes" if r["ok"] else "NO",
                      r["load"].removeprefix("load ")))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    out = [" | ".join(str(v).ljust(w) for v, w in zip(line, widths, strict=True))
           for line in lines]
    out.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated short names")
    parser.add_argument("--skip", default="", help="comma-separated short names")
    args = parser.parse_args()
    only = {n for n in args.only.split(",") if n}
    skip = {n for n in args.skip.split(",") if n}
    rows: list[dict] = []
    failed: list[str] = []
    print(f"start: {load()}")
    for name, script, script_args in BENCHMARKS:
        if (only and name not in only) or name in skip:
            continue
        print(f"== {name}: {script} ({load()})", flush=True)
        found, code, seconds = run(script, script_args)
        rows += found
        if code or not found:
            failed.append(f"{name} (exit {code})")
        print(f"== {name}: {seconds:.0f} s", flush=True)
    print()
    print(table(rows))
    print(f"end: {load()}")
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed or not all(r["ok"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
