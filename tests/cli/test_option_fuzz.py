"""Every option of every command, given a hostile value: never a traceback, always a
documented exit code; and the values issue 30 (item 9) found crashing are refused at parse
time, exit 2 with a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from licensegui.sandbox import SandboxServer
from tests.helpers.cli import cli

HOSTILE = ["", "x" * 5000, "nan", "-1", "inf", "\udcff\udcfe", "a/" + "b" * 300, "/"]


def _bases(sandbox: SandboxServer, tmp: Path) -> dict[str, list[str]]:
    """A usable command line for each command (the option under test replaces its value)."""
    pem = str(sandbox.public_key_path)
    orders = tmp / "orders.csv"
    orders.write_text("key,name,email\nNOT-A-REAL-KEY-1,Fuzz,fuzz@example.com\n", "utf-8")
    body = tmp / "body.json"
    body.write_text("{}", "utf-8")
    return {
        "verify": ["verify", str(body), "--global-key", pem],
        "assign": ["assign", "--base-url", sandbox.base_url, "--global-key", pem,
                   "--license-key", "NOT-A-REAL-KEY-2", "--owner-name", "Fuzz",
                   "--email", "fuzz@example.com", "--no-history"],
        "batch": ["batch", str(orders), "--base-url", sandbox.base_url, "--global-key", pem,
                  "--no-history", "--journal", str(tmp / "j.sqlite3")],
        "history export": ["history", "export", "--out", str(tmp / "h.csv")],
        "history erase": ["history", "erase", "--email", "fuzz@example.com"],
        "history check": ["history", "check", "--base-url", sandbox.base_url,
                          "--global-key", pem],
        "key": ["key", "status"],
        "journal export": ["journal", "export", str(tmp / "none.sqlite3"), "--out",
                           str(tmp / "rows.csv")],
        "history pending": ["history", "pending"],
        "ledger status": ["ledger", "status"],
        "ledger init": ["ledger", "init", "postgresql://nobody@127.0.0.1:1/none"],
    }


OPTIONS = [
    ("verify", "--global-key"), ("verify", "--product-key"), ("verify", "--max-age"),
    ("verify", "--row"),
    *(("assign", o) for o in ("--base-url", "--profile", "--replay-window", "--timeout",
                              "--idempotency-window", "--license-key", "--owner-name",
                              "--email", "--global-key", "--product-key")),
    *(("batch", o) for o in ("--base-url", "--profile", "--replay-window", "--timeout",
                             "--idempotency-window", "--global-key", "--product-key",
                             "--journal", "--out", "--receipts", "--concurrency",
                             "--columns", "--sheet")),
    ("history export", "--out"), ("history export", "--separator"),
    ("history export", "--since"), ("history erase", "--email"),
    ("history check", "--base-url"), ("history check", "--timeout"),
    ("key", "--profile"), ("journal export", "--out"),
    # The team ledger's (issue 27): a URL with a password, a bad port, text that is not one.
    ("assign", "--team-ledger"), ("assign", "--staff"), ("batch", "--team-ledger"),
    ("history pending", "--team-ledger"), ("history check", "--team-ledger"),
    ("ledger status", "--team-ledger"), ("ledger init", "--grant"),
]


def _with(base: list[str], option: str, value: str) -> list[str]:
    args = list(base)
    if option in args:
        args[args.index(option) + 1] = value
    else:
        args += [option, value]
    return args


@pytest.mark.parametrize(("command", "option"), OPTIONS)
def test_a_hostile_value_never_crashes(tmp_path: Path, sandbox: SandboxServer,
                                       env_key: dict[str, str], command: str, option: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # "nan", "-1", "inf" are file names to --out: written here
    base = _bases(sandbox, tmp_path)[command]
    for value in HOSTILE:
        result = cli(*_with(base, option, value), env=env_key)
        assert "Traceback" not in result.stderr, (option, value, result.stderr[-2000:])
        assert result.returncode in (0, 1, 2, 3), (option, value, result.stderr[-500:])
        if result.returncode == 2:
            assert result.stderr.strip(), (option, value)  # a sentence says why


@pytest.mark.parametrize("args", [
    ["history", "export", "--out", ""],
    ["history", "export", "--out", "x" * 300 + ".csv"],
    ["journal", "export", "j.sqlite3", "--out", "y" * 300 + ".csv"],
    ["sandbox", "--port", "-1", "--state-dir", "sbx"],
    ["sandbox", "--port", "65536", "--state-dir", "sbx"],
    ["verify", "body.json", "--global-key", "k.pem", "--max-age", "NaN"],
    ["verify", "body.json", "--global-key", "k.pem", "--max-age", "-1"],
    ["history", "erase", "--email", ""],
    ["key", "status", "--profile", "\udcff"],
    ["assign", "--base-url", "https://v.example/api/v1", "--global-key", "k.pem",
     "--license-key", "K-1", "--owner-name", "A", "--email", "a\udcff@example.com"],
])
def test_values_that_crashed_are_refused_at_parse_time(
        args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli(*args)
    assert list(tmp_path.iterdir()) == []  # refused before anything was made
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "error: argument" in result.stderr and "Traceback" not in result.stderr
