"""licensegui-cli as scripts use it: a real process, real exit codes, real HTTP."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from licensegui.core.service import SAME_SECOND_S
from licensegui.sandbox import SandboxServer
from tests.helpers import FixedAnswerServer, TamperingProxy


def cli(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    # Standard input is never the terminal pytest was started from: a test must not pass or
    # hang depending on where it runs.
    return subprocess.run(
        [sys.executable, "-m", "licensegui.cli", *args],
        input=stdin.decode() if stdin else None,
        stdin=None if stdin else subprocess.DEVNULL,
        capture_output=True, text=True, env=full_env, timeout=timeout, check=False,
    )


# --- verify ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("assign-800-assigned.json", 0),
        ("assign-801-invalid-or-assigned.json", 0),
        ("auth-100-invalid-api-key.json", 0),
        ("activate-300-product-label.json", 1),
        ("edited-after-signing.json", 1),
        ("unsigned-private-key-not-set.json", 1),
    ],
)
def test_verify_fixtures_global_only(fixtures_dir: Path, name: str, code: int) -> None:
    result = cli("verify", str(fixtures_dir / "responses" / name),
                 "--global-key", str(fixtures_dir / "global-public.pem"))
    assert result.returncode == code, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1
    assert result.stdout.startswith("VERIFIED" if code == 0 else "NOT VERIFIED")


@pytest.mark.parametrize(
    ("name", "code", "reason"),
    [
        ("activate-300-product-label.json", 0, "verified"),
        ("edited-after-signing.json", 1, "signature_mismatch"),
        ("unsigned-private-key-not-set.json", 1, "unsigned"),
    ],
)
def test_verify_fixtures_with_product_key_json(
    fixtures_dir: Path, name: str, code: int, reason: str
) -> None:
    pem = str(fixtures_dir / "global-public.pem")
    result = cli("verify", str(fixtures_dir / "responses" / name), "--global-key", pem,
                 "--product-key", pem, "--json")
    assert result.returncode == code
    data = json.loads(result.stdout)
    assert data["reason"] == reason and data["verified"] is (code == 0)
    assert {"verified", "reason", "code", "message", "key_label"} <= data.keys()


def test_verify_from_stdin_and_max_age(fixtures_dir: Path) -> None:
    body = (fixtures_dir / "responses" / "assign-800-assigned.json").read_bytes()
    pem = str(fixtures_dir / "global-public.pem")
    ok = cli("verify", "-", "--global-key", pem, "--json", stdin=body)
    assert ok.returncode == 0 and json.loads(ok.stdout)["code"] == 800
    old = cli("verify", "-", "--global-key", pem, "--json", "--max-age", "300", stdin=body)
    assert old.returncode == 1 and json.loads(old.stdout)["reason"] == "stale_or_replayed"


def test_verify_malformed_input_is_exit_1(fixtures_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x00not json")
    result = cli("verify", str(bad), "--global-key", str(fixtures_dir / "global-public.pem"),
                 "--json")
    assert result.returncode == 1 and json.loads(result.stdout)["reason"] == "not_json"


def test_verify_key_file_errors_are_exit_2(fixtures_dir: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.pem"
    small.write_bytes(rsa.generate_private_key(public_exponent=65537, key_size=1024)
                      .public_key().public_bytes(serialization.Encoding.PEM,
                                                 serialization.PublicFormat.SubjectPublicKeyInfo))
    body = str(fixtures_dir / "responses" / "assign-800-assigned.json")
    not_a_key = fixtures_dir / "responses" / "assign-800-assigned.json"
    for key in (small, tmp_path / "missing.pem", not_a_key):
        result = cli("verify", body, "--global-key", str(key))
        assert result.returncode == 2, (key, result.stdout)
        assert result.stderr.strip() and result.stdout == ""
    assert cli("verify", body).returncode == 2  # --global-key is required
    assert cli("verify", str(tmp_path / "absent.json"), "--global-key",
               str(fixtures_dir / "global-public.pem")).returncode == 2


# --- assign against the sandbox ----------------------------------------------------------------

@pytest.fixture
def env_key(sandbox: SandboxServer) -> dict[str, str]:
    return {"LICENSEGUI_API_KEY": sandbox.state.api_key()}


def assign(sandbox: SandboxServer, base: str, key: str, env: dict[str, str],
           *extra: str) -> subprocess.CompletedProcess[str]:
    return cli("assign", "--base-url", base, "--license-key", key, "--owner-name", "Test User",
               "--email", "test@example.com", "--global-key", str(sandbox.public_key_path),
               "--json", *extra, env=env)


def test_assign_then_again(sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    key = sandbox.state.available_keys()[0]
    first = assign(sandbox, sandbox.base_url, key, env_key)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["verified"] is True and data["code"] == 800
    second = assign(sandbox, sandbox.base_url, key, env_key)
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
    assert data["outcome"] == "unverified"
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


# --- key ---------------------------------------------------------------------------------------

def test_key_set_refused_without_keyring() -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    status = cli("key", "status", env=env)
    assert status.returncode == 1 and "kept for this session only" in status.stdout
    result = cli("key", "set", "--profile", "p", env=env, stdin=b"abc-123\n")
    assert result.returncode == 2 and "LICENSEGUI_API_KEY" in result.stderr


# --- sandbox -------------------------------------------------------------------------------------

@pytest.fixture
def sandbox_process(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "licensegui.cli", "sandbox", "--port", "0", "--state-dir",
         str(tmp_path / "state")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    yield proc
    proc.terminate()
    proc.communicate(timeout=10)  # also closes the pipes


def test_sandbox_command_first_line(sandbox_process: subprocess.Popen[str], tmp_path: Path) -> None:
    assert sandbox_process.stdout is not None
    info = json.loads(sandbox_process.stdout.readline())
    assert info["base_url"].startswith("http://127.0.0.1:") and info["base_url"].endswith("/api/v1")
    assert Path(info["public_key_path"]).read_text().startswith("-----BEGIN PUBLIC KEY-----")
    assert Path(info["public_key_path"]).parent == tmp_path / "state"
    assert len(info["available_keys"]) == 5 and info["api_key"]
    result = cli("assign", "--base-url", info["base_url"], "--license-key",
                 info["available_keys"][0], "--owner-name", "T", "--email", "t@example.com",
                 "--global-key", info["public_key_path"],
                 env={"LICENSEGUI_API_KEY": info["api_key"]})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Assigned")


# --- the audit trail -----------------------------------------------------------------------------

def _history_rows(home: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(home / "data" / "history.sqlite3")
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM attempts ORDER BY id").fetchall()
    conn.close()
    return rows


def test_assign_records_in_the_shared_history(sandbox: SandboxServer, env_key: dict[str, str],
                                              isolated_home: Path) -> None:
    key = sandbox.state.available_keys()[0]
    first = assign(sandbox, sandbox.base_url, key, env_key)
    assert first.returncode == 0
    assign(sandbox, sandbox.base_url, key, env_key)  # 801
    sandbox.faults.error_status = 503
    sandbox.faults.retry_after = "0"
    assign(sandbox, sandbox.base_url, key, env_key, "--timeout", "2")  # network failure
    rows = _history_rows(isolated_home)
    assert [(r["code"], r["verified"], r["reason"]) for r in rows] == [
        (800, 1, "verified"), (801, 1, "verified"), (None, 0, "network_error")]
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
    assert [r["code"] for r in _history_rows(isolated_home)] == [800]


def test_replayed_answer_through_the_cli(sandbox: SandboxServer,
                                         env_key: dict[str, str]) -> None:
    first_key, second_key = sandbox.state.available_keys()[:2]
    first = assign(sandbox, sandbox.base_url, first_key, env_key)
    assert first.returncode == 0
    # What the server sent for the first key, served again for the second.
    body, received_at = sqlite3.connect(
        Path(os.environ["LICENSEGUI_HOME"]) / "data" / "history.sqlite3").execute(
        "SELECT raw_body, received_at FROM attempts").fetchone()
    # Replayed more than a second after it arrived: then it cannot be the second key's own
    # answer (within that second two genuine answers may be byte-identical).
    time.sleep(max(0.0, received_at + SAME_SECOND_S + 0.05 - time.time()))
    replayer = FixedAnswerServer(body)
    try:
        second = assign(sandbox, replayer.base_url, second_key, env_key)
    finally:
        replayer.stop()
    data = json.loads(second.stdout)
    assert second.returncode == 1
    assert (data["reason"], data["verified"], data["code"]) == ("replayed", False, 800)
    assert first_key in data["detail"]


def test_history_export_since_and_erase(sandbox: SandboxServer, env_key: dict[str, str],
                                        isolated_home: Path, tmp_path: Path) -> None:
    assert assign(sandbox, sandbox.base_url, sandbox.state.available_keys()[0],
                  env_key).returncode == 0
    out = tmp_path / "export.csv"
    done = cli("history", "export", "--out", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["id", "at", "profile"] and len(rows) == 2
    assert rows[1][rows[0].index("email")] == "test@example.com"
    future = cli("history", "export", "--out", str(out), "--since", "2999-01-01")
    assert future.returncode == 0
    assert len(list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))) == 1

    erased = cli("history", "erase", "--email", "TEST@example.com")
    assert erased.returncode == 0 and "1 attempt" in erased.stdout
    row = _history_rows(isolated_home)[0]
    assert (row["owner_name"], row["email"]) == ("[erased]", "[erased]")
    # Nothing else held them: the signed body names no owner (code, message, timestamp only).
    for value in tuple(row):
        text = value.decode() if isinstance(value, bytes) else str(value)
        assert "test@example.com" not in text.lower() and "Test User" not in text


@pytest.mark.parametrize("args", [
    ("history", "export", "--out", "/nonexistent-dir/x.csv"),
    ("history", "export", "--out", "x.csv", "--since", "yesterday"),
    ("history", "export"),
    ("history", "erase"),
])
def test_history_usage_and_file_errors_are_exit_2(args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.returncode == 2 and result.stderr
