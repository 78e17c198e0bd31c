"""licensegui-cli run as scripts run it (a real process), and what it leaves in the history."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from licensegui.sandbox import SandboxServer


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


def start_cli(args: list[str], env: dict[str, str], text: bool = False) -> subprocess.Popen:
    """``licensegui-cli`` running in the background, as a script would start it."""
    return subprocess.Popen([sys.executable, "-m", "licensegui.cli", *args],
                            env={**os.environ, **env}, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=text)


def assign(sandbox: SandboxServer, base: str, key: str, env: dict[str, str],
           *extra: str) -> subprocess.CompletedProcess[str]:
    return cli("assign", "--base-url", base, "--license-key", key, "--owner-name", "Test User",
               "--email", "test@example.com", "--global-key", str(sandbox.public_key_path),
               "--json", *extra, env=env)


def history_rows(home: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(home / "data" / "history.sqlite3")
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM attempts ORDER BY id").fetchall()
    conn.close()
    return rows
