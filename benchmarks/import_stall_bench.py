"""Longest GUI-thread stall while 500 files import through the Records screen.

A QTimer fires every 5 ms on the GUI thread; the longest gap between two ticks, minus 5 ms, is the
longest stall the patient could feel. The import runs through ``RecordsPage.import_paths`` with
the real background thread pool (progress bar, list updates and thumbnails included).

    python benchmarks/import_stall_bench.py [--files 500]      (goal: longest stall < 50 ms)
    python benchmarks/import_stall_bench.py --fhir-mb 5        (one FHIR bundle of about 5 MB)

The measured run is a child process with compiled bytecode cached in a temporary folder, as an
installed app has it: compiling a module from source holds Python's lock for its whole length,
which an installed app never does. The modules are imported for the first time during the import,
as after a fresh start.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_files(folder: Path, count: int) -> None:
    import datetime as dt

    from secondop_desktop.demo import scan_jpeg, text_pdf

    today = dt.date(2024, 5, 1)
    for i in range(count):
        if i % 5 == 4:
            scan_jpeg(folder / f"scan_{i:04d}.jpg", f"Scan {i}", ["line one", "line two"],
                      today, i)
        else:
            (folder / f"report_{i:04d}.pdf").write_bytes(
                text_pdf([[f"Report {i}", "Findings: nothing unusual.", "Plan: review."]]
                         * (1 + i % 3), f"Report {i}", today))


def make_fhir_bundle(path: Path, megabytes: float) -> None:
    """A patient-portal FHIR bundle of about ``megabytes``: lab results, as portals export."""
    import json

    entries = [{"resource": {"resourceType": "Patient", "id": "p",
                             "name": [{"given": ["Jane"], "family": "Doe"}]}}]
    size, i = 0, 0
    while size < megabytes * 1024**2:
        entry = {"resource": {
            "resourceType": "Observation", "id": f"o{i}", "status": "final",
            "category": [{"coding": [{"code": "laboratory"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": f"{1000 + i % 300}-0",
                                 "display": f"Test {i % 300}"}]},
            "effectiveDateTime": f"{2000 + i % 25}-0{1 + i % 9}-1{i % 10}T08:00:00Z",
            "valueQuantity": {"value": 4 + (i % 50) / 10, "unit": "mmol/L"},
            "referenceRange": [{"low": {"value": 3.5}, "high": {"value": 7.5}}]}}
        entries.append(entry)
        size += len(json.dumps(entry))
        i += 1
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection",
                                "entry": entries}))


# What an import loads: compiled once beforehand, not imported into the measured process.
WARM = ("import pypdf, PIL.Image, pydicom, numpy, secondop_desktop.core.formats.pdf, "
        "secondop_desktop.core.formats.image, secondop_desktop.core.formats.dicom, "
        "secondop_desktop.ui.records.page, secondop_desktop.demo, "
        "secondop_desktop.core.formats.clinical, secondop_desktop.packet.clinical_document")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--fhir-mb", type=float, default=0,
                        help="import one FHIR bundle of this size instead of the files")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.child:
        with tempfile.TemporaryDirectory() as cache:
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            env["PYTHONPYCACHEPREFIX"] = cache
            env["PYTHONPATH"] = os.pathsep.join(
                [str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH", "")]).rstrip(
                os.pathsep)
            subprocess.run([sys.executable, "-c", WARM], env=env, check=True)
            code = subprocess.run([sys.executable, __file__, "--files", str(args.files),
                                   "--fhir-mb", str(args.fhir_mb), "--child"],
                                  env=env).returncode
        raise SystemExit(code)
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from secondop_desktop.core.vault import Vault
    from secondop_desktop.ui.records.page import RecordsPage
    from secondop_desktop.ui.services import Services

    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        files = Path(tmp) / "files"
        files.mkdir()
        if args.fhir_mb:
            args.files = 1
            make_fhir_bundle(files / "portal-export.json", args.fhir_mb)
        else:
            make_files(files, args.files)
        vault = Vault.open(Path(tmp) / "vault")
        services = Services()
        page = RecordsPage(vault, services)
        page.resize(1200, 800)
        page.show()
        clock = QElapsedTimer()
        gaps: list[int] = []
        last = [0]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        probe = QTimer()
        probe.setInterval(5)
        probe.timeout.connect(tick)
        page.import_finished.connect(lambda _s: QTimer.singleShot(300, app.quit))
        began = time.perf_counter()
        clock.start()
        probe.start()
        page.import_paths([files])
        app.exec()
        took = time.perf_counter() - began
        probe.stop()
        summary = page.last_summary
        page.shutdown()
        vault.close()
    stall = max(gaps[1:]) - 5 if len(gaps) > 1 else 0
    print(f"files imported:          {len(summary.imported)} of {args.files} in {took:.1f} s")
    print(f"timer ticks:             {len(gaps)}")
    print(f"longest GUI stall:       {stall} ms (goal < 50 ms)")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from summary import report

    what = f"a {args.fhir_mb:g} MB FHIR bundle" if args.fhir_mb else f"{args.files} files"
    report(f"GUI stall while importing {what}", ours=stall, anchor=None, unit="ms", goal=50,
           absolute=True)


if __name__ == "__main__":
    main()
