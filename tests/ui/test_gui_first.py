"""Work off the GUI thread waits for the window: no long loop goes on while the GUI thread
has not run (ui/gui_first.py, core/turns.py)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from licensegui.core import turns
from licensegui.ui.gui_first import GuiFirst
from tests.helpers.waiting import wait_until


@pytest.fixture
def gui(qtbot: QtBot) -> Iterator[GuiFirst]:
    made = GuiFirst(max_wait_s=30)  # waits end by a heartbeat or a release, not by time
    turns.set_waiter(made.wait_turn)
    yield made
    turns.set_waiter(None)


def _loop(gui: GuiFirst) -> tuple[threading.Thread, threading.Event]:
    """A loop on another thread reaching its next give-way point."""
    went_on = threading.Event()

    def step() -> None:
        turns.give_way()
        went_on.set()

    thread = threading.Thread(target=step, daemon=True)
    thread.start()
    return thread, went_on


def test_a_loop_waits_while_the_window_has_not_run_and_goes_on_once_it_has(
        qtbot: QtBot, gui: GuiFirst) -> None:
    gui.hold()
    gui._ticked -= 1.0  # the GUI thread last ran a second ago (busy, starved)
    thread, went_on = _loop(gui)
    wait_until(lambda: gui.waits == 1, 10, "the loop waiting for the window")
    assert not went_on.is_set()
    qtbot.waitUntil(went_on.is_set, timeout=5_000)  # the event loop runs: its heartbeat
    thread.join(5)
    gui.release()


def test_a_loop_goes_on_at_once_when_the_window_ran_lately_or_nothing_is_held(
        qtbot: QtBot, gui: GuiFirst) -> None:
    gui.hold()
    thread, went_on = _loop(gui)  # just beaten (hold)
    thread.join(5)
    assert went_on.is_set() and gui.waits == 0
    gui.release()
    gui._ticked = time.monotonic() - 1.0  # released: no heartbeat to wait for
    thread, went_on = _loop(gui)
    thread.join(5)
    assert went_on.is_set() and gui.waits == 0


def test_the_last_release_lets_a_waiting_loop_go(qtbot: QtBot, gui: GuiFirst) -> None:
    # Work is waited for at shutdown: nothing may be left waiting for a heartbeat.
    gui.hold()
    gui.hold()  # two pieces of work off the thread
    gui._ticked -= 1.0
    thread, went_on = _loop(gui)
    wait_until(lambda: gui.waits == 1, 10, "the loop waiting for the window")
    gui.release()
    assert not went_on.is_set()  # the other piece still holds it
    gui.release()  # on the GUI thread, without running its event loop
    thread.join(5)
    assert went_on.is_set()


def test_the_window_s_own_thread_never_waits_for_itself(gui: GuiFirst) -> None:
    gui.hold()
    gui._ticked -= 1.0
    turns.give_way()  # on the main (GUI) thread: returns at once
    assert gui.waits == 0
    gui.release()
