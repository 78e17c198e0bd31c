"""When to send again: which answers are retried, how long to back off, and Retry-After."""

from __future__ import annotations

import email.utils
import random
import threading
import time

from licensegui.core.cancel import CancelToken

# Mutation testing (python3 run.py mutation) covers the rate gate; the policy (which statuses,
# how long) is marked "no mutate", guarded by its own tests but outside that scope.

# pragma: no mutate start
#: "Slow down" and "temporarily unavailable": the same request is sent again after a wait.
RETRY_STATUSES = frozenset({429, 502, 503, 504})


def backoff(attempt: int, base_s: float, max_s: float) -> float:
    """Seconds to wait before the attempt after ``attempt`` (1-based)."""
    # Exponential with full jitter, so many clients do not retry in lock-step.
    ceiling = min(max_s, base_s * 2 ** (attempt - 1))
    return random.uniform(ceiling / 2, ceiling)  # noqa: S311  # jitter, not crypto


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
# pragma: no mutate end


class RateGate:
    """Shared by the clients of one batch: a server's "slow down" (429 with Retry-After)
    pauses every request of the batch for that long, not just the one that heard it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0  # monotonic

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._until = max(self._until, time.monotonic() + seconds)

    def remaining(self) -> float:
        with self._lock:
            return max(0.0, self._until - time.monotonic())

    def wait(self, cancel: CancelToken) -> None:
        """Sleep until the gate opens (raises CancelledError on Cancel)."""
        while (left := self.remaining()) > 0:
            cancel.sleep(left)
