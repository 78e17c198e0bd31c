"""SQLite as other platforms build it."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest


def without_default_secure_delete(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections that start with ``secure_delete`` off, as python.org's Windows and macOS
    builds of SQLite do (Debian's turns it on at compile time, which would hide a store that
    forgot to ask for it)."""
    import licensegui.core.db as db

    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        conn.execute("PRAGMA secure_delete=OFF")
        return conn

    monkeypatch.setattr(db.sqlite3, "connect", connect)
