"""Answer a modal dialog from a test: the dialog runs its own event loop, so a timer polls for
it and hands it to the test once it is up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_modal_shown(kind: type[QDialog], handle: Callable[[QDialog], None],
                     give_up_ms: int = 60_000) -> QTimer:
    """Call ``handle(dialog)`` for the first modal ``kind`` shown; the caller must keep (and
    stop) the returned timer. ``handle`` should accept or reject the dialog."""
    poll = QTimer(interval=20)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            poll.stop()
            handle(dialog)

    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(give_up_ms, poll.stop)  # never spin forever if it never comes
    return poll
