"""Packet export against img2pdf + qpdf on the same inputs: wall time and peak memory.

Builds packets from 60 and 600 generated scanned A4 pages (300 dpi JPEG, distinct files) plus
20 PDFs of 15 pages, each export in its own process so that its peak memory (ru_maxrss) is its
own. Prints the time ratio (goal: 1.2x or less at 600 pages) and the peak memory (goal: 200 MiB).

    python benchmarks/export_bench.py [--sizes 60,600]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

CHILD = r"""
import resource, sys, time
from pathlib import Path
from secondop_desktop.core.vault import Vault
from secondop_desktop.packet.headless import ensure_gui_app
from secondop_desktop.packet.export import export_packet
ensure_gui_app()
vault = Vault.open(Path(sys.argv[1]))
start = time.perf_counter()
result = export_packet(vault, Path(sys.argv[2]))
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{elapsed:.3f} {peak:.1f} {result.pages}")
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


def reference(jpegs: list[Path], pdfs: list[Path], work: Path) -> float:
    """img2pdf for the scans, then qpdf to merge them with the PDFs."""
    start = time.perf_counter()
    images = work / "images.pdf"
    subprocess.run(["img2pdf", "--pagesize", "A4", "-o", str(images), *map(str, jpegs)],
                   check=True)
    subprocess.run(["qpdf", "--empty", "--pages", str(images), *map(str, pdfs), "--",
                    str(work / "reference.pdf")], check=True)
    return time.perf_counter() - start



def run(size: int) -> None:
    from secondop_desktop.core.vault import Vault

    work = Path(tempfile.mkdtemp(prefix="secondop-bench-"))
    try:
        src = work / "src"
        src.mkdir()
        jpegs, pdfs = make_inputs(src, size)
        with Vault.open(work / "vault") as vault:
            vault.patient.set(name="Benchmark Patient", dob="1970-01-01")
            vault.documents.import_paths([*jpegs, *pdfs])
        ref_time = reference(jpegs, pdfs, work)
        out = subprocess.run([sys.executable, "-c", CHILD, str(work / "vault"),
                              str(work / "packet.pdf")], capture_output=True, text=True,
                             cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        if out.returncode:
            sys.exit(out.stderr)
        ours, peak, pages = out.stdout.split()
        mib = (work / "packet.pdf").stat().st_size / 2**20
        ref_mib = (work / "reference.pdf").stat().st_size / 2**20
        print(f"{size:>4} scans + 20x15 PDF pages: packet {pages} pages, {float(ours):.2f} s, "
              f"peak {float(peak):.0f} MiB, {mib:.0f} MiB file | img2pdf+qpdf {ref_time:.2f} s, "
              f"{ref_mib:.0f} MiB | ratio {float(ours) / ref_time:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="60,600")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        run(size)


if __name__ == "__main__":
    main()
