"""The window on the shared ledger (the history every assignment consults): restarts, a
second window and the CLI share it; quitting mid-request; unknown outcomes checked with the
same Idempotency-Key; what this computer knows named on an 801. Real widgets offscreen, real
HTTP to the sandbox, real SQLite, a real CLI process."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from licensegui.core.session import AppSession
from licensegui.sandbox import SandboxServer
from licensegui.ui.history_window import MESSAGE_COLUMN
from licensegui.ui.i18n import local_time
from licensegui.ui.main.window import MainWindow
from licensegui.ui.settings_dialog import SettingsDialog
from tests.helpers.app import sandbox_context
from tests.helpers.cli import cli
from tests.helpers.qt import answer_boxes, click_button, shown_window, wait_idle


def _fill(win: MainWindow, key: str, owner: str, email: str) -> None:
    for name, value in (("license_key", key), ("owner_name", owner), ("email", email)):
        win.form.edit(name).setText(value)


def _assign(qtbot: QtBot, win: MainWindow, key: str, owner: str = "Test User",
            email: str = "owner@example.com") -> None:
    _fill(win, key, owner, email)
    win.submit()
    wait_idle(qtbot, win)


def test_quit_mid_request_asks_then_the_next_start_checks_it_with_the_same_key(
        qtbot: QtBot, ctx: AppSession, sandbox: SandboxServer) -> None:
    sandbox.faults.hang = True
    key = sandbox.state.available_keys()[0]
    first = shown_window(qtbot, ctx)
    _fill(first, key, "Ann Lee", "ann@example.com")
    first.submit()
    qtbot.waitUntil(lambda: sandbox.seen.requests == 1, timeout=5_000)

    poll, seen = answer_boxes(click_button("Keep waiting"))
    first.close()  # Ctrl+Q / the close box: asked first
    poll.stop()
    assert len(seen) == 1 and "waiting for the server's answer" in seen[0]
    assert first.isVisible() and first.busy  # the user kept it

    poll, seen = answer_boxes(click_button("Quit anyway"))
    first.close()
    poll.stop()
    assert len(seen) == 1 and not first.isVisible()
    # It went out: the history says the outcome is unknown, not "cancelled".
    assert [r.reason for r in ctx.history.query()] == ["unknown"]
    unknown_id = ctx.history.query()[0].id

    sandbox.faults.hang = False
    restarted = sandbox_context(sandbox)  # the next start, on the same history file
    try:
        second = shown_window(qtbot, restarted)
        qtbot.waitUntil(lambda: second.unknown_offer.dialog is not None
                        and second.unknown_offer.dialog.isVisible(), timeout=5_000)
        dialog = second.unknown_offer.dialog
        assert dialog is not None and dialog.table.rowCount() == 1
        assert dialog.table.item(0, 1).text() == key
        assert dialog.table.item(0, 2).text() == "Ann Lee"
        qtbot.mouseClick(dialog.buttons[0], Qt.MouseButton.LeftButton)  # Check now
        qtbot.waitUntil(lambda: sandbox.seen.requests == 2, timeout=5_000)
        wait_idle(qtbot, second)
        # The same Idempotency-Key both times: the server cannot have assigned twice.
        assert len(sandbox.seen.idempotency_keys) == 2
        assert len(set(sandbox.seen.idempotency_keys)) == 1
        assert dialog.outcome_text(unknown_id) == "Assigned"
        assert not dialog.buttons[0].isEnabled()
        assert second.outcome.text() == "Assigned"
        assert sandbox.state.assignment(key) == ("Ann Lee", "ann@example.com")
        ledger = restarted.ledger()
        assert ledger is not None and ledger.pending() == []
        newest = restarted.history.query()[0]
        assert newest.code == 800 and newest.resolves == unknown_id  # linked, not unrelated
    finally:
        restarted.close()


def test_a_key_this_computer_assigned_to_ann_names_her_email_and_date(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, ctx: AppSession) -> None:
    key = sandbox.state.available_keys()[0]
    _assign(qtbot, window, key, "Ann Lee", "ann@example.com")
    assert window.outcome.text() == "Assigned"
    when = local_time(ctx.history.query()[0].received_at, seconds=False)

    _assign(qtbot, window, key, "Bob Roe", "bob@example.com")  # now for Bob
    expected = f"Already assigned to Ann Lee (ann@example.com) on {when} by this computer"
    assert window.outcome.text() == expected
    assert sandbox.seen.requests == 1  # not sent by default
    assert window.send_anyway_button.isVisible()

    window.send_anyway_button.click()  # the server's verified 801, read with what we know
    wait_idle(qtbot, window)
    assert sandbox.seen.requests == 2 and window.badge.state == "verified"
    assert window.outcome.text() == expected
    assert "Ann Lee (ann@example.com)" in window.outcome_hint.text()
    assert "Refused (801): invalid or already assigned" not in window.outcome.text()
    assert sandbox.state.assignment(key) == ("Ann Lee", "ann@example.com")


def test_send_again_after_an_800_is_marked_as_a_repeat(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, ctx: AppSession) -> None:
    key = sandbox.state.available_keys()[0]
    _assign(qtbot, window, key)
    poll, seen = answer_boxes(lambda box: box.reject())
    _assign(qtbot, window, key)  # held back: already assigned, receipt shown
    poll.stop()
    assert seen == []  # no question in the way: the outcome and a button
    assert window.send_anyway_button.isVisible()
    window.send_anyway_button.click()
    wait_idle(qtbot, window)
    assert window.outcome.text() == "Still assigned to this owner"  # nothing new assigned
    assert "repeat" in window.statusBar().currentMessage()
    rows = ctx.history.query()
    assert [(r.code, r.repeat) for r in rows] == [(800, True), (800, False)]
    assert len(set(sandbox.seen.idempotency_keys)) == 1
    window.open_history()
    history = window.history_window
    assert history is not None
    model = history.model
    messages = [model.index(i, MESSAGE_COLUMN).data() for i in range(model.rowCount())]
    assert "sent again (repeat)" in messages[0] and "repeat" not in messages[1]


def test_after_a_restart_the_same_request_is_already_assigned_and_not_sent(
        qtbot: QtBot, ctx: AppSession, sandbox: SandboxServer) -> None:
    key = sandbox.state.available_keys()[0]
    first = shown_window(qtbot, ctx)
    _assign(qtbot, first, key)
    assert first.outcome.text() == "Assigned"
    first.close()
    when = local_time(ctx.history.query()[0].received_at, seconds=False)

    restarted = sandbox_context(sandbox)
    try:
        second = shown_window(qtbot, restarted)
        _assign(qtbot, second, key)
        assert sandbox.seen.requests == 1  # nothing sent
        assert second.outcome.text() == (
            f"Already assigned to this owner on {when} by this computer")
        assert second.badge.state == "verified"  # the stored signed answer is the receipt
        assert "Stored answer" in second.details.summary.toPlainText()
        assert [r.code for r in restarted.history.query()] == [800]  # no 801 row
    finally:
        restarted.close()


def test_two_windows_and_the_cli_share_the_ledger(
        qtbot: QtBot, ctx: AppSession, sandbox: SandboxServer, isolated_home: Path) -> None:
    env = {"LICENSEGUI_API_KEY": sandbox.state.api_key()}
    cli_key, window_key = sandbox.state.available_keys()[:2]
    done = cli("assign", "--base-url", sandbox.base_url, "--license-key", cli_key,
               "--owner-name", "Ann Lee", "--email", "ann@example.com",
               "--global-key", str(sandbox.public_key_path), "--json", env=env)
    assert done.returncode == 0, done.stderr

    one = shown_window(qtbot, ctx)
    other_ctx = sandbox_context(sandbox)  # a second window: its own session, the same file
    try:
        other = shown_window(qtbot, other_ctx)
        _assign(qtbot, one, cli_key, "Bob Roe", "bob@example.com")  # the CLI's assignment
        assert one.outcome.text().startswith("Already assigned to Ann Lee (ann@example.com)")
        _assign(qtbot, one, window_key)
        assert one.outcome.text() == "Assigned"
        _assign(qtbot, other, window_key)  # the first window's assignment, seen at once
        assert other.outcome.text().startswith("Already assigned to this owner on ")
        assert sandbox.seen.requests == 2
    finally:
        other_ctx.close()

    again = cli("assign", "--base-url", sandbox.base_url, "--license-key", window_key,
                "--owner-name", "Test User", "--email", "owner@example.com",
                "--global-key", str(sandbox.public_key_path), "--json", env=env)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["outcome"] == "already_assigned"
    assert sandbox.seen.requests == 2  # the CLI sent nothing either


def test_settings_edit_the_idempotency_window_in_hours(qtbot: QtBot, ctx: AppSession) -> None:
    assert ctx.settings.idempotency_window_s == 24 * 3600
    dialog = SettingsDialog(ctx.settings, ctx.secrets)
    qtbot.addWidget(dialog)
    assert dialog.history_box.idempotency_hours.value() == 24
    dialog.history_box.idempotency_hours.setValue(48)
    dialog.try_accept()
    assert dialog.result_settings.idempotency_window_s == 48 * 3600


def test_the_unknown_outcomes_window_says_what_was_resolved_elsewhere(
        qtbot: QtBot, ctx: AppSession, sandbox: SandboxServer) -> None:
    """Issue 28, item 5: the Unknown outcomes window still said "Unknown" after a batch (or
    the CLI) resolved the row. After each answer in the window and each batch it reads the
    history again, and a row resolved elsewhere says so and cannot be checked again."""
    from tests.helpers.app import make_attempt

    key = sandbox.state.available_keys()[0]
    ctx.history.add(make_attempt(
        at=1_700_000_000.0, profile=ctx.settings.profiles[0].name, base_url=sandbox.base_url,
        license_key=key, owner_name="Ann Lee", email="ann@example.com", http_status=None,
        code=None, message=None, verified=False, reason="unknown",
        idempotency_key="6f1c7f0e-0000-4000-8000-000000000001", raw_body=None))
    window = shown_window(qtbot, ctx)
    qtbot.waitUntil(lambda: window.unknown_offer.dialog is not None
                    and window.unknown_offer.dialog.isVisible(), timeout=5_000)
    dialog = window.unknown_offer.dialog
    assert dialog is not None and dialog.table.item(0, 4).text() == "Unknown"
    # Its button whole, not clipped by the row or the column (issue 28, item 5).
    # At its own size every email shows whole (the walk: "kunde575@exa…").
    qtbot.waitUntil(lambda: dialog.table.columnWidth(3) >= dialog.table.sizeHintForColumn(3))
    button = dialog.buttons[0]
    dialog.resize(480, 300)  # a small screen, or longer words (German)
    qtbot.waitUntil(lambda: button.isVisible() and dialog.width() <= 480)
    assert button.width() >= button.sizeHint().width()
    assert button.height() >= button.sizeHint().height()
    checked = cli("history", "check", "--base-url", sandbox.base_url, "--global-key",
                  str(sandbox.public_key_path),
                  env={"LICENSEGUI_API_KEY": sandbox.state.api_key()})
    assert checked.returncode == 0, checked.stdout + checked.stderr
    window.unknown_offer.refresh()  # as after an answer in the window, or a batch's end
    qtbot.waitUntil(lambda: dialog.table.item(0, 4).text() == "Answered (see History)")
    assert not dialog.buttons[0].isEnabled()


def test_view_unknown_outcomes_lists_them_at_any_time_or_says_there_are_none(
        qtbot: QtBot, ctx: AppSession, sandbox: SandboxServer) -> None:
    """The sentence after an 801 sends the user to View → Unknown outcomes…: it exists, lists
    every attempt without a known outcome (this run's too), and says so when there is none."""
    from PySide6.QtWidgets import QMessageBox

    from tests.helpers.app import make_attempt

    window = shown_window(qtbot, ctx)
    action = next(a for menu in window.menuBar().actions() for a in menu.menu().actions()
                  if a.text() == "&Unknown outcomes…")
    poll, seen = answer_boxes(lambda box: box.button(QMessageBox.StandardButton.Ok).click())
    try:
        action.trigger()
        qtbot.waitUntil(lambda: len(seen) == 1)
    finally:
        poll.stop()
    assert "none is waiting to be checked" in seen[0]
    key = sandbox.state.available_keys()[0]
    ctx.history.add(make_attempt(  # made after the window opened: start-up does not list it
        profile=ctx.settings.profiles[0].name, base_url=sandbox.base_url, license_key=key,
        http_status=None, code=None, message=None, verified=False, reason="unknown",
        idempotency_key="6f1c7f0e-0000-4000-8000-000000000002", raw_body=None))
    action.trigger()
    qtbot.waitUntil(lambda: window.unknown_offer.dialog is not None
                    and window.unknown_offer.dialog.isVisible())
    assert window.unknown_offer.dialog.unknowns[0].license_key == key
