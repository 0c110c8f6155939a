"""How long the GUI thread stood still: a 5 ms QTimer whose longest gap, minus 5 ms, is the
longest stall a patient could feel."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer

INTERVAL_MS = 5


class StallProbe:
    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[int] = []
        self._last = 0
        self.timer = QTimer()
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        """Start (or start over): earlier gaps are forgotten."""
        self.gaps.clear()
        if not self.clock.isValid():
            self.clock.start()
        self._last = self.clock.elapsed()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def longest_stall(self) -> int:
        return max(self.gaps[1:]) - INTERVAL_MS if len(self.gaps) > 1 else 0
