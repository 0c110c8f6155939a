"""What every dialog running one background task does on Cancel and on close."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ..operations import Task


class TaskDialogMixin:
    """Put before QDialog in the bases. Cancel stops the task; closing waits until it has."""

    task: Task | None
    status: QLabel

    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def cancel_or_close(self) -> None:
        if self.running():
            self.task.cancel()  # type: ignore[union-attr]
            self.status.setText(QCoreApplication.translate("TaskDialog", "Cancelling…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self.running():
            self.task.cancel()  # type: ignore[union-attr]  # the dialog closes once it stops
            return
        super().reject()  # type: ignore[misc]
