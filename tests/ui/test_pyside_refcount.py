"""PySide6 6.12.0's Python-side ``Signal.emit()`` dropped a reference to ``True`` per call; on
Python 3.11 (``True`` not immortal) the app then aborted ("bool_dealloc"), usually at quit.
This fails on any Qt binding with that bug, so a relock cannot bring it back unnoticed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    with_value = Signal(int)
    without_value = Signal()


def test_emitting_signals_leaves_the_refcount_of_true_alone(qapp):
    emitter = _Emitter()
    seen: list[int] = []
    emitter.with_value.connect(seen.append)
    emitter.without_value.connect(lambda: seen.append(0))
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.with_value.emit(1)
        emitter.without_value.emit()
    after = sys.getrefcount(True)
    assert len(seen) == 1000
    # Other code may take or drop a few references meanwhile; the bug drops one per emit.
    assert abs(after - before) < 50, (before, after)
