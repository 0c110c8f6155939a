"""A damaged -wal file: SQLite silently stops replaying at the first bad frame. The committed
changes after it are found lost, the patient is told (pointing at the last backup), and the
damaged file is kept aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import crashed_with_damaged_wal

from secondop_desktop import cli
from secondop_desktop.core.vault import DB_NAME

QUESTIONS = 35


def crashed_copy(tmp_path: Path, damage_frame: int | None) -> Path:
    return crashed_with_damaged_wal(tmp_path, QUESTIONS, damage_frame)


@pytest.fixture
def run(capsys):
    def runner(root: Path, *argv: str) -> tuple[int, str, str]:
        code = cli.main(["--vault", str(root), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return runner


def test_commits_after_a_damaged_frame_are_reported_lost(run, tmp_path):
    crashed = crashed_copy(tmp_path, damage_frame=QUESTIONS - 5)
    code, out, err = run(crashed, "question", "list")  # read-only: told, nothing written
    assert code == 0 and len(out.splitlines()) < QUESTIONS
    assert "Recent changes to this vault may have been lost" in err
    assert "your last backup, made" in err
    code, out, _err = run(crashed, "verify")
    assert code == 1 and "lost changes: Recent changes" in out
    code, _out, err = run(crashed, "question", "add", "Why?")  # opened to write: kept aside
    assert code == 0 and "may have been lost" in err
    kept = list(crashed.glob(f"{DB_NAME}-wal.lost-*"))
    assert len(kept) == 1 and (kept[0].stat().st_mode & 0o777) == 0o600
    code, _out, err = run(crashed, "list")  # the -wal is gone now; the kept copy still says so
    assert "may have been lost" in err and kept[0].name in err
    assert len(list(crashed.glob(f"{DB_NAME}-wal.lost-*"))) == 1  # copied once


def test_a_whole_wal_after_a_crash_says_nothing(run, tmp_path):
    crashed = crashed_copy(tmp_path, damage_frame=None)
    code, out, err = run(crashed, "question", "list")
    assert code == 0 and len(out.splitlines()) == QUESTIONS and err == ""
    code, out, _err = run(crashed, "verify")
    assert code == 0
