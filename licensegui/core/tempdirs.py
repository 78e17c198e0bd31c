"""Temporary folders that hold secrets (the demo sandbox's private key and API key) and are
removed on every exit path — and, when a crash skipped that, at the next start.

Each folder holds an open, OS-locked file for as long as its process lives. The lock dies with
the process however it ends (even SIGKILL), so a folder whose lock can be taken belongs to
nobody any more and is removed; one still locked belongs to another running copy and is kept.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

_LOCK_NAME = ".owner.lock"


def try_lock(handle: IO[bytes]) -> bool:
    """Take ``handle``'s file's OS lock without waiting; False when another holder has it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class OwnedTempDir:
    """A temporary folder this process owns; :meth:`cleanup` removes it (idempotent)."""

    def __init__(self, prefix: str) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=prefix))
        self._lock: IO[bytes] | None = open(self.path / _LOCK_NAME, "wb")  # noqa: SIM115  # held for our lifetime
        if not try_lock(self._lock):  # a fresh file nobody else knows: cannot happen
            log.warning("could not lock %s", self.path)

    def cleanup(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        shutil.rmtree(self.path, ignore_errors=True)


def remove_leftovers(prefix: str, root: Path | None = None) -> list[Path]:
    """Remove ``prefix*`` folders left by processes that are gone; returns what was removed."""
    base = root or Path(tempfile.gettempdir())
    removed: list[Path] = []
    for folder in base.glob(f"{prefix}*"):
        if not _ours(folder):
            continue  # a link, a file, or another user's folder in a shared /tmp
        try:
            handle = open_lock(folder / _LOCK_NAME)
        except OSError:
            continue  # not ours, not readable, or no lock of ours: leave it alone
        with handle:
            if not try_lock(handle):
                continue  # another running copy owns it
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
            log.info("removed a leftover temporary folder %s", folder)
    return removed


_LOCK_FLAGS = (os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_NONBLOCK", 0))


def open_lock(path: Path) -> IO[bytes]:
    """``path``, a lock file (made ``0600`` if missing), opened to take its lock with
    :func:`try_lock`: never through a link, never blocking on a FIFO put in its place.
    Raises OSError (``EINVAL`` when it is no regular file)."""
    fd = os.open(path, _LOCK_FLAGS, 0o600)
    handle = os.fdopen(fd, "ab")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        handle.close()
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    return handle


def _ours(folder: Path) -> bool:
    """A real folder (not a link to one) that this user owns."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    return sys.platform == "win32" or info.st_uid == os.getuid()


__all__ = ["OwnedTempDir", "open_lock", "remove_leftovers", "try_lock"]
