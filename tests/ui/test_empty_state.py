"""The empty vault's welcome: its text must be readable whole, at any window width."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from secondop_desktop.ui.widgets.empty_state import EmptyState


@pytest.mark.parametrize("width", [700, 1400])
def test_the_explanation_gets_the_height_its_wrapped_lines_need(qtbot, width):
    widget = EmptyState()
    qtbot.addWidget(widget)
    widget.resize(width, 700)
    widget.show()
    qtbot.waitExposed(widget)
    body = widget.findChild(QLabel, "emptyBody")
    needed = body.heightForWidth(body.width())
    assert needed > body.fontMetrics().lineSpacing()  # it does wrap onto several lines
    assert body.height() >= needed
