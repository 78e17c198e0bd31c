"""A settings file that is not valid UTF-8 (Latin-1, random bytes) or not an object is set
aside and said once — the window still starts; one with a UTF-8 BOM (Notepad's) is read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from licensegui.core.settings import SettingsStore
from tests.helpers.app import start_app
from tests.helpers.logfail import LogFailHandler

GOOD = {"schema": 1, "profiles": [{"name": "Vendor", "base_url": "https://v.example/api/v1",
                                   "keys": {}}], "last_profile": "Vendor"}

DAMAGED = {
    "invalid UTF-8": b'{"profiles": [], "last_profile": "\xff\xfe"}',
    "Latin-1": '{"profiles": [{"name": "Jörg"}]}'.encode("latin-1"),
    "random bytes": os.urandom(512),
    "not an object": b"[1, 2, 3]",
    "a BOM then Latin-1": b"\xef\xbb\xbf" + "{\"x\": \"é\"}".encode("latin-1"),
}


@pytest.mark.parametrize("name", list(DAMAGED))
def test_damaged_settings_are_set_aside_and_said(tmp_path: Path, name: str,
        expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.settings", r"settings file damaged")
    path = tmp_path / "settings.json"
    path.write_bytes(DAMAGED[name])
    settings, warning = SettingsStore(path).load()
    assert settings.profiles == [] and warning and "damaged" in str(warning)
    (kept,) = tmp_path.glob("settings.json.damaged-*")
    assert kept.read_bytes() == DAMAGED[name] and not path.exists()
    _again, second = SettingsStore(path).load()
    assert second is None  # said once: the next start finds no file, and says nothing


def test_two_damaged_files_in_one_second_are_both_kept(tmp_path: Path,
        expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.settings", r"settings file damaged")
    path = tmp_path / "settings.json"
    for content in (b"\xff", b"\xfe"):
        path.write_bytes(content)
        SettingsStore(path).load()
    assert sorted(p.read_bytes() for p in tmp_path.glob("settings.json.damaged-*")) == [
        b"\xfe", b"\xff"]


def test_a_bom_as_notepad_saves_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode("utf-8"))
    settings, warning = SettingsStore(path).load()
    assert warning is None and [p.name for p in settings.profiles] == ["Vendor"]
    assert path.exists() and not list(tmp_path.glob("*.damaged-*"))


def test_the_window_starts_over_settings_of_invalid_utf8(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    settings = home / "config" / "settings.json"
    settings.write_bytes(DAMAGED["invalid UTF-8"])
    started = start_app(home)
    assert "Traceback" not in started.stderr, started.stderr
    assert started.returncode == 0 and "shown" in started.stdout, started.stderr
    (kept,) = (home / "config").glob("settings.json.damaged-*")
    assert kept.read_bytes() == DAMAGED["invalid UTF-8"]
    log = (home / "logs" / "licensegui.log").read_text(encoding="utf-8")
    assert "settings file damaged" in log
    again = start_app(home)  # and every later start too
    assert again.returncode == 0 and "shown" in again.stdout, again.stderr
