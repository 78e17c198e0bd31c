"""The demo's Key Manager stand-in, one per home: its keys, its signing key and its address
are kept in the app's data folder, so history, receipts and the ledger stay true when the
demo is started again (a receipt the demo signed yesterday is still genuine today).

A second copy of the app started with ``--demo`` while the first runs (same data folder)
gets a demo of its own in a temporary folder, removed when it quits (and, after a crash, at
the next start): two servers writing one record of keys would be two truths.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from licensegui.core import paths
from licensegui.core.files import make_private, private_folder, read_state, write_atomically
from licensegui.core.tempdirs import OwnedTempDir, open_lock, remove_leftovers, try_lock
from licensegui.core.text import translate

if TYPE_CHECKING:
    from licensegui.sandbox import SandboxServer

log = logging.getLogger(__name__)

# A temporary demo's folder (a second copy running the demo beside the first).
DEMO_DIR_PREFIX = "licensegui-demo-"
# Enough keys to practise a batch with (File → Batch assign…); topped up at each start.
DEMO_KEYS = 50
_PORT_FILE = "port"
_LOCK_FILE = ".owner.lock"

_LINKED = translate("Demo", "The demo's folder {path} is a symbolic link or not a folder; "
                    "licensegui does not follow it. Move it away to start the demo.")
_UNUSABLE = translate("Demo", "The demo cannot use {path}: {reason}. Move it away to start the "
                      "demo (what the demo assigned before is then forgotten).")


class DemoFolderError(OSError):
    """The demo's folder cannot be used as it is (``str()`` is the sentence to show, a
    :class:`Text` the window translates)."""

    def __init__(self, number: int | None, sentence: str) -> None:
        super().__init__(sentence)
        self.errno = number


def demo_home() -> Path:
    """Where the demo keeps its server's records for this home."""
    return paths.data_dir() / "demo"


@dataclass
class DemoStart:
    """A started demo server and the folder that holds its records."""

    folder: Path
    server: SandboxServer
    # False for a second copy's temporary demo (forgotten at quit).
    persistent: bool
    # The address the demo had before, when its port was taken and it moved.
    moved_from: str | None = None
    _lock: IO[bytes] | None = field(default=None, repr=False)
    _temporary: OwnedTempDir | None = field(default=None, repr=False)

    def cleanup(self) -> None:
        """After the server stopped: a persistent demo's folder is kept (its lock is let
        go); a temporary demo's folder, with its private key, is removed."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        if self._temporary is not None:
            self._temporary.cleanup()
            self._temporary = None


def start_demo_server(temporary: bool = False) -> DemoStart:
    """The demo's server, started on its remembered port (another when that is taken). Its
    key pair is generated on the first start only (tens of ms, more now and then): a front
    runs this on a thread. No Qt in here. Raises OSError with a sentence to show.
    ``temporary``: a demo of its own, forgotten at cleanup (the self-test's, which must not
    use up the user's demo keys)."""
    # A crash (or SIGKILL) skipped an earlier temporary demo's cleanup: its key goes now.
    remove_leftovers(DEMO_DIR_PREFIX)
    home = demo_home()
    lock = None if temporary else _lock_home(home)
    if lock is None:
        if not temporary:
            log.info("another copy runs the demo of %s: this one is temporary", home)
        folder = OwnedTempDir(DEMO_DIR_PREFIX)
        try:
            return DemoStart(folder.path, _serve(folder.path, 0), persistent=False,
                             _temporary=folder)
        except BaseException:
            folder.cleanup()
            raise
    try:
        return _start_in(home, lock)
    except BaseException:
        lock.close()
        raise


def _lock_home(home: Path) -> IO[bytes] | None:
    """The demo folder made (private) and locked for this process; None when another
    running copy holds it. A link or a non-folder in its place is refused, not followed."""
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISDIR(os.lstat(home).st_mode):
            raise DemoFolderError(errno.ELOOP, _LINKED.format(path=home))
    private_folder(home)
    try:
        handle = open_lock(home / _LOCK_FILE)
    except OSError as exc:
        reason = (translate("Demo", "it is not a regular file") if exc.errno == errno.EINVAL
                  else exc.strerror)
        raise DemoFolderError(exc.errno, _UNUSABLE.format(path=home / _LOCK_FILE,
                                                          reason=reason)) from exc
    if try_lock(handle):
        return handle
    handle.close()
    return None


def demo_batches() -> Path | None:
    """The demo's batch journals folder, when it is a real folder of ours (erasing and
    pruning reach into it; a link there would take them elsewhere)."""
    folder = demo_home() / "batches"
    try:
        return folder if stat.S_ISDIR(os.lstat(folder).st_mode) else None
    except OSError:
        return None


def _start_in(home: Path, lock: IO[bytes]) -> DemoStart:
    batches = home / "batches"
    if os.path.lexists(batches) and demo_batches() is None:
        raise DemoFolderError(errno.ELOOP, _UNUSABLE.format(path=batches, reason=translate(
            "Demo", "it is a symbolic link or not a folder, which is not followed")))
    for name in ("sandbox-private.pem", "sandbox-public.pem", _PORT_FILE):
        make_private(home / name)  # an older version's, or a restored backup's (ours)
    port = _remembered_port(home)
    moved_from = None
    try:
        server = _serve(home, port)
    except sqlite3.Error as exc:  # its records damaged (a KeyFileError says its own words)
        raise _unusable(home, exc) from exc
    except OSError as exc:
        if not port or exc.errno not in (errno.EADDRINUSE, errno.EADDRNOTAVAIL) \
                or exc.filename is not None:
            raise _unusable(home, exc) from exc
        log.warning("the demo's port %d is taken; it moves to another", port)
        try:
            server = _serve(home, 0)
        except OSError as again:
            raise _unusable(home, again) from again
        moved_from = server.base_url.replace(f":{server.server_address[1]}/", f":{port}/", 1)
    new_port = int(server.server_address[1])
    if new_port != port:
        try:
            write_atomically(home / _PORT_FILE, f"{new_port}\n")
        except OSError:
            server.stop()
            raise
    return DemoStart(home, server, persistent=True, moved_from=moved_from, _lock=lock)


def _unusable(home: Path, exc: OSError | sqlite3.Error) -> DemoFolderError:
    """What keeps the demo from starting, as a sentence naming the file (SQLite names
    none: then its records)."""
    if isinstance(exc, DemoFolderError):
        return exc
    if isinstance(exc, sqlite3.Error):
        return DemoFolderError(None, _UNUSABLE.format(path=home / "sandbox.sqlite3",
                                                      reason=str(exc)))
    return DemoFolderError(exc.errno, _UNUSABLE.format(path=exc.filename or home,
                                                       reason=exc.strerror or str(exc)))


def _serve(folder: Path, port: int) -> SandboxServer:
    from licensegui.sandbox import SandboxServer

    server = SandboxServer(folder, port=port, keys=DEMO_KEYS)
    return server.start()


def _remembered_port(home: Path) -> int:
    """The port the demo answered on last time; 0 (any) when none is known or it is not a
    port number (a damaged file is no reason to fail: the demo moves, and says so)."""
    try:
        text = read_state(home / _PORT_FILE, 16).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return 0
    return int(text) if text.isdigit() and 1024 <= int(text) <= 65535 else 0


__all__ = ["DEMO_DIR_PREFIX", "DEMO_KEYS", "DemoFolderError", "DemoStart", "demo_batches",
           "demo_home", "start_demo_server"]
