"""What the windows need from the outside world, bundled so that tests can swap each part."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from ..logs import details
from ..translations import shown_reason
from .dialogs import DialogService
from .operations import ChangeBus, Pool, Runner, is_cancel, is_our_bug, single_thread_pool


def _open_url(url: QUrl) -> bool:
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


@dataclass
class Services:
    dialogs: DialogService = field(default_factory=DialogService)
    # Database work runs on one thread, in order; thumbnails, previews and opening another vault
    # on another, so they never wait behind an import. Tests pass pools that run each job at once.
    pool: Pool = field(default_factory=single_thread_pool)
    view_pool: Pool = field(default_factory=single_thread_pool)
    # Searches as one types, on a thread of their own: a key never waits behind an import, a
    # write or a thumbnail, only for the search it interrupts.
    search_pool: Pool = field(default_factory=single_thread_pool)
    # Opens a file or folder in the system's viewer; tests record the call instead.
    open_url: Callable[[QUrl], bool] = _open_url
    # Every write announces what it changed here; every screen listens.
    changes: ChangeBus = field(default_factory=ChangeBus)

    def __post_init__(self) -> None:
        self.tasks = Runner(self.pool)
        self.views = Runner(self.view_pool)
        self.searches = Runner(self.search_pool)

    def report_failure(self, parent: QWidget | None, error: BaseException,
                       title: str = "SecondOp") -> None:
        """The one way a failure reaches the patient: the reason of a condition we recognise,
        or, for our own bug, the standard dialog (its traceback is in the log already)."""
        if is_cancel(error):
            return
        if is_our_bug(error):
            self.dialogs.bug(parent, details(error))
        else:
            self.dialogs.error(parent, title, shown_reason(error))
