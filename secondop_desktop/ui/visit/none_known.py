"""The "none known" tick under the medication and allergy lists.

An empty list says nothing to a clinician; this box is how the patient says "I have none", which
the packet then prints as such. It can be ticked only while the list is empty, and adding an
entry clears it (the store does that; the box follows).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QCheckBox, QWidget

from ...core.profile import ListState, StatedList
from ..writes import Writer


class NoneKnownBox(QCheckBox):
    def __init__(self, store: StatedList, model: QAbstractItemModel, text: str, writer: Writer,
                 parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.store = store
        self.model = model
        self.writer = writer
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.reload)
        self.toggled.connect(self._save)
        self.reload()

    def reload(self) -> None:
        state = self.store.state()
        self.blockSignals(True)
        self.setChecked(state is ListState.NONE_KNOWN)
        self.blockSignals(False)
        self.setEnabled(state is not ListState.LISTED)
        self.setToolTip("" if self.isEnabled() else self.tr("Remove the entries above first."))

    def _save(self, checked: bool) -> None:
        store = self.store  # written in the background; shown as stored once it is
        self.writer(lambda: store.set_none_known(checked), lambda _state: self.reload(),
                    failed=lambda _reason: self.reload())
