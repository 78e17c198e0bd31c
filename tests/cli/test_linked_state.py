"""State files that are links (or not files) are refused, and what they point to is left
exactly as it was (issue 30, item 5): SQLite follows symbolic links, so a history or a journal
linked to another file was read as damaged, copied into ``*.damaged-…`` and replaced — as root
against /etc/passwd that copies the system's users into our folder. Every state file and its
``-wal``/``-shm`` is checked before SQLite opens it, and nothing is sent."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from licensegui.sandbox import SandboxServer
from tests.helpers.cli import assign, cli

pytestmark = pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges there")


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """Someone else's file, 0644, that a link in our folder points to."""
    path = tmp_path / "victim" / "passwd"
    path.parent.mkdir()
    path.write_text("root:x:0:0:root:/root:/bin/bash\n")
    path.chmod(0o644)
    return path


def _untouched(victim: Path) -> None:
    assert victim.read_text() == "root:x:0:0:root:/root:/bin/bash\n"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    assert sorted(p.name for p in victim.parent.iterdir()) == ["passwd"]


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_a_linked_history_is_refused_and_its_target_left_alone(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path, victim: Path,
        suffix: str) -> None:
    data = isolated_home / "data"
    data.mkdir(parents=True)
    link = data / f"history.sqlite3{suffix}"
    link.symlink_to(victim)
    result = assign(sandbox, sandbox.base_url, sandbox.state.available_keys()[0], env_key)
    assert result.returncode == 2, result.stderr
    assert f"{link} cannot be used: it is a symbolic link, which is not followed" in \
        result.stderr
    assert sandbox.seen.requests == 0  # nothing sent without a history to record it in
    _untouched(victim)
    assert link.is_symlink()  # not ours to remove either
    assert not [p for p in data.iterdir() if ".damaged" in p.name]


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_a_linked_journal_is_refused_and_its_target_left_alone(
        sandbox: SandboxServer, env_key: dict[str, str], tmp_path: Path, victim: Path,
        suffix: str) -> None:
    orders = tmp_path / "orders.csv"
    orders.write_text("license_key,owner_name,owner_email\r\n"
                      f"{sandbox.state.available_keys()[0]},Ann,ann@example.com\r\n")
    journal = tmp_path / "orders.journal"
    Path(f"{journal}{suffix}").symlink_to(victim)
    result = cli("batch", str(orders), "--base-url", sandbox.base_url, "--global-key",
                 str(sandbox.public_key_path), "--journal", str(journal), env=env_key)
    assert result.returncode == 2, result.stderr
    assert "it is a symbolic link, which is not followed" in result.stderr
    assert sandbox.seen.requests == 0
    _untouched(victim)


def test_a_fifo_in_place_of_the_history_is_refused_without_blocking(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    data = isolated_home / "data"
    data.mkdir(parents=True)
    os.mkfifo(data / "history.sqlite3")
    result = assign(sandbox, sandbox.base_url, sandbox.state.available_keys()[0], env_key)
    assert result.returncode == 2, result.stderr
    assert "cannot be used: it is not a regular file" in result.stderr
    assert sandbox.seen.requests == 0


def test_history_and_journal_export_refuse_a_link_and_read_nothing_through_it(
        isolated_home: Path, victim: Path, tmp_path: Path) -> None:
    data = isolated_home / "data"
    data.mkdir(parents=True)
    (data / "history.sqlite3").symlink_to(victim)
    exported = cli("history", "export", "--out", str(tmp_path / "h.csv"))
    assert exported.returncode == 2, exported.stderr
    assert "cannot be used: it is a symbolic link" in exported.stderr
    journal = tmp_path / "j.sqlite3"
    journal.symlink_to(victim)
    rows = cli("journal", "export", str(journal), "--out", str(tmp_path / "rows.csv"))
    assert rows.returncode == 2 and "it is a symbolic link" in rows.stderr, rows.stderr
    assert not (tmp_path / "h.csv").exists() and not (tmp_path / "rows.csv").exists()
    _untouched(victim)


def test_an_output_that_is_a_fifo_or_a_device_is_refused_not_replaced(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    """`--out /dev/null` as root replaced the device with a file of results."""
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    targets = [fifo]
    if os.geteuid() == 0:
        device = tmp_path / "null"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        targets.append(device)
    orders = tmp_path / "orders.csv"
    orders.write_text("license_key,owner_name,owner_email\r\nK-1,Ann,ann@example.com\r\n")
    for target in targets:
        kind = stat.S_IFMT(target.lstat().st_mode)
        for args in (["history", "export", "--out", str(target)],
                     ["batch", str(orders), "--base-url", sandbox.base_url, "--global-key",
                      str(sandbox.public_key_path), "--out", str(target)]):
            result = cli(*args, env=env_key)
            assert result.returncode == 2, (args, result.stderr)
            assert "it is not a regular file" in result.stderr, result.stderr
            assert stat.S_IFMT(target.lstat().st_mode) == kind  # still what it was
    assert sandbox.seen.requests == 0


def test_an_input_that_is_a_fifo_is_a_sentence_not_a_hang(
        tmp_path: Path, sandbox: SandboxServer) -> None:
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    key = str(sandbox.public_key_path)
    for args in (["batch", "--check", str(fifo)], ["batch", "--check", "/dev/zero"],
                 ["verify", str(fifo), "--global-key", key],
                 ["verify", "--receipts", str(fifo), "--global-key", key],
                 ["verify", str(key), "--global-key", str(fifo)]):
        result = cli(*args, process=True, timeout=30)
        assert result.returncode == 2, (args, result.stderr)
        assert "not a regular file" in result.stderr, (args, result.stderr)
