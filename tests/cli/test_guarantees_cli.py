"""Guarantees of ``licensegui-cli`` that a mutation once broke without any test noticing
(issue 20), and item 8: a certificate or redirect problem is a setup problem (exit 2 with what
to check), not "network" (exit 3, which tells a script to retry later). Real processes, real
HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

from licensegui.core.batch.input import read_batch_file
from licensegui.core.batch.journal import Journal
from licensegui.sandbox import SandboxServer
from tests.helpers.cli import assign, cli, start_cli
from tests.helpers.tls import RedirectLoop, SelfSignedServer


def write_orders(path: Path, keys: list[str]) -> Path:
    rows = ["License Key,Owner Name,E-mail"] + [f"{k},Owner {i},o{i}@example.com"
                                                for i, k in enumerate(keys)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def batch_args(sandbox: SandboxServer, base: str, orders: Path, *extra: str) -> list[str]:
    return ["batch", str(orders), "--base-url", base, "--global-key",
            str(sandbox.public_key_path), *extra]


# --- item 8 -------------------------------------------------------------------------------

def test_assign_to_a_self_signed_server_exits_2_saying_what_to_check(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    server = SelfSignedServer(tmp_path)
    try:
        result = assign(sandbox, server.base_url, "KEY-0001", env_key)
    finally:
        server.stop()
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert "certificate" in result.stderr and "Check the base URL" in result.stderr


def test_assign_into_a_redirect_loop_exits_2_saying_what_to_check(
        sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    server = RedirectLoop()
    try:
        result = assign(sandbox, server.base_url, "KEY-0001", env_key)
    finally:
        server.stop()
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "redirect loop" in result.stderr and "Check the base URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_batch_against_a_self_signed_server_stops_with_exit_2_and_a_setup_ending(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    orders = write_orders(tmp_path / "o.csv", [f"KEY-{i:04d}" for i in range(4)])
    server = SelfSignedServer(tmp_path)
    try:
        result = cli(*batch_args(sandbox, server.base_url, orders, "--json",
                                 "--concurrency", "1"), env=env_key)
    finally:
        server.stop()
    assert result.returncode == 2, (result.stdout, result.stderr)
    summary = json.loads(result.stdout)
    assert summary["ending"] == "server_setup" and summary["not_sent"] == 4
    assert "Check the base URL" in summary["detail"]
    assert "Check the base URL" in result.stderr


def test_a_batch_into_a_redirect_loop_stops_with_exit_2(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    orders = write_orders(tmp_path / "o.csv", [f"KEY-{i:04d}" for i in range(4)])
    server = RedirectLoop()
    try:
        result = cli(*batch_args(sandbox, server.base_url, orders, "--json",
                                 "--concurrency", "1"), env=env_key)
        requests = server.requests
    finally:
        server.stop()
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert json.loads(result.stdout)["ending"] == "server_setup"
    assert requests <= 5  # one row's request and its redirects; no other row was tried


# --- guarantees ---------------------------------------------------------------------------

def test_ctrl_c_returns_at_once_while_a_request_hangs_at_the_server(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    """SIGINT abandons requests in flight (they stay "sent", re-sent with their key on
    resume) instead of waiting for them: here that wait would last the whole --timeout."""
    sandbox.state.ensure_available(3)
    orders = write_orders(tmp_path / "o.csv", sandbox.state.available_keys()[:3])
    sandbox.faults.hang = True
    journal = tmp_path / "j.sqlite3"
    proc = start_cli(batch_args(sandbox, sandbox.base_url, orders, "--timeout", "120",
                                "--journal", str(journal), "--concurrency", "1"),
                     env_key, text=True)
    sandbox.seen.wait_for(lambda seen: seen.requests >= 1)
    assert sandbox.seen.requests == 1
    proc.send_signal(signal.SIGINT)
    try:
        stdout, stderr = proc.communicate(timeout=40)  # far below the request's 120 s
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise AssertionError("Ctrl+C waited for the hanging request") from None
    finally:
        sandbox.faults.hang = False
    assert proc.returncode == 130, stderr
    assert "Interrupted" in stdout


def test_a_journal_of_another_server_is_refused_and_nothing_is_sent(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    """An unfinished journal made against one server, resumed with another --base-url:
    refused, the journal unchanged, nothing sent to either."""
    keys = sandbox.state.available_keys()[:2]
    orders = write_orders(tmp_path / "o.csv", keys)
    journal = tmp_path / "j.sqlite3"
    other = SandboxServer(tmp_path / "other").start()
    try:
        Journal.create(journal, read_batch_file(orders), other.base_url, "default").close()
        before = journal.read_bytes()
        result = cli(*batch_args(sandbox, sandbox.base_url, orders, "--journal", str(journal)),
                     env=env_key)
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert "belongs to a batch against" in result.stderr
        assert sandbox.seen.requests == 0 and other.seen.requests == 0
        assert journal.read_bytes() == before
    finally:
        other.stop()


def test_a_batch_says_exactly_what_it_did(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    """The lines a person (and a log) reads: the plan, what the history already answers, the
    summary and the files written. One row is new, one this computer already assigned to the
    same owner, one to someone else."""
    keys = sandbox.state.available_keys()[:3]
    assert assign(sandbox, sandbox.base_url, keys[1], env_key).returncode == 0
    assert cli("assign", "--base-url", sandbox.base_url, "--license-key", keys[2],
               "--owner-name", "Someone Else", "--email", "else@example.com", "--global-key",
               str(sandbox.public_key_path), env=env_key).returncode == 0
    orders = tmp_path / "o.csv"
    orders.write_text("License Key,Owner Name,E-mail\n"
                      f"{keys[0]},Owner 0,o0@example.com\n"
                      f"{keys[1]},Test User,test@example.com\n"
                      f"{keys[2]},Owner 2,o2@example.com\n", encoding="utf-8")
    journal, out = tmp_path / "j.sqlite3", tmp_path / "r.csv"
    result = cli(*batch_args(sandbox, sandbox.base_url, orders, "--journal", str(journal),
                             "--out", str(out)), env=env_key)
    assert result.returncode == 1, result.stderr  # one row is someone else's
    assert result.stdout == ("Finished. 3 rows: 1 assigned, 1 already assigned, "
                             f"1 assigned elsewhere.\n  results: {out}\n")
    assert result.stderr.splitlines()[:2] == [
        f"licensegui-cli: o.csv: 3 rows (comma-separated), 3 to send; journal {journal}",
        "licensegui-cli: the history already answers 2 of them (not sent): 1 already "
        "assigned to the same owner, 1 assigned to someone else"]
    again = cli(*batch_args(sandbox, sandbox.base_url, orders, "--journal", str(journal)),
                env=env_key)
    assert again.stdout == ("Finished earlier; nothing was sent. 3 rows: 1 assigned, 1 already "
                            "assigned, 1 assigned elsewhere.\n")


def test_verify_receipts_counts_every_line_that_is_no_receipt(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    keys = sandbox.state.available_keys()[:2]
    orders = write_orders(tmp_path / "o.csv", keys)
    receipts = tmp_path / "r.jsonl"
    assert cli(*batch_args(sandbox, sandbox.base_url, orders, "--receipts", str(receipts)),
               env=env_key).returncode == 0
    pem = str(sandbox.public_key_path)
    lines = receipts.read_text(encoding="utf-8").splitlines()
    receipts.write_text("\n".join([lines[0], "", "not a receipt", lines[1]]) + "\n",
                        encoding="utf-8")
    text = cli("verify", "--receipts", str(receipts), "--global-key", pem)
    assert text.returncode == 1, text.stderr  # one line failed, however many passed
    out = text.stdout.splitlines()  # rows by spreadsheet number: the header is row 1
    assert len(out) == 3 and out[0].startswith(f"row 2 ({keys[0]}): VERIFIED 800 ")
    assert out[1] == "row ?: NOT VERIFIED [not_a_receipt] line 3 is not a receipt"
    assert out[2].startswith(f"row 3 ({keys[1]}): VERIFIED 800 ")
    as_json = cli("verify", "--receipts", str(receipts), "--global-key", pem, "--json")
    assert as_json.returncode == 1
    objects = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert objects[1] == {"row": None, "verified": False, "reason": "not_a_receipt",
                          "detail": "line 3 is not a receipt"}
    assert [o["verified"] for o in objects] == [True, False, True]
    only = cli("verify", "--receipts", str(receipts), "--global-key", pem, "--row", "2")
    assert only.returncode == 0 and len(only.stdout.splitlines()) == 1
    # A failed line and a failed receipt are two failures, not one cancelling the other.
    lines = receipts.read_text(encoding="utf-8").splitlines()
    tampered = json.loads(lines[3])
    tampered["body"] = tampered["body"].replace('"response_base64":"', '"response_base64":"A')
    receipts.write_text("\n".join([lines[2], json.dumps(tampered)]) + "\n", encoding="utf-8")
    both = cli("verify", "--receipts", str(receipts), "--global-key", pem)
    assert both.returncode == 1 and both.stdout.count("NOT VERIFIED") == 2, both.stdout
    receipts.write_text("\n", encoding="utf-8")
    empty = cli("verify", "--receipts", str(receipts), "--global-key", pem)
    assert empty.returncode == 2 and f"No receipt in {receipts}." in empty.stderr
    receipts.write_bytes(b"\xff\xfe not UTF-8\n")
    unreadable = cli("verify", "--receipts", str(receipts), "--global-key", pem)
    assert unreadable.returncode == 2 and f"Cannot read {receipts}: " in unreadable.stderr
    assert "Traceback" not in unreadable.stderr
