"""The window and the team ledger (issue 27): per profile in Settings, consulted on every
Assign off the GUI thread, and said where the result is read when it cannot be reached."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from licensegui.core.settings import Settings, SettingsStore
from licensegui.sandbox import SandboxServer
from licensegui.ui.settings_dialog import SettingsDialog
from tests.helpers.app import sandbox_context
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.postgres import ADMIN, Postgres
from tests.helpers.qt import fill, shown_window, wait_idle

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the server runs as another user")


@pytest.fixture(scope="module")
def postgres() -> Postgres:
    server = Postgres().start()
    yield server  # type: ignore[misc]
    server.close()


def test_an_unreachable_team_ledger_is_said_with_the_result(
        qtbot: QtBot, sandbox: SandboxServer) -> None:
    session = sandbox_context(sandbox)
    session.settings.profiles[0].team_ledger = "postgresql://alice@127.0.0.1:9/ledger"
    window = shown_window(qtbot, session)
    fill(window, sandbox.state.available_keys()[0])
    window.submit()
    wait_idle(qtbot, window)
    assert window.outcome.text() == "Assigned"
    assert window.record_note.isVisible()
    assert "The team ledger cannot be reached" in window.record_note.text()
    session.close()


def test_a_colleagues_assignment_answers_in_the_window(
        qtbot: QtBot, sandbox: SandboxServer, postgres: Postgres, tmp_path: Path,
        memory_keyring: MemoryKeyring) -> None:
    """Alice assigned the key from her computer; in Bob's window the same key for another
    owner is held back, naming her — and nothing is sent. The password is the keyring's."""
    from licensegui.core.team import schema
    from licensegui.core.team.address import KEYRING_SERVICE, TeamAddress

    postgres.create_database()
    import psycopg

    with psycopg.connect(postgres.dsn(ADMIN), autocommit=True) as conn:
        schema.init(conn, [])
    url = postgres.url(ADMIN)
    memory_keyring.set_password(KEYRING_SERVICE, TeamAddress.parse(url).account,
                                postgres.passwords[ADMIN])
    key = sandbox.state.available_keys()[0]
    # Alice, on her computer: the CLI with a home of its own.
    from tests.helpers.cli import cli

    alice = cli("assign", "--base-url", sandbox.base_url, "--license-key", key,
                "--owner-name", "Ann Lee", "--email", "ann@example.com", "--global-key",
                str(sandbox.public_key_path), "--team-ledger", url, "--staff", "alice",
                "--json", env={"LICENSEGUI_HOME": str(tmp_path / "alice"),
                               "LICENSEGUI_API_KEY": sandbox.state.api_key()})
    assert alice.returncode == 0 and json.loads(alice.stdout)["team_ledger"] == "consulted"
    session = sandbox_context(sandbox)
    session.settings.profiles[0].team_ledger = url
    window = shown_window(qtbot, session)
    fill(window, key, email="zed@example.com")
    window.submit()
    wait_idle(qtbot, window)
    assert sandbox.seen.requests == 1  # Alice's only
    assert window.outcome.text() == "Assigned to someone else", window.outcome.text()
    hint = window.result.outcome_hint.text()
    assert "Ann Lee (ann@example.com)" in hint and "by alice on " in hint, hint
    # One connection for the session, not one per Assign (a TLS handshake each time).
    [team] = session._team_ledgers.values()
    connection = team._conn
    assert connection is not None and not connection.closed
    fill(window, sandbox.state.available_keys()[1], email="zed@example.com")
    window.submit()
    wait_idle(qtbot, window)
    assert window.outcome.text() == "Assigned" and team._conn is connection
    session.close()
    assert connection.closed


def test_settings_keep_a_team_ledger_per_profile_and_never_a_password(
        qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path) -> None:
    session = sandbox_context(sandbox)
    dialog = SettingsDialog(session.settings, session.secrets)
    qtbot.addWidget(dialog)
    row = dialog.team_row
    qtbot.keyClicks(row.url, "postgresql://alice:secret@db.example/ledger")
    assert row.error.isVisibleTo(dialog) and "must not hold a password" in row.error.text()
    assert not row.test_button.isEnabled()
    assert dialog.validate() is not None  # OK is refused
    row.url.clear()
    qtbot.keyClicks(row.url, "postgresql://alice@db.example/ledger")
    assert not row.error.isVisibleTo(dialog) and row.test_button.isEnabled()
    row.required.setChecked(True)
    dialog.staff.setText("Alice")
    dialog.try_accept()
    saved = dialog.result_settings
    assert (saved.profiles[0].team_ledger, saved.profiles[0].require_team_ledger,
            saved.staff) == ("postgresql://alice@db.example/ledger", True, "Alice")
    store = SettingsStore(tmp_path / "settings.json")
    store.save(saved)
    again, _notice = store.load()
    assert again.profiles[0].team_ledger == "postgresql://alice@db.example/ledger"
    assert again.staff == "Alice"
    assert "secret" not in (tmp_path / "settings.json").read_text()
    assert Settings.from_json(json.loads((tmp_path / "settings.json").read_text())) == again
    session.close()
