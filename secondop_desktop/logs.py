"""Where errors go: the ``logging`` module, to a rotating file in the platform's log folder.

``setup_logging()`` once at start (the app and the CLI); ``install_excepthooks()`` in the app, so
an exception nobody caught, on the GUI thread or any other, lands in the log with its traceback.
The log holds file names and record ids, never what a record says.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from . import __version__, paths
from .core.secure import secure_dir

LOG_NAME = "secondop.log"
MAX_BYTES = 1_000_000
BACKUPS = 3  # four files of at most 1 MB each
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

log = logging.getLogger("secondop_desktop")


class _PrivateFileHandler(RotatingFileHandler):
    """Owner-only log files (0600), the rotated ones included."""

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to ``folder``/secondop.log (default: the platform's log folder); returns the file,
    or None when it cannot be written (a full or read-only disk: the app works without it).

    Calling it again moves the log (tests do); warnings of the libraries (pydicom, pypdf) go to
    the log too, never to the terminal.
    """
    folder = folder or paths.log_dir()
    path = folder / LOG_NAME
    root = logging.getLogger()
    for old in list(root.handlers):
        if isinstance(old, _PrivateFileHandler):
            root.removeHandler(old)
            old.close()
    try:
        secure_dir(folder)
        handler = _PrivateFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path


def log_file() -> Path | None:
    """The file the log goes to now, if logging was set up."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _PrivateFileHandler):
            return Path(handler.baseFilename)
    return None


def details(error: BaseException) -> str:
    """What a bug report needs: versions and the traceback (shown to copy, and logged)."""
    lines = [f"SecondOp {__version__}, Python {platform.python_version()}, "
             f"{platform.system()} {platform.release()}", ""]
    lines += traceback.format_exception(type(error), error, error.__traceback__)
    return "\n".join(line.rstrip("\n") for line in lines)


Report = Callable[[str], None]


def install_excepthooks(report: Report | None = None) -> None:
    """Route uncaught exceptions to the log; ``report(details)`` tells the patient (GUI thread
    only: an uncaught exception of another thread is logged)."""
    reporting = threading.Lock()

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("Uncaught exception", exc_info=(kind, error, tb))
        if report is not None and reporting.acquire(blocking=False):
            try:  # one report at a time: a failing paint would otherwise stack up dialogs
                report(details(error.with_traceback(tb)))
            finally:
                reporting.release()

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        error = args.exc_value if args.exc_value is not None else args.exc_type()
        log.critical("Uncaught exception in thread %s", name,
                     exc_info=error.with_traceback(args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
