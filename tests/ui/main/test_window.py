"""The real window, offscreen, against the sandbox over real HTTP."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from licensegui.core.http.client import ApiClient, ClientConfig
from licensegui.core.secrets import SecretStore
from licensegui.core.session import DEMO_PROFILE, AppSession
from licensegui.core.settings import Profile
from licensegui.sandbox import SandboxServer
from licensegui.ui.api_key_dialog import ApiKeyDialog
from licensegui.ui.main.window import MainWindow
from licensegui.ui.settings_dialog import SettingsDialog
from tests.helpers.app import PROFILE
from tests.helpers.qt import answer_boxes, click_button, when_modal_shown


def fill(qtbot: QtBot, win: MainWindow, key: str, email: str = "owner@example.com") -> None:
    for name, value in (("license_key", key), ("owner_name", "Test User"), ("email", email)):
        edit = win.form.edit(name)
        edit.clear()
        qtbot.keyClicks(edit, value)


def assign(qtbot: QtBot, win: MainWindow, key: str, email: str = "owner@example.com") -> None:
    fill(qtbot, win, key, email)
    assert win.assign_button.isEnabled()
    qtbot.mouseClick(win.assign_button, Qt.MouseButton.LeftButton)
    assert win.busy
    qtbot.waitUntil(lambda: not win.busy, timeout=15_000)


def test_assign_green_then_refused_801(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, ctx: AppSession
) -> None:
    key = sandbox.state.available_keys()[0]
    assign(qtbot, window, key)
    assert window.badge.state == "verified"
    assert window.badge.title.text() == "Signature verified"
    assert window.badge.accessibleName() == "Signature verified"
    assert "global" in window.badge.key_line.text()
    assert window.outcome.text() == "Assigned"
    assert sandbox.state.assignment(key) == ("Test User", "owner@example.com")

    # Another request, same key: this computer knows who has it, so nothing is sent…
    assign(qtbot, window, key, "someone.else@example.com")
    assert sandbox.seen.requests == 1
    assert window.outcome.text().startswith(
        "Already assigned to Test User (owner@example.com) on ")
    assert window.send_anyway_button.isVisible()
    # …unless sent anyway: the server's own (authentic) refusal, read with what it knows.
    qtbot.mouseClick(window.send_anyway_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
    assert window.badge.state == "verified"
    assert window.outcome.text().startswith(
        "Already assigned to Test User (owner@example.com) on ")
    assert "refused (801)" in window.outcome_hint.text()
    rows = ctx.history.query()
    assert [(r.code, r.verified) for r in rows] == [(801, True), (800, True)]
    assert all(sandbox.state.api_key().encode() not in (r.raw_body or b"") for r in rows)


def test_enter_submits(qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    fill(qtbot, window, sandbox.state.available_keys()[0])
    qtbot.keyClick(window.form.edit("email"), Qt.Key.Key_Return)
    assert window.busy
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
    assert window.outcome.text() == "Assigned"


def test_tampered_answer_is_red_with_reason(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    sandbox.faults.tamper = True
    assign(qtbot, window, sandbox.state.available_keys()[0])
    assert window.badge.state == "unverified"
    assert window.badge.title.text() == "NOT verified — signature does not match"
    assert "altered after signing" in window.badge.detail.text()
    assert window.outcome.text() == "Unknown — the answer is not authentic"
    assert "Assigned" not in window.outcome.text()


def test_hung_server_cancel_returns_to_idle_within_a_second(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, ctx: AppSession
) -> None:
    sandbox.faults.hang = True
    fill(qtbot, window, sandbox.state.available_keys()[0])
    qtbot.mouseClick(window.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sandbox.seen.requests == 1, timeout=5_000)
    assert window.cancel_button.isEnabled() and not window.assign_button.isEnabled()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=1_000)
    # It went out: whether the server acted is unknown, not "cancelled" (never sent).
    assert window.outcome.text() == "Outcome unknown"
    assert window.assign_button.isEnabled() and not window.cancel_button.isEnabled()
    assert window.form.isEnabled()
    assert ctx.history.query()[0].reason == "unknown"


def test_escape_cancels(qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    sandbox.faults.hang = True
    fill(qtbot, window, sandbox.state.available_keys()[0])
    window.submit()
    qtbot.waitUntil(lambda: sandbox.seen.requests == 1, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.busy, timeout=1_000)
    assert window.outcome.text() == "Outcome unknown"  # it went out before Esc
    assert window.badge.accessibleName() == "No answer to verify"


def test_wrong_api_key_shows_100_with_hint(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, ctx: AppSession
) -> None:
    ctx.secrets.set(PROFILE, "not-the-right-key")
    assign(qtbot, window, sandbox.state.available_keys()[0])
    assert window.badge.state == "verified"  # the refusal itself is authentic
    assert window.outcome.text() == "API key problem (100): Invalid API Key"
    assert "Settings → API key" in window.outcome_hint.text()


def test_network_failure_is_reported_not_verified(
    qtbot: QtBot, window: MainWindow, ctx: AppSession
) -> None:
    ctx.settings.profiles[0].base_url = "http://127.0.0.1:1/api/v1"
    ctx._client = ApiClient(config=ClientConfig(max_attempts=2, backoff_base_s=0.05))
    assign(qtbot, window, "abcd-1234")
    assert window.outcome.text() == "Request failed"
    assert "refused the connection" in window.outcome_hint.text()
    assert window.badge.state == "idle"
    assert window.badge.accessibleName() == "No answer to verify"


def test_no_keyring_asks_keeps_key_for_session_and_writes_nothing(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path, isolated_home: Path
) -> None:
    keyring.set_keyring(fail.Keyring())
    ctx = AppSession.load(SecretStore())
    ctx.settings.profiles = [Profile(PROFILE, sandbox.base_url,
                                     {"global": sandbox.signer.public_pem()})]
    ctx.settings.last_profile = PROFILE
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    # Filled in just after the first paint (keyring detection is deferred).
    qtbot.waitUntil(lambda: "not set" in win.storage_note.text(), timeout=2_000)
    assert "no keyring available on this system" in win.storage_note.text()
    api_key = sandbox.state.api_key()
    seen_dialog: list[ApiKeyDialog] = []

    def answer_prompt(dialog: ApiKeyDialog) -> None:
        seen_dialog.append(dialog)
        assert not dialog.remember.isEnabled()  # nowhere to save it
        dialog.edit.setText(api_key)
        dialog._accept()

    poll = when_modal_shown(ApiKeyDialog, answer_prompt)  # type: ignore[arg-type]
    assign(qtbot, win, sandbox.state.available_keys()[0])
    poll.stop()
    assert seen_dialog
    assert win.outcome.text() == "Assigned"
    qtbot.waitUntil(lambda: "kept in memory for this session only" in win.storage_note.text())
    win.close()
    ctx.close()
    written = [p for p in tmp_path.rglob("*") if p.is_file() and "sandbox" not in p.parts]
    assert any(p.name == "history.sqlite3" for p in written)
    for path in written:
        assert api_key.encode() not in path.read_bytes(), path


def test_closing_mid_request_exits_cleanly(
    qtbot: QtBot, ctx: AppSession, sandbox: SandboxServer
) -> None:
    sandbox.faults.hang = True
    win = MainWindow(ctx)
    win.show()
    fill(qtbot, win, sandbox.state.available_keys()[0])
    win.submit()
    thread = win.assign.task
    assert thread is not None
    qtbot.waitUntil(lambda: sandbox.seen.requests == 1, timeout=5_000)
    poll, seen = answer_boxes(click_button("Quit anyway"))  # a request is out: asked first
    win.close()  # cancels and waits: no "QThread destroyed while running"
    poll.stop()
    assert len(seen) == 1
    assert thread.isFinished()
    assert not win.tasks.busy


def test_inline_validation_and_trimmed_paste(qtbot: QtBot, window: MainWindow) -> None:
    key_edit, email = window.form.edit("license_key"), window.form.edit("email")
    key_edit.insert("  bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d \n")
    assert key_edit.text() == "bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d"
    qtbot.keyClicks(window.form.edit("owner_name"), "Test User")
    qtbot.keyClicks(email, "not-an-email")
    assert not window.assign_button.isEnabled()
    email.editingFinished.emit()  # the user leaves the field
    error = window.form.fields["email"].error
    assert error.isVisible() and "valid email" in error.text()
    qtbot.keyClicks(email, "@example.com")
    assert not error.isVisible()
    assert window.assign_button.isEnabled()


def test_verify_saved_response_files(
    qtbot: QtBot, window: MainWindow, ctx: AppSession, fixtures_dir: Path
) -> None:
    pem = (fixtures_dir / "global-public.pem").read_text()
    ctx.settings.profiles[0].keys = {"global": pem}
    verdict = window.verify_file(str(fixtures_dir / "responses" / "assign-800-assigned.json"))
    assert verdict is not None and verdict.verified
    assert window.badge.state == "verified" and window.outcome.text() == "Assigned"
    assert "age not checked" in window.badge.time_line.text()
    assert "2024-02-2" in window.badge.time_line.text()
    window.verify_file(str(fixtures_dir / "responses" / "unsigned-private-key-not-set.json"))
    assert window.badge.title.text() == "NOT verified — the server did not sign it"
    window.verify_file(str(fixtures_dir / "responses" / "activate-300-product-label.json"))
    assert window.badge.title.text() == "NOT verified — no product key configured"


def test_history_filter_export_and_reverify(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path
) -> None:
    key = sandbox.state.available_keys()[0]
    assign(qtbot, window, key)
    fill(qtbot, window, key, "someone.else@example.com")
    window.submit()  # held back (this computer assigned it to Test User)…
    qtbot.waitUntil(lambda: window.send_anyway_button.isVisible(), timeout=15_000)
    window.send_anyway_button.click()  # …sent anyway: the server's 801
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
    from tests.helpers.app import age_history

    age_history(window.ctx.history.path, 3 * 3600)  # answered hours ago
    window.open_history()
    history = window.history_window
    assert history is not None and history.model.rowCount() == 2
    history.filter.setCurrentText("Refused (801)")
    assert history.model.rowCount() == 1
    history.filter.setCurrentText("All attempts")
    history.search.setText(key[:8])
    assert history.model.rowCount() == 2
    out = tmp_path / "export.csv"
    assert history.export_to(str(out))
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 3 and rows[0][0] == "id"
    history.table.selectRow(1)  # the older one: the 800
    history.reverify_button.click()  # checked at once, and answered in History too
    assert history.result.isVisible() and "#1 re-verified" in history.result.text()
    assert window.badge.state == "verified" and window.outcome.text() == "Assigned"
    assert "History #1" in window.details.summary.toPlainText()
    # The headline's time is the answer's, not the moment of the check (the walk).
    from licensegui.ui.i18n import local_time

    first = window.ctx.history.get(1)
    assert first is not None
    assert window.headline.when.text() == f"Answered {local_time(first.received_at or first.at)}"


def test_settings_refuses_bad_key_with_core_message(
    qtbot: QtBot, ctx: AppSession, tmp_path: Path
) -> None:
    small = tmp_path / "small.pem"
    small.write_bytes(rsa.generate_private_key(public_exponent=65537, key_size=1024)
                      .public_key().public_bytes(serialization.Encoding.PEM,
                                                 serialization.PublicFormat.SubjectPublicKeyInfo))
    dialog = SettingsDialog(ctx.settings, ctx.secrets)
    qtbot.addWidget(dialog)
    before = ctx.settings.profiles[0].keys["global"]
    assert not dialog.import_key("global", str(small))
    row = dialog.key_rows["global"]
    assert "under 2048 bits" in row.error.text()
    assert dialog.current() is not None
    assert dialog.current().profile.keys["global"] == before  # type: ignore[union-attr]


def test_settings_add_profile_with_key_and_persist(
    qtbot: QtBot, window: MainWindow, ctx: AppSession, fixtures_dir: Path,
    isolated_home: Path
) -> None:
    dialog = SettingsDialog(ctx.settings, ctx.secrets, window)
    qtbot.addWidget(dialog)
    dialog.add_profile()
    dialog.name.setText("Acme")
    dialog._name_edited("Acme")
    dialog.base_url.setText("http://acme.example/api/v1")
    dialog._url_edited("http://acme.example/api/v1")
    assert "only to this computer" in dialog.url_error.text()
    dialog._url_edited("https://acme.example/api/v1")
    assert dialog.import_key("global", str(fixtures_dir / "global-public.pem"))
    assert "2048-bit" in dialog.key_rows["global"].info.text()
    # The whole fingerprint, selectable, to compare by phone (issue 28, item 8).
    from licensegui.core.trust import load_public_key_file

    shown = dialog.key_rows["global"].fingerprint
    whole = load_public_key_file(fixtures_dir / "global-public.pem", "global").fingerprint
    assert shown.text().replace(" ", "") == whole and len(whole) == 64
    assert shown.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    dialog.store_api_key("Acme", "acme-api-key-123", remember=True)
    dialog.try_accept()
    assert dialog.result() == 1
    window.apply_settings(dialog)
    assert [p.name for p in ctx.settings.profiles] == [PROFILE, "Acme"]
    saved = (isolated_home / "config" / "settings.json").read_text()
    assert "https://acme.example/api/v1" in saved and "acme-api-key-123" not in saved
    # Written on a worker once the dialog is accepted (a keyring may prompt).
    qtbot.waitUntil(lambda: ctx.secrets.get("Acme") == "acme-api-key-123")


def test_demo_mode_full_flow(qtbot: QtBot, isolated_home: Path) -> None:
    ctx = AppSession.load()
    ctx.start_demo()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.demo_banner.isVisible()
    assert win.profile_box.currentText() == DEMO_PROFILE
    qtbot.waitUntil(lambda: win.form.edit("license_key").completer() is not None, timeout=2_000)
    assign(qtbot, win, ctx.demo_keys[0])
    assert win.badge.state == "verified" and win.outcome.text() == "Assigned"
    win.close()
    saved = (isolated_home / "config" / "settings.json").read_text()
    assert DEMO_PROFILE not in saved  # the demo profile is never persisted
    ctx.close()
    with sqlite3.connect(isolated_home / "data" / "history.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 1


def test_the_demo_restarted_with_the_same_home_remembers_what_it_assigned(
        qtbot: QtBot, isolated_home: Path, tmp_path: Path) -> None:
    """Issue 28, item 2: assign in the demo, quit, start the demo again in the same home and
    send the same request: "Already assigned" (never the server's "no record" 801), and the
    first answer's receipt still verifies as genuine."""
    def demo_window() -> tuple[AppSession, MainWindow]:
        ctx = AppSession.load()
        ctx.start_demo()
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.show()
        return ctx, win

    ctx, win = demo_window()
    key = ctx.demo_keys[0]
    assign(qtbot, win, key)
    assert win.badge.state == "verified" and win.outcome.text() == "Assigned"
    first = ctx.history.query()[0]
    receipt = tmp_path / "receipt.json"
    receipt.write_bytes(first.raw_body)
    win.close()
    ctx.close()

    ctx, win = demo_window()
    try:
        assert key not in ctx.demo_keys  # the field offers only keys still free
        assign(qtbot, win, key)
        assert win.outcome.text().startswith("Already assigned to this owner on ")
        assert ctx.demo_server is not None and ctx.demo_server.seen.requests == 0
        win.verify_file(str(receipt))
        assert win.badge.state == "verified", win.badge.title.text()
    finally:
        win.close()
        ctx.close()


def test_a_second_demo_window_says_its_demo_forgets(qtbot: QtBot, isolated_home: Path) -> None:
    """A second copy of the app in the same home gets a temporary demo (one server per record
    of keys), and its banner says so instead of promising to remember."""
    first = AppSession.load()
    first.start_demo()
    second = AppSession.load()
    try:
        win = MainWindow(second, demo_starting=True)
        qtbot.addWidget(win)
        second.start_demo()
        win.demo_started()
        assert first.demo_kept and not second.demo_kept
        assert "temporary sandbox" in win.demo_banner.text()
        win.close()
    finally:
        second.close()
        first.close()


def test_menu_shortcuts_and_mnemonics(window: MainWindow) -> None:
    actions = {a.text(): a for menu in window.menuBar().actions() for a in menu.menu().actions()}
    assert "Ctrl+O" in [s.toString() for s in actions["&Verify saved response…"].shortcuts()]
    assert [s.toString() for s in actions["Verify &pasted response…"].shortcuts()] == [
        "Ctrl+Shift+V"]
    assert [s.toString() for s in actions["&History"].shortcuts()] == ["Ctrl+H"]
    from PySide6.QtGui import QKeySequence

    platform_quit = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    assert actions["&Quit"].shortcuts() == platform_quit  # whatever this OS defines
    assert [m.text() for m in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]


def test_history_caps_the_table_not_the_export(
    qtbot: QtBot, window: MainWindow, ctx: AppSession, tmp_path: Path
) -> None:
    from licensegui.core.history import Attempt
    from licensegui.ui.history_window import SHOWN_MAX

    for i in range(SHOWN_MAX + 5):
        ctx.history.add(Attempt(at=1_700_000_000.0 + i, profile=PROFILE, base_url="x",
                                license_key=f"key-{i:05d}", owner_name="O", email="o@example.com",
                                http_status=200, code=801, message="m", verified=True,
                                reason="verified", detail="d"))
    window.open_history()
    history = window.history_window
    assert history is not None
    assert history.model.rowCount() == SHOWN_MAX
    assert history.model.rows[0].license_key == f"key-{SHOWN_MAX + 4:05d}"  # newest first
    assert f"Newest {SHOWN_MAX} shown" in history.count.text()
    out = tmp_path / "all.csv"
    assert history.export_to(str(out))
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == SHOWN_MAX + 5 + 1


def test_dont_remember_keeps_the_key_out_of_the_keyring(
    qtbot: QtBot, window: MainWindow, ctx: AppSession, sandbox: SandboxServer,
    memory_keyring: object,
) -> None:
    ctx.secrets.delete(PROFILE)
    api_key = sandbox.state.api_key()

    def answer(dialog: ApiKeyDialog) -> None:
        assert dialog.remember.isEnabled() and dialog.remember.isChecked()
        dialog.remember.setChecked(False)  # "use it, but do not save it"
        dialog.edit.setText(api_key)
        dialog._accept()

    poll = when_modal_shown(ApiKeyDialog, answer)  # type: ignore[arg-type]
    assign(qtbot, window, sandbox.state.available_keys()[0])
    poll.stop()
    assert window.outcome.text() == "Assigned"
    qtbot.waitUntil(lambda: ctx.secrets.is_session_only(PROFILE))  # kept on a worker
    assert api_key not in memory_keyring.store.values()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "this session only" in window.storage_note.text())


