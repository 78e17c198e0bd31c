"""The window before work off its thread: while a task or a read runs, the GUI thread beats a
heartbeat, and long loops on other threads (core/turns.py) wait while it has not beaten lately.

Workers and the GUI thread share one GIL. A worker busy in Python (reading a 100,000-row file,
a batch against a server that answers at once) kept it so that every Python call Qt made for
the window waited its turn: the window stalled 60–600 ms at a time. A loop that finds the GUI
thread has not ticked for :data:`STARVED_S` waits (at most :data:`MAX_WAIT_S`) until it has;
the heartbeat runs only while such work is under way, so an idle window does not wake.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QTimer

from licensegui.core import turns

#: The GUI thread's heartbeat, and how long without one counts as starved.
TICK_MS = 5
STARVED_S = 0.015
#: A loop never waits longer than this at once (a modal dialog's loop still beats, but a
#: window may be blocked for other reasons: the work must go on).
MAX_WAIT_S = 0.1


class GuiFirst(QObject):
    """Made, held and released on the GUI thread; :meth:`wait_turn` from any other."""

    def __init__(self, parent: QObject | None = None, max_wait_s: float = MAX_WAIT_S) -> None:
        super().__init__(parent)
        self._max_wait_s = max_wait_s
        self._ticked = time.monotonic()
        self._ran = threading.Event()
        self._ran.set()
        self._timer = QTimer(self, interval=TICK_MS, timeout=self._tick)
        self._holds = 0
        self._on = False  # read by other threads: no Qt call off the GUI thread
        #: How many times a loop waited for the window (for the tests).
        self.waits = 0

    def hold(self) -> None:
        """Work has gone off the GUI thread: beat (until every hold is released)."""
        self._holds += 1
        if self._holds == 1:
            self._tick()
            self._on = True
            self._timer.start()

    def release(self) -> None:
        self._holds = max(0, self._holds - 1)
        if self._holds == 0:
            self._on = False
            self._timer.stop()
            self._ran.set()  # nothing is left waiting for a heartbeat that will not come

    def _tick(self) -> None:
        self._ticked = time.monotonic()
        self._ran.set()

    def wait_turn(self) -> None:
        """For a loop on another thread: wait while the GUI thread has not run lately."""
        if self._on and time.monotonic() - self._ticked > STARVED_S:
            self._ran.clear()
            self.waits += 1
            self._ran.wait(self._max_wait_s)


_gui_first: GuiFirst | None = None


def gui_first() -> GuiFirst:
    """The process's one heartbeat (made on the GUI thread at first use), which core loops
    wait for through :func:`licensegui.core.turns.give_way`."""
    global _gui_first
    if _gui_first is None:
        _gui_first = GuiFirst()
        turns.set_waiter(_gui_first.wait_turn)
    return _gui_first
