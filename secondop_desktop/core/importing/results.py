"""How the import of one file went: what the CLI prints and the import summary shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..documents import display_name, one_line
from ..errors import QT_TRANSLATE_NOOP

PATH_TOO_LONG = QT_TRANSLATE_NOOP(
    "Reason", "its path is too long for the system to open; move it to a shorter path")
OUR_BUG_REASON = QT_TRANSLATE_NOOP(
    "Reason", "SecondOp ran into a problem of its own with this file; the file is unchanged and "
              "the details were saved to the log")


class Outcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REFUSED = "refused"
    SKIPPED = "skipped"  # a folder (or link) inside a dropped folder that was not gone into
    FAILED = "failed"  # a bug of ours with this file: logged, the file untouched, the rest go on


@dataclass(frozen=True)
class ImportResult:
    path: Path
    outcome: Outcome
    document_id: int | None = None
    reason: str = ""
    existing_title: str = ""
    joined: bool = False  # an image added to a study already recorded (document_id)
    more_ids: tuple[int, ...] = ()  # records made from files inside this one (a portal zip)
    # A file of several patients: (value for ``patient``, what the patient reads) of each
    choices: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    error: BaseException | None = field(default=None, compare=False, repr=False)  # FAILED's

    @property
    def name(self) -> str:
        return display_name(self.path)

    @property
    def failed(self) -> bool:
        """Not in the vault: refused, skipped while walking a folder, or failed by our bug."""
        return self.outcome in (Outcome.REFUSED, Outcome.SKIPPED, Outcome.FAILED)

    def line(self) -> str:
        """One line for the CLI and the import summary (control characters escaped)."""
        if self.failed:
            return f"{self.outcome.value} {one_line(self.name)}: {one_line(self.reason)}"
        more = f" (and {', '.join(map(str, self.more_ids))} inside)" if self.more_ids else ""
        return f"{self.outcome.value} {self.document_id} {one_line(self.name)}{more}"


class ImportCancelled(Exception):
    """Raised inside an import to stop between (or inside) files; whole files stay imported."""
