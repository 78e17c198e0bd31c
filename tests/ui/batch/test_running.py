"""Issue 21.7, the running batch window: a pause settles and says so, Stop ends a paused run,
the time left is smoothed and frozen while paused, the table follows the running rows unless
the user scrolled away, and "Requests at a time" is remembered."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from licensegui.core.session import AppSession
from licensegui.sandbox import SandboxServer
from licensegui.ui.batch.pace import SmoothedPace
from licensegui.ui.batch.window import BatchWindow
from licensegui.ui.main.window import MainWindow
from tests.helpers.qt import loaded, orders_file, running_slowly, shown_window, statuses


def _ticks(qtbot: QtBot, batch: BatchWindow, count: int) -> None:
    """Until the window has refreshed its state and estimate ``count`` more times (every
    100 ms while a batch runs or is paused): what "a while" means to the estimate."""
    seen: list[bool] = []

    def tick(_state: object, _paused: bool) -> None:
        seen.append(True)

    batch.controller.ticked.connect(tick)
    try:
        qtbot.waitUntil(lambda: len(seen) >= count, timeout=10_000)
    finally:
        batch.controller.ticked.disconnect(tick)


def test_a_pause_settles_says_paused_and_stop_then_ends_it(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    batch = running_slowly(qtbot, window, sandbox, tmp_path, rows=60, assigned=6)
    batch.pause_button.click()
    # Once the requests already out are answered, it says so — not "finishing" for ever.
    qtbot.waitUntil(lambda: batch.state_label.text() == "Paused.", timeout=10_000)
    assert batch.controller.in_flight == 0
    sent = sandbox.seen.requests
    _ticks(qtbot, batch, 3)
    assert sandbox.seen.requests == sent and batch.state_label.text() == "Paused."
    batch.stop_button.click()  # Stop while paused ends the run
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=10_000)
    assert sandbox.seen.requests == sent
    assert batch.start_button.text() == "&Resume" and "not_sent" in statuses(batch)


def test_the_time_left_stands_still_while_paused(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    batch = running_slowly(qtbot, window, sandbox, tmp_path, rows=120, assigned=20)
    qtbot.waitUntil(lambda: "left" in batch.rate_label.text(), timeout=10_000)
    batch.pause_button.click()
    qtbot.waitUntil(lambda: batch.state_label.text() == "Paused.", timeout=10_000)
    _ticks(qtbot, batch, 2)  # a refresh after the last answer
    shown = batch.rate_label.text()
    _ticks(qtbot, batch, 15)  # nothing runs: the estimate must not grow (it went 12 s → 16 s)
    assert batch.rate_label.text() == shown
    batch.stop_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=10_000)


def test_the_smoothed_estimate_ignores_pauses_and_single_slow_answers() -> None:
    pace = SmoothedPace(0.0)
    t = 0.0
    for done in range(1, 21):  # 10 rows a second for 2 s
        t += 0.1
        pace.observe(done, 100 - done, t, paused=False)
    assert pace.left is not None and 7 <= pace.left <= 9
    before = pace.left
    for _ in range(50):  # 5 s paused: frozen
        t += 0.1
        pace.observe(20, 80, t, paused=True)
    assert pace.left == before
    t += 0.1
    pace.observe(20, 80, t, paused=False)  # resumed: the pause is no time spent sending
    assert pace.left == before
    t += 1.0  # one slow answer: a second without progress moves the estimate, gently
    pace.observe(20, 80, t, paused=False)
    assert pace.left is not None and pace.left < before * 1.25


def test_the_table_follows_the_running_rows_until_the_user_scrolls_away(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    batch = running_slowly(qtbot, window, sandbox, tmp_path, rows=300, delay_s=0.01,
                           assigned=1)
    batch.resize(700, 300)
    bar = batch.table.verticalScrollBar()
    qtbot.waitUntil(lambda: statuses(batch).count("assigned") >= 80, timeout=30_000)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5_000)  # it followed
    last = max(i for i, s in enumerate(statuses(batch)) if s == "assigned")
    top = batch.table.rowAt(0)
    assert top > 20 and top <= last
    bar.setValue(0)  # the user looks at the first rows
    assert not batch.follower.following
    done = statuses(batch).count("assigned")
    qtbot.waitUntil(lambda: statuses(batch).count("assigned") >= done + 30, timeout=30_000)
    assert bar.value() == 0  # left where the user put it
    bar.setValue(bar.maximum())  # back to the end: following again
    assert batch.follower.following
    batch.stop_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=10_000)


def test_requests_at_a_time_is_remembered(
        qtbot: QtBot, window: MainWindow, ctx: AppSession, sandbox: SandboxServer,
        tmp_path: Path) -> None:
    keys = sandbox.state.available_keys()[:3]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    assert batch.concurrency.value() == 2
    batch.concurrency.setValue(5)
    batch.start_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=20_000)
    again = AppSession.load()  # what the next start reads
    try:
        assert again.settings.batch_concurrency == 5
        second = shown_window(qtbot, again)
        assert second.open_batch().concurrency.value() == 5
        second.close()
    finally:
        again.close()
