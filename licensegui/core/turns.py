"""Long loops off the GUI thread let the window run first.

Python threads share one GIL, and the window's thread needs it for every call Qt makes into
Python (a timer, a table's ``data()``, hundreds a paint). A loop that parses 100,000 rows, or a
batch's workers against a server that answers at once, kept it busy enough to freeze the
window 100–600 ms. Such loops call :func:`give_way` every few hundred rows (a batch worker,
before each row): it returns at once unless a window has said, through :func:`set_waiter`,
how to wait for its thread (ui/gui_first.py); the command line never sets one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

_waiter: Callable[[], None] | None = None


def set_waiter(waiter: Callable[[], None] | None) -> None:
    """How :func:`give_way` waits for the window (None: never)."""
    global _waiter
    _waiter = waiter


def give_way() -> None:
    """Wait, if a window is starved of the GIL, until its thread has run (bounded by the
    waiter). Never on the main thread, which is the window's own."""
    waiter = _waiter
    if waiter is not None and threading.current_thread() is not threading.main_thread():
        waiter()
