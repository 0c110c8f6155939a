"""Undoable changes on the Records screen: moving to and from the trash, editing details,
combining and splitting, turning a page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import ModuleType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...core.documents import Document
from ...core.errors import NotFound
from ...core.turns import set_hand_turn, turn_by_hand
from ...core.vault import Vault
from ...translations import QT_TRANSLATE_NOOP
from ..writes import WriteCommand, Writer

EDIT_COMMAND_ID = 3101  # same-field edits of one record merge into one undo step
# The undo step's name for each field of a record (Edit > Undo says it).
EDIT_TEXTS = {
    "title": QT_TRANSLATE_NOOP("EditCommand", "Edit title"),
    "record_date": QT_TRANSLATE_NOOP("EditCommand", "Edit date"),
    "provider": QT_TRANSLATE_NOOP("EditCommand", "Edit provider"),
    "body_part": QT_TRANSLATE_NOOP("EditCommand", "Edit body part"),
    "tags": QT_TRANSLATE_NOOP("EditCommand", "Edit tags"),
    "notes": QT_TRANSLATE_NOOP("EditCommand", "Edit notes"),
    "kind": QT_TRANSLATE_NOOP("EditCommand", "Edit kind"),
}
EDIT_OTHER = QT_TRANSLATE_NOOP("EditCommand", "Edit details")


def pages_module() -> ModuleType:
    """core.pages (pypdf, PIL), imported by the worker that combines, splits or undoes that:
    the records list shows without it."""
    from ...core import pages

    return pages

# Runs ``work`` (which returns the records to select) off the GUI thread, then shows ``affected``.
InBackground = Callable[[Callable[[], list[int]], list[int]], None]


def fresh(vault: Vault, ids: Sequence[int]) -> list[Document]:
    """The records as they are now (on the writer thread, after a write); gone ones left out."""
    found = []
    for doc_id in ids:
        try:
            found.append(vault.documents.get(doc_id))
        except NotFound:
            pass
    return found


# Shows records after a write: (the ids written, those records as they are now).
Shown = Callable[[list[int], list[Document]], None]


class TrashCommand(WriteCommand):
    """Move records to the trash (``trashed=True``) or restore them, in one transaction however
    many; undo does the opposite. Written in the background, then ``shown``."""

    def __init__(self, writer: Writer, vault: Vault, ids: Sequence[int], trashed: bool,
                 shown: Shown) -> None:
        count = len(ids)
        translate = QCoreApplication.translate
        if trashed:
            text = translate("TrashCommand", "Move record to the trash") if count == 1 else \
                translate("TrashCommand", "Move %n records to the trash", "", count)
        else:
            text = translate("TrashCommand", "Restore record") if count == 1 else \
                translate("TrashCommand", "Restore %n records", "", count)
        self.vault, self.ids, self.trashed = vault, list(ids), trashed

        def move(to_trash: bool) -> Callable[[], list[Document]]:
            def write() -> list[Document]:
                vault.documents.set_trashed_many(self.ids, to_trash)
                return fresh(vault, self.ids)
            return write

        super().__init__(text, writer, move(trashed), move(not trashed),
                         lambda docs: shown(self.ids, docs))


class EditCommand(WriteCommand):
    """One field of one record, written in the background; undo puts the old value back.
    Same-field edits of one record merge into one undo step (typing saves after each pause)."""

    def __init__(self, writer: Writer, vault: Vault, doc_id: int, field: str, old: object,
                 new: object, shown: Shown) -> None:
        self.vault, self.doc_id, self.field, self.old, self.new = vault, doc_id, field, old, new

        def write(value: Callable[[], object]) -> Callable[[], list[Document]]:
            def run() -> list[Document]:
                vault.documents.update(doc_id, **{field: value()})
                return fresh(vault, [doc_id])
            return run

        super().__init__(QCoreApplication.translate("EditCommand",
                                                    EDIT_TEXTS.get(field, EDIT_OTHER)), writer,
                         write(lambda: self.new), write(lambda: self.old),
                         lambda docs: shown([doc_id], docs))

    def id(self) -> int:
        return EDIT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand) or (other.doc_id, other.field) != \
                (self.doc_id, self.field):
            return False
        self.new = other.new  # written already by the other's redo
        return True


class PagesCommand(QUndoCommand):
    """A combine or split, already made (in the background) when pushed: undo takes it back
    and redo makes it again, each in the background through ``run``; writes run in order, so a
    quick Undo, Redo is safe."""

    def __init__(self, text: str, vault: Vault, made: Sequence[int], originals: Sequence[int],
                 run: InBackground) -> None:
        super().__init__(text)
        self.vault, self.made, self.run = vault, list(made), run
        self.affected = [*self.made, *originals]
        self._made = True  # the first redo (from push) has nothing to do

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        vault, made = self.vault, self.made
        self.run(lambda: pages_module().redo(vault, made), self.affected)

    def undo(self) -> None:
        vault, made = self.vault, self.made
        self.run(lambda: pages_module().undo(vault, made), self.affected)


class TurnCommand(QUndoCommand):
    """Turn one page of a record by hand; undo puts back the turn it had (or none: OCR's).

    ``run(doc_id, write)`` runs ``write`` in the background (the one writer thread, in order);
    what the first write finds is kept there for undo, which is written after it.
    """

    def __init__(self, vault: Vault, doc_id: int, page: int, by: int,
                 run: Callable[[int, Callable[[], None]], None]) -> None:
        translate = QCoreApplication.translate
        text = translate("TurnCommand", "Rotate page {page} left") if by == 90 else \
            translate("TurnCommand", "Rotate page {page} right") if by == 270 else \
            translate("TurnCommand", "Rotate page {page} around")
        super().__init__(text.format(page=page + 1))
        self.vault, self.doc_id, self.page, self.by, self.run = vault, doc_id, page, by, run
        self.before: int | None = None  # the page's hand turn before this one
        self.after: int | None = None

    def _write_after(self) -> None:
        if self.after is None:  # the first time: from the turn the page has now
            self.before, self.after = turn_by_hand(self.vault, self.doc_id, self.page, self.by)
        else:
            set_hand_turn(self.vault, self.doc_id, self.page, self.after)

    def redo(self) -> None:
        self.run(self.doc_id, self._write_after)

    def undo(self) -> None:
        self.run(self.doc_id, lambda: set_hand_turn(self.vault, self.doc_id, self.page,
                                                    self.before))
