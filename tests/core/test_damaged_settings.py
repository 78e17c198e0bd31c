"""A settings file that is not valid UTF-8 (Latin-1, random bytes) or not an object is set
aside and said once — the window still starts; one with a UTF-8 BOM (Notepad's) is read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from licensegui.core.settings import Settings, SettingsStore
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


@pytest.mark.skipif(os.name != "posix", reason="links, FIFOs and devices as POSIX has them")
def test_a_linked_settings_file_is_neither_followed_nor_changed(tmp_path: Path) -> None:
    """settings.json as a link to another file (as root, /etc/passwd): that file is not
    read, not made 0600, not copied aside (issue 30, item 5)."""
    target = tmp_path / "someone-elses.json"
    target.write_text('{"timeout_s": 5}')
    target.chmod(0o644)
    path = tmp_path / "settings.json"
    path.symlink_to(target)
    settings, warning = SettingsStore(path).load()
    assert settings.timeout_s != 5 and warning and "symbolic link" in warning
    assert target.stat().st_mode & 0o777 == 0o644 and target.read_text() == '{"timeout_s": 5}'
    assert path.is_symlink() and sorted(p.name for p in tmp_path.iterdir()) == [
        "settings.json", "someone-elses.json"]


@pytest.mark.skipif(os.name != "posix", reason="links, FIFOs and devices as POSIX has them")
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "huge"])
def test_settings_that_are_no_small_regular_file_are_refused_at_once(
        tmp_path: Path, kind: str) -> None:
    """A FIFO blocked the start for ever; /dev/zero was read until memory ran out (2.7 GB,
    then MemoryError); a huge file too (issue 30, item 8): a sentence and the defaults."""
    path = tmp_path / "settings.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "huge":
        path.write_bytes(b" " * (2 * 1024 * 1024) + b"{}")
    else:
        path.symlink_to(kind)
    settings, warning = SettingsStore(path).load()
    assert settings == Settings() and warning
    assert ("not a regular file" in warning or "larger than" in warning
            or "symbolic link" in warning), warning
