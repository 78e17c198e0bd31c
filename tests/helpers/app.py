"""Set-ups of the app's own state for tests: the fixtures folder, a sandbox session,
history rows, the translation catalogs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

# Public documentation data (the docs installation's responses and global key), kept in the
# repository so a fresh clone tests itself with nothing beside it.
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "keymanager"


PROFILE = "Test vendor"


def sandbox_context(sandbox: Any) -> Any:
    """A fresh AppSession (settings, history from LICENSEGUI_HOME) whose one profile points at
    ``sandbox``, its API key in the keyring."""
    from licensegui.core.session import AppSession
    from licensegui.core.settings import Profile

    context = AppSession.load()
    context.settings.profiles = [
        Profile(PROFILE, sandbox.base_url, {"global": sandbox.signer.public_pem()})]
    context.settings.last_profile = PROFILE
    context.secrets.set(PROFILE, sandbox.state.api_key())
    return context


def make_attempt(**over: Any) -> Any:
    """A history row with plausible values; keyword arguments replace any of them."""
    from licensegui.core.history import Attempt

    base: dict[str, Any] = dict(
        at=1_700_000_000.0, profile="Vendor", base_url="https://v.example/api/v1",
        license_key="abcd-1", owner_name="Test User", email="t@example.com", http_status=200,
        code=800, message="License key assigned", verified=True, reason="verified",
        detail="ok", elapsed_ms=12, idempotency_key="k", raw_body=b"{}")
    base.update(over)
    return Attempt(**base)


def packaging_module(name: str) -> ModuleType:
    """``packaging/NAME.py``, loaded by path: that folder is no package, and its name would
    clash with PyPI's ``packaging``."""
    path = Path(__file__).resolve().parent.parent.parent / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and the like look their module up there
    spec.loader.exec_module(module)
    return module


def catalogs_module() -> ModuleType:
    """packaging/catalogs.py (compiles and checks the translation catalogs)."""
    return packaging_module("catalogs")


def wait_for_log(log: Path, text: str, timeout_s: float = 60, times: int = 1) -> bool:
    """Whether ``text`` appears in the log file (``times`` times: a second run in the same
    home writes to the same log) within ``timeout_s`` (polled; the app writes it from
    another process)."""
    from tests.helpers.waiting import became_true

    return became_true(lambda: log.exists() and log.read_text().count(text) >= times,
                       timeout_s)


def start_app(home: Path, *args: str, timeout_s: float = 120) -> Any:
    """The real app started as a user starts it (``python -m licensegui``, offscreen) with
    ``--startup-probe``: it prints "shown" once its window is on screen, then quits."""
    import os
    import subprocess

    env = {**os.environ, "LICENSEGUI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "licensegui", "--startup-probe", *args],
                          env=env, capture_output=True, text=True, timeout=timeout_s,
                          stdin=subprocess.DEVNULL, check=False)


def age_history(path: Path, seconds: float) -> None:
    """Move every time the history at ``path`` recorded ``seconds`` into the past: as if that
    much time had passed since, for the checks decided by time (replay, the idempotency
    window) — without the test waiting for the clock."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE attempts SET at = at - ?,"
                         " received_at = received_at - ?", (seconds, seconds))
            conn.execute("UPDATE requests SET first_sent_at = first_sent_at - ?", (seconds,))
    finally:
        conn.close()
