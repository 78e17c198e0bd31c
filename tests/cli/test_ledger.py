"""The history as the ledger every assignment consults, across ``licensegui-cli`` processes
sharing one LICENSEGUI_HOME: real processes, real HTTP to the sandbox, a real SQLite file."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from licensegui.sandbox import SandboxServer
from tests.helpers.cli import assign, cli, history_rows, start_cli
from tests.helpers.servers import DroppingProxy


@pytest.fixture
def big_sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    server = SandboxServer(tmp_path / "big-sandbox", keys=45).start()
    yield server
    server.stop()


def _dropping_answers(sandbox: SandboxServer) -> tuple[DroppingProxy, dict[str, bool]]:
    """A proxy that lets the server commit and then drops its answer while ``on`` is set."""
    dropping = {"on": True}
    return DroppingProxy(sandbox.base_url, drop=lambda n: dropping["on"]), dropping


def _keys_sent_for(sandbox: SandboxServer, license_key: str) -> list[str]:
    return [idem for key, idem, _ in sandbox.seen.assignments if key == license_key]


def test_the_same_request_in_a_new_process_is_already_assigned_and_not_sent(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    key = sandbox.state.available_keys()[0]
    first = assign(sandbox, sandbox.base_url, key, env_key)
    assert first.returncode == 0, first.stderr
    second = assign(sandbox, sandbox.base_url, key, env_key)
    assert second.returncode == 0, second.stdout + second.stderr
    data = json.loads(second.stdout)
    assert data["outcome"] == "already_assigned" and data["sent"] is False
    # The stored signed answer is the receipt, verified again.
    assert data["verified"] is True and data["code"] == 800
    assert data["earlier"]["history_id"] == json.loads(first.stdout)["history_id"]
    assert data["earlier"]["email"] == "test@example.com"
    assert len(_keys_sent_for(sandbox, key)) == 1
    assert sandbox.seen.requests == 1


def test_an_answer_dropped_after_the_server_committed_is_asked_again_with_the_same_key(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    key = sandbox.state.available_keys()[0]
    proxy, dropping = _dropping_answers(sandbox)
    try:
        lost = assign(sandbox, proxy.base_url, key, env_key, "--timeout", "3")
        assert lost.returncode == 3, lost.stdout + lost.stderr
        assert json.loads(lost.stdout)["outcome"] == "unknown"
        assert sandbox.state.assignment(key) == ("Test User", "test@example.com")
        pending = cli("history", "pending", "--json", env=env_key)
        assert pending.returncode == 0, pending.stderr
        assert [u["license_key"] for u in json.loads(pending.stdout)] == [key]
        dropping["on"] = False
        again = assign(sandbox, proxy.base_url, key, env_key)
    finally:
        proxy.stop()
    assert again.returncode == 0, again.stdout + again.stderr
    data = json.loads(again.stdout)
    assert data["outcome"] == "assigned" and data["code"] == 800 and data["verified"] is True
    sent = _keys_sent_for(sandbox, key)
    assert len(sent) >= 2 and len(set(sent)) == 1  # the same Idempotency-Key both times
    rows = history_rows(isolated_home)
    assert data["resolves"] == rows[0]["id"] and rows[-1]["resolves"] == rows[0]["id"]
    assert json.loads(cli("history", "pending", "--json", env=env_key).stdout) == []


def test_history_check_resolves_an_unknown_outcome(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    key = sandbox.state.available_keys()[0]
    proxy, dropping = _dropping_answers(sandbox)
    try:
        assert assign(sandbox, proxy.base_url, key, env_key, "--timeout", "3").returncode == 3
        dropping["on"] = False
        checked = cli("history", "check", "--base-url", proxy.base_url, "--global-key",
                      str(sandbox.public_key_path), "--json", env=env_key)
    finally:
        proxy.stop()
    assert checked.returncode == 0, checked.stdout + checked.stderr
    answers = [json.loads(line) for line in checked.stdout.splitlines()]
    assert [(a["outcome"], a["code"]) for a in answers] == [("assigned", 800)]
    assert len(set(_keys_sent_for(sandbox, key))) == 1
    assert json.loads(cli("history", "pending", "--json", env=env_key).stdout) == []


def _csv(path: Path, keys: list[str], bad_row: int | None) -> Path:
    lines = ["License Key;Owner Name;E-mail"]
    for i, key in enumerate(keys):
        email = "not-an-email" if i == bad_row else f"customer{i}@example.com"
        lines.append(f"{key};Customer {i};{email}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_corrected_csv_run_again_refuses_nothing(
        big_sandbox: SandboxServer, tmp_path: Path, isolated_home: Path) -> None:
    sandbox = big_sandbox
    env = {"LICENSEGUI_API_KEY": sandbox.state.api_key()}
    keys = sandbox.state.available_keys()[:40]
    common = ["--base-url", sandbox.base_url, "--global-key", str(sandbox.public_key_path),
              "--json"]
    first = cli("batch", str(_csv(tmp_path / "orders.csv", keys, bad_row=7)), *common, env=env)
    assert first.returncode == 1, first.stdout + first.stderr
    assert json.loads(first.stdout)["assigned"] == 39
    fixed = cli("batch", str(_csv(tmp_path / "orders-fixed.csv", keys, bad_row=None)),
                "--out", str(tmp_path / "results.csv"), *common, env=env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    summary = json.loads(fixed.stdout)
    assert summary["refused"] == 0 and summary["not_verified"] == 0
    assert summary["assigned"] == 1 and summary["already_assigned"] == 39
    assert "already answers 39" in fixed.stderr
    assert ";refused;" not in (tmp_path / "results.csv").read_text(encoding="utf-8-sig")
    for i, key in enumerate(keys):
        assert sandbox.state.assignment(key) == (f"Customer {i}", f"customer{i}@example.com")
    assert len(sandbox.seen.assignments) == 40  # each key sent once, the fixed row included


def test_a_key_assigned_by_this_computer_to_someone_else_names_the_earlier_owner(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    key = sandbox.state.available_keys()[0]
    assert cli("assign", "--base-url", sandbox.base_url, "--license-key", key, "--owner-name",
               "Ann Lee", "--email", "ann@example.com", "--global-key",
               str(sandbox.public_key_path), env=env_key).returncode == 0
    bob = assign(sandbox, sandbox.base_url, key, env_key)  # Test User, test@example.com
    assert bob.returncode == 1, bob.stdout + bob.stderr
    data = json.loads(bob.stdout)
    assert data["outcome"] == "assigned_elsewhere" and data["sent"] is False
    assert data["earlier"]["email"] == "ann@example.com"
    assert data["earlier"]["owner_name"] == "Ann Lee"
    assert "ann@example.com" in data["detail"]
    assert sandbox.seen.requests == 1
    # Sent anyway: the server's 801, explained by what this computer knows.
    anyway = assign(sandbox, sandbox.base_url, key, env_key, "--send-again")
    assert anyway.returncode == 1
    data = json.loads(anyway.stdout)
    assert (data["code"], data["outcome"]) == (801, "assigned_elsewhere")
    assert data["earlier"]["email"] == "ann@example.com"
    human = cli("assign", "--base-url", sandbox.base_url, "--license-key", key, "--owner-name",
                "Bob", "--email", "bob@example.com", "--global-key",
                str(sandbox.public_key_path), env=env_key)
    assert human.returncode == 1
    assert "Already assigned to Ann Lee (ann@example.com) on " in human.stdout


def test_an_801_for_a_key_this_computer_never_saw_says_it_has_no_record(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    result = cli("assign", "--base-url", sandbox.base_url, "--license-key", "NOPE-0000-0000",
                 "--owner-name", "Bob", "--email", "bob@example.com", "--global-key",
                 str(sandbox.public_key_path), env=env_key)
    assert result.returncode == 1
    assert "This computer has no record of this key" in result.stdout


@pytest.mark.parametrize("first_is", ["in flight", "killed"])
def test_an_801_while_an_attempt_of_ours_has_no_outcome_says_that_one_may_hold_it(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path,
        first_is: str) -> None:
    """Issue 30, item 7: while A's 800 is still on its way (or A's process was killed), B
    asks for the same key for another owner and gets a verified 801. "No record of this key"
    was false: A's attempt is in this computer's history, pending."""
    key = sandbox.state.available_keys()[0]
    sandbox.faults.late_next, sandbox.faults.late_by_s = 1, 30.0  # done, answered late
    alice = start_cli(["assign", "--base-url", sandbox.base_url, "--license-key", key,
                       "--owner-name", "Alice", "--email", "alice@example.com",
                       "--global-key", str(sandbox.public_key_path), "--json"], env_key)
    try:
        assert sandbox.seen.wait_for(lambda _: sandbox.state.assignment(key) is not None, 30)
        if first_is == "killed":
            alice.kill()
            alice.communicate(timeout=10)
        pending = history_rows(isolated_home)[0]
        bob = cli("assign", "--base-url", sandbox.base_url, "--license-key", key,
                  "--owner-name", "Bob", "--email", "bob@example.com", "--global-key",
                  str(sandbox.public_key_path), env=env_key)
    finally:
        if alice.poll() is None:
            alice.kill()
            alice.communicate(timeout=10)
    assert bob.returncode == 1, bob.stdout + bob.stderr
    assert "no record of this key" not in bob.stdout
    assert f"its attempt #{pending['id']} for Alice (alice@example.com) on " in bob.stdout
    assert "has no known outcome and may hold it" in bob.stdout


def test_send_again_after_a_verified_800_is_marked_as_a_repeat(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    key = sandbox.state.available_keys()[0]
    assert assign(sandbox, sandbox.base_url, key, env_key).returncode == 0
    again = assign(sandbox, sandbox.base_url, key, env_key, "--send-again")
    assert again.returncode == 0, again.stdout + again.stderr
    data = json.loads(again.stdout)
    assert data["repeat"] is True and data["outcome"] == "assigned"
    rows = history_rows(isolated_home)
    assert [r["repeat"] for r in rows] == [0, 1]
    assert rows[0]["idempotency_key"] == rows[1]["idempotency_key"]


def _damage_last_page(path: Path) -> None:
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as handle:
        handle.seek(max(0, size - page))
        handle.write(os.urandom(page))


def test_a_damaged_history_page_never_loses_the_answer(
        big_sandbox: SandboxServer, isolated_home: Path) -> None:
    sandbox = big_sandbox
    env = {"LICENSEGUI_API_KEY": sandbox.state.api_key()}
    keys = sandbox.state.available_keys()
    for key in keys[:6]:  # a history with pages to damage
        assert assign(sandbox, sandbox.base_url, key, env).returncode == 0
    history = isolated_home / "data" / "history.sqlite3"
    _damage_last_page(history)
    result = assign(sandbox, sandbox.base_url, keys[6], env)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert "has been set aside as" in result.stderr  # said, and a new file started
    assert data["verified"] is True and data["code"] == 800
    assert sandbox.state.assignment(keys[6]) == ("Test User", "test@example.com")
    human = assign(sandbox, sandbox.base_url, keys[7], env)
    assert human.returncode == 0


def test_a_history_damaged_while_the_request_is_out_never_loses_the_answer(
        big_sandbox: SandboxServer, isolated_home: Path) -> None:
    sandbox = big_sandbox
    env = {"LICENSEGUI_API_KEY": sandbox.state.api_key()}
    keys = sandbox.state.available_keys()
    for key in keys[:6]:
        assert assign(sandbox, sandbox.base_url, key, env).returncode == 0
    history = isolated_home / "data" / "history.sqlite3"

    def damage_then_pass(n: int) -> bool:
        _damage_last_page(history)  # the server has acted; the answer is on its way
        return False

    proxy = DroppingProxy(sandbox.base_url, drop=damage_then_pass)
    try:
        result = cli("assign", "--base-url", proxy.base_url, "--license-key", keys[6],
                     "--owner-name", "Test User", "--email", "test@example.com",
                     "--global-key", str(sandbox.public_key_path), env=env)
    finally:
        proxy.stop()
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert "VERIFIED 800" in result.stdout
    assert sandbox.state.assignment(keys[6]) == ("Test User", "test@example.com")


@pytest.mark.parametrize("spelled", [
    "http://localhost:{port}/api/v1", "HTTP://127.0.0.1:{port}/api/v1",
    "http://127.0.0.1:{port}/./api/v1/", "http://127.0.0.1:{port}/api/x/../v1",
    "http://[::1]:{port}/api/v1"])
def test_the_same_server_spelled_another_way_is_the_same_server(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path,
        spelled: str) -> None:
    """Issue 30, item 7: the same request through localhost instead of 127.0.0.1, an
    upper-case scheme, a `/./` or `..` segment was a new request, sent again (801). The
    address is kept in one normal form, and this computer's names are one server."""
    key = sandbox.state.available_keys()[0]
    assert assign(sandbox, sandbox.base_url, key, env_key).returncode == 0
    port = sandbox.base_url.split(":")[2].split("/")[0]
    again = assign(sandbox, spelled.format(port=port), key, env_key)
    assert again.returncode == 0, again.stdout + again.stderr
    assert json.loads(again.stdout)["outcome"] == "already_assigned"
    assert sandbox.seen.requests == 1  # not sent again


def test_an_801_for_a_key_assigned_here_in_another_case_names_that_assignment(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    """Issue 28, item 8: the key typed in another case read "no record of this key",
    though this computer assigned it."""
    key = sandbox.state.available_keys()[0]
    assert assign(sandbox, sandbox.base_url, key, env_key).returncode == 0
    upper = cli("assign", "--base-url", sandbox.base_url, "--license-key", key.upper(),
                "--owner-name", "Bob", "--email", "bob@example.com", "--global-key",
                str(sandbox.public_key_path), env=env_key)
    assert upper.returncode == 1
    assert "no record of this key" not in upper.stdout
    assert "Already assigned to Test User (test@example.com)" in upper.stdout, upper.stdout
