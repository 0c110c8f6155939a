"""Where errors go: the ``logging`` module, to a rotating file in the platform's log folder.

``setup_logging()`` once at start (the app and the CLI); ``install_excepthooks()`` in the app, so
an exception nobody caught, on the GUI thread or any other, lands in the log with its traceback.
The log holds file names and record ids, never what a record says.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from . import __version__, paths

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_NAME = "secondop.log"
MAX_BYTES = 1_000_000
BACKUPS = 3  # four files of at most 1 MB each
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

log = logging.getLogger("secondop_desktop")


@functools.cache
def _handler_class() -> type[RotatingFileHandler]:
    """Owner-only log files (0600), the rotated ones included. Made when the log is set up:
    logging.handlers (sockets, pickle, queues) is no import the first window waits for."""
    from io import TextIOWrapper
    from logging.handlers import RotatingFileHandler

    class _PrivateFileHandler(RotatingFileHandler):
        def _open(self) -> TextIOWrapper:
            stream = super()._open()
            if os.name == "posix":
                os.chmod(self.baseFilename, 0o600)
            return stream

    return _PrivateFileHandler


def __getattr__(name: str) -> object:
    if name == "_PrivateFileHandler":  # the class, for those who look for it by name
        return _handler_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to ``folder``/secondop.log (default: the platform's log folder); returns the file,
    or None when it cannot be written (a full or read-only disk: the app works without it).

    Calling it again moves the log (tests do); warnings of the libraries (pydicom, pypdf) go to
    the log too, never to the terminal.
    """
    from .core.secure import secure_dir

    folder = folder or paths.log_dir()
    path = folder / LOG_NAME
    root = logging.getLogger()
    private = _handler_class()
    for old in list(root.handlers):
        if isinstance(old, private):
            root.removeHandler(old)
            old.close()
    try:
        secure_dir(folder)
        handler = private(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
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
        if isinstance(handler, _handler_class()):
            return Path(handler.baseFilename)
    return None


def details(error: BaseException) -> str:
    """What a bug report needs: versions and the traceback (shown to copy, and logged)."""
    import platform
    import traceback

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
