"""Packet export against img2pdf + qpdf on the same inputs: wall time and peak memory.

Builds packets from 600 generated scanned A4 pages (300 dpi JPEG, distinct files) plus 20 PDFs
of 15 pages, each export in its own process so that its peak memory (VmHWM) is its own. The
anchor (img2pdf for the scans, then qpdf merging them with the PDFs) and ours run alternately,
``--runs`` times each; prints the median of the paired ratios (goal: 1.1x or less) and the peak
memory (goal: 150 MiB).

    python benchmarks/export_bench.py [--sizes 600] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from summary import PEAK_MIB, paired_ratio, report  # noqa: E402

GOAL = 1.1
PEAK_GOAL_MIB = 150

CHILD = PEAK_MIB + r"""
import sys, time
from pathlib import Path
from secondop_desktop.core.vault import Vault
from secondop_desktop.packet.headless import ensure_gui_app
from secondop_desktop.packet.export import export_packet
ensure_gui_app()
vault = Vault.open(Path(sys.argv[1]))
start, cpu = time.perf_counter(), time.process_time()
result = export_packet(vault, Path(sys.argv[2]))
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
print(f"{elapsed:.3f} {peak_mib():.1f} {result.pages} {cpu:.3f}")
"""


def make_inputs(folder: Path, scans: int) -> tuple[list[Path], list[Path]]:
    from factories import make_pdf
    from PIL import Image, ImageDraw

    jpegs = []
    for i in range(scans):
        img = Image.new("L", (2480, 3508), 250)
        draw = ImageDraw.Draw(img)
        for y in range(300, 3300, 60):  # lines of "text", different on every page
            draw.rectangle((250, y, 250 + (y * 7 + i * 131) % 1900, y + 22), fill=40)
        path = folder / f"scan_{i:04d}.jpg"
        img.convert("RGB").save(path, "JPEG", quality=75, dpi=(300, 300))
        jpegs.append(path)
    pdfs = [make_pdf(folder / f"report_{i:02d}.pdf",
                     pages=[f"Report {i} page {p}\nResult line" for p in range(15)])
            for i in range(20)]
    return jpegs, pdfs


def img2pdf() -> str | None:
    """The img2pdf command: on the PATH, or beside this Python (the venv's, from `make bench`)."""
    beside = Path(sys.executable).with_name("img2pdf")
    return shutil.which("img2pdf") or (str(beside) if beside.exists() else None)


def children_cpu() -> float:
    """CPU seconds of the child processes that have ended so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def reference(jpegs: list[Path], pdfs: list[Path], work: Path) -> tuple[float, float]:
    """img2pdf for the scans, then qpdf to merge them with the PDFs: wall and CPU seconds."""
    start, cpu = time.perf_counter(), children_cpu()
    images = work / "images.pdf"
    subprocess.run([str(img2pdf()), "--pagesize", "A4", "-o", str(images), *map(str, jpegs)],
                   check=True)
    subprocess.run(["qpdf", "--empty", "--pages", str(images), *map(str, pdfs), "--",
                    str(work / "reference.pdf")], check=True)
    return time.perf_counter() - start, children_cpu() - cpu



def export(work: Path) -> tuple[float, float, int, float]:
    """Ours in a child process: seconds, peak MiB, pages, CPU seconds."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(work / "vault"),
                          str(work / "packet.pdf")], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                        "PYTHONPATH": str(ROOT)})
    if out.returncode:
        sys.exit(out.stderr)
    seconds, peak, pages, cpu = out.stdout.split()
    return float(seconds), float(peak), int(pages), float(cpu)


def run(size: int, runs: int) -> None:
    from secondop_desktop.core.vault import Vault

    work = Path(tempfile.mkdtemp(prefix="secondop-bench-"))
    try:
        src = work / "src"
        src.mkdir()
        jpegs, pdfs = make_inputs(src, size)
        with Vault.open(work / "vault") as vault:
            vault.patient.set(name="Benchmark Patient", dob="1970-01-01")
            vault.importer.import_paths([*jpegs, *pdfs])
        anchors, ours, peaks, anchor_cpu, ours_cpu = [], [], [], [], []
        for _ in range(runs):
            seconds, cpu = reference(jpegs, pdfs, work)
            anchors.append(seconds)
            anchor_cpu.append(cpu)
            seconds, peak, pages, cpu = export(work)
            ours.append(seconds)
            ours_cpu.append(cpu)
            peaks.append(peak)
            print(f"  img2pdf+qpdf {anchors[-1]:.2f} s (CPU {anchor_cpu[-1]:.2f}), ours "
                  f"{seconds:.2f} s (CPU {cpu:.2f}), peak {peak:.0f} MiB")
        mib = (work / "packet.pdf").stat().st_size / 2**20
        ref_mib = (work / "reference.pdf").stat().st_size / 2**20
        print(f"{size:>4} scans + 20x15 PDF pages: packet {pages} pages, {mib:.0f} MiB file | "
              f"img2pdf+qpdf {ref_mib:.0f} MiB")
        report(f"export, {size} scans + 20 PDFs x 15 pages", ours=statistics.median(ours),
               anchor=statistics.median(anchors), anchor_name="img2pdf + qpdf", unit="s",
               ratio=paired_ratio(ours, anchors), goal=GOAL, peak_mib=max(peaks),
               peak_goal_mib=PEAK_GOAL_MIB,
               note=f"CPU {paired_ratio(ours_cpu, anchor_cpu):.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="600")
    parser.add_argument("--runs", type=int, default=3, help="pairs of runs, alternating")
    args = parser.parse_args()
    if img2pdf() is None or shutil.which("qpdf") is None:
        sys.exit("export_bench: the anchor needs img2pdf and qpdf (pip install img2pdf; "
                 "apt install qpdf)")
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.runs)


if __name__ == "__main__":
    main()
