"""A read-only table over a Python list of rows, with fixed column headers."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid parent of every row of a flat table


def translated(owner: QObject, text: str) -> str:
    """``text`` (English, defined as data) in the app's language, looked up in the context of
    ``owner``'s class or of a class it derives from, the first that has a translation: mark
    such texts with ``QT_TRANSLATE_NOOP("TheModelClass", "Text")`` where they are defined."""
    for cls in type(owner).__mro__:
        if not cls.__module__.startswith("secondop_desktop"):
            break  # Qt's own classes: Qt's translations are not ours to look in
        found = QCoreApplication.translate(cls.__name__, text)
        if found != text:
            return found
    return text


class ListTableModel(QAbstractTableModel):
    """Subclasses name their ``headers`` (in English, each marked with
    ``QT_TRANSLATE_NOOP("TheSubclass", "Header")``: they are shown translated) and answer
    ``data`` from ``self._rows``."""

    headers: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return translated(self, self.headers[section])
        return None
