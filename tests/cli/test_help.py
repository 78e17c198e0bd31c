"""``licensegui-cli --help`` from a real process: every command listed, the shared options on
both commands that send."""

from __future__ import annotations

import re

import pytest

from tests.helpers.cli import cli

COMMANDS = ("verify", "assign", "batch", "history", "key", "sandbox", "journal", "ledger")
SHARED = ("--base-url", "--profile", "--replay-window", "--timeout", "--no-history")


def test_help_lists_every_command() -> None:
    result = cli("--help")
    assert result.returncode == 0, result.stderr
    listed = re.findall(r"^ {4}(\w+) ", result.stdout, re.MULTILINE)
    assert tuple(listed) == COMMANDS


@pytest.mark.parametrize("command", ["assign", "batch"])
def test_assign_and_batch_show_the_shared_options(command: str) -> None:
    result = cli(command, "--help")
    assert result.returncode == 0, result.stderr
    for option in SHARED:
        assert re.search(rf"^  {option}\b", result.stdout, re.MULTILINE), (option, result.stdout)
    assert "keyring profile holding the API key (default: default)" in result.stdout
    assert "allowed clock difference (default: 300)" in result.stdout
