"""A read-only journal folder and a full disk, for real: a sentence naming the folder (not a
hidden temporary file) or saying the disk is full — and that --no-history exists — exit 2,
never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from licensegui.sandbox import SandboxServer
from tests.helpers.disks import full_folder, read_only_folder, turned_read_only

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="mounts and rlimits")


def _orders(path: Path, keys: list[str]) -> Path:
    lines = ["License Key;Owner Name;E-mail"] + [f"{k};Ówner;o@example.com" for k in keys]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cli(args: list[str], env: dict[str, str], **popen: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "licensegui.cli", *args],
                          env={**os.environ, **env}, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120, check=False, **popen)


def test_a_read_only_journal_folder_is_named_in_a_sentence(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    orders = _orders(tmp_path / "o.csv", sandbox.state.available_keys()[:2])
    with read_only_folder(tmp_path / "ro") as folder:
        result = _cli(["batch", str(orders), "--base-url", sandbox.base_url, "--global-key",
                       str(sandbox.public_key_path), "--journal", str(folder / "j.sqlite3")],
                      env_key)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    assert f"in the folder {folder}: it is read-only" in result.stderr, result.stderr
    assert ".tmp" not in result.stderr and "unable to open" not in result.stderr
    assert sandbox.seen.requests == 0


def test_a_full_disk_says_so_and_that_no_history_exists(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    key = sandbox.state.available_keys()[0]
    with full_folder(tmp_path / "full") as (home, popen):
        env = {**env_key, "LICENSEGUI_HOME": str(home)}
        assigned = _cli(["assign", "--base-url", sandbox.base_url, "--license-key", key,
                         "--owner-name", "Test User", "--email", "t@example.com",
                         "--global-key", str(sandbox.public_key_path)], env, **popen)
        batch = _cli(["batch", str(_orders(tmp_path / "o.csv", [key])), "--base-url",
                      sandbox.base_url, "--global-key", str(sandbox.public_key_path),
                      "--no-history"], env, **popen)
    for result in (assigned, batch):
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 2, result.stderr
        assert "disk is full" in result.stderr or "took no more data" in result.stderr, \
            result.stderr
        assert "disk I/O error" not in result.stderr
    assert "--no-history" in assigned.stderr
    assert sandbox.seen.requests == 0  # nothing went out that could not be recorded


def test_a_home_turned_read_only_is_named_not_taken_for_a_damaged_history(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    """Issue 30, item 8: a history on a disk that became read-only was reported damaged.
    It is named as what it is, and nothing is set aside (or sent)."""
    with turned_read_only(tmp_path / "home") as freeze:
        env = {**env_key, "LICENSEGUI_HOME": str(tmp_path / "home")}
        made = _cli(["history", "pending"], env)
        assert made.returncode == 0, made.stderr
        freeze()
        results = [_cli(["history", "pending"], env), _cli(
            ["assign", "--base-url", sandbox.base_url, "--license-key",
             sandbox.state.available_keys()[0], "--owner-name", "Ann", "--email",
             "ann@example.com", "--global-key", str(sandbox.public_key_path)], env)]
        left = sorted(p.name for p in (tmp_path / "home" / "data").iterdir())
    for result in results:
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 2, result.stderr
        assert "cannot be written (a read-only disk or folder)" in result.stderr, result.stderr
        assert "damaged" not in result.stderr and "set aside" not in result.stderr
    assert left == ["history.sqlite3"]
    assert sandbox.seen.requests == 0
