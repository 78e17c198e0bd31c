"""Waiting for a condition that no event announces: another process's files or state, a
socket's state in /proc. (What the sandbox records is waited on with ``sandbox.seen.wait_for``,
woken by each change; a thread with ``join``.) The one place tests poll."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from licensegui.core.cancel import CancelToken

#: Short enough not to add to what is measured; long enough not to spin a core.
POLL_S = 0.005


def wait_until(condition: Callable[[], object], timeout_s: float = 60.0,
               what: str = "the condition") -> None:
    """Return once ``condition()`` is true; fail the test after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout_s:g} s for {what}")
        time.sleep(POLL_S)


def became_true(condition: Callable[[], object], timeout_s: float) -> bool:
    """Whether ``condition()`` became true within ``timeout_s`` (for tests that then say
    why it did not)."""
    try:
        wait_until(condition, timeout_s)
    except AssertionError:
        return False
    return True


def cancel_once(token: CancelToken, ready: Callable[[], object]) -> threading.Thread:
    """Cancel ``token`` from another thread as soon as ``ready()`` has returned: at the moment
    the test means (the request at the server, the client in its backoff), not at a time
    guessed in advance. ``ready`` waits; the thread is returned for tests that track threads."""
    def run() -> None:
        ready()
        token.cancel()

    thread = threading.Thread(target=run, name="test-canceller", daemon=True)
    thread.start()
    return thread


def waiting_on(token: CancelToken) -> bool:
    """Whether a thread is waiting on ``token`` now: in ``wait``, or in ``sleep`` (a client's
    backoff). Read from the token's event (CPython's Condition keeps its waiters)."""
    return bool(token._event._cond._waiters)  # type: ignore[attr-defined]
