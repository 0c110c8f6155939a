"""Undoable changes on the Records screen: moving to and from the trash, editing details."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from ...core.vault import Vault

EDIT_COMMAND_ID = 3101  # same-field edits of one record merge into one undo step


class TrashCommand(QUndoCommand):
    """Move records to the trash (``trashed=True``) or restore them; undo does the opposite."""

    def __init__(self, vault: Vault, ids: Sequence[int], trashed: bool,
                 changed: Callable[[list[int]], None]) -> None:
        count = len(ids)
        noun = "record" if count == 1 else f"{count} records"
        super().__init__(f"Move {noun} to the trash" if trashed else f"Restore {noun}")
        self.vault, self.ids, self.trashed, self.changed = vault, list(ids), trashed, changed

    def _apply(self, trashed: bool) -> None:
        for doc_id in self.ids:
            self.vault.documents.set_trashed(doc_id, trashed)
        self.changed(self.ids)

    def redo(self) -> None:
        self._apply(self.trashed)

    def undo(self) -> None:
        self._apply(not self.trashed)


class EditCommand(QUndoCommand):
    """One field of one record, already saved when pushed; undo puts the old value back."""

    def __init__(self, vault: Vault, doc_id: int, field: str, old: object, new: object,
                 changed: Callable[[list[int]], None]) -> None:
        super().__init__(f"Edit {field.replace('record_', '').replace('_', ' ')}")
        self.vault, self.doc_id, self.field = vault, doc_id, field
        self.old, self.new, self.changed = old, new, changed
        self._saved = True  # the first redo (from push) has nothing to do

    def id(self) -> int:
        return EDIT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand) or (other.doc_id, other.field) != \
                (self.doc_id, self.field):
            return False
        self.new = other.new
        return True

    def _set(self, value: object) -> None:
        self.vault.documents.update(self.doc_id, **{self.field: value})
        self.changed([self.doc_id])

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)
