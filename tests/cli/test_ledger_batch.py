"""Batches and killed processes against the ledger: real ``licensegui-cli`` processes, one
LICENSEGUI_HOME, the sandbox over real HTTP."""

from __future__ import annotations

import json
import os
from pathlib import Path

from licensegui.sandbox import SandboxServer
from tests.helpers.cli import assign, cli, history_rows, start_cli
from tests.helpers.servers import idempotency_keys_per_license


def _orders(path: Path, keys: list[str], owner: str = "Owner") -> Path:
    lines = ["License Key;Owner Name;E-mail"]
    lines += [f"{k};{owner} {i};o{i}@example.com" for i, k in enumerate(keys)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _damage_last_page(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(max(0, size - 4096))
        handle.write(os.urandom(4096))


def test_a_batch_survives_a_damaged_history_and_never_calls_it_network(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path,
        tmp_path: Path) -> None:
    sandbox.state.ensure_available(24)
    keys = sandbox.state.available_keys()
    for key in keys[:4]:  # a history with pages to damage
        assert assign(sandbox, sandbox.base_url, key, env_key).returncode == 0
    history = isolated_home / "data" / "history.sqlite3"
    _damage_last_page(history)
    result = cli("batch", str(_orders(tmp_path / "o.csv", keys[4:24])), "--base-url",
                 sandbox.base_url, "--global-key", str(sandbox.public_key_path), "--json",
                 "--concurrency", "2", env=env_key, timeout=120)
    assert "Traceback" not in result.stderr
    assert result.stdout.strip(), (result.returncode, result.stderr)
    summary = json.loads(result.stdout)
    assert summary["ending"] == "finished", result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert summary["assigned"] == 20
    for i, key in enumerate(keys[4:24]):
        assert sandbox.state.assignment(key) == (f"Owner {i}", f"o{i}@example.com")
    assert list(history.parent.glob("history.sqlite3.damaged-*"))  # set aside, not deleted


def test_a_batch_row_this_computer_assigned_to_someone_else_is_not_sent(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path,
        tmp_path: Path) -> None:
    keys = sandbox.state.available_keys()[:3]
    assert cli("assign", "--base-url", sandbox.base_url, "--license-key", keys[1],
               "--owner-name", "Ann Lee", "--email", "ann@example.com", "--global-key",
               str(sandbox.public_key_path), env=env_key).returncode == 0
    out = tmp_path / "results.csv"
    result = cli("batch", str(_orders(tmp_path / "o.csv", keys)), "--base-url",
                 sandbox.base_url, "--global-key", str(sandbox.public_key_path), "--json",
                 "--out", str(out), env=env_key)
    assert result.returncode == 1, result.stdout + result.stderr
    summary = json.loads(result.stdout)
    assert (summary["assigned"], summary["assigned_elsewhere"], summary["refused"]) == (2, 1, 0)
    assert "assigned_elsewhere" in out.read_text(encoding="utf-8-sig")
    assert "ann@example.com" in out.read_text(encoding="utf-8-sig")
    assert len(idempotency_keys_per_license(sandbox)[keys[1]]) == 1  # Ann's send only


def test_an_assign_killed_while_its_request_is_out_leaves_an_unknown_outcome(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    key = sandbox.state.available_keys()[0]
    sandbox.faults.late_next = 1  # carried out at once, answered only much later
    sandbox.faults.late_by_s = 30.0
    proc = start_cli(["assign", "--base-url", sandbox.base_url, "--license-key", key,
                      "--owner-name", "Test User", "--email", "test@example.com",
                      "--global-key", str(sandbox.public_key_path), "--json"], env_key)
    # Carried out (not only arrived), its answer held back: now the process dies.
    assert sandbox.seen.wait_for(lambda _: sandbox.state.assignment(key) is not None, 30)
    proc.kill()  # SIGKILL: no handler runs
    proc.communicate(timeout=10)
    assert sandbox.state.assignment(key) == ("Test User", "test@example.com")
    rows = history_rows(isolated_home)
    assert [(r["reason"], r["code"]) for r in rows] == [("unknown", None)]
    pending = json.loads(cli("history", "pending", "--json", env=env_key).stdout)
    assert [(p["license_key"], p["history_id"]) for p in pending] == [(key, rows[0]["id"])]
    sandbox.faults.late_next = 0
    again = assign(sandbox, sandbox.base_url, key, env_key)
    assert again.returncode == 0, again.stdout + again.stderr
    data = json.loads(again.stdout)
    assert (data["outcome"], data["resolves"]) == ("assigned", rows[0]["id"])
    assert idempotency_keys_per_license(sandbox)[key] == {rows[0]["idempotency_key"]}
