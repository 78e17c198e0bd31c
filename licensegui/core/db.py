"""Opening a durable SQLite file, migrating it, and telling its errors apart by SQLite's codes.

Durability: WAL with ``synchronous=FULL``. In WAL mode a commit is one append to the
write-ahead log; FULL makes SQLite fsync that log on every commit, so a commit that returned
survives a crash of the app *and* a power cut. (NORMAL would be faster but can lose the last
commits on power loss — the very records an audit needs after an interrupted session.)

Errors are classified by ``sqlite_errorcode`` (Python 3.11+), not by their English text, which
SQLite may reword and which says "locked" for two different conditions.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from licensegui.core.files import create_private, make_private, refuse_unusual
from licensegui.core.text import Text, translate

_T = TypeVar("_T")

#: One step of a schema's history: brings a file from version ``i`` to ``i + 1``.
Migration = Callable[[sqlite3.Connection], None]

# Primary result codes (the low byte of an extended code), as sqlite3.h numbers them.
_IN_USE_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT})


class UnusualFile(sqlite3.OperationalError):
    """A database (or its -wal/-shm) that is a symbolic link or not a regular file: refused
    before SQLite, which follows links, opens it. Not damage: nothing is set aside."""


class DbProblem(StrEnum):
    """What an SQLite error means for the file."""

    #: Another connection (often another process) holds the lock: a condition, wait or say so.
    IN_USE = "in_use"
    #: The file is not a database, or its pages are malformed: set it aside or refuse it.
    DAMAGED = "damaged"
    #: Anything else (read-only, disk full, cannot open, a constraint): not the file's fault.
    OTHER = "other"


def problem_of(exc: sqlite3.Error) -> DbProblem:
    """Classify ``exc`` by its SQLite result code. An error raised by the sqlite3 module
    itself (no code: a closed connection, a misuse) is damage only when it is a bare
    DatabaseError, as the module raises for codes it has no finer class for."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        primary = code & 0xFF
        if primary in _IN_USE_CODES:
            return DbProblem.IN_USE
        if primary in _DAMAGE_CODES:
            return DbProblem.DAMAGED
        return DbProblem.OTHER
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
            exc, sqlite3.OperationalError | sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return DbProblem.DAMAGED
    return DbProblem.OTHER


# Errors that mean the disk took no more: full, over quota, or a file-size limit (EFBIG).
_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})


def disk_problem(exc: BaseException) -> Text | None:
    """"The disk is full" when ``exc`` (an sqlite3 error or an OSError) says the disk took no
    more, else None. SQLite says "database or disk is full" for ENOSPC but only "disk I/O
    error" when a write failed otherwise (a file-size limit, a quota): both are named here,
    the second as the likely cause it is."""
    if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
        return translate("Db", "the disk is full (or a size limit was reached)")
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    if code & 0xFF == sqlite3.SQLITE_FULL:
        return translate("Db", "the disk is full")
    if code in _WRITE_FAILED:
        return translate("Db", "the disk took no more data (is it full?)")
    return None


_WRITE_FAILED = frozenset(getattr(sqlite3, name) for name in (
    "SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_TRUNCATE",
    "SQLITE_IOERR_SHMSIZE") if hasattr(sqlite3, name))


