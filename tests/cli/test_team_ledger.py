"""The team ledger (issue 27), through the real CLI, against a real PostgreSQL.

Two homes are two computers; staff "alice" and "bob" are PostgreSQL roles with passwords
(given by PGPASSWORD, as libpq takes it), granted by ``ledger init`` only what staff need.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from licensegui.core.http.client import ClientConfig
from licensegui.core.runtime import RuntimeConfig
from licensegui.sandbox import SandboxServer
from tests.helpers.cli import cli, start_cli
from tests.helpers.postgres import ADMIN, Postgres

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the server runs as another user")


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    server = Postgres().start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def team(postgres: Postgres) -> Postgres:
    """A fresh ledger database, initialised by its owner, alice and bob granted."""
    postgres.create_database()
    for name in ("alice", "bob"):
        postgres.create_role(name)
    done = cli("ledger", "init", postgres.url(ADMIN), "--grant", "alice", "--grant", "bob",
               env={"PGPASSWORD": postgres.passwords[ADMIN]})
    assert done.returncode == 0, done.stderr
    assert "created (schema version 1)" in done.stdout
    return postgres


class Computer:
    """One member of staff on one computer: a home of its own, their password."""

    def __init__(self, name: str, home: Path, team: Postgres, sandbox: SandboxServer) -> None:
        self.name, self.home, self.team, self.sandbox = name, home, team, sandbox

    def env(self) -> dict[str, str]:
        return {"LICENSEGUI_HOME": str(self.home), "PGPASSWORD": self.team.passwords[self.name],
                "LICENSEGUI_API_KEY": self.sandbox.state.api_key(),
                "LICENSEGUI_TEAM_LEDGER": self.team.url(self.name),
                "LICENSEGUI_STAFF": self.name}

    def args(self, key: str, owner: str, email: str) -> list[str]:
        return ["assign", "--base-url", self.sandbox.base_url, "--license-key", key,
                "--owner-name", owner, "--email", email, "--global-key",
                str(self.sandbox.public_key_path), "--json"]

    def assign(self, key: str, owner: str, email: str, *extra: str
               ) -> tuple[int, dict[str, object], str]:
        result = cli(*self.args(key, owner, email), *extra, env=self.env())
        return result.returncode, json.loads(result.stdout or "{}"), result.stderr

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return cli(*args, env=self.env())


@pytest.fixture
def alice(tmp_path: Path, team: Postgres, sandbox: SandboxServer) -> Computer:
    return Computer("alice", tmp_path / "alice-pc", team, sandbox)


@pytest.fixture
def bob(tmp_path: Path, team: Postgres, sandbox: SandboxServer) -> Computer:
    return Computer("bob", tmp_path / "bob-pc", team, sandbox)


def test_a_colleagues_assignment_answers_without_sending(
        alice: Computer, bob: Computer, sandbox: SandboxServer) -> None:
    """(A) Bob asks for Alice's key for another owner: assigned_elsewhere, naming the owner's
    email and alice, nothing sent. (B) The same owner: already_assigned, nothing sent."""
    key = sandbox.state.available_keys()[0]
    code, data, _ = alice.assign(key, "Ann Lee", "ann@example.com")
    assert (code, data["outcome"], data["team_ledger"]) == (0, "assigned", "consulted")
    code, data, err = bob.assign(key, "Zed", "zed@example.com")
    assert code == 1, err
    assert (data["outcome"], data["sent"], data["team_ledger"]) == (
        "assigned_elsewhere", False, "consulted")
    earlier = data["earlier"]
    assert (earlier["email"], earlier["staff"], earlier["source"]) == (
        "ann@example.com", "alice", "team")
    assert earlier["computer"]
    code, data, err = bob.assign(key, "Ann Lee", "ANN@example.com")
    assert (code, data["outcome"], data["sent"]) == (0, "already_assigned", False), err
    human = bob.cli(*bob.args(key, "Zed", "zed@example.com")[:-1])
    assert "by alice on " in human.stdout and "(team ledger)" in human.stdout
    assert sandbox.seen.requests == 1


def test_a_colleagues_lost_answer_is_asked_with_their_idempotency_key(
        alice: Computer, bob: Computer, sandbox: SandboxServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """(C) Alice's answer dropped: Bob's same request carries Alice's Idempotency-Key, and
    the server's stored answer assigns it once."""
    monkeypatch.setattr(RuntimeConfig, "client_config", lambda self: ClientConfig(
        read_timeout_s=self.timeout_s, deadline_s=self.timeout_s, max_attempts=1))
    key = sandbox.state.available_keys()[0]
    sandbox.faults.vanish_next = 1
    code, data, _ = alice.assign(key, "Ann Lee", "ann@example.com")
    assert (code, data["outcome"]) == (3, "unknown")
    code, data, err = bob.assign(key, "Ann Lee", "ann@example.com")
    assert (code, data["outcome"]) == (0, "assigned"), err
    assert len(set(sandbox.seen.idempotency_keys)) == 1  # Alice's key, twice
    assert data["idempotency_key"] == sandbox.seen.idempotency_keys[0]
    assert sandbox.state.assignment(key) == ("Ann Lee", "ann@example.com")


