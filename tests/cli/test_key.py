"""``licensegui-cli key``: the API key in the OS keyring, refused where it would not last."""

from __future__ import annotations

from tests.helpers.cli import cli


def test_key_set_refused_without_keyring() -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    status = cli("key", "status", env=env)
    assert status.returncode == 1 and "kept for this session only" in status.stdout
    result = cli("key", "set", "--profile", "p", env=env, stdin=b"abc-123\n")
    assert result.returncode == 2 and "LICENSEGUI_API_KEY" in result.stderr

