"""``licensegui-cli assign`` as scripts use it: a real process, real exit codes, real HTTP, and
the audit trail it leaves in the shared history."""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from licensegui.core.http.client import ClientConfig
from licensegui.core.runtime import RuntimeConfig
from licensegui.core.service import SAME_SECOND_S
from licensegui.sandbox import SandboxServer
from tests.helpers.app import age_history
from tests.helpers.cli import assign, cli, history_rows
from tests.helpers.servers import FixedAnswerServer, TamperingProxy


def test_assign_then_again(sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    key = sandbox.state.available_keys()[0]
    first = assign(sandbox, sandbox.base_url, key, env_key)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["verified"] is True and data["code"] == 800
    # Without the history (the ledger would answer "already assigned"), the server's 801.
    second = assign(sandbox, sandbox.base_url, key, env_key, "--no-history")
    assert second.returncode == 1
    data = json.loads(second.stdout)
    assert data["verified"] is True and data["code"] == 801
    assert sandbox.state.api_key() not in first.stdout + first.stderr + second.stdout


def test_assign_through_tampering_proxy_is_not_verified(
    sandbox: SandboxServer, env_key: dict[str, str]
) -> None:
    proxy = TamperingProxy(sandbox.base_url)
    try:
        result = assign(sandbox, proxy.base_url, sandbox.state.available_keys()[0], env_key)
    finally:
        proxy.stop()
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["verified"] is False and data["reason"] == "signature_mismatch"


def test_assign_wrong_api_key(sandbox: SandboxServer) -> None:
    result = assign(sandbox, sandbox.base_url, sandbox.state.available_keys()[0],
                    {"LICENSEGUI_API_KEY": "wrong"})
    assert result.returncode == 1
    assert json.loads(result.stdout)["code"] == 100


def test_assign_network_failure_is_exit_3(sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    sandbox.faults.error_status = 503
    sandbox.faults.retry_after = "0"
    sandbox.faults.throttle_next = 0
    result = assign(sandbox, sandbox.base_url, "abcd-1", env_key)
    assert result.returncode == 3
    assert json.loads(result.stdout)["reason"] == "network_error"


def test_trickling_server_is_exit_3_at_the_deadline(sandbox: SandboxServer,
                                                    env_key: dict[str, str]) -> None:
    sandbox.faults.trickle_s = 0.5
    started = time.monotonic()
    result = assign(sandbox, sandbox.base_url, sandbox.state.available_keys()[0], env_key,
                    "--timeout", "1")
    took = time.monotonic() - started
    assert result.returncode == 3, result.stderr
    data = json.loads(result.stdout)
    assert data["reason"] == "network_error" and "too slow" in data["detail"]
    assert "within 1 s" in data["detail"] and "Tried 4 times" in data["detail"]
    assert sandbox.seen.requests == 4
    assert took < 60  # a bound: the answer alone would take minutes at this pace


@pytest.mark.parametrize(
    "args",
    [
        ("--base-url", "http://vendor.example/api/v1"),
        ("--base-url", "not a url"),
    ],
)
def test_assign_usage_errors(sandbox: SandboxServer, env_key: dict[str, str],
                             args: tuple[str, str]) -> None:
    result = assign(sandbox, args[1], "abcd-1", env_key)
    assert result.returncode == 2 and "base_url" in result.stderr


def test_assign_invalid_email_is_usage(sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    result = cli("assign", "--base-url", sandbox.base_url, "--license-key", "abcd-1",
                 "--owner-name", "X", "--email", "nope", "--global-key",
                 str(sandbox.public_key_path), env=env_key)
    assert result.returncode == 2 and "email" in result.stderr


def test_api_key_is_not_an_argument(sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    # Every required argument is there and the key is in the environment: the only thing
    # wrong is --api-key itself (process lists would show it).
    result = assign(sandbox, sandbox.base_url, sandbox.state.available_keys()[0], env_key,
                    "--api-key", "secret-on-the-command-line")
    assert result.returncode == 2
    assert "unrecognized arguments: --api-key" in result.stderr
    assert sandbox.seen.requests == 0


def test_stale_genuine_800_is_not_success(sandbox: SandboxServer,
                                          env_key: dict[str, str]) -> None:
    sandbox.faults.timestamp_offset_s = -3600
    result = assign(sandbox, sandbox.base_url, sandbox.state.available_keys()[0], env_key)
    data = json.loads(result.stdout)
    assert (data["code"], data["reason"], data["verified"]) == (800, "stale_or_replayed", False)
    # One vocabulary (issue 26): "not_authentic", as History says; "kind" keeps the old name.
    assert data["outcome"] == "not_authentic" and data["kind"] == "unverified"
    assert result.returncode == 1


def test_api_key_is_in_no_log_record_at_any_level(
        sandbox: SandboxServer, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from licensegui.cli import main

    key = sandbox.state.api_key()
    monkeypatch.setenv("LICENSEGUI_API_KEY", key)
    sandbox.faults.drop_next = 1  # a retry, so the client logs its attempt
    with caplog.at_level(logging.DEBUG):
        code = main(["--verbose", "assign", "--base-url", sandbox.base_url, "--license-key",
                     sandbox.state.available_keys()[0], "--owner-name", "Test User",
                     "--email", "test@example.com", "--global-key",
                     str(sandbox.public_key_path)], out=io.StringIO())
    assert code == 0
    assert any("attempt 1 failed" in r.getMessage() for r in caplog.records)
    for record in caplog.records:
        assert key not in record.getMessage()


def test_assign_without_any_key_source_says_how(sandbox: SandboxServer) -> None:
    result = cli("assign", "--base-url", sandbox.base_url, "--license-key", "abcd-1",
                 "--owner-name", "X", "--email", "x@example.com", "--global-key",
                 str(sandbox.public_key_path), env={"PYTHON_KEYRING_BACKEND":
                                                    "keyring.backends.fail.Keyring"})
    assert result.returncode == 2 and "LICENSEGUI_API_KEY" in result.stderr


# --- the audit trail -----------------------------------------------------------------------------

def test_assign_records_in_the_shared_history(sandbox: SandboxServer, env_key: dict[str, str],
                                              isolated_home: Path) -> None:
    key = sandbox.state.available_keys()[0]
    first = assign(sandbox, sandbox.base_url, key, env_key)
    assert first.returncode == 0
    assign(sandbox, sandbox.base_url, key, env_key, "--send-again")  # a repeat: same key
    sandbox.faults.error_status = 503
    sandbox.faults.retry_after = "0"
    # No answer: it went out, so its outcome is unknown (not "cancelled", not an error).
    assign(sandbox, sandbox.base_url, key, env_key, "--send-again", "--timeout", "2")
    rows = history_rows(isolated_home)
    assert [(r["code"], r["verified"], r["reason"], r["repeat"]) for r in rows] == [
        (800, 1, "verified", 0), (800, 1, "verified", 1), (None, 0, "unknown", 1)]
    assert len({r["idempotency_key"] for r in rows}) == 1
    assert json.loads(first.stdout)["history_id"] == rows[0]["id"]
    assert all(r["license_key"] == key and r["email"] == "test@example.com" for r in rows)
    api_key = env_key["LICENSEGUI_API_KEY"].encode()
    for path in (isolated_home / "data").iterdir():
        assert api_key not in path.read_bytes()


def test_no_history_records_nothing(sandbox: SandboxServer, env_key: dict[str, str],
                                    isolated_home: Path) -> None:
    result = assign(sandbox, sandbox.base_url, sandbox.state.available_keys()[0], env_key,
                    "--no-history")
    assert result.returncode == 0
    assert not (isolated_home / "data" / "history.sqlite3").exists()


def test_damaged_history_is_set_aside_and_the_attempt_recorded(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    db = isolated_home / "data" / "history.sqlite3"
    db.parent.mkdir(parents=True)
    db.write_bytes(os.urandom(4096))
    result = assign(sandbox, sandbox.base_url, sandbox.state.available_keys()[0], env_key)
    assert result.returncode == 0
    assert "damaged" in result.stderr and "set aside" in result.stderr
    kept = list(db.parent.glob("history.sqlite3.damaged-*"))
    assert len(kept) == 1 and str(kept[0]) in result.stderr
    assert [r["code"] for r in history_rows(isolated_home)] == [800]


def test_replayed_answer_through_the_cli(sandbox: SandboxServer,
                                         env_key: dict[str, str]) -> None:
    first_key, second_key = sandbox.state.available_keys()[:2]
    first = assign(sandbox, sandbox.base_url, first_key, env_key)
    assert first.returncode == 0
    # What the server sent for the first key, served again for the second.
    db = Path(os.environ["LICENSEGUI_HOME"]) / "data" / "history.sqlite3"
    body = sqlite3.connect(db).execute("SELECT raw_body FROM attempts").fetchone()[0]
    # Replayed more than a second after it arrived: then it cannot be the second key's own
    # answer (within that second two genuine answers may be byte-identical).
    age_history(db, SAME_SECOND_S + 1)
    replayer = FixedAnswerServer(body)
    try:
        second = assign(sandbox, replayer.base_url, second_key, env_key)
    finally:
        replayer.stop()
    data = json.loads(second.stdout)
    assert second.returncode == 1
    assert (data["reason"], data["verified"], data["code"]) == ("replayed", False, 800)
    assert first_key in data["detail"]



def test_a_resend_long_after_a_byte_identical_answer_is_still_this_requests_own(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 30, item 3: A and B assigned in the same second (byte-identical signed 800s),
    B's answer lost twice, the second send more than a second after A's answer arrived; B's
    third run gets the server's stored 800. That is B's own answer, signed before A's arrived
    a second ago: the replay rule measures from B's *first* send, never a later re-send (it
    called it "replayed — do not rely on it", exit 1, and the ledger then forgot the key)."""
    key_a, key_b = sandbox.state.available_keys()[:2]
    db = isolated_home / "data" / "history.sqlite3"
    # One try per run: a lost answer ends the run (exit 3) instead of being retried.
    monkeypatch.setattr(RuntimeConfig, "client_config", lambda self: ClientConfig(
        read_timeout_s=self.timeout_s, deadline_s=self.timeout_s, max_attempts=1))
    first_a = assign(sandbox, sandbox.base_url, key_a, env_key)
    assert first_a.returncode == 0
    signed_a = json.loads(sqlite3.connect(db).execute(
        "SELECT raw_body FROM attempts").fetchone()[0])["signature"]
    # B signed with A's timestamp: the two answers are byte-identical.
    sandbox.faults.timestamp_at = json.loads(first_a.stdout)["timestamp"]
    sandbox.faults.vanish_next = 1  # assigned, the answer lost
    assert assign(sandbox, sandbox.base_url, key_b, env_key).returncode == 3
    sandbox.faults.timestamp_at = None
    # The re-send more than a second after A's answer arrived (the recorded times made
    # older: as if that much time had passed); its answer lost too.
    age_history(db, SAME_SECOND_S + 1)
    sandbox.faults.vanish_next = 1
    assert assign(sandbox, sandbox.base_url, key_b, env_key).returncode == 3
    third = assign(sandbox, sandbox.base_url, key_b, env_key)
    data = json.loads(third.stdout)
    stored = json.loads(sqlite3.connect(db).execute(
        "SELECT raw_body FROM attempts ORDER BY id DESC").fetchone()[0])["signature"]
    assert stored == signed_a  # the precondition: B's stored answer is A's, byte for byte
    assert third.returncode == 0, third.stdout + third.stderr
    assert (data["outcome"], data["verified"], data["code"]) == ("assigned", True, 800)
    assert len({k for lk, k, _ in sandbox.seen.assignments if lk == key_b}) == 1
    # And the ledger knows it: the same request later is "already assigned", not sent.
    again = assign(sandbox, sandbox.base_url, key_b, env_key)
    assert json.loads(again.stdout)["outcome"] == "already_assigned", again.stdout


def test_an_unknown_outcome_is_sent_again_as_first_written_whatever_the_emails_case(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 30, item 4: Alice@X.org's answer lost, then the same key for alice@x.org. The
    ledger (emails without case) finds the unknown outcome and re-sends its key — with the
    first form exactly: any other form under that key is answered 422 ("Idempotency-Key
    reused with another request"), which printed ✖ Refused and dropped the attempt from
    `history pending`. Now: assigned once, to the first form, and nothing left pending."""
    monkeypatch.setattr(RuntimeConfig, "client_config", lambda self: ClientConfig(
        read_timeout_s=self.timeout_s, deadline_s=self.timeout_s, max_attempts=1))
    key = sandbox.state.available_keys()[0]

    def send(email: str) -> subprocess.CompletedProcess[str]:
        return cli("assign", "--base-url", sandbox.base_url, "--license-key", key,
                   "--owner-name", "Alice", "--email", email, "--global-key",
                   str(sandbox.public_key_path), "--json", env=env_key)

    sandbox.faults.vanish_next = 1
    assert send("Alice@X.org").returncode == 3
    pending = cli("history", "pending", "--json", env=env_key)
    assert key in pending.stdout
    second = send("alice@x.org")
    data = json.loads(second.stdout)
    assert second.returncode == 0, second.stdout
    assert (data["outcome"], data["verified"], data["http_status"]) == ("assigned", True, 200)
    assert "Alice@X.org" in second.stderr and data["resolves"] is not None
    assert sandbox.state.assignment(key)[:2] == ("Alice", "Alice@X.org")
    assert len(set(sandbox.seen.idempotency_keys)) == 1
    assert key not in cli("history", "pending", "--json", env=env_key).stdout


def test_a_422_for_a_reused_key_leaves_the_first_request_pending(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The server's 422 (the key reused with another form) answers the re-send, not the
    first request: that one's outcome stays unknown and `history pending` keeps listing it."""
    from licensegui.core.history import HistoryStore

    monkeypatch.setattr(RuntimeConfig, "client_config", lambda self: ClientConfig(
        read_timeout_s=self.timeout_s, deadline_s=self.timeout_s, max_attempts=1))
    key = sandbox.state.available_keys()[0]
    sandbox.faults.vanish_next = 1
    assert assign(sandbox, sandbox.base_url, key, env_key).returncode == 3
    store = HistoryStore(isolated_home / "data" / "history.sqlite3")
    try:
        first = store.query()[0]
        # Another form under the first key (as a changed API key would make it): 422.
        store.add(dataclasses.replace(first, id=None, owner_name="Mallory", http_status=422,
                                      code=400, reason="verified", verified=True,
                                      resolves=first.id))
    finally:
        store.close_all()
    assert key in cli("history", "pending", "--json", env=env_key).stdout
