"""The batch controller's threading: what a run opens is kept on the GUI thread, and a run can
be stopped or shut down while its journal is still being opened."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from licensegui.core.batch.journal import Journal
from licensegui.sandbox import SandboxServer
from licensegui.ui.batch.controller import BatchController
from licensegui.ui.batch.window import BatchWindow
from licensegui.ui.main.window import MainWindow
from tests.helpers.qt import loaded, orders_file, statuses


def test_the_journal_and_the_runner_are_kept_on_the_gui_thread(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    keys = sandbox.state.available_keys()[:5]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    assigned_from: list[tuple[str, str]] = []
    original = BatchController.__setattr__

    def spy(self: BatchController, name: str, value: Any) -> None:
        if name in ("journal", "runner", "batch", "outcome"):
            assigned_from.append((name, threading.current_thread().name))
        original(self, name, value)

    monkeypatch.setattr(BatchController, "__setattr__", spy)
    batch.start_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    assert statuses(batch) == ["assigned"] * 5
    assert {"journal", "runner"} <= {name for name, _ in assigned_from}
    main = threading.main_thread().name
    assert all(thread == main for _, thread in assigned_from), assigned_from


def _slow_api_key(monkeypatch: pytest.MonkeyPatch, window: MainWindow, seconds: float) -> None:
    """The keyring takes ``seconds`` to answer: the run's first step is still under way."""
    secrets = window.ctx.secrets
    get = secrets.get

    def slow(profile: str) -> str | None:
        time.sleep(seconds)
        return get(profile)

    monkeypatch.setattr(secrets, "get", slow)


def _started_slowly(qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> BatchWindow:
    """A five-row batch whose Start is still opening its journal (the API key read is slow)."""
    keys = sandbox.state.available_keys()[:5]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    _slow_api_key(monkeypatch, window, 0.5)
    batch.start_button.click()
    return batch


def test_stop_while_the_journal_is_being_opened_sends_nothing(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    batch = _started_slowly(qtbot, window, sandbox, tmp_path, monkeypatch)
    assert batch.stage == "running" and batch.runner is None
    batch.stop_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=10_000)
    assert batch.state_label.text() == "Stopped."
    assert sandbox.seen.requests == 0
    assert batch.journal is not None  # created, kept: Resume sends with the same keys
    assert batch.start_button.isEnabled()


def test_closing_while_the_journal_is_being_opened_leaves_it_closed(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    batch = _started_slowly(qtbot, window, sandbox, tmp_path, monkeypatch)
    assert batch.shutdown(final=False)
    assert batch.shutdown(final=False)  # idempotent
    assert not batch.running and batch.journal is None and batch.stage == "ended"
    assert sandbox.seen.requests == 0
    profile = window.ctx.settings.profile(batch.profile_box.currentText())
    assert profile is not None
    journal = Journal.open(batch.controller.journal_path(profile))  # not left locked
    journal.close()
    qtbot.wait(200)  # the first step's late result, if any, is dropped without harm
    assert batch.journal is None
