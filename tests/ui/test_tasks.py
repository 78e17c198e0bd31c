"""The task's contract: exactly one of succeeded/failed/cancelled, and nothing that
arrives after Cancel is reported as if it were current."""

from __future__ import annotations

import gc
import sys
import threading

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from licensegui.core import collections_held
from licensegui.core.cancel import CancelToken
from licensegui.core.errors import MissingApiKey, NetworkError
from licensegui.ui.tasks import GUI_SWITCH_INTERVAL_S, Task, read_in_background


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


@pytest.fixture
def owner() -> QObject:
    return QObject()


def test_work_off_the_gui_thread_keeps_the_gil_moving_and_holds_full_collections(
        qtbot: QtBot, owner: QObject) -> None:
    # A task and a read overlap; while either runs the GIL changes hands every millisecond
    # and no full collection starts (each froze the window tens to hundreds of ms); once the
    # last ends, Python's own settings are back.
    before = sys.getswitchinterval(), gc.get_threshold()
    task_in, read_in, release = threading.Event(), threading.Event(), threading.Event()
    seen: list[tuple[float, int]] = []

    def during() -> tuple[float, int]:
        return sys.getswitchinterval(), gc.get_threshold()[2]

    def call(token: CancelToken) -> None:
        seen.append(during())
        task_in.set()
        release.wait(10)

    def read() -> None:
        read_in.set()
        release.wait(10)
        seen.append(during())

    task = Task(call)
    read_done: list[object] = []
    read_in_background(read, read_done.append, owner)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
        assert task_in.wait(10) and read_in.wait(10)
        release.set()
    qtbot.waitUntil(lambda: read_done == [None], timeout=10_000)
    task.wait()
    assert seen == [(GUI_SWITCH_INTERVAL_S, collections_held._HELD)] * 2
    assert (sys.getswitchinterval(), gc.get_threshold()) == before
