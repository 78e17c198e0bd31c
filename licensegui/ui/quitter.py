"""One shutdown for the whole app: every party asked to stop and waited for, then cleanup."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


#: Set on the application when the OS or the terminal asked it to quit (SIGTERM, Ctrl+C,
#: SIGHUP): Qt 6's quit() closes every window first, and nobody is there to answer a window's
#: "quit anyway?" — it must not be asked (the attempt is recorded as its outcome stands).
QUIT_WITHOUT_ASKING = "licensegui_quit_without_asking"


def quitting_without_asking() -> bool:
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(QUIT_WITHOUT_ASKING))


class Quitter:
    """What quitting (or closing the main window) does, in one place and in order.

    *Parties* (the batch window, the window's tasks, saving the window's state) are asked to
    stop by :meth:`stop`, which the window's close and ``aboutToQuit`` both call: each party
    is idempotent, so asking twice is harmless. *Last steps* (handing over a demo sandbox
    still starting, closing the session, which stops the sandbox and removes its folder with
    its private key) run once, from :meth:`quit`, after every party stopped — not at the
    window's close, so nothing still queued for the window meets a closed session."""

    def __init__(self) -> None:
        self._parties: list[tuple[str, Callable[[], object]]] = []
        self._last: list[tuple[str, Callable[[], object]]] = []
        self._finished = False

    def add(self, name: str, stop: Callable[[], object]) -> None:
        """A party to stop, in the order added; ``stop`` returns False when it did not stop
        in time (logged under ``name``)."""
        self._parties.append((name, stop))

    def add_last(self, name: str, step: Callable[[], object]) -> None:
        """A step for :meth:`quit`, after the parties, in the order added."""
        self._last.append((name, step))

    def stop(self) -> bool:
        """Ask every party to stop and wait for it; True when all did in time."""
        ok = True
        for name, stop in self._parties:
            if stop() is False:
                log.warning("%s did not stop in time", name)
                ok = False
        return ok

    def quit(self) -> None:
        """:meth:`stop`, then the last steps (once, however often this is called)."""
        self.stop()
        if self._finished:
            return
        self._finished = True
        for _name, step in self._last:
            step()
