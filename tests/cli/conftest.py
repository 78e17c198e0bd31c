"""Fixtures of the CLI tests: the API key of the test's sandbox, as scripts pass it."""

from __future__ import annotations

import pytest

from licensegui.sandbox import SandboxServer


@pytest.fixture
def env_key(sandbox: SandboxServer) -> dict[str, str]:
    return {"LICENSEGUI_API_KEY": sandbox.state.api_key()}


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The in-process CLI backs off 20 ms before a retry, not 0.5 s: for tests of what a
    failing network does to a batch, where how long the client waits is not what is checked
    (tests/core/http/test_client.py checks that). A CLI started as a process keeps its own."""
    from dataclasses import replace

    from licensegui.core.runtime import RuntimeConfig

    made = RuntimeConfig.client_config

    def quick(self: RuntimeConfig) -> object:
        return replace(made(self), backoff_base_s=0.02, backoff_max_s=0.1)

    monkeypatch.setattr(RuntimeConfig, "client_config", quick)
