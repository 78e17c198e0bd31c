"""The one way off the GUI thread: tracked tasks (waited for at quit) and untracked reads."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

from licensegui.core.collections_held import full_collections_held
from licensegui.core.errors import CancelledError, LicenseGuiError
from licensegui.core.text import message_of
from licensegui.ui.gui_first import gui_first
from licensegui.ui.i18n import translate

if TYPE_CHECKING:
    from licensegui.core.cancel import CancelToken

log = logging.getLogger(__name__)

#: How often the GIL changes hands while anything runs off the GUI thread (Python's own: 5 ms).
#: The GUI thread takes the GIL for every Python call Qt makes (a table's ``data()``, a timer,
#: an event filter), hundreds per paint; with a worker busy in Python, each waited up to a
#: whole interval: reading a 100,000-row file froze the window 375 ms, a batch run 40-60 ms.
GUI_SWITCH_INTERVAL_S = 0.001

_off_gui_lock = threading.Lock()
_off_gui = 0
_interval_before = 0.0


@contextmanager
def _gui_kept_prompt() -> Iterator[None]:
    """Around work off the GUI thread (any number at once): the short interval, and no full
    garbage collection (core/collections_held.py); Python's own again once the last ends."""
    global _off_gui, _interval_before
    with _off_gui_lock:
        if _off_gui == 0:
            _interval_before = sys.getswitchinterval()
            sys.setswitchinterval(min(_interval_before, GUI_SWITCH_INTERVAL_S))
        _off_gui += 1
    try:
        with full_collections_held():
            yield
    finally:
        with _off_gui_lock:
            _off_gui -= 1
            if _off_gui == 0:
                sys.setswitchinterval(_interval_before)


class Task(QThread):
    """One background call. Emits exactly one of ``succeeded(result)``, ``failed(message)``
    or ``cancelled()``; the QThread object itself lives in the GUI thread, so connected slots
    of GUI objects run there (queued), never in the worker."""

    succeeded = Signal(object)
    #: The sentence why (a str, or a core Text: ``object`` so it reaches the window still
    #: translatable; a ``str`` signal would hand over a plain English copy).
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, call: Callable[[CancelToken], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._call = call
        self._token: CancelToken | None = None
        self._token_lock = threading.Lock()
        #: What the call returned, even when it is reported as cancelled (it may carry the
        #: record of the cancelled attempt).
        self.result: Any = None
        # What the call raised, if it did: a controller tells a missing API key (ask for
        # it) from a failure (show it) by its type, not by its words.
        self.error: Exception | None = None

    @property
    def token(self) -> CancelToken:
        """Made when first asked for, by the call (on the task's thread) or by Cancel: it
        comes with the HTTP stack, which a task that sends nothing (the demo's start, right
        after the first paint) must not load on the GUI thread."""
        with self._token_lock:
            if self._token is None:
                # Imported here: the window is built before the HTTP stack is needed.
                from licensegui.core.cancel import CancelToken

                self._token = CancelToken()
            return self._token

    def cancel(self) -> None:
        self.token.cancel()

    def run(self) -> None:
        with _gui_kept_prompt():
            self._run()

    def _run(self) -> None:
        try:
            result = self.result = self._call(self.token)
        except CancelledError as exc:
            self.error = exc
            self.cancelled.emit()
        except LicenseGuiError as exc:
            self.error = exc
            if self.token.cancelled:
                self.cancelled.emit()
            else:
                self.failed.emit(message_of(exc))
        except Exception as exc:  # a worker must always report back
            self.error = exc
            log.exception("background call failed")
            self.failed.emit(translate("Worker",
                                       "Unexpected error: {kind}: "
                                       "{exc}").format(kind=type(exc).__name__, exc=exc))
        else:
            if self.token.cancelled:
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)


class Tasks:
    """Tracks live tasks so quitting can cancel and wait for them (no "QThread destroyed
    while running")."""

    def __init__(self) -> None:
        self._live: set[Task] = set()
        self._closing = False

    def start(self, task: Task) -> None:
        if self._closing:
            return
        self._live.add(task)
        gui_first().hold()  # its loops give way to the window (core/turns.py)
        task.finished.connect(lambda: self._done(task))
        task.start()

    def _done(self, task: Task) -> None:
        self._forget(task)
        task.deleteLater()

    def _forget(self, task: Task) -> None:
        if task in self._live:
            self._live.discard(task)
            gui_first().release()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def cancel_all(self) -> None:
        for task in list(self._live):
            task.cancel()

    def shutdown(self, timeout_ms: int = 10_000, final: bool = True) -> bool:
        """Idempotent: cancel everything and wait; True when all tasks ended. ``final``
        (quitting) refuses new work afterwards; a window that is only closed, and may be
        shown again, passes ``final=False``."""
        self._closing = self._closing or final  # once quitting, always quitting
        self.cancel_all()
        ok = True
        for task in list(self._live):
            if task.wait(timeout_ms):
                self._forget(task)  # its queued finished() may never be delivered now
            else:
                ok = False
        return ok


# --- short reads ------------------------------------------------------------------------------
# Short reads off the GUI thread (the keyring above all: macOS Keychain can sit for seconds
# behind its permission prompt), with the answer delivered back on the GUI thread.
#
# For reads only: a daemon thread is not waited for at quit, so nothing that must complete
# (a keyring write, a history record) belongs here — those run as a tracked Task.


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


def read_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                       owner: QObject) -> None:
    """Run ``work`` on a daemon thread; later, on the GUI thread, call ``on_done`` with its
    result (or the exception it raised) — unless ``owner`` was deleted meanwhile. Call from
    the GUI thread. Reads only: a daemon thread is not waited for at quit, so nothing that
    must complete (a keyring write, a history record) belongs here — use a :class:`Task`."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    relay = _relay

    def deliver(outcome: Any) -> None:
        gui_first().release()
        if shiboken6.isValid(owner):
            on_done(outcome)

    def run() -> None:
        try:
            with _gui_kept_prompt():
                outcome: Any = work()
        except Exception as exc:  # handed to on_done: the caller decides what it means
            outcome = exc
        if shiboken6.isValid(relay):
            relay.done.emit(deliver, outcome)

    gui_first().hold()  # the read's loops give way to the window (core/turns.py)
    threading.Thread(target=run, name="licensegui-background", daemon=True).start()
