"""The task's contract: exactly one of succeeded/failed/cancelled, and nothing that
arrives after Cancel is reported as if it were current."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from licensegui.core.cancel import CancelToken
from licensegui.core.errors import MissingApiKey, NetworkError
from licensegui.ui.tasks import Task


def _run(qtbot: QtBot, call: object, cancel_first: bool) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    release = threading.Event()

    def body(token: CancelToken) -> object:
        release.wait(5)
        return call(token)  # type: ignore[operator]

    thread = Task(body)
    thread.succeeded.connect(lambda r: seen.append(("succeeded", r)))
    thread.failed.connect(lambda m: seen.append(("failed", m)))
    thread.cancelled.connect(lambda: seen.append(("cancelled", None)))
    with qtbot.waitSignal(thread.finished, timeout=10_000):
        thread.start()
        if cancel_first:
            thread.cancel()
        release.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=2_000)
    thread.wait()
    return seen


def test_result_arriving_after_cancel_is_reported_as_cancelled(qtbot: QtBot) -> None:
    # The call ignores the token and returns an answer anyway (it was already on its way).
    assert _run(qtbot, lambda t: "an answer", cancel_first=True) == [("cancelled", None)]


def test_error_arriving_after_cancel_is_reported_as_cancelled(qtbot: QtBot) -> None:
    def fail(token: CancelToken) -> object:
        raise NetworkError("connection reset")

    assert _run(qtbot, fail, cancel_first=True) == [("cancelled", None)]


def test_without_cancel_result_and_error_are_reported(qtbot: QtBot) -> None:
    assert _run(qtbot, lambda t: 42, cancel_first=False) == [("succeeded", 42)]

    def fail(token: CancelToken) -> object:
        raise NetworkError("connection reset")

    assert _run(qtbot, fail, cancel_first=False) == [("failed", "connection reset")]


def test_what_the_call_raised_is_kept_for_the_controller(qtbot: QtBot) -> None:
    """A missing API key is told from a failure by its type (the window then asks for it)."""
    def no_key(token: CancelToken) -> object:
        raise MissingApiKey("Vendor")

    task = Task(no_key)
    with qtbot.waitSignal(task.failed, timeout=10_000):
        task.start()
    task.wait()
    assert isinstance(task.error, MissingApiKey) and task.result is None
