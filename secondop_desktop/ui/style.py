"""The window's look: calm spacing and readable type, on top of the platform's own style.

Only named widgets are styled, so every screen keeps native controls and the system's colours.
"""

from __future__ import annotations

STYLE_SHEET = """
QListWidget#navigation {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(window);
    padding-top: 10px;
    font-size: 11pt;
    outline: none; /* the highlight already shows the current screen; no box inside it */
}
QListWidget#navigation::item {
    padding: 9px 12px;
    margin: 1px 6px;
    border-radius: 6px;
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QLabel#emptyHeading { font-size: 17pt; font-weight: 600; }
QLabel#emptyBody { font-size: 10.5pt; } /* full contrast: a patient must read it */
QLabel#previewPlaceholder { color: palette(dark); font-size: 11pt; }
QLabel#previewHeading { font-weight: 600; }
QLabel#previewFileName { color: palette(dark); }
QLabel#countLabel { color: palette(dark); padding: 0 6px; }
QWidget#importBar { border-top: 1px solid palette(mid); }
QTableView#recordsTable { font-size: 10pt; }
"""
