"""Import speed and memory against the floor: copying the same files and hashing the copies.

Generates 600 scanned A4 pages (JPEG, 300 dpi) and 20 small image PDFs, then times, several
times and alternately (each pair shares the machine's load of its moment),

  anchor  `cp -r` of the folder + `sha256sum` of every copy (same file system)
  ours    Vault.importer.import_paths into a fresh vault, in a child process whose peak memory
          (VmHWM) is its own (fsync per file and folder, each record in its own transaction)

and prints the median of the paired ratios (goal: 2x or less) and the peak (goal: 200 MiB).
The child has imported the format modules before the clock starts, as the app has after its
first file.

    python benchmarks/import_bench.py [--scans 600] [--pdfs 20] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from summary import PEAK_MIB, paired_ratio, report  # noqa: E402

A4_INCHES = (8.27, 11.69)
GOAL = 2.0
PEAK_GOAL_MIB = 200

CHILD = PEAK_MIB + r"""
import json, sys, time
from pathlib import Path
from secondop_desktop.core.vault import Vault
from secondop_desktop.core.formats import image, pdf  # noqa: F401 - warm, as after a first file
vault = Vault.open(Path(sys.argv[2]))
profiler = None
if sys.argv[3] == "profile":
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()
start = time.perf_counter()
results = vault.importer.import_paths([Path(sys.argv[1])])
elapsed = time.perf_counter() - start
if profiler:
    import pstats
    profiler.disable()
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(30)
vault.close()
print(json.dumps({"seconds": elapsed, "peak_mib": peak_mib(),
                  "imported": sum(r.outcome.value == "imported" for r in results)}))
"""


@functools.cache
def _grain(size: tuple[int, int], variant: int) -> Image.Image:
    """Paper grain, made once per size and reused: a scan is never a perfectly flat white."""
    small = Image.effect_noise((size[0] // 2 + variant, size[1] // 2), 18).convert("RGB")
    return small.resize(size)


def _scanned_page(path: Path, index: int, dpi: int) -> None:
    size = tuple(round(inches * dpi) for inches in A4_INCHES)
    page = Image.new("RGB", size, (250, 249, 245))
    draw = ImageDraw.Draw(page)
    step = dpi // 4
    for row, y in enumerate(range(dpi, size[1] - dpi, step)):
        width = size[0] - dpi - (row * 37 + index * 13) % (size[0] // 3)
        draw.rectangle((dpi, y, width, y + step // 3), fill=(60, 60, 70))
    draw.text((dpi, dpi // 2), f"Record {index}", fill="black")
    page = Image.blend(page, _grain(size, index % 4), 0.12)
    page.save(path, "JPEG", quality=85, dpi=(dpi, dpi))


def _image_pdf(path: Path, index: int) -> None:
    size = (620, 877)
    page = Image.blend(Image.new("RGB", size, "white"), _grain(size, index % 4), 0.1)
    ImageDraw.Draw(page).text((40, 40), f"Lab result {index}", fill="black")
    page.save(path, "PDF", resolution=75)


def generate(folder: Path, scans: int, pdfs: int = 0, dpi: int = 300) -> int:
    """``scans`` scanned pages at ``dpi`` and ``pdfs`` small PDFs; returns the total size."""
    for index in range(scans):
        _scanned_page(folder / f"scan_{index:04}.jpg", index, dpi)
    for index in range(pdfs):
        _image_pdf(folder / f"lab_{index:04}.pdf", index)
    return sum(p.stat().st_size for p in folder.iterdir())


def time_anchor(source: Path, work: Path) -> float:
    """cp -r + sha256sum of the copies."""
    target = work / "copy"
    start = time.perf_counter()
    subprocess.run(["cp", "-r", str(source), str(target)], check=True)
    files = sorted(str(p) for p in target.iterdir())
    subprocess.run(["sha256sum", *files], check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    shutil.rmtree(target)
    return elapsed


def time_import(source: Path, vault: Path, profile: bool = False) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(source), str(vault),
                           "profile" if profile else "-"], capture_output=True, text=True,
                          env=env, cwd=ROOT)
    if done.returncode:
        sys.exit(done.stderr)
    if profile:
        print(done.stderr)
    figures: dict[str, float] = json.loads(done.stdout)
    shutil.rmtree(vault)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=600, help="A4 scans at 300 dpi")
    parser.add_argument("--pdfs", type=int, default=20, help="small image PDFs")
    parser.add_argument("--runs", type=int, default=3, help="pairs of runs, alternating")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one import")
    args = parser.parse_args(argv)
    if shutil.which("sha256sum") is None:
        print("sha256sum is needed for the anchor", file=sys.stderr)
        return 2
    files = args.scans + args.pdfs
    with tempfile.TemporaryDirectory(prefix="secondop-bench-") as tmp:
        work = Path(tmp)
        source = work / "files"
        source.mkdir()
        started = time.perf_counter()
        total = generate(source, args.scans, args.pdfs)
        print(f"generated {files} files, {total / 1e6:.0f} MB "
              f"in {time.perf_counter() - started:.1f} s")
        if args.profile:
            time_import(source, work / "vault", profile=True)
        time_anchor(source, work)  # warm the page cache for both sides alike
        anchors, ours = [], []
        for run in range(args.runs):
            subprocess.run(["sync"], check=False)  # start both with a quiet disk
            anchors.append(time_anchor(source, work))
            subprocess.run(["sync"], check=False)
            ours.append(time_import(source, work / "vault"))
            print(f"  run {run + 1}: cp -r + sha256sum {anchors[-1]:.2f} s, "
                  f"import {ours[-1]['seconds']:.2f} s, peak {ours[-1]['peak_mib']:.0f} MiB")
            if ours[-1]["imported"] != files:
                print(f"only {ours[-1]['imported']:.0f} of {files} files were imported",
                      file=sys.stderr)
                return 1
    seconds = [o["seconds"] for o in ours]
    report(f"import {files} files", ours=statistics.median(seconds),
           anchor=statistics.median(anchors), anchor_name="cp -r + sha256sum", unit="s",
           ratio=paired_ratio(seconds, anchors), goal=GOAL,
           peak_mib=max(o["peak_mib"] for o in ours), peak_goal_mib=PEAK_GOAL_MIB)
    return 0


if __name__ == "__main__":
    sys.exit(main())
