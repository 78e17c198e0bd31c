"""``licensegui-cli history``: export (CSV, since a day) and erase an owner, and their errors."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from licensegui.sandbox import SandboxServer
from tests.helpers.cli import assign, cli, history_rows


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
    row = history_rows(isolated_home)[0]
    assert (row["owner_name"], row["email"]) == ("[erased]", "[erased]")
    # Nothing else held them: the signed body names no owner (code, message, timestamp only).
    for value in tuple(row):
        text = value.decode() if isinstance(value, bytes) else str(value)
        assert "test@example.com" not in text.lower() and "Test User" not in text


@pytest.mark.parametrize("args", [
    ("history", "export", "--out", "/nonexistent-dir/x.csv"),
    ("history", "export", "--out", "/nonexistent-dir/x.xlsx"),
    ("history", "export", "--out", "x.csv", "--since", "yesterday"),
    ("history", "export"),
    ("history", "erase"),
])
def test_history_usage_and_file_errors_are_exit_2(args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.returncode == 2 and result.stderr

