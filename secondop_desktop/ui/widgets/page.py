"""The base of the four screens: Records, Questions, Symptoms and Visit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...core.vault import Vault
from ..services import Services


class Page(QWidget):
    """A screen of the main window. Each has its own undo history; Edit > Undo follows the page."""

    title = ""
    actions_changed = Signal()  # what Edit > Delete (and the like) can do here changed
    notice = Signal(str)  # one line on what just happened, shown with an Undo button

    def __init__(self, vault: Vault, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.services = services
        self.undo_stack = QUndoStack(self)

    def delete_selected(self) -> None:
        """Edit > Delete on this page."""

    def can_delete(self) -> bool:
        """Whether Edit > Delete has something to act on now."""
        return False

    def save_pending(self) -> None:
        """Save what is typed and not saved yet, where it is valid (before the window closes)."""

    def pending_problems(self) -> list[tuple[str, QWidget]]:
        """What is typed and cannot be saved: (a sentence saying so, the field to fix)."""
        return []

    def focus_search(self) -> None:
        """Edit > Find on this page."""

    def refresh(self) -> None:
        """Reload from the vault (after an import elsewhere, for example)."""

    def shutdown(self) -> None:
        """Finish background work and unsaved edits before the vault closes (switch or quit)."""
