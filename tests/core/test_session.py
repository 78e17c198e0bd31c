"""The facade's housekeeping: what a start does to what earlier runs left (issue 29: two
guarantees only the window's subprocess tests noticed, outside the mutation run's scope)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pytest

from licensegui.core.demo import DEMO_DIR_PREFIX, demo_home
from licensegui.core.session import AppSession
from tests.helpers.app import make_attempt


def test_the_demo_removes_a_crashed_runs_folder_and_keeps_a_running_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A SIGKILLed temporary demo (a second copy's) left its folder, with its sandbox's
    private key and API key: the next demo removes it. A folder whose lock a live process
    holds (another running copy) is kept, and so is the home's own demo folder."""
    from licensegui.core.tempdirs import OwnedTempDir

    # tempfile's documented setting for where temporary folders go (TMPDIR, read once).
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    crashed = tmp / f"{DEMO_DIR_PREFIX}crashed"
    crashed.mkdir()
    (crashed / ".owner.lock").write_bytes(b"")  # nobody holds its lock any more
    (crashed / "sandbox-private.pem").write_text("secret")
    running = OwnedTempDir(DEMO_DIR_PREFIX)  # as another running copy holds it
    demo = AppSession.prepare_demo()
    try:
        assert not crashed.exists()
        assert running.path.exists()
        assert demo.persistent and demo.folder == demo_home()
    finally:
        demo.server.stop()
        demo.cleanup()
        running.cleanup()
    assert sorted(tmp.iterdir()) == []
    assert (demo_home() / "sandbox-private.pem").exists()  # the home's demo is kept


def test_pruning_applies_the_retention_setting(tmp_path: Path) -> None:
    """Settings → History "keep N days": older attempts go at start-up (warm_up), newer stay."""
    session = AppSession.load()
    try:
        session.settings.history_keep_days = 30
        history = session.history
        now = time.time()
        history.add(make_attempt(at=now - 31 * 86_400, license_key="OLD-KEY"))
        new = history.add(make_attempt(at=now - 29 * 86_400, license_key="NEW-KEY"))
        assert session.prune_history() == 1
        assert [a.id for a in history.query()] == [new]
        session.settings.history_keep_days = 0  # 0 keeps everything
        assert session.prune_history() == 0 and len(history.query()) == 1
    finally:
        session.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links, FIFOs and owners")
def test_leftover_sweep_never_blocks_follows_or_touches_another_users_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The attacker's pass: any local user could hang every demo start (and its quit) with a
    FIFO as the lock of a /tmp/licensegui-demo-* folder; a link to a folder got a lock file
    made in it."""
    from licensegui.core.tempdirs import remove_leftovers

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    fifo = tmp / f"{DEMO_DIR_PREFIX}fifo"
    fifo.mkdir()
    os.mkfifo(fifo / ".owner.lock")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp / f"{DEMO_DIR_PREFIX}link").symlink_to(elsewhere, target_is_directory=True)
    theirs = tmp / f"{DEMO_DIR_PREFIX}theirs"
    theirs.mkdir()
    if os.getuid() == 0:  # root (CI) can make a folder another user's
        os.chown(theirs, 65534, 65534)
    assert remove_leftovers(DEMO_DIR_PREFIX, tmp) == ([theirs] if os.getuid() != 0 else [])
    assert fifo.exists() and list(elsewhere.iterdir()) == []
    if os.getuid() == 0:
        assert theirs.exists()  # not ours to remove