def open_durable(path: Path, timeout_s: float, exclusive: bool = False,
                 secure_delete: bool = False) -> sqlite3.Connection:
    """A connection to ``path`` (created if missing) in WAL mode with ``synchronous=FULL``,
    rows as :class:`sqlite3.Row`, transactions opened by ``with conn`` (deferred).

    ``timeout_s`` is how long a write waits for another connection's lock. ``exclusive``
    takes the file's lock now and keeps it until close, so a second process cannot open it
    (the OS releases it however the owner dies). ``secure_delete`` overwrites freed pages, for
    files from which personal data is erased. ``check_same_thread`` is off: the caller says
    which threads share the connection. Raises sqlite3.Error (see :func:`problem_of`)."""
    for side in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            refuse_unusual(side)
        except OSError as exc:
            raise UnusualFile(translate("Db", "{path} cannot be used: {reason}").format(
                path=side, reason=exc.strerror)) from exc
    with contextlib.suppress(OSError):  # a folder that cannot take it: SQLite says why below
        # 0600 before SQLite first writes it: its -wal and -shm then take the same mode.
        create_private(path)
        for suffix in ("-wal", "-shm"):
            make_private(path.with_name(path.name + suffix))
    conn = sqlite3.connect(path, timeout=timeout_s, check_same_thread=False,
                           isolation_level=None)
    try:
        if exclusive:
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        if secure_delete:
            conn.execute("PRAGMA secure_delete=ON")
        if exclusive:
            # An empty write transaction takes the exclusive lock now, not at the first write.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("COMMIT")
    except BaseException:
        conn.close()
        raise
    conn.isolation_level = "DEFERRED"
    conn.row_factory = sqlite3.Row
    return conn


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> None:
    """Run the steps a file has not had yet (by its ``PRAGMA user_version``), in order, and
    record the version it is now at. The schema is read first, so a damaged file shows itself
    here, before anything is changed. Steps must tolerate a file that already has their
    change: files written before versions were recorded start at 0."""
    conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    if conn.execute("PRAGMA user_version").fetchone()[0] >= len(migrations):
        return
    # The write lock first, the version read again under it: processes opening a new file
    # at once (eight CLI runs) migrate it one after the other, each step once.
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for step in migrations[version:]:
            step(conn)
        conn.execute(f"PRAGMA user_version = {len(migrations):d}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def quick_check(conn: sqlite3.Connection) -> str | None:
    """SQLite's own consistency check of the whole file: None when it is sound, else what it
    found (its first line)."""
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    return None if result == "ok" else str(result)


class PerThreadConnections:
    """One connection per thread to one SQLite file (sqlite3's rule), all of which can be
    closed at once — before a damaged file is moved aside, or at exit.

    A connection another thread is using at that moment is closed by that thread when it is
    done: closing it under a running query crashes the interpreter (a damaged history set
    aside mid-batch did, SIGSEGV). Every thread then opens a new one on its next use."""

    def __init__(self, opener: Callable[[], sqlite3.Connection]) -> None:
        self._open = opener
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []
        self._in_use: dict[int, int] = {}  # id(conn) -> nested uses by its thread
        self._close_when_done: set[int] = set()
        self._generation = 0  # bumped by close_all: older connections are not used again

    @contextlib.contextmanager
    def use(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection, in one transaction (committed on success)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "generation", None) != self._generation:
            conn.close()  # idle, ours, and opened before close_all: the file may be another
            conn = None
        if conn is None:
            conn = self._open()
            self._local.conn, self._local.generation = conn, self._generation
            with self._lock:
                self._all.append(conn)
        with self._lock:
            self._in_use[id(conn)] = self._in_use.get(id(conn), 0) + 1
        try:
            with conn:
                yield conn
        finally:
            with self._lock:
                left = self._in_use.pop(id(conn)) - 1
                if left:
                    self._in_use[id(conn)] = left
                elif id(conn) in self._close_when_done:
                    self._close_when_done.discard(id(conn))
                    conn.close()

    def close_mine(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
            with self._lock:
                if conn in self._all:
                    self._all.remove(conn)

    def close_all(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
            self._generation += 1
            for conn in conns:
                if id(conn) in self._in_use:
                    self._close_when_done.add(id(conn))
                else:
                    conn.close()


class _Slot:
    """One thread's write waiting for a group commit."""

    def __init__(self, op: Callable[[sqlite3.Connection], Any]) -> None:
        self.op = op
        self.done = False
        self.alone = False
        self.result: Any = None
        self.error: sqlite3.Error | None = None


class GroupCommit:
    """Writes that several threads make to one file at about the same time, committed in
    one transaction: one commit, one fsync, one round of locks for all of them. Whoever
    takes ``lock`` first commits every write queued until then; each caller returns only
    once its own write is durable, so "written before the request goes out" still holds
    for each. A batch's workers spent most of their CPU committing one row at a time.

    ``op`` runs inside the group's transaction and must raise nothing but SQLite errors.
    When a group of several fails, ``retry_alone`` has each write done again on its own by
    its caller (under ``lock``), so each caller meets its own write's error exactly as
    without grouping (a damaged file is then set aside once, not once per member);
    otherwise every member gets the group's error."""

    def __init__(self, lock: threading.Lock, retry_alone: bool = False) -> None:
        self.lock = lock
        self._retry_alone = retry_alone
        self._queue_lock = threading.Lock()
        self._queue: list[_Slot] = []

    def run(self, transaction: Callable[[], contextlib.AbstractContextManager[sqlite3.Connection]],
            op: Callable[[sqlite3.Connection], _T]) -> _T:
        slot = _Slot(op)
        with self._queue_lock:
            self._queue.append(slot)
        with self.lock:
            if not slot.done:
                with self._queue_lock:
                    group, self._queue = self._queue, []
                try:
                    with transaction() as conn:
                        for queued in group:
                            queued.result = queued.op(conn)
                except sqlite3.Error as exc:
                    for queued in group:
                        queued.alone = self._retry_alone and len(group) > 1
                        queued.error = None if queued.alone else exc
                finally:
                    for queued in group:
                        queued.done = True
            if slot.alone:
                with transaction() as conn:
                    return op(conn)
        if slot.error is not None:
            raise slot.error
        return slot.result  # type: ignore[no-any-return]
