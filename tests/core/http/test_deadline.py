"""The watchdog that enforces every HTTP attempt's deadline from one shared thread."""

from __future__ import annotations

import threading
import time

from licensegui.core.http.deadline import Watchdog
from tests.helpers.waiting import wait_until


def test_a_deadline_calls_back_once_its_time_has_come() -> None:
    dog = Watchdog()
    fired = threading.Event()
    start = time.monotonic()
    dog.call_at(start + 0.05, fired.set)
    assert fired.wait(10)
    assert time.monotonic() - start >= 0.05


def test_an_earlier_deadline_set_after_a_later_one_is_not_kept_waiting_for_it() -> None:
    # The thread is woken only when a new deadline comes first: it must be, here, or this
    # attempt's deadline would wait out the minute of the one set before it.
    dog = Watchdog()
    later, sooner = threading.Event(), threading.Event()
    dog.call_at(time.monotonic() + 60, later.set)
    # The thread is asleep until the minute is up (waiting on its condition).
    wait_until(lambda: len(dog._cond._waiters) == 1, 10,  # type: ignore[attr-defined]
               "the watchdog asleep")
    dog.call_at(time.monotonic() + 0.05, sooner.set)
    assert sooner.wait(10)
    assert not later.is_set()


def test_a_cancelled_deadline_never_calls_back() -> None:
    dog = Watchdog()
    cancelled, kept = threading.Event(), threading.Event()
    entry = dog.call_at(time.monotonic() + 0.05, cancelled.set)
    Watchdog.cancel(entry)
    dog.call_at(time.monotonic() + 0.1, kept.set)
    assert kept.wait(10)
    assert not cancelled.is_set()


def test_deadlines_set_later_than_the_first_all_fire_in_their_order() -> None:
    dog = Watchdog()
    order: list[int] = []
    done = threading.Event()
    now = time.monotonic()
    for i, delay in enumerate((0.05, 0.1, 0.15)):
        dog.call_at(now + delay, lambda i=i: (order.append(i), i == 2 and done.set()))
    assert done.wait(10)
    assert order == [0, 1, 2]
