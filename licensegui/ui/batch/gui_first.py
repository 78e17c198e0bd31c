"""The window before the next row: a batch's workers start a row only when the GUI thread has
run lately.

Workers and the GUI thread share one GIL. Against a server that answers at once, four workers
(and their request threads) keep it busy, and every Python call Qt makes for the window (a
timer, a table's ``data()``) waits its turn: the window stalled 60–100 ms at a time. A worker
that finds the GUI thread has not ticked for :data:`STARVED_S` waits (at most
:data:`MAX_WAIT_S`) until it has; requests already out go on, so nothing is slower than a
paint, and a server across a network, which leaves the GIL free, never meets the wait.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QTimer

#: The GUI thread's heartbeat, and how long without one counts as starved.
TICK_MS = 5
STARVED_S = 0.015
#: A worker never waits longer than this (the window may be busy with a modal dialog).
MAX_WAIT_S = 0.1


class GuiFirst(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticked = time.monotonic()
        self._ran = threading.Event()
        self._ran.set()
        self._timer = QTimer(self, interval=TICK_MS, timeout=self._tick)
        self._on = False  # read by workers: no Qt call off the GUI thread
        #: How many times a worker waited for the window (for the bench and the tests).
        self.waits = 0

    def start(self) -> None:
        self._tick()
        self._on = True
        self._timer.start()

    def stop(self) -> None:
        self._on = False
        self._timer.stop()
        self._ran.set()  # no worker is left waiting for a heartbeat that will not come

    def _tick(self) -> None:
        self._ticked = time.monotonic()
        self._ran.set()

    def wait_turn(self) -> None:
        """For a worker, before it takes its next row (any thread but the GUI's)."""
        if self._on and time.monotonic() - self._ticked > STARVED_S:
            self._ran.clear()
            self.waits += 1
            self._ran.wait(MAX_WAIT_S)
