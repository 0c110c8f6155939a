"""The base of the four screens: Records, Questions, Symptoms and Visit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...core.vault import Vault
from ..operations import Changes
from ..services import Services


class Page(QWidget):
    """A screen of the main window. Each has its own undo history; Edit > Undo follows the page.

    A page learns of every change to the vault from ``services.changes`` (``on_changes``), and
    announces its own edits there: no screen tells another one to refresh.
    """

    title = ""
    actions_changed = Signal()  # what Edit > Delete (and the like) can do here changed
    notice = Signal(str)  # one line on what just happened, shown with an Undo button

    def __init__(self, vault: Vault, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.services = services
        self.undo_stack = QUndoStack(self)
        self.closed = False  # shut down: results of earlier work still on their way are dropped
        services.changes.operation_did_execute.connect(self._changes_announced)

    def _changes_announced(self, changes: Changes, initiator: object) -> None:
        # The demo's window shares the services: what changed in its vault is not news here.
        if not self.closed and getattr(initiator, "vault", self.vault) is self.vault:
            self.on_changes(changes, initiator)

    def announce(self, changes: Changes) -> None:
        """Tell every screen (this one included, as the initiator) what an edit here changed."""
        self.services.changes.announce(changes, self)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """Refresh what this page shows of ``changes`` (``initiator`` made them)."""

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
        """Read again from the vault everything this page shows."""

    def shutdown(self) -> None:
        """Finish background work and unsaved edits before the vault closes (switch or quit)."""

    def close_page(self) -> None:
        """Stop listening, then ``shutdown``: the vault is about to close."""
        if not self.closed:
            self.closed = True
            self.services.changes.operation_did_execute.disconnect(self._changes_announced)
        self.shutdown()
