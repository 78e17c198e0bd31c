"""Owners' names and emails readable by the user alone: after a real assign, a batch (one
of them SIGKILLed, so SQLite's -wal and -shm are left to look at), a history export and a
journal export under the usual umask 022, every folder under LICENSEGUI_HOME is 0700 and
every file 0600 — and the results, receipts and exports written elsewhere are 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from licensegui.sandbox import SandboxServer
from tests.helpers.cli import assign, cli, start_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (see docs/privacy.md)")


@pytest.fixture
def umask_022() -> Iterator[None]:
    """What most systems start a session with: new files 0644, folders 0755. The CLI
    processes started by the test inherit it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _modes(root: Path) -> dict[str, str]:
    """Every folder and file under ``root`` (not ``root`` itself) with its mode, octal."""
    found = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            found[str(path.relative_to(root))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def _orders(path: Path, keys: list[str]) -> Path:
    lines = ["License Key;Owner Name;E-mail"]
    lines += [f"{k};Ówner {i};o{i}@example.com" for i, k in enumerate(keys)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_everything_under_home_is_private_whatever_the_umask(
        umask_022: None, tmp_path: Path, isolated_home: Path, sandbox: SandboxServer,
        env_key: dict[str, str]) -> None:
    sandbox.state.ensure_available(60)
    keys = sandbox.state.available_keys()[:60]
    assert assign(sandbox, sandbox.base_url, keys[0], env_key).returncode == 0
    exports = tmp_path / "exports"  # the user's own folder: its mode is theirs
    exports.mkdir()
    pem = str(sandbox.public_key_path)
    done = cli("batch", str(_orders(tmp_path / "a.csv", keys[1:4])), "--base-url",
               sandbox.base_url, "--global-key", pem, "--out", str(exports / "results.csv"),
               "--receipts", str(exports / "receipts.jsonl"), env=env_key)
    assert done.returncode == 0, done.stderr
    # A batch killed mid-run: its journal's and the history's -wal and -shm stay behind.
    sandbox.faults.delay_s = 0.05
    proc = start_cli(["batch", str(_orders(tmp_path / "b.csv", keys[4:])), "--base-url",
                      sandbox.base_url, "--global-key", pem], env_key)
    assert sandbox.seen.wait_for(lambda seen: len(seen.assignments) >= 8)
    proc.kill()
    proc.communicate(timeout=10)
    at_kill = _modes(isolated_home)  # the next process to open them folds the -wal in
    exported = cli("history", "export", "--out", str(exports / "history.csv"))
    assert exported.returncode == 0, exported.stderr
    killed = max((isolated_home / "data" / "batches").glob("*.sqlite3"),
                 key=lambda p: p.stat().st_mtime)
    rows = cli("journal", "export", str(killed), "--out", str(exports / "rows.csv"))
    assert rows.returncode == 0, rows.stderr
    found = at_kill | _modes(isolated_home)
    sidecars = [name for name in found if name.endswith(("-wal", "-shm"))]
    assert any(name.startswith("data/batches/") for name in sidecars), found
    assert "data/history.sqlite3-wal" in found, found
    for folder in ("config", "data", "data/batches"):
        if (isolated_home / folder).exists():
            assert found[folder] == "0o700", (folder, found[folder])
    wrong = {name: mode for name, mode in found.items()
             if mode != ("0o700" if (isolated_home / name).is_dir()
                         or "." not in name.rsplit("/", 1)[-1] else "0o600")}
    assert wrong == {}, wrong
    for name in ("results.csv", "receipts.jsonl", "history.csv", "rows.csv"):
        assert oct(stat.S_IMODE((exports / name).stat().st_mode)) == "0o600", name
    assert oct(stat.S_IMODE(exports.stat().st_mode)) == "0o755"  # the user's folder: as it was


def test_erasing_an_owner_scrubs_finished_journals_and_refuses_a_running_one(
        tmp_path: Path, isolated_home: Path, sandbox: SandboxServer,
        env_key: dict[str, str]) -> None:
    sandbox.state.ensure_available(40)
    keys = sandbox.state.available_keys()[:40]
    pem = str(sandbox.public_key_path)
    finished = cli("batch", str(_orders(tmp_path / "a.csv", keys[:3])), "--base-url",
                   sandbox.base_url, "--global-key", pem, env=env_key)
    assert finished.returncode == 0, finished.stderr
    (journal,) = (isolated_home / "data" / "batches").glob("*.sqlite3")
    assert b"o1@example.com" in journal.read_bytes()
    # A second batch, running (slowly) while the owner is erased; its owner o1 too.
    before = sandbox.seen.requests
    sandbox.faults.delay_s = 0.2
    running = start_cli(["batch", str(_orders(tmp_path / "b.csv", keys[3:])), "--base-url",
                         sandbox.base_url, "--global-key", pem], env_key)
    try:
        assert sandbox.seen.wait_for(lambda seen: seen.requests >= before + 2)
        assert running.poll() is None, "the second batch should still be running"
        erased = cli("history", "erase", "--email", "O1@example.com")
        (held,) = set((isolated_home / "data" / "batches").glob("*.sqlite3")) - {journal}
        busy = cli("journal", "export", str(held), "--out", str(tmp_path / "rows.csv"))
    finally:
        running.kill()
        running.communicate(timeout=10)
    assert "Traceback" not in erased.stderr, erased.stderr
    assert erased.returncode == 1, erased.stderr  # one journal could not be erased from
    assert "is in use by a running batch" in erased.stderr
    assert busy.returncode == 2 and "is in use by another licensegui" in busy.stderr, busy.stderr
    assert "Erased them from 1 row(s) of 1 batch journal(s)" in erased.stdout
    data = journal.read_bytes()
    # Gone from the file itself, freed pages included (secure_delete), not only from rows.
    assert b"o1@example.com" not in data and "Ówner 1".encode() not in data
    assert b"o2@example.com" in data  # the other owners stay
    rerun = cli("batch", str(tmp_path / "a.csv"), "--base-url", sandbox.base_url,
                "--global-key", pem, "--out", str(tmp_path / "r.csv"), env=env_key)
    assert rerun.returncode == 0, rerun.stderr  # a scrubbed journal still writes its results
    assert "[erased]" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
