"""The packet builder type-checks: mypy (non-strict) finds nothing in packet/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_packet_passes_mypy():
    done = subprocess.run([sys.executable, "-m", "mypy", "--ignore-missing-imports",
                           "--follow-imports=silent", "--no-error-summary",
                           "secondop_desktop/packet"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-1000:]


def test_the_packet_takes_a_typed_vault_so_mypy_checks_every_call():
    import inspect

    from secondop_desktop.packet import delivery, dicom_studies, export, request_letter

    for function in (export.export_packet, export.record_groups, delivery.deliver,
                     dicom_studies.copy_study_files, request_letter.Letter.of):
        assert inspect.signature(function).parameters["vault"].annotation == "Vault", function
