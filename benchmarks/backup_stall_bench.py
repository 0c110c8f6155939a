"""Longest GUI-thread stall while File > Back up… writes a 1 GB vault (with a passphrase).

A QTimer fires every 5 ms on the GUI thread; the longest gap between two ticks, minus 5 ms, is the
longest stall the patient could feel. The backup runs through ``BackupDialog`` with the real
background thread pool (progress bar included). The vault holds PDFs of 16 MB each, so that
1 GB is reached quickly; the backup reads, hashes, encrypts and writes every byte of them.

    python benchmarks/backup_stall_bench.py [--megabytes 1024]   (goal: longest stall < 50 ms)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from secondop_desktop.demo import assemble_pdf  # noqa: E402 - the project's path is set above

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary import report  # noqa: E402

FILE_MB = 16


def big_pdf(path: Path, megabytes: int) -> None:
    """A one-page PDF carrying ``megabytes`` of random bytes in an object no page uses."""
    payload = os.urandom(megabytes << 20)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
               b"<< /Length %d >>\nstream\n" % len(payload) + payload + b"\nendstream"]
    path.write_bytes(assemble_pdf(objects))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=1024)
    args = parser.parse_args()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from stall_probe import StallProbe

    from secondop_desktop.core.vault import Vault
    from secondop_desktop.ui.backup.dialogs import BackupDialog
    from secondop_desktop.ui.services import Services

    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="secondop-bench-") as tmp:
        files = Path(tmp) / "files"
        files.mkdir()
        for i in range(max(1, args.megabytes // FILE_MB)):
            big_pdf(files / f"scan_{i:03d}.pdf", FILE_MB)
        vault = Vault.open(Path(tmp) / "vault")
        vault.importer.import_paths([files])
        size = sum(d.size for d in vault.documents.list())
        dialog = BackupDialog(vault, Services())
        dialog.path_edit.setText(str(Path(tmp) / "out" / "vault.secondop-backup"))
        dialog.passphrase.setText(os.environ.get("BENCH_PASS", "a long bench passphrase"))
        dialog.passphrase_again.setText(os.environ.get("BENCH_PASS", "a long bench passphrase"))
        dialog.show()
        probe = StallProbe()
        probe.start()
        QTimer.singleShot(3000, app.quit)  # the machine's own noise, with nothing running
        app.exec()
        idle = probe.longest_stall()
        probe.start()
        dialog.backed_up.connect(lambda: QTimer.singleShot(300, app.quit))
        began = time.perf_counter()
        dialog.start()
        app.exec()
        took = time.perf_counter() - began
        probe.stop()
        status = dialog.status.text()
        vault.close()
    stall, ticks = probe.longest_stall(), len(probe.gaps)
    print(f"vault:                   {size / 1e9:.2f} GB; {status}")
    print(f"backup took:             {took:.1f} s")
    print(f"timer ticks:             {ticks}")
    print(f"longest GUI stall:       {stall} ms (goal < 50 ms); {idle} ms with nothing running")
    report(f"GUI stall during a {args.megabytes} MB sealed backup", ours=stall, anchor=idle,
           anchor_name="with nothing running", unit="ms", goal=50, absolute=True)


if __name__ == "__main__":
    main()
