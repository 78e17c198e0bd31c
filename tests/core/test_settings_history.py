from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from licensegui.core.history import HistoryStore
from licensegui.core.history_export import export_csv
from licensegui.core.settings import Profile, Settings, SettingsStore
from tests.helpers.app import make_attempt
from tests.helpers.logfail import LogFailHandler


def test_settings_round_trip_without_demo_profiles(tmp_path: Path, fixtures_dir: Path) -> None:
    store = SettingsStore(tmp_path / "cfg" / "settings.json")
    pem = (fixtures_dir / "global-public.pem").read_text()
    settings = Settings(
        profiles=[Profile("Vendor", "https://v.example/api/v1", {"global": pem}),
                  Profile("Demo", "http://127.0.0.1:1/api/v1", demo=True)],
        last_profile="Vendor", replay_window_s=120, timeout_s=12.5,
    )
    store.save(settings)
    loaded, warning = store.load()
    assert warning is None
    assert [p.name for p in loaded.profiles] == ["Vendor"]
    assert loaded.profiles[0].trust_store().labels() == ["global"]
    assert (loaded.replay_window_s, loaded.timeout_s, loaded.last_profile) == (120, 12.5, "Vendor")


def test_damaged_settings_are_kept_aside(tmp_path: Path, expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.settings", r"settings file damaged")
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    settings, warning = SettingsStore(path).load()
    assert settings.profiles == [] and warning and "damaged" in warning
    kept = list(tmp_path.glob("settings.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text() == "{not json"


def test_profile_with_unloadable_key_is_skipped_not_fatal(expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.settings", r"profile X: global key unusable")
    profile = Profile("X", "https://x.example", {"global": "garbage"})
    assert profile.trust_store().labels() == []


_attempt = make_attempt


def test_history_in_a_real_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    history = HistoryStore(path)
    history.add(_attempt())
    history.add(_attempt(license_key="zzzz-9", code=801, message="Invalid or already assigned"))
    history.add(_attempt(license_key="evil", verified=False, reason="signature_mismatch",
                         owner_name="=HYPERLINK(\"x\")"))
    assert [a.license_key for a in history.query()] == ["evil", "zzzz-9", "abcd-1"]
    assert [a.license_key for a in history.query(verified=False)] == ["evil"]
    assert [a.license_key for a in history.query(code=801)] == ["zzzz-9"]
    assert [a.license_key for a in history.query(text="zzz")] == ["zzzz-9"]
    assert history.query(text="%") == []  # LIKE wildcards are literal
    first = history.get(1)
    assert first is not None and first.raw_body == b"{}"
    history.close()
    columns = [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(attempts)")]
    assert not any("api" in c for c in columns)


def test_csv_export_neutralises_formulas(tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    history.add(_attempt(owner_name="=cmd|' /C calc'!A0", code=-1))
    rows = list(csv.reader(io.StringIO(export_csv(history.query()))))
    assert rows[0][0] == "id"
    owner = rows[1][rows[0].index("owner_name")]
    assert owner.startswith("'=")
    assert rows[1][rows[0].index("code")] == "-1"


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_export_neutralises_every_formula_prefix(tmp_path: Path, prefix: str) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    history.add(_attempt(owner_name=prefix + "SUM(A1)", message=prefix + "cmd"))
    rows = list(csv.reader(io.StringIO(export_csv(history.query()))))
    header = rows[0]
    assert rows[1][header.index("owner_name")] == "'" + prefix + "SUM(A1)"
    assert rows[1][header.index("message")] == "'" + prefix + "cmd"


@pytest.mark.parametrize("text", [
    '{"profiles": ["x"]}',
    '{"profiles": {"a": 1}}',
    '{"profiles": [{"name": "A"}]}',
    '{"profiles": [{"name": "A", "base_url": "http://vendor.example"}]}',
    '{"profiles": [{"name": "A", "base_url": "https://v.example", "keys": ["pem"]}]}',
    '{"profiles": [{"name": "A", "base_url": "https://v.example", "keys": {"evil": "x"}}]}',
    '{"profiles": [{"name": 5, "base_url": "https://v.example"}]}',
    '{"profiles": [{"name": "A", "base_url": "https://v.example"},'
    ' {"name": "A", "base_url": "https://w.example"}]}',
    '{"timeout_s": "30"}', '{"timeout_s": true}', '{"timeout_s": 0}', '{"timeout_s": 1e999}',
    '{"replay_window_s": 2.5}', '{"replay_window_s": 999999}', '{"replay_window_s": null}',
    '{"last_profile": 3}', '{"window_geometry": []}', '{"schema": 99}', '[]', '"x"',
    '{"language": 7}', '{"language": ["de"]}',
    '[' * 100_000,
])
def test_settings_of_the_wrong_shape_are_set_aside(tmp_path: Path, text: str,
        expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.settings", r"settings file damaged")
    path = tmp_path / "settings.json"
    path.write_text(text)
    settings, warning = SettingsStore(path).load()
    assert settings == Settings()
    assert warning and "damaged" in warning
    kept = list(tmp_path.glob("settings.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text() == text
    assert not path.exists()


def test_the_language_choice_is_kept_and_an_unknown_one_follows_the_system(
        tmp_path: Path, expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.settings", r"unknown language 'it'")
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.save(Settings(language="fr"))
    assert json.loads(path.read_text())["language"] == "fr"
    assert store.load() == (Settings(language="fr"), None)
    # A language a newer version ships: this one follows the OS, and keeps the profiles.
    path.write_text('{"schema": 1, "language": "it", "profiles": [{"name": "A", "base_url": '
                    '"https://v.example/api/v1", "keys": {}}]}')
    settings, warning = store.load()
    assert warning is None and settings.language == ""
    assert [p.name for p in settings.profiles] == ["A"]


def test_settings_of_the_right_shape_load_as_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"schema": 1, "profiles": [{"name": "A", "base_url": '
                    '"https://v.example/api/v1", "keys": {}}], "timeout_s": 600, '
                    '"replay_window_s": 5, "last_profile": "A", "window_geometry": null}')
    settings, warning = SettingsStore(path).load()
    assert warning is None
    assert [(p.name, p.base_url) for p in settings.profiles] == [("A", "https://v.example/api/v1")]
    assert (settings.timeout_s, settings.replay_window_s) == (600.0, 5)
