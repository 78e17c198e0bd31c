"""The deadline of one HTTP attempt: a shared watchdog thread and the error it leads to."""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import requests

log = logging.getLogger(__name__)


class DeadlineExceeded(requests.exceptions.Timeout):
    """One attempt ran past :attr:`ClientConfig.deadline_s` (retried like a timeout)."""


class Watchdog:
    """One thread for every attempt's deadline: a ``threading.Timer`` per attempt costs a
    thread start (~0.2 ms), which a batch of thousands of rows pays on every row."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[list[Any]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def call_at(self, when: float, callback: Callable[[], None]) -> list[Any]:
        """Call ``callback()`` at monotonic time ``when`` unless :meth:`cancel` comes first."""
        entry = [when, next(self._seq), callback]
        with self._cond:
            heapq.heappush(self._heap, entry)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, daemon=True,
                                                name="licensegui-deadlines")
                self._thread.start()
            if self._heap[0] is entry:
                # Only a new earliest deadline changes when the thread must wake: waking it
                # for every attempt cost a batch a thread switch a row.
                self._cond.notify()
        return entry

    @staticmethod
    def cancel(entry: list[Any]) -> None:
        entry[2] = None

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    while self._heap and self._heap[0][2] is None:
                        heapq.heappop(self._heap)  # cancelled: the attempt ended in time
                    if not self._heap:
                        self._cond.wait()
                        continue
                    delay = self._heap[0][0] - time.monotonic()
                    if delay <= 0:
                        entry = heapq.heappop(self._heap)
                        break
                    self._cond.wait(delay)
            callback = entry[2]
            if callback is not None:
                try:
                    callback()
                except Exception:  # pragma: no cover  # a deadline must never kill the thread
                    log.exception("deadline callback failed")


#: The process's one watchdog, shared by every client.
watchdog = Watchdog()
