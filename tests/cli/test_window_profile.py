"""A window profile on the command line (issue 28, item 9): `--profile NAME` takes the
server's address and public keys from the window's Settings, so a reseller does not retype
them; --base-url and --global-key still win when given."""

from __future__ import annotations

import json
from pathlib import Path

from licensegui.core import paths
from licensegui.core.settings import Profile, Settings, SettingsStore
from licensegui.sandbox import SandboxServer
from tests.helpers.cli import cli


def _settings_with(sandbox: SandboxServer) -> None:
    SettingsStore(paths.settings_file()).save(Settings(profiles=[Profile(
        "Acme", sandbox.base_url, {"global": sandbox.signer.public_pem()})]))


def test_assign_and_batch_with_a_window_profile(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path,
        tmp_path: Path) -> None:
    _settings_with(sandbox)
    keys = sandbox.state.available_keys()[:2]
    result = cli("assign", "--profile", "Acme", "--license-key", keys[0], "--owner-name", "Ann",
                 "--email", "ann@example.com", "--json", env=env_key)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["outcome"] == "assigned"
    orders = tmp_path / "orders.csv"
    orders.write_text(f"license_key,owner_name,owner_email\r\n{keys[1]},Bo,bo@example.com\r\n")
    batch = cli("batch", str(orders), "--profile", "Acme", env=env_key)
    assert batch.returncode == 0, batch.stderr
    assert sandbox.state.assignment(keys[1]) == ("Bo", "bo@example.com")


def test_without_such_a_profile_it_says_what_to_give(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    _settings_with(sandbox)
    result = cli("assign", "--profile", "Nobody", "--license-key", "K-1", "--owner-name", "A",
                 "--email", "a@example.com", env=env_key)
    assert result.returncode == 2
    assert "or --profile naming a profile of the window's Settings" in result.stderr
    assert sandbox.seen.requests == 0
