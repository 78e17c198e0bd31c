"""The cancel token: stops work running on another thread, promptly, from any thread."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable

from licensegui.core.errors import CancelledError

log = logging.getLogger(__name__)


class CancelToken:
    """Cancels work from another thread, promptly, even while it waits for something.

    Work that blocks where a flag is never looked at registers what unblocks it with
    :meth:`on_cancel` (the HTTP client shuts down the socket in use, which makes a blocked read
    return at once); work that waits does so with :meth:`sleep` or :meth:`wait`, which wake on
    Cancel. Either way the work then reports :class:`CancelledError`.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: dict[int, Callable[[], None]] = {}
        self._ids = itertools.count()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        # The flag and the snapshot are taken under the lock that on_cancel() registers under:
        # every callback is then called exactly once, by one side or the other.
        with self._lock:
            self._event.set()
            callbacks = list(self._callbacks.values())
            self._callbacks.clear()
        for callback in callbacks:
            _call(callback)

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback()`` on Cancel, on the cancelling thread; at once (on this thread)
        if already cancelled. Returns a function that forgets the registration (when the work
        it was for has ended); forgetting twice, or after Cancel, is harmless."""
        with self._lock:
            if not self._event.is_set():
                handle = next(self._ids)
                self._callbacks[handle] = callback

                def forget() -> None:
                    with self._lock:
                        self._callbacks.pop(handle, None)

                return forget
        _call(callback)
        return _nothing

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise CancelledError()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait up to ``timeout`` seconds (None: for ever) for Cancel; True once cancelled."""
        return self._event.wait(None if timeout is None else max(0.0, timeout))

    def sleep(self, seconds: float) -> None:
        """Wait, waking at once on cancel."""
        if self._event.wait(max(0.0, seconds)):
            raise CancelledError()


def _call(callback: Callable[[], None]) -> None:
    try:
        callback()
    except Exception:  # one failing callback must not keep Cancel from the others
        log.exception("cancel callback failed")


def _nothing() -> None:
    """What forgets a registration that was never kept (the token was already cancelled)."""
