"""Work files: what a long write keeps outside its final name, recorded so that the leftovers of
a killed run are removed at the next start.

An export's working folder, a backup's ``.part`` file, a restore's staging folder (a whole
plaintext vault) and a protected packet being encrypted are written before they are renamed into
place, often outside the vault. Before such a file is made, its name is written to a ledger in a
private folder (the vault's ``work/`` folder, or the app's own when the vault cannot be written);
the entry goes once the work file is gone or renamed. Opening a vault sweeps the entries of
processes that are no longer running: their work files are removed.

The vault's ``work/`` folder (0700) is also where plaintext temps of protected output live (a
backup's database snapshot, a protected packet before encryption): never beside the output,
which may be a USB disk.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .secure import POSIX

WORK_DIR = "work"  # in the vault folder
LEDGER = "ledger"  # inside the work folder: one entry per work file
MARK = ".secondop-"  # every work file's name holds it: the sweep removes nothing else
_ENTRY = re.compile(r"(\d+)-[0-9a-f]{16}\.json")

log = logging.getLogger(__name__)


def private_dir(vault_root: Path | None, readonly: bool = False) -> Path:
    """The vault's private work folder; the app's own when there is no vault or it is read-only
    here. Made (0700) by the ``Ledger.tracking`` that uses it."""
    if vault_root is None or readonly or not os.access(vault_root, os.W_OK):
        return _app_work_dir()
    return vault_root / WORK_DIR


def _app_work_dir() -> Path:
    from ..paths import user_data_dir

    return user_data_dir() / WORK_DIR


def work_name(label: str, kind: str) -> str:
    """``.<label>.secondop-<kind>-<pid>-<random>``: ours by name, of this process (the label
    shortened, so that a long output name still leaves room)."""
    return f".{label[:120]}{MARK}{kind}-{os.getpid()}-{secrets.token_hex(4)}"


class Ledger:
    """The entries of one private folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / LEDGER
        # The app's own folder is removed again when a run leaves it empty (a restore leaves
        # no trace); a vault's work folder stays (an import's notes live there too).
        self._tidy = folder == _app_work_dir()

    @contextmanager
    def tracking(self, path: Path) -> Iterator[Path]:
        """Record ``path`` (not made yet) while the block runs; afterwards whatever is left
        under that name (the run failed or was cancelled) is removed, then the entry."""
        if MARK not in path.name:
            raise ValueError(f"not a work file name: {path.name}")
        made: list[Path] = []
        try:
            entry = self._record(path, made)
            try:
                yield path
            finally:
                _remove(path)
                entry.unlink(missing_ok=True)
        finally:
            for folder in reversed(made if self._tidy else []):  # ours, empty: no trace left
                try:
                    folder.rmdir()
                except OSError:
                    break

    def _record(self, path: Path, made: list[Path]) -> Path:
        entry = self.folder / f"{os.getpid()}-{secrets.token_hex(8)}.json"
        for attempt in (1, 2):
            made += make_folders(self.folder)
            try:
                fd = os.open(entry, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                break
            except FileNotFoundError:  # another run removed the folder it had made just now
                if attempt == 2:
                    raise
        with os.fdopen(fd, "w") as handle:
            json.dump({"path": str(path.absolute())}, handle)
        return entry

    def sweep(self) -> int:
        """Remove the work files of processes that are gone; returns how many."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        for entry in self.folder.iterdir():
            match = _ENTRY.fullmatch(entry.name)
            if not match or process_alive(int(match.group(1))):
                continue
            try:
                path = Path(json.loads(entry.read_text())["path"])
            except (OSError, ValueError, KeyError, TypeError):
                path = None
            if path is not None and MARK in path.name:
                removed += _remove(path)
                if path.exists():  # could not be removed (a disk not plugged in): next time
                    continue
            _remove(entry)
        if removed:
            log.info("removed %d work files of runs that were stopped", removed)
        return removed


def make_folders(folder: Path) -> list[Path]:
    """Make ``folder`` and the folders missing above it, owner-only; returns those made. A
    folder that exists (a shared folder, a mount point) keeps its mode."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for made in reversed(missing):
        made.mkdir(mode=0o700, exist_ok=True)
        if POSIX:
            os.chmod(made, 0o700)
    return list(reversed(missing))


def _remove(path: Path) -> int:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()
    except FileNotFoundError:
        return 0
    except OSError as exc:  # a read-only medium, a disk gone (USB): tried again next time
        log.warning("could not remove a work file: %s", exc.strerror)
        return 0
    return 1


def sweep_all(vault_root: Path) -> int:
    """Sweep the vault's ledger and the app's own (restores, read-only vaults)."""
    return sum(Ledger(folder).sweep() for folder in (vault_root / WORK_DIR, _app_work_dir())
               if folder.is_dir())


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` may still be running (when unsure: yes, keep its files)."""
    if pid == os.getpid():
        return True
    if not POSIX:  # Windows: signal 0 would end it; keep the files (a leftover costs space)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: it exists
        return True
    return True
