"""The batch controller's threading: what a run opens is kept on the GUI thread, and a run can
be stopped or shut down while its journal is still being opened."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
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


class _HeldApiKey:
    """The keyring's answer held back until the batch is told to stop or close: the run's
    first step (opening the journal) is then still under way, whatever the machine's speed —
    no clock involved. ``answered`` is set once the held read has returned."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
        self.reading, self.release, self.answered = (threading.Event(), threading.Event(),
                                                     threading.Event())
        secrets = window.ctx.secrets
        get = secrets.get

        def held(profile: str) -> str | None:
            self.reading.set()
            self.release.wait(timeout=60)  # a test that fails elsewhere must not hang here
            try:
                return get(profile)
            finally:
                self.answered.set()

        monkeypatch.setattr(secrets, "get", held)
        for name in ("stop", "shutdown"):  # the moment the test is about: let the read end
            original = getattr(BatchController, name)
            monkeypatch.setattr(BatchController, name, self._releasing(original))

    def _releasing(self, original: Any) -> Any:
        def call(controller: BatchController, *args: Any, **kwargs: Any) -> Any:
            self.release.set()
            return original(controller, *args, **kwargs)
        return call


def _started_slowly(qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> tuple[BatchWindow, _HeldApiKey]:
    """A five-row batch whose Start is still opening its journal (the API key read held)."""
    keys = sandbox.state.available_keys()[:5]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    held = _HeldApiKey(monkeypatch, window)
    batch.start_button.click()
    qtbot.waitUntil(held.reading.is_set)
    return batch, held


def test_stop_while_the_journal_is_being_opened_sends_nothing(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    batch, _held = _started_slowly(qtbot, window, sandbox, tmp_path, monkeypatch)
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
    batch, held = _started_slowly(qtbot, window, sandbox, tmp_path, monkeypatch)
    assert batch.shutdown(final=False)
    assert batch.shutdown(final=False)  # idempotent
    assert not batch.running and batch.journal is None and batch.stage == "ended"
    assert sandbox.seen.requests == 0
    profile = window.ctx.settings.profile(batch.profile_box.currentText())
    assert profile is not None
    journal = Journal.open(batch.controller.journal_path(profile))  # not left locked
    journal.close()
    # The first step's late result (the held read has returned) is dropped without harm.
    qtbot.waitUntil(held.answered.is_set)
    QApplication.processEvents()  # whatever it queued for the GUI thread is delivered
    assert batch.journal is None
