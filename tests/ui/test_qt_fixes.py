"""PySide6 6.12.0's Python-side ``Signal.emit()`` dropped a reference to ``True`` per call; on
Python 3.11 (``True`` not immortal) the app then aborted ("bool_dealloc"), usually at quit.
Importing the window's package repairs it; these fail if the repair goes or stops working."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject, Signal

import licensegui.ui  # noqa: F401  # the import applies the repair
from licensegui.ui import qt_fixes


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
    assert not qt_fixes.emit_leaks_true()


def test_many_emits_then_quit_does_not_abort(tmp_path):
    """The crash itself, in a fresh interpreter: 20,000 emits, then normal finalisation."""
    script = tmp_path / "emits.py"
    script.write_text(
        "import licensegui.ui\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "class O(QObject):\n"
        "    s = Signal(int)\n"
        "app = QCoreApplication([])\n"
        "o = O(); o.s.connect(lambda v: None)\n"
        "for _ in range(20000):\n"
        "    o.s.emit(1)\n"
        "print('done')\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "done", done.stderr[-2000:]
