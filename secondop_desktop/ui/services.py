"""What the windows need from the outside world, bundled so that tests can swap each part."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dialogs import DialogService
from .tasks import TaskRunner


def _open_url(url) -> bool:
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


@dataclass
class Services:
    dialogs: DialogService = field(default_factory=DialogService)
    tasks: TaskRunner = field(default_factory=TaskRunner)
    # Opens a file or folder in the system's viewer; tests record the call instead.
    open_url: object = _open_url
