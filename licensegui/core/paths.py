"""Where licensegui keeps things on each OS (platformdirs), overridable for tests and QA."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "licensegui"
# One variable moves every folder at once: tests, portable use, or a QA sandbox profile.
HOME_ENV = "LICENSEGUI_HOME"


def _root(kind: str) -> Path | None:
    home = os.environ.get(HOME_ENV)
    return Path(home) / kind if home else None


def config_dir() -> Path:
    return _root("config") or Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return _root("data") or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return _root("logs") or Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def history_file() -> Path:
    return data_dir() / "history.sqlite3"
