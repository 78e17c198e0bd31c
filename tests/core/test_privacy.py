"""Private by default on POSIX, whatever the umask: licensegui's folders 0700 (older ones
fixed), its files 0600 (SQLite's -wal/-shm too), a folder the user chose left as it is."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from licensegui.core import paths
from licensegui.core.db import open_durable
from licensegui.core.files import (
    PrivateRotatingFileHandler,
    open_private,
    private_folder,
    write_atomically,
)
from licensegui.core.history import HistoryStore
from licensegui.core.settings import Settings, SettingsStore
from tests.helpers.app import make_attempt

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (see docs/privacy.md)")


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_written_files_are_0600_even_over_a_0644_one(tmp_path: Path) -> None:
    out = tmp_path / "results.csv"
    out.write_text("old")
    assert mode(out) == 0o644
    write_atomically(out, "new")
    assert mode(out) == 0o600 and out.read_text() == "new"
    saved = tmp_path / "response.json"
    saved.write_bytes(b"old")
    with open_private(saved, "wb") as handle:
        handle.write(b"{}")
    assert mode(saved) == 0o600


def test_our_folders_are_made_0700_with_their_missing_parents_a_users_folder_is_not(
        tmp_path: Path, isolated_home: Path) -> None:
    batches = private_folder(paths.data_dir() / "batches")
    assert mode(isolated_home) == 0o700  # created here: ours
    assert mode(paths.data_dir()) == 0o700 and mode(batches) == 0o700
    paths.config_dir().mkdir(mode=0o755)
    os.chmod(paths.config_dir(), 0o755)  # as an older version left it
    private_folder(paths.config_dir())
    assert mode(paths.config_dir()) == 0o700
    documents = tmp_path / "Documents"
    documents.mkdir()
    private_folder(documents)
    assert mode(documents) == 0o755  # the user's choice (--journal there): not ours to change


def test_sqlite_files_and_their_wal_and_shm_are_0600(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    conn = open_durable(path, 1.0)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    side = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    assert all(p.exists() for p in side)
    assert [mode(p) for p in (path, *side)] == [0o600] * 3
    conn.close()
    old = tmp_path / "old.sqlite3"
    old.touch(mode=0o644)
    os.chmod(old, 0o644)
    open_durable(old, 1.0).close()
    assert mode(old) == 0o600  # a file an older version made is made private when opened


def test_history_settings_and_the_log_are_private(isolated_home: Path) -> None:
    history = HistoryStore(paths.history_file())
    history.add(make_attempt())
    history.close_all()
    SettingsStore(paths.settings_file()).save(Settings())
    private_folder(paths.log_dir())
    handler = PrivateRotatingFileHandler(paths.log_dir() / "licensegui.log", maxBytes=200,
                                         backupCount=2, encoding="utf-8")
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "x" * 150, None, None)
    for _ in range(3):  # rotates: the new file is private too
        handler.emit(record)
    handler.close()
    found = {p: mode(p) for p in isolated_home.rglob("*")}
    assert len([p for p in found if p.name.startswith("licensegui.log")]) == 3
    assert {p: m for p, m in found.items()
            if m != (0o700 if p.is_dir() else 0o600)} == {}
