"""A repair for a reference-counting bug of the pinned Qt binding, applied before any signal.

PySide6 6.12.0's Python-side ``SignalInstance.emit()`` returns ``True`` without taking a
reference to it, so every emit from Python lowers ``True``'s count by one. On Python 3.11,
where ``True`` is not immortal, the interpreter then aborts once enough signals were emitted
("bool_dealloc: deallocating True or False") — typically at quit, after a long session.

Why a repair and not another PySide6: 6.11.3 has no such bug, but its ``lupdate`` misses
plural (``%n``) messages and some multi-line ``translate`` calls, so the translations would
silently lose strings; and the fix is measured, not assumed — it is applied only when a probe
emit shows the leak, so a fixed binding (or a Python with immortal ``True``) is left alone.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

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


def repair_emit_refcount() -> bool:
    """Give back the reference each emit forgets, if the binding has the bug; True if applied.
    Idempotent: later calls do nothing."""
    global _applied  # once per process: a second wrapper would over-count
    if _applied or not emit_leaks_true():
        return _applied
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)  # the reference the binding handed out without taking
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
    return True
