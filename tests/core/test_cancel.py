"""The cancel token on its own: waking waiters and calling what was registered, exactly once."""

from __future__ import annotations

import threading
import time

import pytest

from licensegui.core.cancel import CancelToken
from licensegui.core.errors import CancelledError
from tests.helpers.logfail import LogFailHandler
from tests.helpers.waiting import cancel_once, wait_until, waiting_on


def test_a_registered_callback_runs_on_cancel_once() -> None:
    token = CancelToken()
    calls: list[str] = []
    token.on_cancel(lambda: calls.append("a"))
    assert calls == []
    token.cancel()
    token.cancel()  # a second Cancel calls nothing again
    assert calls == ["a"]


def test_registering_after_cancel_calls_at_once() -> None:
    token = CancelToken()
    token.cancel()
    calls: list[str] = []
    forget = token.on_cancel(lambda: calls.append("late"))
    assert calls == ["late"]
    forget()  # harmless


def test_a_forgotten_callback_is_not_called() -> None:
    token = CancelToken()
    calls: list[str] = []
    forget = token.on_cancel(lambda: calls.append("gone"))
    forget()
    forget()  # twice is harmless
    token.cancel()
    assert calls == []


def test_a_failing_callback_does_not_stop_the_others(expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.cancel", r"cancel callback failed")
    token = CancelToken()
    calls: list[str] = []

    def broken() -> None:
        raise RuntimeError("boom")

    token.on_cancel(broken)
    token.on_cancel(lambda: calls.append("after"))
    token.cancel()
    assert token.cancelled and calls == ["after"]


def test_racing_registrations_are_each_called_exactly_once() -> None:
    for _ in range(50):
        token = CancelToken()
        counts = [0] * 8
        lock = threading.Lock()

        def register(i: int, token: CancelToken = token, counts: list[int] = counts,
                     lock: threading.Lock = lock) -> None:
            def bump() -> None:
                with lock:
                    counts[i] += 1
            token.on_cancel(bump)

        threads = [threading.Thread(target=register, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        token.cancel()
        for t in threads:
            t.join()
        assert counts == [1] * 8


def test_wait_returns_on_cancel_and_after_its_timeout() -> None:
    token = CancelToken()
    started = time.monotonic()
    assert token.wait(0.05) is False
    assert token.wait(-1) is False  # a negative timeout does not wait
    cancel_once(token, lambda: wait_until(lambda: waiting_on(token), 10, "the wait"))
    assert token.wait(10) is True  # cancelled while waiting, from another thread
    assert time.monotonic() - started < 5  # a bound: the timeout it ends is 10 s


def test_sleep_and_raise_if_cancelled_raise_once_cancelled() -> None:
    token = CancelToken()
    token.raise_if_cancelled()
    token.cancel()
    with pytest.raises(CancelledError):
        token.raise_if_cancelled()
    with pytest.raises(CancelledError):
        token.sleep(10)


def test_sleep_of_no_time_does_not_wait() -> None:
    token = CancelToken()
    started = time.monotonic()
    token.sleep(-5)  # a Retry-After in the past
    assert time.monotonic() - started < 0.5  # a bound: waiting a second would be a bug
