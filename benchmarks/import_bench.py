"""Import speed against the floor: copying the same files and hashing them.

Generates N files (scanned A4 JPEG pages at 150-200 dpi and small image PDFs), then times

  baseline  `cp -r` of the folder + `sha256sum` of every copy (same file system)
  import    Vault.documents.import_paths into a fresh vault (fsync per file and folder,
            one transaction per file)

and prints both and their ratio. Goal: 2x or less.

    python benchmarks/import_bench.py [--files 1000] [--profile]
"""

from __future__ import annotations

import argparse
import functools
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from secondop_desktop.core.vault import Vault

A4_INCHES = (8.27, 11.69)


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


def generate(folder: Path, count: int, seed: int = 7) -> int:
    """Three scanned pages for every small PDF; returns the total size in bytes."""
    rng = random.Random(seed)
    for index in range(count):
        if index % 4 == 3:
            _image_pdf(folder / f"lab_{index:04}.pdf", index)
        else:
            _scanned_page(folder / f"scan_{index:04}.jpg", index, rng.choice((150, 200)))
    return sum(p.stat().st_size for p in folder.iterdir())


def time_baseline(source: Path, work: Path) -> tuple[float, float]:
    """cp -r + sha256sum; and the same followed by `sync`, since the import's fsyncs put
    every byte on the disk before it reports a file imported, and cp does not."""
    target = work / "copy"
    start = time.perf_counter()
    subprocess.run(["cp", "-r", str(source), str(target)], check=True)
    files = sorted(str(p) for p in target.iterdir())
    subprocess.run(["sha256sum", *files], check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    subprocess.run(["sync"], check=False)
    synced = time.perf_counter() - start
    shutil.rmtree(target)
    return elapsed, synced


def time_import(source: Path, work: Path, profile: bool) -> tuple[float, int]:
    vault = Vault.open(work / "vault")
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start = time.perf_counter()
    results = vault.documents.import_paths([source])
    elapsed = time.perf_counter() - start
    if profiler:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    imported = sum(r.outcome.value == "imported" for r in results)
    vault.close()
    return elapsed, imported


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000, help="how many files (default 1000)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the import")
    args = parser.parse_args(argv)
    if shutil.which("sha256sum") is None:
        print("sha256sum is needed for the baseline", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="secondop-bench-") as tmp:
        work = Path(tmp)
        source = work / "files"
        source.mkdir()
        started = time.perf_counter()
        total = generate(source, args.files)
        print(f"generated {args.files} files, {total / 1e6:.0f} MB "
              f"in {time.perf_counter() - started:.1f} s")
        subprocess.run(["sync"], check=False)  # start both timings with a quiet disk
        baseline, synced = time_baseline(source, work)
        subprocess.run(["sync"], check=False)
        elapsed, imported = time_import(source, work, args.profile)
        if imported != args.files:
            print(f"only {imported} of {args.files} files were imported", file=sys.stderr)
            return 1
    print(f"cp -r + sha256sum:        {baseline:6.2f} s")
    print(f"cp -r + sha256sum + sync: {synced:6.2f} s")
    print(f"secondop import:          {elapsed:6.2f} s  ({args.files / elapsed:.0f} files/s)")
    print(f"ratio: {elapsed / baseline:.2f}x (goal: 2x or less); "
          f"{elapsed / synced:.2f}x against the copy made durable with sync")
    return 0


if __name__ == "__main__":
    sys.exit(main())
