"""The Qt shell: widgets, windows and the worker thread. No network or crypto code here."""

from licensegui.ui.qt_fixes import repair_emit_refcount

# Before any module of the window can emit a signal (see qt_fixes: PySide6 6.12.0 leaks a
# reference to True per Python-side emit, and Python 3.11 aborts when the count runs out).
repair_emit_refcount()