def test_offline_first_then_published_by_sync(
        alice: Computer, bob: Computer, sandbox: SandboxServer, team: Postgres) -> None:
    """(D) The ledger stopped: Alice still assigns (exit 0, offline, said on stderr), and
    after it is back `ledger sync` publishes it (exit 0) and Bob sees it."""
    key = sandbox.state.available_keys()[0]
    team.stop()
    try:
        code, data, err = alice.assign(key, "Ann Lee", "ann@example.com")
        assert (code, data["outcome"], data["team_ledger"]) == (0, "assigned", "offline")
        assert "the team ledger cannot be reached" in err
        waiting = alice.cli("ledger", "sync")
        assert waiting.returncode == 3 and "1 record(s) wait" in waiting.stderr
        strict = alice.assign(sandbox.state.available_keys()[1], "B", "b@example.com",
                              "--require-team-ledger")
        assert strict[0] == 2 and "nothing was sent" in strict[2]
    finally:
        team.start()
    synced = alice.cli("ledger", "sync")
    assert synced.returncode == 0, synced.stderr
    assert "Published 1 record(s)" in synced.stdout and "0 wait" in synced.stdout
    again = alice.cli("ledger", "sync")
    assert (again.returncode, "Published 0 record(s)" in again.stdout) == (0, True)
    code, data, _ = bob.assign(key, "Zed", "zed@example.com")
    assert (code, data["outcome"], data["earlier"]["staff"]) == (1, "assigned_elsewhere",
                                                                 "alice")
    assert sandbox.seen.requests == 1


def test_eight_processes_on_two_computers_race_for_one_key(
        alice: Computer, bob: Computer, sandbox: SandboxServer) -> None:
    """(E) Eight processes, two computers, one key, eight owners: the server assigns it
    once, and exactly one process exits 0."""
    key = sandbox.state.available_keys()[0]
    procs = [start_cli(who.args(key, f"Owner {n}", f"o{n}@example.com"),
                       {**os.environ, **who.env()}, text=True)
             for n, who in enumerate([alice, bob] * 4)]
    said = [p.communicate(timeout=120) for p in procs]
    codes = [p.returncode for p in procs]
    assert codes.count(0) == 1, (codes, said)
    odd = [(c, out[-500:], err[-1500:]) for c, (out, err) in zip(codes, said, strict=True)
           if c not in (0, 1)]
    assert not odd, odd
    assert sandbox.state.assignment(key) is not None


def test_the_password_is_never_in_a_url_a_file_or_the_output(
        alice: Computer, sandbox: SandboxServer, team: Postgres, tmp_path: Path) -> None:
    """(F) A URL holding a password is refused (exit 2, nothing sent); the password given
    by PGPASSWORD is in no file, output or argv this program writes."""
    key = sandbox.state.available_keys()[0]
    password = team.passwords["alice"]
    with_password = f"postgresql://alice:{password}@127.0.0.1:{team.port}/ledger"
    refused = cli(*alice.args(key, "Ann", "ann@example.com"), "--team-ledger", with_password,
                  env=alice.env())
    assert refused.returncode == 2 and "must not hold a password" in refused.stderr
    assert password not in refused.stderr + refused.stdout
    assert sandbox.seen.requests == 0
    code, data, err = alice.assign(key, "Ann", "ann@example.com")
    status = alice.cli("ledger", "status", "--json")
    assert code == 0 and json.loads(status.stdout)["reachable"] is True
    for path in alice.home.rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path
    assert password not in json.dumps(data) + err + status.stdout + status.stderr


