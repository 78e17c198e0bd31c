"""Runs a core call off the GUI thread and reports back through signals only."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThread, Signal

from licensegui.core.errors import CancelledError, LicenseGuiError
from licensegui.core.text import message_of
from licensegui.ui.i18n import translate

if TYPE_CHECKING:
    from licensegui.core.client import CancelToken

log = logging.getLogger(__name__)


class CallThread(QThread):
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
        # Imported here: the window is built before the HTTP stack is needed (start-up time).
        from licensegui.core.client import CancelToken

        self._call = call
        self.token = CancelToken()
        #: What the call returned, even when it is reported as cancelled (it may carry the
        #: record of the cancelled attempt).
        self.result: Any = None

    def cancel(self) -> None:
        self.token.cancel()

    def run(self) -> None:
        try:
            result = self.result = self._call(self.token)
        except CancelledError:
            self.cancelled.emit()
        except LicenseGuiError as exc:
            if self.token.cancelled:
                self.cancelled.emit()
            else:
                self.failed.emit(message_of(exc))
        except Exception as exc:  # a worker must always report back
            log.exception("background call failed")
            self.failed.emit(translate("Worker",
                                       "Unexpected error: {kind}: "
                                       "{exc}").format(kind=type(exc).__name__, exc=exc))
        else:
            if self.token.cancelled:
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)


class Workers:
    """Tracks live threads so quitting can cancel and wait for them (no "QThread destroyed
    while running")."""

    def __init__(self) -> None:
        self._live: set[CallThread] = set()
        self._closing = False

    def start(self, thread: CallThread) -> None:
        if self._closing:
            return
        self._live.add(thread)
        thread.finished.connect(lambda: self._done(thread))
        thread.start()

    def _done(self, thread: CallThread) -> None:
        self._live.discard(thread)
        thread.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def cancel_all(self) -> None:
        for thread in list(self._live):
            thread.cancel()

    def shutdown(self, timeout_ms: int = 10_000, final: bool = True) -> bool:
        """Idempotent: cancel everything and wait; True when all threads ended. ``final``
        (quitting) refuses new work afterwards; a window that is only closed, and may be
        shown again, passes ``final=False``."""
        self._closing = self._closing or final  # once quitting, always quitting
        self.cancel_all()
        ok = True
        for thread in list(self._live):
            if thread.wait(timeout_ms):
                self._live.discard(thread)  # its queued finished() may never be delivered now
            else:
                ok = False
        return ok
