"""Every documented Key Manager code means one thing on every front (issue 26): the single
``assign``'s outcome and exit code, a batch row's status, whether the batch stops and its exit
code — each checked against one expectation per code, through the real CLI and a sandbox that
signs each code (its reserved keys ``CODE-<code>``), with HTTP 200 and with the documented
status (the code is authoritative, not the HTTP status)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import pytest

from licensegui.core.code_table import TABLE
from licensegui.sandbox import SandboxServer
from tests.cli.test_batch import batch_args, results, write_orders
from tests.helpers.cli import cli


class Expected(NamedTuple):
    outcome: str
    assign_exit: int
    row_status: str
    stops: bool
    batch_exit: int


# The API's table, as a reseller's script reads it (issue 26's "what it means" column).
EXPECTED: dict[int, Expected] = {
    **{c: Expected("api_key_refused", 1, "not_sent", True, 2) for c in (100, 101, 102, 103)},
    150: Expected("access_denied", 1, "not_sent", True, 2),
    800: Expected("assigned", 0, "assigned", False, 0),
    803: Expected("assigned", 0, "assigned", False, 0),
    **{c: Expected("refused", 1, "refused", False, 1) for c in (801, 802, 805, 806)},
    807: Expected("queued", 3, "not_sent", False, 3),
}
#: A code the API does not document for this endpoint: a refusal, and the batch goes on.
OTHER_CODE = 300


def test_the_table_holds_every_documented_code() -> None:
    assert set(TABLE) == set(EXPECTED)


def _status(code: int, http: str) -> str:
    return f"CODE-{code}" + (f"-HTTP{http}" if http else "")


@pytest.mark.parametrize("http", ["", "200"])
@pytest.mark.parametrize("code", [*sorted(EXPECTED), OTHER_CODE])
def test_a_single_assign_reads_each_code_as_the_table_says(
        sandbox: SandboxServer, env_key: dict[str, str], code: int, http: str) -> None:
    expected = EXPECTED.get(code, Expected("refused", 1, "refused", False, 1))
    result = cli("assign", "--base-url", sandbox.base_url, "--license-key",
                 _status(code, http), "--owner-name", "Table Test", "--email",
                 "table@example.com", "--global-key", str(sandbox.public_key_path),
                 "--no-history", "--json", env=env_key)
    assert result.returncode == expected.assign_exit, (result.stdout, result.stderr)
    data = json.loads(result.stdout)
    assert data["verified"] is True and data["code"] == code
    assert data["headline"] and data["outcome"] == expected.outcome
    assert data["kind"] == ("other" if code == OTHER_CODE else _legacy(expected.outcome))


def _legacy(outcome: str) -> str:
    """The JSON ``outcome`` names scripts read before issue 26 (kept as ``kind``)."""
    return {"api_key_refused": "api_key", "access_denied": "api_key",
            "queued": "other"}.get(outcome, outcome)


@pytest.mark.parametrize("code", [*sorted(EXPECTED), OTHER_CODE])
def test_a_batch_row_and_the_batch_read_each_code_as_the_table_says(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str], code: int) -> None:
    expected = EXPECTED.get(code, Expected("refused", 1, "refused", False, 1))
    real = sandbox.state.available_keys()[0]
    orders = write_orders(tmp_path / "orders.csv", [f"CODE-{code}-HTTP200-row", real])
    out = tmp_path / "results.csv"
    result = cli(*batch_args(sandbox, sandbox.base_url, orders, "--out", str(out),
                             "--concurrency", "1", "--json", "--no-history"), env=env_key)
    assert result.returncode == expected.batch_exit, (result.stdout, result.stderr)
    rows = results(out)
    assert rows[0]["status"] == expected.row_status, rows[0]
    if expected.stops:  # nothing more was sent after the first such answer
        assert sandbox.state.assignment(real) is None
        assert rows[1]["status"] == "not_sent"
        assert "nothing more was sent" in result.stderr, result.stderr
    else:
        assert sandbox.state.assignment(real) == ("Ówner 1; Jr", "o1@example.com")
        assert rows[1]["status"] == "assigned"


def test_a_queued_answer_is_kept_like_an_unknown_and_checked_again_with_its_key(
        sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    """807 is not decided: the history lists it as pending, and ``history check`` (the
    window's Check now) asks again with the same Idempotency-Key, never as a new request."""
    args = ["--base-url", sandbox.base_url, "--global-key", str(sandbox.public_key_path)]
    first = cli("assign", *args, "--license-key", "CODE-807", "--owner-name", "Queue Test",
                "--email", "queue@example.com", "--json", env=env_key)
    assert first.returncode == 3 and json.loads(first.stdout)["outcome"] == "queued"
    pending = json.loads(cli("history", "pending", "--json").stdout)
    assert [p["license_key"] for p in pending] == ["CODE-807"]
    assert pending[0]["idempotency_key"] == json.loads(first.stdout)["idempotency_key"]
    check = cli("history", "check", *args, "--json", env=env_key)
    assert check.returncode == 3, (check.stdout, check.stderr)  # still queued
    assert sandbox.seen.idempotency_keys == [pending[0]["idempotency_key"]] * 2
    again = json.loads(cli("history", "pending", "--json").stdout)
    assert [p["license_key"] for p in again] == ["CODE-807"]  # the newer answer, still open
