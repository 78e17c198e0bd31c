"""Files that are whole and private: a crash mid-write leaves the previous file (or none),
never half; what licensegui writes is readable by the user alone (POSIX modes, see
docs/privacy.md); temporary files a killed run left behind are removed at the next start."""

from __future__ import annotations

import contextlib
import errno
import logging
import logging.handlers
import os
import re
import stat
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TextIO

from licensegui.core import paths
from licensegui.core.tempdirs import try_lock
from licensegui.core.text import translate

log = logging.getLogger(__name__)

#: Folders (config, data, batches, logs): the user alone may list or enter them.
FOLDER_MODE = 0o700
#: Files in them, and results, receipts and exports written anywhere: the user alone reads.
FILE_MODE = 0o600
#: What SQLite keeps beside a database; a temporary journal leaves these too when killed.
SIDECARS = ("-wal", "-shm", "-journal")
_POSIX = os.name == "posix"
#: ``.NAME.8hex.tmp``, as :func:`temporary_beside` names them, and its ``.lock``.
_TEMPORARY = re.compile(r"^(\..+\.[0-9a-f]{8}\.tmp)(\.lock)?$")

# The temporaries this process is writing now. The sweep skips them without opening them:
# closing any descriptor of a file drops every POSIX lock this process holds on it, SQLite's
# included, so the sweep must never open a file its own process is using.
_mine: set[Path] = set()
_mine_lock = threading.Lock()


def temporary_beside(path: Path) -> Path:
    """A hidden, unique name in ``path``'s folder: ``os.replace`` is only atomic within one
    file system, and the same folder is the one place sure to be on the same one."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")


def private_folder(path: Path) -> Path:
    """``path`` created if missing, with every missing parent, each ``0700`` on POSIX
    whatever the umask. An existing folder is made ``0700`` when it is one of licensegui's
    own (config, data, logs and what is in them: older versions made them ``0755``); one the
    user chose (``--journal`` in their Documents) keeps its mode. Raises OSError."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            folder.mkdir(mode=FOLDER_MODE)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    if _POSIX:
        for folder in missing:
            os.chmod(folder, FOLDER_MODE)  # mkdir's mode is filtered by the umask; this is not
        if path not in missing and is_ours(path) \
                and stat.S_IMODE(path.stat().st_mode) != FOLDER_MODE:
            # Only when it must change: on a read-only disk the chmod fails, and reading
            # the history there must still work (or fail for its own reason).
            with contextlib.suppress(OSError):
                os.chmod(path, FOLDER_MODE)
    return path


def is_ours(path: Path) -> bool:
    """Whether ``path`` is one of licensegui's own folders (config, data, logs) or in one."""
    own = (paths.config_dir(), paths.data_dir(), paths.log_dir())
    try:
        resolved = path.resolve()
        return any(resolved == o.resolve() or o.resolve() in resolved.parents for o in own)
    except OSError:
        return False


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log file (and each rotated one) ``0600``: it names profiles, servers and files."""

    def _open(self) -> TextIO:  # type: ignore[override]
        return open_private(Path(self.baseFilename), self.mode,  # type: ignore[return-value]
                            encoding=self.encoding, errors=self.errors)


# Why a state file is refused (the end of a sentence that names it).
_LINK = translate("Files", "it is a symbolic link, which is not followed")
_NOT_A_FILE = translate("Files", "it is not a regular file")

#: Opening state: never through a symbolic link, never blocking on a FIFO.
_STATE_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                | getattr(os, "O_BINARY", 0))


def make_private(path: Path) -> None:
    """Make an existing regular file ``0600`` on POSIX (a file an older version wrote
    ``0644``). A symbolic link is not followed (a settings file linked to /etc/passwd must
    not lock users out), and a FIFO, a device, a file that is gone or not ours to change is
    left as it is."""
    if not _POSIX:
        return
    try:
        fd = os.open(path, _STATE_FLAGS)
    except OSError:
        return  # gone, a link (ELOOP), or not ours
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            with contextlib.suppress(OSError):
                os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)


def read_state(path: Path, limit: int) -> bytes:
    """The bytes of a state file of licensegui's own (settings): a regular file, not read
    through a symbolic link, at most ``limit`` bytes. Raises FileNotFoundError when there is
    none, OSError with a sentence's worth of ``strerror`` otherwise: a link, a FIFO (which
    would block the start for ever), a device (/dev/zero would be read until memory ran
    out), or a file far larger than any we write."""
    try:
        fd = os.open(path, _STATE_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, _LINK) from exc
        raise
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, _NOT_A_FILE)
        data = handle.read(limit + 1) if info.st_size <= limit else b""
    if info.st_size > limit or len(data) > limit:  # or grown meanwhile
        raise OSError(errno.EFBIG, f"it is larger than {limit:,} bytes")
    return data


def refuse_unusual(path: Path) -> None:
    """Raise OSError (``strerror`` a sentence's end) when ``path`` exists and is a symbolic
    link or not a regular file. For files opened by a library that follows links (SQLite):
    a history linked to /etc/passwd must not be read, copied aside or written."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise OSError(errno.ELOOP, _LINK, str(path))
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, _NOT_A_FILE, str(path))


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode ``0600`` if it does not exist (whatever the umask),
    else make it ``0600``. For SQLite: it creates its ``-wal``/``-shm`` with the database's
    own mode, so a database made private first keeps all three private."""
    if not _POSIX:
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        make_private(path)
        return
    # The umask can only take bits away, but a chmod says the mode outright.
    os.fchmod(fd, FILE_MODE)
    os.close(fd)


def open_private(path: Path, mode: str = "w", **kwargs: object) -> IO:  # type: ignore[type-arg]
    """``open(path, mode)`` for writing a new or replaced file readable by the user alone
    (the mode is set before the first byte is written)."""
    def opener(name: str, flags: int) -> int:
        fd = os.open(name, flags, FILE_MODE)
        if _POSIX:
            os.fchmod(fd, FILE_MODE)  # an existing file keeps its old mode otherwise
        return fd

    return open(path, mode, opener=opener, **kwargs)  # type: ignore[call-overload,no-any-return]


@contextlib.contextmanager
def held_temporary(tmp: Path) -> Iterator[None]:
    """Mark ``tmp`` as being written by this process for the duration: locked (the OS drops
    the lock however the process dies, SIGKILL included), so the next start's sweep tells a
    killed run's leftover from one a running process is still writing."""
    with _mine_lock:
        _mine.add(tmp)
    handle = None
    try:
        try:
            handle = open(lock_path(tmp), "ab")  # noqa: SIM115  # closed below
            try_lock(handle)
        except OSError:
            handle = None  # a folder we can write the file in but not this: no worse than before
        yield
    finally:
        if handle is not None:
            handle.close()
        with contextlib.suppress(OSError):
            lock_path(tmp).unlink()
        with _mine_lock:
            _mine.discard(tmp)


