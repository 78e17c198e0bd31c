"""Python's cyclic garbage collector runs in whichever thread happens to allocate when a
threshold is crossed: a worker thread, a keyring read, an abandoned request. If the cycle it
frees holds Qt objects (a widget, a timer, a closure over a window), they are destroyed off
the thread they belong to, and Qt crashes. So automatic collection is switched off and the GUI
thread collects on a timer, generation by generation, as the thresholds would have."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


def collect_now() -> None:
    """One collection of the generations whose thresholds were crossed (GUI thread only)."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return
    generation = 0
    if counts[1] > thresholds[1]:
        generation = 2 if counts[2] > thresholds[2] else 1
    gc.collect(generation)


def collect_on_gui_thread(parent: QObject) -> QTimer:
    """Disable automatic collection and collect from ``parent``'s (the GUI) thread instead."""
    gc.disable()
    timer = QTimer(parent, interval=INTERVAL_MS)
    timer.timeout.connect(collect_now)
    timer.start()
    return timer
