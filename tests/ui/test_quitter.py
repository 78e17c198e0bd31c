"""The one shutdown: parties asked in order each time, the last steps once, after them."""

from __future__ import annotations

from licensegui.ui.quitter import Quitter
from tests.helpers.logfail import LogFailHandler


def test_parties_stop_in_order_and_last_steps_run_once() -> None:
    seen: list[str] = []
    quitter = Quitter()
    quitter.add("batch", lambda: seen.append("batch"))
    quitter.add("tasks", lambda: seen.append("tasks") or True)
    quitter.add_last("session", lambda: seen.append("session"))
    assert quitter.stop()  # the window's close
    quitter.quit()  # aboutToQuit
    quitter.quit()  # the end of run(): nothing left to do but asking again
    assert seen == ["batch", "tasks", "batch", "tasks", "session", "batch", "tasks"]


def test_a_party_that_did_not_stop_in_time_is_reported(expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.ui.quitter", r"slow did not stop in time")
    quitter = Quitter()
    quitter.add("slow", lambda: False)
    quitter.add("fine", lambda: None)
    assert not quitter.stop()
