"""Python's full garbage collections held off while a batch runs, or while the window has
work off its thread (ui/tasks.py).

A full collection walks every object the process holds; with a 100,000-row batch shown in the
window that took 100–350 ms (20–90 ms while such a file was read), and whichever thread ran it
held the GIL meanwhile: the window froze for that long, several times a run. What a batch or a
read makes is freed by reference counts (rows hold no cycles), so young collections, which
still run, are enough until the work ends; the thresholds in force before are then restored.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: A full collection only after this many collections of the middle generation: never, in
#: any batch's lifetime (there are ~10 a second while rows are made).
_HELD = 1 << 30

_lock = threading.Lock()
_runs = 0
_before: tuple[int, int, int] | None = None


@contextmanager
def full_collections_held() -> Iterator[None]:
    """While any such work runs (they may overlap), no full collection starts on its own."""
    global _runs, _before
    with _lock:
        if _runs == 0:
            _before = gc.get_threshold()
            gc.set_threshold(_before[0], _before[1], _HELD)
        _runs += 1
    try:
        yield
    finally:
        with _lock:
            _runs -= 1
            if _runs == 0 and _before is not None:
                gc.set_threshold(*_before)
                _before = None
