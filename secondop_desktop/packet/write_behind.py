"""The packet goes to the disk while it is still being written.

The packet is synced before it takes its name (a crash never leaves a packet that looks whole
but is not). Synced only at the end, a packet of a few hundred megabytes waits for all of them
at once; here a helper thread syncs what has been written every few tens of megabytes, while
the next pages are made, so the last sync waits only for the rest. The file's bytes and their
order are the same; only when they reach the disk changes. A sync that fails in the helper is
raised by ``finish``, as the one at the end would be.
"""

from __future__ import annotations

import os
import threading
from typing import BinaryIO

STEP = 32 * 2**20  # bytes written between two syncs by the helper


class WriteBehind:
    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self._next = STEP
        self._wake = threading.Event()
        self._stop = False
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="export-sync", daemon=True)
        self._thread.start()

    def written(self) -> None:
        """Called now and then by the writer: past the next step, the helper syncs."""
        if self.handle.tell() >= self._next:
            self._next = self.handle.tell() + STEP
            self.handle.flush()
            self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            if self._stop:
                return
            try:
                os.fsync(self.handle.fileno())
            except OSError as exc:  # kept for finish: an error is reported to one sync only
                self._error = exc
                return

    def finish(self) -> None:
        """Stop the helper; flush and sync the rest (raises what the helper met, if any)."""
        self.stop()
        if self._error is not None:
            raise self._error
        self.handle.flush()
        os.fsync(self.handle.fileno())

    def stop(self) -> None:
        self._stop = True
        self._wake.set()
        self._thread.join()