def test_staff_may_only_append(team: Postgres, alice: Computer, sandbox: SandboxServer) -> None:
    """The staff role reads and appends; a colleague's record cannot be changed or
    deleted (GRANTs: no UPDATE, no DELETE)."""
    import psycopg

    assert alice.assign(sandbox.state.available_keys()[0], "Ann", "ann@example.com")[0] == 0
    with psycopg.connect(team.dsn("bob"), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM licensegui.records").fetchone()[0] >= 1
        for statement in ("UPDATE licensegui.records SET owner_name = 'x'",
                          "DELETE FROM licensegui.records",
                          "DELETE FROM licensegui.claims"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


@pytest.mark.parametrize("version, words", [("0", "older (version 0)"),
                                            ("2", "newer (version 2)")])
def test_a_schema_of_another_version_is_offline_with_a_sentence(
        team: Postgres, alice: Computer, sandbox: SandboxServer, version: str,
        words: str) -> None:
    import psycopg

    with psycopg.connect(team.dsn(ADMIN), autocommit=True) as conn:
        conn.execute("UPDATE licensegui.meta SET value = %s WHERE name = 'version'", (version,))
    code, data, err = alice.assign(sandbox.state.available_keys()[0], "Ann", "ann@example.com")
    assert (code, data["team_ledger"]) == (0, "offline")
    assert words in err
    again = cli("ledger", "init", team.url(ADMIN), env={"PGPASSWORD": team.passwords[ADMIN]})
    if version == "0":
        assert again.returncode == 0 and "migrated from version 0" in again.stdout
    else:
        assert again.returncode == 2 and "update licensegui" in again.stderr


def test_a_wrong_password_is_offline_and_said(
        alice: Computer, sandbox: SandboxServer, team: Postgres) -> None:
    env = {**alice.env(), "PGPASSWORD": "not-the-password"}
    result = cli(*alice.args(sandbox.state.available_keys()[0], "Ann", "ann@example.com"),
                 env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["team_ledger"] == "offline"
    assert "password authentication failed" in result.stderr
    assert "not-the-password" not in result.stderr + result.stdout


def _orders(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    path.write_text("license_key,owner_name,owner_email\r\n"
                    + "".join(f"{k},{o},{e}\r\n" for k, o, e in rows), encoding="utf-8")
    return path


def _batch_losing_the_ledger(who: Computer, sandbox: SandboxServer, team: Postgres,
                             tmp_path: Path, rows: int, delay_s: float, *extra: str
                             ) -> tuple[int, str, list[str], list[str]]:
    """A batch of ``rows`` (each answered after ``delay_s``) by ``who``, PostgreSQL SIGKILLed
    once three rows were answered, and started again after the batch ended: (exit code,
    stdout + stderr, the keys, the command's arguments)."""
    sandbox.state.ensure_available(rows)
    keys = sandbox.state.available_keys()[:rows]
    orders = _orders(tmp_path / "orders.csv",
                     [(k, f"Owner {n}", f"o{n}@example.com") for n, k in enumerate(keys)])
    args = ["batch", str(orders), "--base-url", sandbox.base_url, "--global-key",
            str(sandbox.public_key_path), "--concurrency", "1", *extra]
    sandbox.faults.delay_s = delay_s
    proc = start_cli(args, {**os.environ, **who.env()}, text=True)
    try:
        assert sandbox.seen.wait_for(lambda seen: seen.handled >= 3, 60)
        team.kill()
        at_kill = sandbox.seen.requests
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
        team.start()
        sandbox.faults.delay_s = 0.0
    assert at_kill < rows  # the precondition: killed mid-batch, not after it
    return proc.returncode, out + err, keys, args


def test_a_batch_consults_the_team_and_publishes_its_rows(
        alice: Computer, bob: Computer, sandbox: SandboxServer, tmp_path: Path) -> None:
    """Bob's batch holds back the key Alice assigned (assigned_elsewhere, not sent), sends
    the rest, and publishes them: Alice's next request for one of them is answered by the
    team ledger."""
    keys = sandbox.state.available_keys()[:4]
    assert alice.assign(keys[0], "Ann", "ann@example.com")[0] == 0
    orders = _orders(tmp_path / "orders.csv",
                     [(k, f"Owner {n}", f"o{n}@example.com") for n, k in enumerate(keys)])
    result = bob.cli("batch", str(orders), "--base-url", sandbox.base_url, "--global-key",
                     str(sandbox.public_key_path), "--json")
    assert result.returncode == 1, result.stdout + result.stderr  # one row held back
    assert sandbox.seen.requests == 4  # Alice's one, and Bob's three
    code, data, _ = alice.assign(keys[1], "Someone", "someone@example.com")
    assert (code, data["outcome"], data["earlier"]["staff"]) == (1, "assigned_elsewhere", "bob")
    assert sandbox.seen.requests == 4


def test_the_team_ledger_killed_mid_batch_assigns_nothing_twice_and_publishes_after(
        bob: Computer, alice: Computer, sandbox: SandboxServer, team: Postgres,
        tmp_path: Path) -> None:
    """PostgreSQL SIGKILLed while a batch runs: the batch goes on with this computer's
    knowledge, nothing is assigned twice, and once the ledger is back everything is
    published (ledger sync)."""
    code, said, keys, _args = _batch_losing_the_ledger(bob, sandbox, team, tmp_path, 30, 0.05)
    assert code == 0, said
    assert all(sandbox.state.assignment(k) is not None for k in keys)
    sends = [k for k, _idem, _t in sandbox.seen.assignments]
    assert sorted(sends) == sorted(keys)  # each key sent once
    synced = bob.cli("ledger", "sync")
    assert synced.returncode == 0, synced.stderr
    status = json.loads(bob.cli("ledger", "status", "--json").stdout)
    assert status["waiting"] == 0 and status["records"] >= len(keys)
    code, data, _ = alice.assign(keys[-1], "X", "x@example.com")
    assert (code, data["outcome"], data["earlier"]["staff"]) == (1, "assigned_elsewhere", "bob")


def test_erasing_an_owner_from_the_team_ledger_is_an_administrators(
        team: Postgres, alice: Computer, bob: Computer, sandbox: SandboxServer) -> None:
    import psycopg

    assert alice.assign(sandbox.state.available_keys()[0], "Ann Lee", "Ann@Example.com")[0] == 0
    refused = bob.cli("ledger", "erase", team.url("bob"), "--email", "ann@example.com")
    assert refused.returncode == 2 and "only the team ledger's owner" in refused.stderr
    done = cli("ledger", "erase", team.url(ADMIN), "--email", "ann@example.com",
               env={"PGPASSWORD": team.passwords[ADMIN]})
    assert done.returncode == 0, done.stderr
    assert "from 1 record(s)" in done.stdout  # its answered attempt
    with psycopg.connect(team.dsn(ADMIN)) as conn:
        text = str(conn.execute("SELECT * FROM licensegui.records").fetchall()) + str(
            conn.execute("SELECT * FROM licensegui.claims").fetchall())
    assert "Ann" not in text and "ann@" not in text.lower()


def test_a_required_team_ledger_lost_mid_batch_stops_the_batch(
        bob: Computer, sandbox: SandboxServer, team: Postgres, tmp_path: Path) -> None:
    """--require-team-ledger: once a publish finds the ledger gone mid-batch, nothing more
    is sent (the batch stops, resumable: exit 3); run again once it is back, it finishes."""
    # A batch long enough for a publish (every 2 s) mid-way.
    code, said, keys, args = _batch_losing_the_ledger(bob, sandbox, team, tmp_path, 40, 0.15,
                                                      "--require-team-ledger")
    assert code == 3, said
    assert "The team ledger is required and cannot be reached" in said
    assert sandbox.seen.requests < len(keys)  # it stopped sending
    again = bob.cli(*args)
    assert again.returncode == 0, again.stdout + again.stderr
    assert all(sandbox.state.assignment(k) is not None for k in keys)
    assert sorted(k for k, _i, _t in sandbox.seen.assignments) == sorted(keys)  # each once
