"""A repair for a reference-counting bug of the pinned Qt binding, applied before any signal.

PySide6 6.12.0 hands out ``True`` and ``None`` without taking a reference to them: every
Python-side ``SignalInstance.emit()`` lowers ``True``'s count by one, and every call of a
method that returns nothing (``QTimer.start``, ``setObjectName``…) or a null object lowers
``None``'s. (As if built for Python 3.12, where they are immortal.) On Python 3.11 the
interpreter then aborts once enough calls were made ("bool_dealloc", "none_dealloc") —
at quit, or in the middle of a long batch.

The repair gives ``None``, ``True`` and ``False`` a reserve of references no session can
exhaust: what Python 3.12 does by making them immortal. Why not another PySide6: 6.11.3 has
no such bug, but its ``lupdate`` misses plural (``%n``) messages and some multi-line
``translate`` calls, so the translations would silently lose strings. The repair is
measured, not assumed: it is applied only when a probe shows the leak, so a fixed binding is
left alone.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_applied = False


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true(emits: int = 64) -> bool:
    """Whether a Python-side emit drops a reference to ``True`` (measured, not by version)."""
    probe = _Probe()
    probe.fired.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(emits):
        probe.fired.emit()
    # Other threads may take or drop a few references meanwhile; the bug drops one per emit.
    return before - sys.getrefcount(True) >= emits // 2


# Far more references than any session can leak (one per emit), far from overflowing the
# 64-bit count: what Python 3.12 does by making True and False immortal.
_RESERVE = 1 << 40


def void_call_leaks_none(calls: int = 64) -> bool:
    """Whether a call of a method returning nothing drops a reference to ``None``."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= calls // 2


def repair_emit_refcount() -> bool:
    """Make ``None``, ``True`` and ``False`` unable to run out of references, if the binding
    leaks them and this Python does not already make them immortal (3.12+); True if applied.

    Not a wrapper around ``SignalInstance.emit``: replacing the binding's own method with a
    Python function made PySide abort at quit (its teardown treats the attribute as its own).
    Idempotent: later calls do nothing."""
    global _applied  # once per process
    if _applied or sys.version_info >= (3, 12) or not (
            emit_leaks_true() or void_call_leaks_none()):
        return _applied
    for value in (None, True, False):
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t at id(value)).
        ctypes.c_ssize_t.from_address(id(value)).value += _RESERVE
    _applied = True
    return True
