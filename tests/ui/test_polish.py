"""Small things a reseller notices every day: where the verdict sits, what an empty pane
says, how many keystrokes the next order takes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from licensegui.sandbox import SandboxServer
from licensegui.ui.history_window import COLUMNS, HistoryWindow
from licensegui.ui.main.window import MainWindow
from tests.helpers.app import make_attempt
from tests.helpers.qt import fill, wait_idle


def test_after_an_assignment_the_key_field_is_selected_for_the_next_order(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    first, second = sandbox.state.available_keys()[:2]
    fill(window, first)
    window.submit()
    wait_idle(qtbot, window)
    key = window.form.edit("license_key")
    assert window.outcome.text().startswith("Assigned")
    assert key.hasFocus() and key.selectedText() == first
    qtbot.keyClicks(key, second)  # typing replaces it; owner and email stay
    assert key.text() == second
    assert window.form.edit("email").text() == "owner@example.com"
    assert window.badge.state == "verified"  # the result is still on screen


def test_after_a_refusal_the_key_is_not_selected(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    fill(window, "NOT-A-KEY-0001")
    window.submit()
    wait_idle(qtbot, window)
    key = window.form.edit("license_key")
    assert key.hasFocus() and key.selectedText() == ""


def test_the_details_pane_says_what_will_appear_before_the_first_answer(
        window: MainWindow) -> None:
    text = window.details.summary.placeholderText()
    assert "Idempotency-Key" in text and "Ctrl+O" in text
    assert window.details.summary.toPlainText() == ""
    assert window.details.raw.placeholderText() and window.details.signed.placeholderText()


def test_history_shows_the_verdict_first_and_the_key_columns_without_scrolling(
        qtbot: QtBot, ctx: object) -> None:
    history = ctx.history  # type: ignore[attr-defined]
    history.add(make_attempt(license_key="3f1c2a9e-8d4b-4c1e-9a7f-2b6d5e8c1a0f",
                             owner_name="Siobhán Ní Bhriain", message="x" * 400,
                             verified=True, code=800, reason="verified"))
    history.add(make_attempt(verified=False, reason="signature_mismatch", raw_body=b"{}"))
    window = HistoryWindow(history)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model, table = window.model, window.table
    # Issue 19: the outcome first, its proof (the signature) beside it.
    assert COLUMNS[:2] == ("Outcome", "Signature")
    assert model.data(model.index(1, 0)) == "Assigned"
    assert model.data(model.index(0, 0)) == "Not authentic"
    assert model.data(model.index(1, 1)) == "Verified"
    assert model.data(model.index(0, 1)).startswith("NOT verified")
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole) is not None
    assert "signature_mismatch" in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    visible = table.viewport().width()
    for name in ("Outcome", "Signature", "Time", "License key", "Owner", "Code"):
        column = COLUMNS.index(name)
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= visible, name
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), name  # not cut
    message = COLUMNS.index("Message")
    assert table.columnWidth(message) <= 260
    assert "x" * 400 in model.data(model.index(1, message), Qt.ItemDataRole.ToolTipRole)


def test_demo_window_shows_first_then_gets_its_sandbox(qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """--demo paints the window before the sandbox exists (its key pair would delay the first
    paint): it says it is starting, sends nothing, and takes the demo profile when ready."""
    from licensegui.core.secrets import SecretStore
    from licensegui.core.session import DEMO_PROFILE, AppSession
    from licensegui.core.settings import Settings, SettingsStore

    ctx = AppSession(SettingsStore(tmp_path / "settings.json"), Settings(), SecretStore(),
                     history_path=tmp_path / "history.sqlite3")
    try:
        win = MainWindow(ctx, demo_starting=True)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        assert win.demo_banner.isVisible()
        assert win.statusBar().currentMessage() == "Starting the demo sandbox…"
        assert win.storage_note.text() == "Starting the demo sandbox…"
        assert win.profile() is None and not win.assign_button.isEnabled()
        ctx.start_demo()
        win.demo_started()
        assert win.profile() is not None and win.profile().name == DEMO_PROFILE
        assert win.form.edit("license_key").completer() is not None
        assert not win.demo_starting and win.statusBar().currentMessage() == "Ready"
    finally:
        ctx.close()


def test_first_run_setup_opens_after_the_window_is_on_screen(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Building the setup dialog before the window's first paint held the window back: it
    now opens once the window is exposed (and it does open)."""
    from PySide6.QtWidgets import QDialog

    from licensegui.core.secrets import SecretStore
    from licensegui.core.session import AppSession
    from licensegui.core.settings import Settings, SettingsStore
    from licensegui.ui.app import build_window
    from licensegui.ui.settings_dialog import SettingsDialog

    seen: list[tuple[str, bool]] = []

    def fake_exec(dialog: SettingsDialog) -> int:
        handle = dialog.parent().windowHandle()
        seen.append((dialog.windowTitle(), handle is not None and handle.isExposed()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    ctx = AppSession(SettingsStore(tmp_path / "settings.json"), Settings(), SecretStore(),
                     history_path=tmp_path / "history.sqlite3")
    try:
        win = build_window(ctx)
        qtbot.addWidget(win)
        assert seen == []  # not before the event loop has shown the window
        qtbot.waitUntil(lambda: seen != [], timeout=5_000)
        assert seen == [("Set up licensegui", True)]
    finally:
        ctx.close()


def test_the_window_needs_none_of_the_request_path_to_be_imported(tmp_path: Path) -> None:
    """What the first paint does not need is imported later (issue 31: start-up as quick as a
    bare window): the ledger and the history under it, the service, the HTTP client, the
    sandbox, the batch journal, the keyring, cryptography, importlib.metadata. A fresh
    interpreter, as at launch."""
    import subprocess
    import sys

    later = ("licensegui.core.ledger", "licensegui.core.history", "licensegui.core.service",
             "licensegui.core.http.client", "licensegui.sandbox", "licensegui.core.batch.journal",
             "licensegui.core.words", "requests", "keyring", "cryptography",
             "importlib.metadata")
    # Built and painted as at launch (what runs after the first paint is not run).
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from licensegui.core.session import AppSession; "
            "from licensegui.ui.app import build_window; "
            "window = build_window(AppSession.load(), demo=False); window.show(); "
            "app.processEvents(); "
            f"print([m for m in {later!r} if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                            "LICENSEGUI_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
