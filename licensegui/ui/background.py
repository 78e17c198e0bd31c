"""Short reads off the GUI thread (the keyring above all: macOS Keychain can sit for seconds
behind its permission prompt), with the answer delivered back on the GUI thread.

For reads only: a daemon thread is not waited for at quit, so nothing that must complete
(a keyring write, a history record) belongs here — those run on a tracked worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted to it from any thread is queued there."""

    done = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver)

    @staticmethod
    def _deliver(callback: Callable[[Any], None], outcome: Any) -> None:
        callback(outcome)


_relay: _Relay | None = None


def in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                  owner: QObject) -> None:
    """Run ``work`` on a daemon thread; later, on the GUI thread, call ``on_done`` with its
    result (or the exception it raised) — unless ``owner`` was deleted meanwhile. Call from
    the GUI thread."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    relay = _relay

    def deliver(outcome: Any) -> None:
        if shiboken6.isValid(owner):
            on_done(outcome)

    def run() -> None:
        try:
            outcome: Any = work()
        except Exception as exc:  # handed to on_done: the caller decides what it means
            outcome = exc
        if shiboken6.isValid(relay):
            relay.done.emit(deliver, outcome)

    threading.Thread(target=run, name="licensegui-background", daemon=True).start()
