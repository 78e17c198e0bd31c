"""PySide6 6.12.0's Python-side ``Signal.emit()`` drops a reference to ``True`` per call; on
Python 3.11 (``True`` not immortal) the app then aborted ("bool_dealloc"), usually at quit.
Importing the window's package repairs it; these fail if the repair goes or stops working."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QObject, Signal

import licensegui.ui  # noqa: F401  # the import applies the repair
from licensegui.ui import qt_fixes


class _Emitter(QObject):
    fired = Signal(int)


def test_true_has_a_reserve_no_session_can_exhaust(qapp):
    if sys.version_info >= (3, 12) or not (qt_fixes.emit_leaks_true()
                                            or qt_fixes.void_call_leaks_none()):
        assert not qt_fixes._applied or sys.version_info < (3, 12)
        return  # True is immortal here, or this binding does not leak: nothing to repair
    assert qt_fixes._applied
    for value in (None, True, False):
        assert sys.getrefcount(value) > 1 << 39, value


def test_many_emits_and_calls_then_quit_does_not_abort(tmp_path):
    """The crash itself, in a fresh interpreter: more emits and void calls than True and None
    have references without the repair, then normal finalisation (the window's package
    imported first, as the app does)."""
    script = tmp_path / "emits.py"
    script.write_text(
        "import sys\n"
        "import licensegui.ui\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "class O(QObject):\n"
        "    s = Signal(int)\n"
        "app = QCoreApplication([])\n"
        "o = O(); seen = []; o.s.connect(seen.append)\n"
        "for _ in range(20000):\n"
        "    o.s.emit(1)\n"
        "    o.setObjectName('x')\n"  # returns nothing: 6.12.0 dropped a reference to None
        "print(len(seen))\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "20000", done.stderr[-2000:]


def test_the_window_starts_and_quits_cleanly(tmp_path):
    """The real app's start-up probe: it aborted at quit once the merged window's signals had
    used up True's references."""
    env = {**os.environ, "LICENSEGUI_HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "licensegui", "--startup-probe"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and "shown" in done.stdout, done.stderr[-2000:]

