"""The batch's pace and time left, smoothed: what the progress line says while rows go out.

The plain estimate (rows done ÷ time since Start) kept counting time while the batch was
paused, so "12 s left" became "16 s left" while nothing ran, and it swung with every slow
answer. Here the rate is an exponentially weighted average of the rate between ticks, with a
time constant of several seconds; time spent paused is not counted; while paused the estimate
is frozen (it can only be right again once rows move). No Qt: a plain object the controller
feeds once per drain tick.
"""

from __future__ import annotations

import math

#: The rate's memory: about this many seconds of recent progress weigh most.
TIME_CONSTANT_S = 8.0
#: No estimate before this much running time and these many rows: the first answers (TLS,
#: the server warming up) say little about the rest.
WARM_UP_S, WARM_UP_ROWS = 1.0, 3


class SmoothedPace:
    """Rows per second and seconds left of one run, from (rows done, clock) samples."""

    def __init__(self, now: float) -> None:
        self._last_t = now
        self._last_done = 0
        self._running_s = 0.0
        self._rate: float | None = None
        self._left: float | None = None
        self._paused = False

    def observe(self, done: int, remaining: int, now: float, paused: bool) -> None:
        """One sample: ``done`` rows answered so far this run, ``remaining`` still to do."""
        dt = max(0.0, now - self._last_t)
        if paused:
            # Frozen: answers still arriving from requests already out are counted, but the
            # time and the estimate stand still until the run goes on.
            self._paused = True
            self._last_t, self._last_done = now, done
            return
        if self._paused:  # the pause's length is no time spent sending
            self._paused = False
            self._last_t, self._last_done = now, done
            return
        self._running_s += dt
        if dt > 0:
            instant = (done - self._last_done) / dt
            if self._rate is None:
                if self._running_s >= WARM_UP_S and done >= WARM_UP_ROWS:
                    self._rate = done / self._running_s  # the mean so far, to start from
            else:
                weight = 1.0 - math.exp(-dt / TIME_CONSTANT_S)
                self._rate += weight * (instant - self._rate)
        self._last_t, self._last_done = now, done
        if self._rate is not None and self._rate > 0:
            self._left = remaining / self._rate

    @property
    def rate(self) -> float:
        """Rows per second (0 until known)."""
        return self._rate or 0.0

    @property
    def left(self) -> float | None:
        """Seconds left (None until known; unchanged while paused)."""
        return self._left
