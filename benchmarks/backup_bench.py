"""Backup speed against the floor: `tar -cf` of the vault folder plus `sha256sum` of its files.

Imports N generated scans (the same files as import_bench) into a fresh vault, then times, in one
run and on the same warm vault,

  baseline  `tar -cf` of the vault folder + `sha256sum` of every file in it
  backup    core.backup.create_backup (database through SQLite's backup API, every object
            hashed while archived, manifest, fsync, rename)
  sealed    the same with a passphrase (AES-256-GCM, scrypt)

and prints the times and the ratios. Goal: 1.5x or less for the plain backup.

    python benchmarks/backup_bench.py [--files 1000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from import_bench import generate
from summary import report

from secondop_desktop.core import backup
from secondop_desktop.core.vault import Vault


def time_baseline(vault: Path, work: Path) -> float:
    out = work / "baseline.tar"
    start = time.perf_counter()
    subprocess.run(["tar", "-cf", str(out), "-C", str(vault), "."], check=True)
    files = sorted(str(p) for p in vault.rglob("*") if p.is_file())
    subprocess.run(["sha256sum", *files], check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    out.unlink()
    return elapsed


def time_backup(vault: Path, out: Path, passphrase: str | None) -> float:
    start = time.perf_counter()
    backup.create_backup(vault, out, passphrase)
    elapsed = time.perf_counter() - start
    out.unlink()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000, help="how many scans (default 1000)")
    args = parser.parse_args(argv)
    if shutil.which("sha256sum") is None or shutil.which("tar") is None:
        print("tar and sha256sum are needed for the baseline", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="secondop-bench-") as tmp:
        work = Path(tmp)
        source = work / "files"
        source.mkdir()
        generate(source, args.files * 3 // 4, args.files // 4, dpi=200)
        with Vault.open(work / "vault") as vault:
            vault.importer.import_paths([source])
            count = vault.documents.count()
        size = sum(p.stat().st_size for p in (work / "vault").rglob("*") if p.is_file())
        print(f"vault: {count} records, {size / 1e6:.0f} MB")
        time_baseline(work / "vault", work)  # warm the page cache for both sides alike
        baseline = time_baseline(work / "vault", work)
        plain = time_backup(work / "vault", work / "b.tar", None)
        sealed = time_backup(work / "vault", work / "b.sealed", "bench passphrase")
    print(f"tar -cf + sha256sum:  {baseline:6.2f} s")
    print(f"secondop backup:      {plain:6.2f} s")
    print(f"  with a passphrase:  {sealed:6.2f} s")
    print(f"with a passphrase: {sealed / baseline:.2f}x")
    report(f"backup, {args.files} files", ours=plain, anchor=baseline,
           anchor_name="tar -cf + sha256sum", unit="s", goal=1.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
