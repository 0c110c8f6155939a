"""The packet is synced to the disk while it is written, and a failed sync still stops it."""

from __future__ import annotations

import errno
import os
import threading
import time

import pytest

from secondop_desktop.packet import write_behind
from secondop_desktop.packet.export import PacketError, export_packet
from secondop_desktop.packet.write_behind import WriteBehind


def _counting_fsync(monkeypatch, fail_at: int | None = None) -> list[int]:
    calls: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        calls.append(fd)
        if fail_at is not None and len(calls) == fail_at:
            raise OSError(errno.EIO, "Input/output error")
        real(fd)

    monkeypatch.setattr(write_behind.os, "fsync", fsync)
    return calls


def _until(condition) -> None:
    deadline = time.monotonic() + 10
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.005)


def test_what_is_written_is_synced_on_the_way(tmp_path, monkeypatch):
    monkeypatch.setattr(write_behind, "STEP", 1000)
    calls = _counting_fsync(monkeypatch)
    with open(tmp_path / "out.bin", "wb") as handle:
        behind = WriteBehind(handle)
        handle.write(b"x" * 3000)
        behind.written()
        _until(lambda: len(calls) == 1)  # the helper's, while the writer goes on
        handle.write(b"y" * 10)
        behind.written()  # not a whole step further: no sync
        behind.finish()
    assert (tmp_path / "out.bin").read_bytes() == b"x" * 3000 + b"y" * 10
    assert len(calls) == 2  # the helper's, and the last one


def test_a_failed_sync_in_the_helper_is_raised_at_the_end(tmp_path, monkeypatch):
    monkeypatch.setattr(write_behind, "STEP", 1)
    _counting_fsync(monkeypatch, fail_at=1)
    with open(tmp_path / "out.bin", "wb") as handle:
        behind = WriteBehind(handle)
        handle.write(b"x" * 10)
        behind.written()
        _until(lambda: behind._error is not None)
        with pytest.raises(OSError, match="Input/output"):
            behind.finish()  # its own sync would succeed: the helper's error is not lost


def test_a_sync_that_fails_in_the_helper_fails_the_packet(filled_vault, tmp_path, monkeypatch):
    monkeypatch.setattr(write_behind, "STEP", 1)  # the helper syncs from the first pages on
    real = os.fsync
    failed: list[str] = []

    def fsync(fd: int) -> None:
        if threading.current_thread().name == "export-sync":  # the helper's only
            failed.append("helper")
            raise OSError(errno.EIO, "Input/output error")
        real(fd)

    monkeypatch.setattr(write_behind.os, "fsync", fsync)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PacketError, match="could not be written"):
        export_packet(filled_vault, out / "packet.pdf")
    assert failed  # it was the helper's sync that failed
    assert list(out.iterdir()) == []