def test_the_api_key_is_asked_only_when_something_will_be_sent(
        qtbot: QtBot, window: MainWindow, ctx: AppSession, sandbox: SandboxServer) -> None:
    """Issue 28, item 7: after a restart without the key in a keyring, the app asked for the
    API key even for a request the history answers without sending."""
    from tests.helpers.qt import fill, wait_idle

    key = sandbox.state.available_keys()[0]
    fill(window, key)
    window.submit()
    wait_idle(qtbot, window)
    assert window.outcome.text() == "Assigned"
    ctx.secrets.delete(ctx.settings.profiles[0].name)  # as after a restart with no keyring
    asked: list[str] = []
    poll = when_modal_shown(ApiKeyDialog, lambda d: (asked.append("asked"), d.reject()),
                            give_up_ms=5_000)
    window.submit()  # the same request: the history answers it
    wait_idle(qtbot, window)
    poll.stop()
    assert asked == [] and window.outcome.text().startswith("Already assigned")
    assert sandbox.seen.requests == 1


def test_a_double_return_right_after_the_answer_sends_nothing(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 28, item 8: a double Return right after a fast answer replaced "Assigned" with
    "Already assigned". The same form pressed again within a second of its answer is the same
    press; a changed form is a new request at once."""
    from licensegui.ui.main import assign_controller
    from tests.helpers.qt import fill, wait_idle

    monkeypatch.setattr(assign_controller, "REPEAT_GUARD_S", 60.0)
    keys = sandbox.state.available_keys()[:2]
    fill(window, keys[0])
    window.submit()
    wait_idle(qtbot, window)
    window.submit()  # the second Return
    wait_idle(qtbot, window)
    assert window.outcome.text() == "Assigned" and sandbox.seen.requests == 1
    fill(window, keys[1])
    window.submit()
    wait_idle(qtbot, window)
    assert window.outcome.text() == "Assigned" and sandbox.seen.requests == 2
