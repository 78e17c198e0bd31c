"""``licensegui-cli sandbox``: the local stand-in's first line, and the keys it seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.cli import cli


@pytest.fixture
def sandbox_process(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "licensegui.cli", "sandbox", "--port", "0", "--state-dir",
         str(tmp_path / "state")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    yield proc
    proc.terminate()
    proc.communicate(timeout=10)  # also closes the pipes


def test_sandbox_command_first_line(sandbox_process: subprocess.Popen[str], tmp_path: Path) -> None:
    assert sandbox_process.stdout is not None
    info = json.loads(sandbox_process.stdout.readline())
    assert info["base_url"].startswith("http://127.0.0.1:") and info["base_url"].endswith("/api/v1")
    assert Path(info["public_key_path"]).read_text().startswith("-----BEGIN PUBLIC KEY-----")
    assert Path(info["public_key_path"]).parent == tmp_path / "state"
    assert len(info["available_keys"]) == 5 and info["api_key"]
    result = cli("assign", "--base-url", info["base_url"], "--license-key",
                 info["available_keys"][0], "--owner-name", "T", "--email", "t@example.com",
                 "--global-key", info["public_key_path"],
                 env={"LICENSEGUI_API_KEY": info["api_key"]})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Assigned")



def test_sandbox_seeds_the_keys_asked_for(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "licensegui.cli", "sandbox", "--state-dir",
         str(tmp_path / "sb"), "--keys", "250"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    assert len(info["available_keys"]) == 250 == len(set(info["available_keys"]))
