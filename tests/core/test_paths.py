"""One variable moves every folder; without it, the OS's own places."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from licensegui.core import paths


def test_licensegui_home_moves_every_folder(isolated_home: Path) -> None:
    assert paths.config_dir() == isolated_home / "config"
    assert paths.data_dir() == isolated_home / "data"
    assert paths.log_dir() == isolated_home / "logs"
    assert paths.settings_file() == isolated_home / "config" / "settings.json"
    assert paths.history_file() == isolated_home / "data" / "history.sqlite3"


def test_without_it_the_platforms_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.HOME_ENV)
    assert paths.config_dir() == Path(platformdirs.user_config_dir("licensegui",
                                                                   appauthor=False))
    assert paths.data_dir() == Path(platformdirs.user_data_dir("licensegui", appauthor=False))
    assert paths.log_dir() == Path(platformdirs.user_log_dir("licensegui", appauthor=False))
