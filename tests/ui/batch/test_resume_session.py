"""Issue 21.1: a batch stopped part way, its window closed and shown again (Ctrl+B), resumes —
whichever way it was opened (a file, or the journal offered at start-up)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from licensegui.core.batch.session import default_journal_path
from licensegui.core.session import AppSession
from licensegui.sandbox import SandboxServer
from licensegui.ui.batch.window import BatchWindow
from licensegui.ui.main.window import MainWindow
from tests.helpers.app import sandbox_context
from tests.helpers.qt import answer_boxes, click_button, loaded, orders_file, statuses


def _stop_after(qtbot: QtBot, batch: BatchWindow, assigned: int) -> None:
    qtbot.waitUntil(lambda: statuses(batch).count("assigned") >= assigned, timeout=20_000)
    batch.stop_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=20_000)


def _ctrl_b(qtbot: QtBot, window: MainWindow) -> BatchWindow:
    """The user's way back to the batch window: the File menu's Ctrl+B action (offscreen
    windows get no key focus for shortcuts, so the action is triggered)."""
    actions = [a for m in window.menuBar().actions() for a in m.menu().actions()
               if a.shortcut() == QKeySequence("Ctrl+B")]
    assert len(actions) == 1
    actions[0].trigger()
    qtbot.waitUntil(lambda: window.batch_window is not None
                    and window.batch_window.isVisible(), timeout=5_000)
    assert window.batch_window is not None
    return window.batch_window


def _resume_to_the_end(qtbot: QtBot, batch: BatchWindow) -> list[str]:
    """Click Resume; the warnings seen on the way (none expected)."""
    assert batch.start_button.isEnabled() and batch.start_button.text() == "&Resume"
    poll, seen = answer_boxes(lambda box: box.accept())
    try:
        batch.start_button.click()
        qtbot.waitUntil(lambda: batch.stage == "running" or bool(seen), timeout=10_000)
        qtbot.waitUntil(lambda: batch.stage == "ended" or bool(seen), timeout=30_000)
    finally:
        poll.stop()
    return seen


def test_a_batch_offered_at_start_stopped_closed_and_reopened_with_ctrl_b_resumes(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, ctx: AppSession,
        tmp_path: Path) -> None:
    sandbox.state.ensure_available(38)
    keys = sandbox.state.available_keys()[:38]
    sandbox.faults.delay_s = 0.03
    first = loaded(qtbot, window, orders_file(tmp_path, keys))
    first.start_button.click()
    _stop_after(qtbot, first, 4)
    journal = default_journal_path(first.batch.sha256 if first.batch else "", sandbox.base_url)
    assert journal.exists()
    window.close()

    # The next start offers the unfinished batch; the user opens it from its journal alone.
    again = sandbox_context(sandbox)
    try:
        poll, _ = answer_boxes(click_button("Open the batch"))
        second = MainWindow(again)
        qtbot.addWidget(second)
        second.show()
        try:
            qtbot.waitUntil(lambda: second.batch_window is not None
                            and second.batch_window.stage == "preview", timeout=10_000)
        finally:
            poll.stop()
        batch = second.batch_window
        assert batch is not None and batch.batch is None  # no file: the journal only
        batch.start_button.click()
        _stop_after(qtbot, batch, 21)
        done = statuses(batch).count("assigned")
        assert done < 38
        batch.close()

        reopened = _ctrl_b(qtbot, second)
        assert reopened is batch
        sandbox.faults.delay_s = 0
        before = len(sandbox.seen.assignments)
        assert _resume_to_the_end(qtbot, reopened) == []  # no "A journal already exists"
        assert statuses(reopened) == ["assigned"] * 38
        assert len(sandbox.seen.assignments) - before == 38 - done
        second.close()
    finally:
        again.close()

