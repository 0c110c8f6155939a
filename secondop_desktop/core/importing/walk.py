"""The files a drop names: files named directly, and every file inside named folders."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..documents import VAULT_DB_NAME
from ..errors import QT_TRANSLATE_NOOP, Reason
from .results import PATH_TOO_LONG, ImportResult, Outcome

# The index of an imaging CD: it lists the studies on the CD; the studies are the records.
DICOMDIR_NAME = "DICOMDIR"


def _is_hidden(path: Path) -> bool:
    if path.name.startswith(".") or path.name in {"Thumbs.db", "desktop.ini", "__MACOSX"}:
        return True
    try:
        attrs = getattr(os.stat(path, follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False  # not hidden; opening it will say what is wrong with it
    return bool(attrs & 0x6)  # Windows FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM


def _skipped(path: Path, reason: str) -> ImportResult:
    return ImportResult(path, Outcome.SKIPPED, reason=reason)


LINK_LOOP = QT_TRANSLATE_NOOP("Reason", "the link leads round in a loop")


def _folder_error_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return QT_TRANSLATE_NOOP("Reason", "the folder cannot be read (permission denied)")
    if exc.errno == errno.ENAMETOOLONG:
        return PATH_TOO_LONG
    if exc.errno == errno.ELOOP:
        return LINK_LOOP
    return Reason(QT_TRANSLATE_NOOP("Reason", "the folder cannot be read ({problem})"),
                  problem=exc.strerror or exc)


def _link_problem(path: Path) -> str | None:
    """Why a symbolic link inside a dropped folder is not followed, or None for a link to a
    file (which is imported like the file)."""
    try:
        if not path.is_symlink():
            return None
    except OSError as exc:  # the path itself cannot be looked at (too long, say)
        return _folder_error_reason(exc)
    try:
        target = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return LINK_LOOP
        return QT_TRANSLATE_NOOP("Reason", "the link points to nothing")
    if stat.S_ISDIR(target.st_mode):
        return QT_TRANSLATE_NOOP(
            "Reason", "it is a link to another folder; add that folder itself if it holds "
                      "records")
    return None


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | ImportResult]:
    """Files named directly, and every file inside named folders (recursive, sorted).

    Hidden and system files inside folders are skipped, and so is a vault folder and an imaging
    CD's DICOMDIR; a file named directly is always tried. A subfolder that cannot be read, a
    linked folder and a link loop each come as a SKIPPED result, in their place in the order.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(top: Path) -> Iterator[Path | ImportResult]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=errors.append):
        while errors:  # os.walk reports a folder it cannot list just before going on
            exc = errors.pop(0)
            yield _skipped(Path(exc.filename or root), _folder_error_reason(exc))
        if VAULT_DB_NAME in files and "objects" in dirs:
            dirs[:] = []  # a vault's own files are no records to import
            continue
        kept = []
        for name in sorted(dirs):
            folder = Path(root) / name
            if _is_hidden(folder):
                continue
            problem = _link_problem(folder)
            if problem:
                yield _skipped(folder, problem)
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            candidate = Path(root) / name
            if _is_hidden(candidate) or name.upper() == DICOMDIR_NAME:
                continue
            problem = _link_problem(candidate)
            yield _skipped(candidate, problem) if problem else candidate
    for exc in errors:
        yield _skipped(Path(exc.filename or top), _folder_error_reason(exc))
