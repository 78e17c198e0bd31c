"""Secret-holding temporary folders: removed on cleanup, and after a killed process at the
next start — but never while their process still runs."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from licensegui.core.tempdirs import OwnedTempDir, remove_leftovers

PREFIX = "licensegui-test-tempdirs-"


def test_cleanup_removes_the_folder_and_is_idempotent() -> None:
    owned = OwnedTempDir(PREFIX)
    (owned.path / "secret.pem").write_text("x")
    owned.cleanup()
    owned.cleanup()
    assert not owned.path.exists()


def test_a_killed_owners_folder_is_removed_a_live_ones_kept(tmp_path: Path) -> None:
    # The other process is really killed (SIGKILL): no cleanup code of its own runs.
    code = textwrap.dedent(f"""
        import sys, tempfile
        tempfile.tempdir = {str(tmp_path)!r}
        from licensegui.core.tempdirs import OwnedTempDir
        owned = OwnedTempDir({PREFIX!r})
        (owned.path / "secret.pem").write_text("x")
        print(owned.path, flush=True)
        sys.stdin.read()  # alive until the test is done with it (it kills this process)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        theirs = Path(child.stdout.readline().strip())
        assert theirs.is_dir()
        assert remove_leftovers(PREFIX, tmp_path) == []  # its owner still runs
        assert theirs.is_dir()
    finally:
        child.kill()
        child.communicate(timeout=10)  # and its pipes closed
    assert remove_leftovers(PREFIX, tmp_path) == [theirs]
    assert not theirs.exists()


def test_our_own_live_folder_is_kept(tmp_path: Path) -> None:
    import tempfile

    previous = tempfile.tempdir
    tempfile.tempdir = str(tmp_path)
    try:
        owned = OwnedTempDir(PREFIX)
    finally:
        tempfile.tempdir = previous
    try:
        # flock is per open file description: a second open in this process cannot take it.
        assert remove_leftovers(PREFIX, tmp_path) == []
        assert owned.path.is_dir()
    finally:
        owned.cleanup()
