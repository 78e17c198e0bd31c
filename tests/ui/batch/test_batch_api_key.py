"""Issue 19.6: a batch resumed (or started) without an API key asks for it, as the form does,
instead of stopping with "set it in Settings"."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from licensegui.sandbox import SandboxServer
from licensegui.ui.api_key_dialog import ApiKeyDialog
from licensegui.ui.main.window import MainWindow
from tests.helpers.app import PROFILE
from tests.helpers.qt import (
    answer_boxes,
    loaded,
    orders_file,
    running_slowly,
    statuses,
    when_modal_shown,
)


def _stopped(qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> int:
    batch = running_slowly(qtbot, window, sandbox, tmp_path, rows=30)
    batch.stop_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=20_000)
    sandbox.faults.delay_s = 0
    return statuses(batch).count("assigned")


def test_resuming_without_an_api_key_asks_for_it_and_goes_on(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    done = _stopped(qtbot, window, sandbox, tmp_path)
    batch = window.batch_window
    assert batch is not None and batch.start_button.text() == "&Resume"
    window.ctx.secrets.delete(PROFILE)  # e.g. removed in Settings meanwhile
    asked: list[str] = []

    def answer(dialog: ApiKeyDialog) -> None:
        asked.append(dialog.windowTitle())
        dialog.edit.setText(sandbox.state.api_key())
        dialog._accept()

    poll = when_modal_shown(ApiKeyDialog, answer)  # type: ignore[arg-type]
    boxes, seen = answer_boxes(lambda box: box.accept())
    try:
        batch.start_button.click()
        qtbot.waitUntil(lambda: batch.stage == "ended" and bool(asked), timeout=30_000)
    finally:
        poll.stop()
        boxes.stop()
    assert asked == [f"API key — {PROFILE}"]
    assert seen == []  # no "Batch stopped — … set it in Settings"
    assert statuses(batch) == ["assigned"] * 30
    assert 0 < done < 30
    # Kept as the user chose (the suite's keyring saves it), for the next run.
    qtbot.waitUntil(lambda: window.ctx.secrets.get(PROFILE) == sandbox.state.api_key(),
                    timeout=5_000)


def test_cancelling_the_api_key_prompt_sends_nothing_and_says_why(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    keys = sandbox.state.available_keys()[:3]
    window.ctx.secrets.delete(PROFILE)
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    poll = when_modal_shown(ApiKeyDialog, lambda dialog: dialog.reject())
    boxes, seen = answer_boxes(lambda box: box.accept())
    try:
        batch.start_button.click()
        qtbot.waitUntil(lambda: batch.stage == "ended", timeout=20_000)
    finally:
        poll.stop()
        boxes.stop()
    assert seen == []
    assert "has no API key" in batch.state_label.text()
    assert sandbox.seen.requests == 0
    assert batch.start_button.isVisible() and batch.start_button.isEnabled()
