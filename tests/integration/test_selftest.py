"""`--selftest`: a healthy install exits 0; every failure is one line and exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from factories import make_pdf

from secondop_desktop import selftest


def _headless_env(tmp_path: Path) -> dict[str, str]:
    """No display, and a home of its own: the self-test must not need either."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), TMPDIR=str(tmp_path))
    env.pop("SECONDOP_VAULT", None)
    return env


def test_selftest_passes_without_a_display(tmp_path: Path):
    done = subprocess.run([sys.executable, "-m", "secondop_desktop.app", "--selftest"],
                          env=_headless_env(tmp_path), capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines and lines[-1].startswith("selftest: ok ("), done.stdout
    # nothing is left behind: no temporary vault, no default vault, no settings
    leftovers = [p.name for p in tmp_path.iterdir()]
    assert leftovers == [], leftovers


def test_a_failed_check_is_one_line_and_exit_1(monkeypatch, capsys):
    def broken(_workdir: Path) -> str:
        raise selftest.SelftestFailure("packet: 1 pages, expected more")

    monkeypatch.setattr(selftest, "_run", broken)
    assert selftest.run_selftest() == 1
    assert capsys.readouterr().out == "selftest: failed: packet: 1 pages, expected more\n"


def test_an_unexpected_error_is_reported_not_raised(monkeypatch, capsys):
    def crash(_workdir: Path) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(selftest, "_run", crash)
    assert selftest.run_selftest() == 1
    assert capsys.readouterr().out == "selftest: failed: OSError: disk full\n"


def test_a_stage_error_names_the_stage():
    def missing_module() -> None:
        raise ModuleNotFoundError("No module named 'pillow_heif'")

    with pytest.raises(selftest.SelftestFailure, match="^image codecs: ModuleNotFoundError: .*"):
        selftest._step("image codecs", missing_module)


def test_packet_check_rejects_a_packet_without_the_records(tmp_path: Path):
    thin = make_pdf(tmp_path / "thin.pdf", pages=[f"Cover {selftest.PATIENT}"])
    with pytest.raises(selftest.SelftestFailure, match="expected more than the 1 record pages"):
        selftest.check_packet(thin, record_pages=1)
    nameless = make_pdf(tmp_path / "nameless.pdf", pages=["Cover", "Record"])
    with pytest.raises(selftest.SelftestFailure, match="patient name"):
        selftest.check_packet(nameless, record_pages=1)
    good = make_pdf(tmp_path / "good.pdf", pages=[f"Cover {selftest.PATIENT}", "Record"])
    assert selftest.check_packet(good, record_pages=1) == 2
