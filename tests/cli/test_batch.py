"""``licensegui-cli batch`` as a script runs it: killed, resumed, re-run, refused."""

from __future__ import annotations

import csv
import json
import signal
from pathlib import Path

import pytest

from licensegui.sandbox import SandboxServer
from tests.helpers.cli import cli, start_cli
from tests.helpers.servers import (
    BlackHole,
    DroppingProxy,
    flip_base64_char,
    idempotency_keys_per_license,
)


def write_orders(path: Path, keys: list[str], extra: str = "") -> Path:
    rows = ["Order;License Key;Owner Name;E-mail"]
    rows += [f"{i};{k};\"Ówner {i}; Jr\";o{i}@example.com" for i, k in enumerate(keys)]
    path.write_text("\r\n".join(rows) + "\r\n" + extra, encoding="utf-8-sig")
    return path


def batch_args(sandbox: SandboxServer, base: str, orders: Path, *extra: str) -> list[str]:
    return ["batch", str(orders), "--base-url", base, "--global-key",
            str(sandbox.public_key_path), *extra]


def results(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_a_batch_killed_halfway_and_run_again_assigns_every_row_exactly_once(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    sandbox.state.ensure_available(80)
    keys = sandbox.state.available_keys()[:80]
    orders = write_orders(tmp_path / "orders.csv", keys)
    journal, out = tmp_path / "batch.journal", tmp_path / "results.csv"
    # The server carries each assignment out at once and answers it 50 ms later: whatever
    # is in flight at the kill was assigned, its answer never arrived.
    sandbox.faults.late_next = 10_000
    sandbox.faults.late_by_s = 0.05
    args = batch_args(sandbox, sandbox.base_url, orders, "--journal", str(journal),
                      "--out", str(out), "--concurrency", "4")
    proc = start_cli(args, env_key)
    assert sandbox.seen.wait_for(lambda seen: len(seen.assignments) >= 30)
    proc.kill()  # SIGKILL: no handler, no clean-up, as a crash or a power cut
    proc.communicate(timeout=10)
    killed_after = len(sandbox.seen.assignments)
    assert 30 <= killed_after < 80, "the kill should land halfway"
    assert not out.exists()
    # Every row the server heard of was claimed in the journal first (committed before its
    # request went out), with its first-send time: none is still "pending".
    from licensegui.core.batch.journal import Journal

    reached = {k for k, _, _ in sandbox.seen.assignments}
    held = Journal.open(journal)
    try:
        rows = {r.license_key: r for r in held.rows()}
    finally:
        held.close()
    assert all(rows[k].state in ("sent", "done") and rows[k].first_sent_at for k in reached)
    assert any(rows[k].state == "sent" for k in reached)  # some were in flight at the kill
    sandbox.faults.late_next = 0

    again = cli(*args, "--json", env=env_key, timeout=120)
    bad = [(r["License Key"], r["status"], r["reason"], r["code"])
           for r in results(out) if r["status"] != "assigned"]
    assert again.returncode == 0, (again.stdout, bad)
    summary = json.loads(again.stdout)
    assert (summary["assigned"], summary["rows"], summary["not_sent"]) == (80, 80, 0)
    assert 0 < summary["sent"] <= 80 - killed_after + 8  # only what was left (and in flight)
    # The server's own records: every key assigned once, to the owner on its row.
    for i, key in enumerate(keys):
        assert sandbox.state.assignment(key) == (f"Ówner {i}; Jr", f"o{i}@example.com")
    # No row was ever sent under a second Idempotency-Key (which would assign it again or
    # earn an 801); rows in flight at the kill were re-sent with their first one.
    per_key = idempotency_keys_per_license(sandbox)
    assert all(len(per_key[k]) == 1 for k in keys)
    resent = [k for k in keys if sum(1 for lk, _, _ in sandbox.seen.assignments if lk == k) > 1]
    assert resent, "rows in flight at the kill should have been re-sent"
    rows = results(out)
    assert [r["status"] for r in rows] == ["assigned"] * 80
    assert [r["Order"] for r in rows] == [str(i) for i in range(80)]
    assert all(r["verified"] == "true" and r["code"] == "800" for r in rows)


def test_a_finished_journal_run_again_sends_nothing_and_writes_the_results_again(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    keys = sandbox.state.available_keys()[:3]
    orders = write_orders(tmp_path / "o.csv", keys, extra="bad key;x;y;z\r\n")
    out = tmp_path / "r.csv"
    first = cli(*batch_args(sandbox, sandbox.base_url, orders, "--out", str(out)),
                env=env_key)
    assert first.returncode == 1, first.stderr  # one row is invalid: not every row assigned
    assert "3 assigned" in first.stdout and "1 invalid" in first.stdout
    requests = sandbox.seen.requests
    out.unlink()
    second = cli(*batch_args(sandbox, sandbox.base_url, orders, "--out", str(out), "--json"),
                 env={})  # no API key needed when nothing is to be sent
    assert second.returncode == 1, second.stderr
    assert sandbox.seen.requests == requests
    data = json.loads(second.stdout)
    assert (data["assigned"], data["invalid"], data["sent"]) == (3, 1, 0)
    assert [r["status"] for r in results(out)] == ["assigned"] * 3 + ["invalid"]


def test_every_row_assigned_exits_0_with_a_json_summary(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    keys = sandbox.state.available_keys()[:4]
    orders = write_orders(tmp_path / "o.csv", keys)
    receipts = tmp_path / "receipts.jsonl"
    result = cli(*batch_args(sandbox, sandbox.base_url, orders, "--json", "--receipts",
                             str(receipts)), env=env_key)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {k: data[k] for k in ("assigned", "refused", "not_verified", "invalid",
                                 "duplicate", "not_sent")} == {
        "assigned": 4, "refused": 0, "not_verified": 0, "invalid": 0, "duplicate": 0,
        "not_sent": 0}
    assert data["ending"] == "finished" and Path(data["journal"]).is_file()
    pem = str(sandbox.public_key_path)
    checked = cli("verify", "--receipts", str(receipts), "--global-key", pem)
    assert checked.returncode == 0 and checked.stdout.count("VERIFIED 800") == 4
    one = cli("verify", "--receipts", str(receipts), "--global-key", pem, "--row", "2",
              "--json")
    assert one.returncode == 0
    assert json.loads(one.stdout)["row"] == 2 and json.loads(one.stdout)["verified"] is True
    # A receipt altered afterwards fails the offline check, and says which row.
    lines = receipts.read_text(encoding="utf-8").splitlines()
    altered = json.loads(lines[2])
    body = json.loads(altered["body"])
    body["response_base64"] = flip_base64_char(body["response_base64"])
    altered["body"] = json.dumps(body)
    lines[2] = json.dumps(altered)
    receipts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    checked = cli("verify", "--receipts", str(receipts), "--global-key", pem)
    assert checked.returncode == 1
    assert "row 3" in checked.stdout and "signature_mismatch" in checked.stdout
    assert checked.stdout.count(": VERIFIED 800") == 3
    assert checked.stdout.count(": NOT VERIFIED [signature_mismatch]") == 1
    missing = cli("verify", "--receipts", str(receipts), "--global-key", pem, "--row", "99")
    assert missing.returncode == 2 and "No receipt for row 99" in missing.stderr
    # A line that is no receipt is reported in its place, and the lines after it are still
    # checked; in JSON each receipt names its row and license key.
    receipts.write_text("\n".join([lines[0], "not a receipt", lines[1]]) + "\n",
                        encoding="utf-8")
    mixed = cli("verify", "--receipts", str(receipts), "--global-key", pem)
    assert mixed.returncode == 1
    assert mixed.stdout.splitlines()[1] == (
        "row ?: NOT VERIFIED [not_a_receipt] line 2 is not a receipt")
    assert mixed.stdout.count(": VERIFIED 800") == 2
    as_json = cli("verify", "--receipts", str(receipts), "--global-key", pem, "--json")
    reported = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert [(r["row"], r.get("license_key"), r["verified"]) for r in reported] == [
        (2, keys[0], True), (None, None, False), (3, keys[1], True)]
    gone = cli("verify", "--receipts", str(tmp_path / "nowhere.jsonl"), "--global-key", pem)
    assert gone.returncode == 2
    assert f"Cannot read {tmp_path / 'nowhere.jsonl'}: No such file or directory." in gone.stderr


@pytest.mark.usefixtures("quick_retries")
def test_network_failures_stop_with_exit_3_and_the_same_command_resumes(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    sandbox.state.ensure_available(20)
    keys = sandbox.state.available_keys()[:20]
    orders = write_orders(tmp_path / "o.csv", keys)
    proxy = DroppingProxy(sandbox.base_url, drop=lambda n: n > 6)  # the line goes down
    try:
        args = batch_args(sandbox, proxy.base_url, orders, "--timeout", "2", "--json",
                          "--concurrency", "4")
        stopped = cli(*args, env=env_key, timeout=120)
        assert stopped.returncode == 3, stopped.stderr
        data = json.loads(stopped.stdout)
        assert data["ending"] == "network" and data["not_sent"] >= 13
        assert data["assigned"] == 6
        proxy.drop = lambda n: False  # the line is back
        resumed = cli(*args, env=env_key, timeout=120)
    finally:
        proxy.stop()
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["assigned"] == 20
    assert all(len(ids) == 1 for ids in idempotency_keys_per_license(sandbox).values())
    for i, key in enumerate(keys):
        assert sandbox.state.assignment(key) == (f"Ówner {i}; Jr", f"o{i}@example.com")


@pytest.mark.usefixtures("quick_retries")
def test_a_dead_server_stops_the_batch_without_marching_through_it(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    orders = write_orders(tmp_path / "o.csv", [f"KEY-{i:04d}" for i in range(200)])
    hole = BlackHole()
    try:
        result = cli(*batch_args(sandbox, hole.base_url, orders, "--timeout", "0.5",
                                 "--json", "--concurrency", "8"), env=env_key, timeout=120)
    finally:
        hole.close()
    assert result.returncode == 3
    data = json.loads(result.stdout)
    assert "rows in a row got no answer" in data["detail"]
    assert data["sent"] <= 5 + 8  # the threshold, and what the other workers had out


@pytest.mark.parametrize(("content", "words"), [
    ("order;customer\r\n1;2\r\n", "no usable header"),
    ("key,name,email\n", "header but no rows"),
])
def test_unusable_input_exits_2(tmp_path: Path, sandbox: SandboxServer,
                                env_key: dict[str, str], content: str, words: str) -> None:
    path = tmp_path / "in.csv"
    path.write_text(content, encoding="utf-8")
    result = cli(*batch_args(sandbox, sandbox.base_url, path), env=env_key)
    assert result.returncode == 2 and words in result.stderr
    assert sandbox.seen.requests == 0


def test_missing_file_and_bad_concurrency_exit_2(tmp_path: Path, sandbox: SandboxServer,
                                                 env_key: dict[str, str]) -> None:
    missing = cli(*batch_args(sandbox, sandbox.base_url, tmp_path / "nope.csv"), env=env_key)
    assert missing.returncode == 2 and "Cannot read" in missing.stderr
    orders = write_orders(tmp_path / "o.csv", ["KEY-0001"])
    for value in ("0", "9", "x"):
        bad = cli(*batch_args(sandbox, sandbox.base_url, orders, "--concurrency", value),
                  env=env_key)
        assert bad.returncode == 2 and "--concurrency" in bad.stderr
    assert sandbox.seen.requests == 0


def test_a_journal_of_another_file_is_refused_and_left_alone(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    keys = sandbox.state.available_keys()[:2]
    journal = tmp_path / "j.sqlite3"
    first = write_orders(tmp_path / "a.csv", keys[:1])
    assert cli(*batch_args(sandbox, sandbox.base_url, first, "--journal", str(journal)),
               env=env_key).returncode == 0
    before = journal.read_bytes()
    other = write_orders(tmp_path / "b.csv", keys[1:])
    result = cli(*batch_args(sandbox, sandbox.base_url, other, "--journal", str(journal)),
                 env=env_key)
    assert result.returncode == 2 and "belongs to another file" in result.stderr
    assert journal.read_bytes() == before
    assert sandbox.state.assignment(keys[1]) is None


def test_a_wrong_api_key_stops_the_batch_at_once(tmp_path: Path,
                                                 sandbox: SandboxServer) -> None:
    orders = write_orders(tmp_path / "o.csv", sandbox.state.available_keys()[:5])
    result = cli(*batch_args(sandbox, sandbox.base_url, orders, "--concurrency", "2"),
                 env={"LICENSEGUI_API_KEY": "wrong"})
    assert result.returncode == 2 and "refused the API key" in result.stderr
    assert sandbox.seen.requests <= 2  # what the two workers had out, nothing after


def test_sigterm_stops_cleanly_and_the_batch_resumes(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    sandbox.state.ensure_available(40)
    keys = sandbox.state.available_keys()[:40]
    orders = write_orders(tmp_path / "o.csv", keys)
    sandbox.faults.delay_s = 0.05
    out = tmp_path / "r.csv"
    args = batch_args(sandbox, sandbox.base_url, orders, "--out", str(out))
    proc = start_cli(args, env_key, text=True)
    assert sandbox.seen.wait_for(lambda seen: seen.requests >= 5)
    proc.send_signal(signal.SIGTERM)
    stdout, _ = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Interrupted" in stdout
    statuses = [r["status"] for r in results(out)]  # results written for what is done
    assert "not_sent" in statuses and "assigned" in statuses
    sandbox.faults.delay_s = 0
    again = cli(*args, env=env_key, timeout=120)
    bad = [(r["License Key"], r["status"], r["reason"], r["code"])
           for r in results(out) if r["status"] != "assigned"]
    assert again.returncode == 0, (again.stdout, bad)
    assert [r["status"] for r in results(out)] == ["assigned"] * 40


@pytest.mark.usefixtures("quick_retries")
def test_a_flaky_network_and_a_kill_still_assign_every_row_once(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    """The whole story at once: 300 rows through a proxy that drops answers after the server
    acted, answers 502, cuts answers short and delays them; the CLI SIGKILLed part-way; the
    same command run again until it finishes. The server's own records must match the input."""
    from tests.helpers.servers import ChaosProxy

    sandbox.state.ensure_available(300)
    keys = sandbox.state.available_keys()[:300]
    orders = write_orders(tmp_path / "orders.csv", keys)
    out = tmp_path / "results.csv"
    proxy = ChaosProxy(sandbox.base_url)
    try:
        args = batch_args(sandbox, proxy.base_url, orders, "--out", str(out), "--timeout", "5",
                          "--concurrency", "4", "--json")
        proc = start_cli(args, env_key)
        sandbox.seen.wait_for(lambda seen: len(seen.assignments) >= 100, 120)
        proc.kill()
        proc.communicate(timeout=10)
        assert proc.returncode == -signal.SIGKILL, "the kill should land part-way"
        assert len(sandbox.seen.assignments) >= 100
        for _ in range(3):  # exit 3 (a run of failures) is resumable too
            again = cli(*args, env=env_key, timeout=300)
            if again.returncode != 3:
                break
    finally:
        proxy.stop()
    assert again.returncode == 0, (again.stdout, again.stderr[-2000:])
    assert json.loads(again.stdout)["assigned"] == 300
    assert {"drop", "502", "truncate", "delay"} <= set(proxy.actions)
    for i, key in enumerate(keys):
        assert sandbox.state.assignment(key) == (f"Ówner {i}; Jr", f"o{i}@example.com")
    assert all(len(ids) == 1 for ids in idempotency_keys_per_license(sandbox).values())
    assert [r["status"] for r in results(out)] == ["assigned"] * 300
