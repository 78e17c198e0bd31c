"""``licensegui-cli assign`` says the window's headline and next step (issue 19): the same
words for a script's log as on screen; the JSON gains ``headline`` and ``next_step`` only."""

from __future__ import annotations

import json

from licensegui.sandbox import SandboxServer
from tests.helpers.cli import assign, cli


def test_json_carries_the_headline_and_next_step(sandbox: SandboxServer,
                                                 env_key: dict[str, str]) -> None:
    key = sandbox.state.available_keys()[0]
    first = json.loads(assign(sandbox, sandbox.base_url, key, env_key).stdout)
    assert first["headline"] == "Assigned" and first["next_step"] is None
    refused = json.loads(assign(sandbox, sandbox.base_url, "ffffffff-0000-4000-8000-000000000000",
                                env_key).stdout)
    assert refused["headline"] == "Refused" and refused["outcome"] == "refused"
    assert "vendor's portal" in refused["next_step"]


def test_text_output_ends_with_the_outcome_and_what_to_do(sandbox: SandboxServer) -> None:
    result = cli("assign", "--base-url", sandbox.base_url, "--license-key",
                 sandbox.state.available_keys()[0], "--owner-name", "Test User", "--email",
                 "test@example.com", "--global-key", str(sandbox.public_key_path),
                 env={"LICENSEGUI_API_KEY": "not-the-right-key"})
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-2] == "  Outcome: ⚙ API key refused"
    assert lines[-1].startswith("  Next step: The server refused the API key, not the license "
                                "key: check the API key in Settings")
