"""A batch's workers wait for the window: no row starts while the GUI thread has not run."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from licensegui.ui.batch.gui_first import GuiFirst
from tests.helpers.waiting import wait_until


def _worker(gui: GuiFirst) -> tuple[threading.Thread, threading.Event]:
    went_on = threading.Event()

    def take_a_row() -> None:
        gui.wait_turn()
        went_on.set()

    thread = threading.Thread(target=take_a_row, daemon=True)
    thread.start()
    return thread, went_on


def test_a_worker_waits_while_the_window_has_not_run_and_goes_on_once_it_has(
        qtbot: QtBot) -> None:
    gui = GuiFirst()
    gui.start()
    gui._ticked -= 1.0  # the GUI thread last ran a second ago (busy, starved)
    thread, went_on = _worker(gui)
    wait_until(lambda: gui.waits == 1, 10, "the worker waiting for the window")
    assert not went_on.is_set()
    qtbot.waitUntil(went_on.is_set, timeout=5_000)  # the event loop runs: its heartbeat
    thread.join(5)
    gui.stop()


def test_a_worker_goes_on_at_once_when_the_window_ran_lately_or_pacing_is_off(
        qtbot: QtBot) -> None:
    gui = GuiFirst()
    gui.start()
    thread, went_on = _worker(gui)  # just ticked (start)
    thread.join(5)
    assert went_on.is_set() and gui.waits == 0
    gui.stop()
    gui._ticked = time.monotonic() - 1.0  # stopped: nothing to wait for, however long ago
    thread, went_on = _worker(gui)
    thread.join(5)
    assert went_on.is_set() and gui.waits == 0


def test_stopping_lets_a_waiting_worker_go(qtbot: QtBot) -> None:
    # At shutdown the workers are waited for: none may be left waiting for a heartbeat.
    gui = GuiFirst()
    gui.start()
    gui._ticked -= 1.0
    thread, went_on = _worker(gui)
    wait_until(lambda: gui.waits == 1, 10, "the worker waiting for the window")
    gui.stop()  # on the GUI thread, without running its event loop
    thread.join(5)
    assert went_on.is_set()