def lock_path(tmp: Path) -> Path:
    """The lock beside a temporary file. A file of its own, not the temporary itself: SQLite
    holds POSIX locks on a temporary journal, and a second descriptor closed on that file
    would drop them."""
    return tmp.with_name(tmp.name + ".lock")


_NOT_REPLACEABLE = translate("Files", "it is not a regular file (a device, a FIFO or a "
                             "folder); give the name of a file")


def check_replaceable(path: Path) -> None:
    """Raise OSError when ``path`` exists and is not a regular file (or a link): an export
    renamed over /dev/null or /dev/full would replace the device itself."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
        raise OSError(errno.EINVAL, _NOT_REPLACEABLE, str(path))


def check_input(path: Path) -> None:
    """Raise OSError when the file a user gave to read (a key, a batch, a saved response)
    is not a regular file: a FIFO would block for ever, /dev/zero would be read until
    memory or patience ran out. Links are followed: the file is the user's."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, _NOT_A_FILE, str(path))


def write_atomically(path: Path, content: str | Callable[[TextIO], None],
                     encoding: str = "utf-8", newline: str | None = "") -> None:
    """Write ``content`` (text, or a function writing to the open file) to a temporary file
    beside ``path``, fsync it and rename it over ``path``: the result is ``0600`` on POSIX,
    whatever the umask (results, receipts and exports hold owners' names and emails). Raises
    OSError, after removing the temporary file; callers turn it into their own sentence.
    ``newline`` is ``open``'s: the default writes text as given (CSV writers choose their
    own line endings)."""
    check_replaceable(path)
    remove_leftover_temporaries(path.parent, path.name)
    tmp = temporary_beside(path)
    try:
        with held_temporary(tmp):
            with open_private(tmp, "w", encoding=encoding, newline=newline) as handle:
                if isinstance(content, str):
                    handle.write(content)
                else:
                    content(handle)
                handle.flush()
                # Without fsync the rename can reach the disk before the data: after a power
                # cut the file would exist, empty.
                os.fsync(handle.fileno())
            os.replace(tmp, path)
    except BaseException:
        # The cleanup must not replace the error that matters (a read-only file system
        # raises again here): the caller's sentence is about the write, not the cleanup.
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def remove_leftover_temporaries(folder: Path, name: str | None = None) -> list[Path]:
    """Remove the temporary files (and their SQLite ``-wal``/``-shm``/``-journal``) that a
    killed run left in ``folder`` — those of ``name`` only, when given. One a running process
    still holds (its lock cannot be taken) is kept. Returns what was removed; never raises."""
    removed: list[Path] = []
    try:
        # A run killed after its temporary was renamed or removed leaves only the lock.
        candidates = sorted({folder / m.group(1) for m in map(_TEMPORARY.match,
                                                              (p.name for p in folder.iterdir()))
                             if m})
    except OSError:
        return removed
    for tmp in candidates:
        if name is not None and not tmp.name.startswith(f".{name}."):
            continue
        with _mine_lock:
            if tmp in _mine:
                continue
        if not _abandoned(tmp):
            continue
        for part in (tmp, *(tmp.with_name(tmp.name + s) for s in SIDECARS), lock_path(tmp)):
            try:
                part.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                log.warning("could not remove the leftover %s: %s", part, exc)
                continue
            removed.append(part)
    if removed:
        log.info("removed %d leftover temporary file(s) in %s", len(removed), folder)
    return removed


def _abandoned(tmp: Path) -> bool:
    """Whether nobody holds ``tmp``: its lock can be taken (a file without a lock was left by
    a version that did not lock: nobody can be writing it still, as no one locks it)."""
    lock = lock_path(tmp)
    if not lock.exists():
        return True
    try:
        # Read only: opening to append would create the lock anew if its owner just ended.
        handle = open(lock, "rb")  # noqa: SIM115  # closed below
    except FileNotFoundError:
        return True
    except OSError:
        return False
    with contextlib.closing(handle):
        return try_lock(handle)


__all__ = [
    "FILE_MODE",
    "FOLDER_MODE",
    "PrivateRotatingFileHandler",
    "create_private",
    "held_temporary",
    "make_private",
    "open_private",
    "private_folder",
    "read_state",
    "refuse_unusual",
    "remove_leftover_temporaries",
    "temporary_beside",
    "write_atomically",
]
