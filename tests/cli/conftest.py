"""Fixtures of the CLI tests: the API key of the test's sandbox, as scripts pass it."""

from __future__ import annotations

import pytest

from licensegui.sandbox import SandboxServer


@pytest.fixture
def env_key(sandbox: SandboxServer) -> dict[str, str]:
    return {"LICENSEGUI_API_KEY": sandbox.state.api_key()}
