"""``secondop export`` end to end, in a subprocess with no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factories import make_jpeg, make_pdf

SECONDOP = Path(sys.executable).with_name("secondop")


def _run(*args: str, vault: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([str(SECONDOP), "--vault", str(vault), *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_export_writes_the_packet_without_a_display(tmp_path):
    vault = tmp_path / "vault"
    assert _run("profile", "--name", "Jane Doe", "--dob", "1970-03-12", vault=vault).returncode == 0
    imported = _run("import", str(make_pdf(tmp_path / "lab_results.pdf", pages=2)),
                    str(make_jpeg(tmp_path / "scan.jpg")), vault=vault)
    assert imported.returncode == 0, imported.stderr
    out = tmp_path / "packet.pdf"
    result = _run("export", "--out", str(out), "--email-size", "--records", "1,2", vault=vault)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert out.exists() and "pages" in result.stdout
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True)
    assert check.returncode == 0


def test_export_failure_is_one_clear_line(tmp_path):
    vault = tmp_path / "vault"
    assert _run("profile", "--name", "", vault=vault).returncode == 0  # an empty vault
    result = _run("export", "--out", str(tmp_path / "p.pdf"), "--records", "42", vault=vault)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "42" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "p.pdf").exists()
