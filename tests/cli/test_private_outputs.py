"""Every file the CLI writes for a user is 0600 under umask 022 (issue 28, item 3): results
and history exports as CSV and .xlsx, receipts, a journal's rows. The .xlsx writers made
0644 files while docs/privacy.md promised 0600. Real processes: the umask is the point."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from licensegui.sandbox import SandboxServer

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "licensegui.cli", *args],
                          env={**os.environ, **env}, capture_output=True, text=True,
                          timeout=120, check=False, stdin=subprocess.DEVNULL,
                          preexec_fn=lambda: os.umask(0o022))


def test_every_file_the_cli_writes_is_private(tmp_path: Path, sandbox: SandboxServer,
                                             env_key: dict[str, str]) -> None:
    keys = sandbox.state.available_keys()[:2]
    orders = tmp_path / "orders.csv"
    orders.write_text("license_key,owner_name,owner_email\r\n"
                      + "".join(f"{k},Owner {n},o{n}@example.com\r\n"
                                for n, k in enumerate(keys)))
    out = tmp_path / "out"
    out.mkdir()
    env = {**env_key, "LICENSEGUI_HOME": str(tmp_path / "home")}
    journal = tmp_path / "orders.journal"
    written = [out / name for name in ("results.csv", "results.xlsx", "receipts.jsonl",
                                       "history.csv", "history.xlsx", "rows.csv")]
    commands = [
        ["batch", str(orders), "--base-url", sandbox.base_url, "--global-key",
         str(sandbox.public_key_path), "--journal", str(journal), "--out", str(written[0]),
         "--receipts", str(written[2])],
        ["batch", str(orders), "--base-url", sandbox.base_url, "--global-key",
         str(sandbox.public_key_path), "--journal", str(journal), "--out", str(written[1])],
        ["history", "export", "--out", str(written[3])],
        ["history", "export", "--out", str(written[4])],
        ["journal", "export", str(journal), "--out", str(written[5])],
    ]
    for args in commands:
        result = _run(args, env)
        assert result.returncode == 0, (args, result.stderr)
    for path in [*written, journal]:
        assert path.exists(), path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, (path, oct(path.stat().st_mode))
