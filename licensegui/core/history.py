"""The local record of every assignment attempt (SQLite). It never holds the API key.

Durability is :func:`licensegui.core.db.open_durable`'s (WAL, ``synchronous=FULL``): an
attempt whose :meth:`HistoryStore.add` returned survives a crash of the app *and* a power cut.
A killed process never leaves a half-written row: an uncommitted transaction is rolled back
when the database is next opened.

A damaged file (not a database, a malformed image) is moved aside, never deleted, and a fresh
one is started; :attr:`HistoryStore.recovered_from` says where the old one went so the fronts
can tell the user once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from licensegui.core.db import (
    DbProblem,
    GroupCommit,
    PerThreadConnections,
    disk_problem,
    migrate,
    open_durable,
    problem_of,
    quick_check,
)
from licensegui.core.erasure import ERASED, owner_names, scrub_mentions
from licensegui.core.errors import LicenseGuiError
from licensegui.core.files import make_private, private_folder, read_state
from licensegui.core.history_schema import (
    COMPLETE_ATTEMPT,
    INSERT_ATTEMPT,
    SCHEMA_VERSION,
    signature_of,
)
from licensegui.core.history_schema import MIGRATIONS as _MIGRATIONS
from licensegui.core.text import Text, translate
from licensegui.core.words import kept_form, revived

log = logging.getLogger(__name__)

__all__ = ["ERASED", "SCHEMA_VERSION", "Attempt", "HistoryError", "HistoryStore", "attempt_of",
           "signature_of"]


class HistoryError(LicenseGuiError):
    """History could not be read or written; ``str()`` is a sentence for the user."""


@dataclass(frozen=True)
class Attempt:
    """One row of history. ``reason`` is a verdict reason, or ``network_error``/``cancelled``."""

    at: float
    profile: str
    base_url: str
    license_key: str
    owner_name: str
    email: str
    http_status: int | None
    code: int | None
    message: str | None
    verified: bool
    reason: str
    detail: str
    elapsed_ms: int | None = None
    idempotency_key: str | None = None
    raw_body: bytes | None = None
    id: int | None = None
    #: The response's ``signature`` text, kept to recognise a replayed answer.
    signature: str | None = None
    #: Unix time the answer arrived (the replay check's clock); None for old rows.
    received_at: float | None = None
    #: The batch this attempt belongs to (its id), None for a single assignment.
    batch: str | None = None
    #: The id of the earlier attempt with an unknown outcome that this one's answer resolves.
    resolves: int | None = None
    #: A deliberate "send anyway" of a request already assigned (not a new assignment).
    repeat: bool = False


_T = TypeVar("_T")


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def _disk_full(exc: sqlite3.Error) -> Text | None:
    """"The disk is full" as the user must read it: what happened, and that a send can go
    without being recorded."""
    problem = disk_problem(exc)
    if problem is None:
        return None
    return translate("History", "History cannot be written: {problem}. Free some space, or "
                     "assign without recording it (licensegui-cli --no-history).").format(
                         problem=problem)


def _read_only(path: Path) -> Text | None:
    """Why the history cannot be written where it is (a read-only disk or folder, a file
    not ours to write), as a sentence; None when both the folder and the file are writable."""
    for place in (path.parent, path):
        if place.exists() and not os.access(place, os.W_OK):
            return translate("History", "History cannot be opened: {place} cannot be written "
                             "(a read-only disk or folder). Choose a writable folder "
                             "(LICENSEGUI_HOME), or assign without recording it "
                             "(licensegui-cli --no-history).").format(place=place)
    return None


def _error(exc: sqlite3.Error) -> HistoryError:
    return HistoryError(_disk_full(exc) or f"{exc}")


def _is_damage(exc: sqlite3.Error) -> bool:
    # "Locked", "read-only", "cannot open" are conditions, not damage: only damage is set aside.
    return problem_of(exc) is DbProblem.DAMAGED


class HistoryStore:
    """Append and query attempts. One connection per thread (sqlite3's rule)."""

    def __init__(self, path: Path, busy_timeout_s: float = 5.0) -> None:
        self.path = path
        self.busy_timeout_s = busy_timeout_s
        #: Where a damaged database was moved to, when this store had to start afresh.
        self.recovered_from: Path | None = None
        #: The names the last :meth:`erase_owner` found for the email (to find mentions of
        #: them elsewhere: journals, set-aside copies).
        self.erased_names: set[str] = set()
        # secure_delete: erased owners must not linger in freed pages of the file.
        self._connections = PerThreadConnections(self._open)
        # One writer at a time within this process: threads queue here, on a lock, instead
        # of inside SQLite, whose busy handler sleeps 1, 2, 5, 10… ms between tries (a batch's
        # four workers lost most of their time that way). Other processes still meet the
        # busy timeout.
        self._write_lock = threading.Lock()
        # The workers' attempts committed together (one fsync for the rows in flight).
        self._group = GroupCommit(self._write_lock, retry_alone=True)
        try:
            private_folder(path.parent)
        except OSError as exc:
            raise HistoryError(
                translate("History",
                          "The history folder {parent} cannot be created: "
                          "{reason}.").format(parent=path.parent, reason=exc.strerror or exc)
            ) from exc
        self._open_or_recover()

    # --- opening, damage and recovery -------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        conn = open_durable(self.path, self.busy_timeout_s, secure_delete=True)
        # Text that is not UTF-8 (a flipped byte in a name) is read with U+FFFD in its place:
        # every other column of that row, and every other row, is still good, and the ledger
        # must not be lost over one garbled letter. (Damaged *pages* are set aside instead.)
        conn.text_factory = _lenient_text
        return conn

    def _open_or_recover(self) -> None:
        # A killed run's -wal holds its last commits. If the file proves damaged, opening it
        # has already checkpointed and deleted that -wal (SQLite does on close), so keep its
        # bytes as found, to set aside with the file. Small: SQLite checkpoints every ~4 MB.
        found = {suffix: _read_small(self.path.with_name(self.path.name + suffix))
                 for suffix in ("-wal", "-shm")}
        try:
            self._prepare()
            # The whole file is checked once, at open (tens of ms for 100,000 attempts): a
            # damaged page met by a query half-way through an assignment is worse than
            # setting the file aside now, before anything is sent.
            with self._conn() as conn:
                problem = quick_check(conn)
            if problem is not None:
                raise sqlite3.DatabaseError(problem)
        except sqlite3.Error as exc:
            read_only = _read_only(self.path)
            if read_only is not None:
                # Before any verdict of damage: a read-only disk is not a damaged file, and
                # nothing can be set aside there anyway.
                raise HistoryError(read_only) from exc
            if not _is_damage(exc):
                raise HistoryError(_disk_full(exc) or translate(
                    "History", "History cannot be opened: {exc}.").format(exc=exc)) from exc
            self._move_aside(exc, found)
            self._prepare()

    def _reading(self, read: Callable[[], _T]) -> _T:
        """``read()``; damage met while reading sets the file aside (said once, see
        :meth:`recovery_notice`) and the read is done again on the new, empty file — a read
        never fails over damage. Any other SQLite error is a HistoryError."""
        try:
            return read()
        except sqlite3.Error as exc:
            if not _is_damage(exc):
                raise _error(exc) from exc
            self.set_aside(exc)
        try:
            return read()
        except sqlite3.Error as again:
            raise _error(again) from again

    def _prepare(self) -> None:
        with self._conn() as conn:
            migrate(conn, _MIGRATIONS)

    def _move_aside(self, exc: sqlite3.Error,
                    found: dict[str, bytes | None] | None = None) -> None:
        stem = f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}"
        backup, n = self.path.with_name(stem), 1
        while backup.exists():
            n += 1
            backup = self.path.with_name(f"{stem}-{n}")
        # The -wal and -shm belong to the damaged file, not the new one. Copied while still
        # open: closing the last connection checkpoints the -wal into the damaged file and
        # deletes it, which would change what was found and lose the last commits.
        sides = [(self.path.with_name(self.path.name + suffix),
                  backup.with_name(backup.name + suffix)) for suffix in ("", "-wal", "-shm")]
        try:
            for (side, aside), suffix in zip(sides, ("", "-wal", "-shm"), strict=True):
                if side.exists():
                    shutil.copyfile(side, aside)
                elif (found or {}).get(suffix) is not None:
                    aside.write_bytes(found[suffix])  # type: ignore[index, arg-type]
        except OSError as move_exc:
            self.close_all()
            for _side, aside in sides:
                aside.unlink(missing_ok=True)  # no half-made copy left beside
            raise HistoryError(
                translate("History",
                          "The history database is damaged ({exc}) and could not be moved aside: "
                          "{reason}.").format(exc=exc, reason=move_exc.strerror or move_exc)
            ) from move_exc
        self.close_all()
        for side, _aside in sides:
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        for _side, aside in sides:  # an older version's 0644 file, and its copied -wal/-shm
            if aside.exists():
                make_private(aside)
        log.warning("history database damaged (%s); moved aside to %s", exc, backup)
        self.recovered_from = backup

    def recovery_notice(self) -> str | None:
        """The sentence to show once when a damaged database was set aside."""
        if self.recovered_from is None:
            return None
        return (translate("History",
                          "The history database was damaged and has been set aside as "
                          "{recovered_from}; a new one was started. Nothing was "
                          "deleted.").format(recovered_from=self.recovered_from))

    def _conn(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        return self._connections.use()

    def close(self) -> None:
        """Close this thread's connection."""
        self._connections.close_mine()

    def close_all(self) -> None:
        """Close every thread's connection (at exit, or before moving the file)."""
        self._connections.close_all()

    # --- writing ----------------------------------------------------------------------------
    def add(self, attempt: Attempt) -> int:
        """Append one attempt and commit it (durably: see the module docstring). A damaged
        database is set aside and the attempt written to a fresh one; raises HistoryError
        when it still cannot be written."""
        try:
            return self._insert(attempt)
        except sqlite3.Error as exc:
            if not _is_damage(exc):
                raise _error(exc) from exc
            try:
                self._move_aside(exc)
                self._prepare()
                return self._insert(attempt)
            except sqlite3.Error as again:
                raise _error(again) from again

    def _insert(self, attempt: Attempt) -> int:
        values = _values(attempt)
        return self._group.run(
            self._conn, lambda conn: int(conn.execute(INSERT_ATTEMPT, values).lastrowid or 0))

    def complete(self, attempt_id: int, attempt: Attempt) -> int:
        """Complete the row written before a request went out (outcome ``unknown``) with
        ``attempt``'s answer (its request, time and keys are the row's already). When that
        row is gone (its file was set aside as damaged) the attempt is appended instead;
        returns the id it has now. Raises HistoryError like :meth:`add`."""
        try:
            values = (*_answer_values(attempt), attempt_id, attempt.idempotency_key)
            changed = self._group.run(self._conn, lambda conn: conn.execute(
                COMPLETE_ATTEMPT, values).rowcount)
            if changed:
                return attempt_id
        except sqlite3.Error as exc:
            if not _is_damage(exc):
                raise _error(exc) from exc
        return self.add(attempt)

    @contextmanager
    def transaction(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        """One transaction on this thread's connection, for the ledger's queries (a write
        one queues behind this process's other writers and takes SQLite's write lock at
        once, so two processes claiming the same request agree). A damaged file is set
        aside and a new one started before HistoryError is raised; any other SQLite error
        is a HistoryError too."""
        try:
            if write:
                with self._write_lock, self._conn() as conn:
                    conn.execute("BEGIN IMMEDIATE")
                    yield conn
            else:
                with self._conn() as conn:
                    yield conn
        except sqlite3.Error as exc:
            if _is_damage(exc):
                self.set_aside(exc)
            raise _error(exc) from exc

    def set_aside(self, exc: sqlite3.Error) -> None:
        """Move a damaged file (and its -wal/-shm) aside and start a new one; raises
        HistoryError when even that fails."""
        try:
            self._move_aside(exc)
            self._prepare()
        except sqlite3.Error as again:
            raise _error(again) from again

    def erase_owner(self, email: str) -> int:
        """Remove an owner's name and email from every attempt made for that email (personal
        data). The signed bodies stay: an assignment's signed payload holds only code, message
        and timestamp, and the readable copy beside it is the same three fields. A damaged
        file is set aside first (see :meth:`_reading`): the owner is then in no readable row."""
        def erase() -> int:
            wanted = email.strip()
            with self._conn() as conn:
                self.erased_names = names = owner_names(conn, "attempts", wanted)
                cur = conn.execute(
                    "UPDATE attempts SET owner_name = ?, email = ? WHERE email = ? COLLATE NOCASE",
                    (ERASED, ERASED, wanted))
                changed = cur.rowcount
                conn.execute("UPDATE requests SET owner_name = ?, email = ?"
                             " WHERE email = ? COLLATE NOCASE", (ERASED, ERASED, wanted))
                # Other owners' attempts that name this one ("Already assigned to …").
                scrub_mentions(conn, "attempts", "id", wanted, names)
            with self._conn() as conn:  # copy the erased pages over the old ones in the file
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return changed

        return self._reading(erase)

    def prune(self, keep_days: int, now: float | None = None) -> int:
        """Delete attempts older than ``keep_days`` days; returns how many."""
        cutoff = (time.time() if now is None else now) - keep_days * 86_400

        def prune() -> int:
            with self._conn() as conn:
                conn.execute("DELETE FROM requests WHERE first_sent_at < ?", (cutoff,))
                return int(conn.execute("DELETE FROM attempts WHERE at < ?",
                                        (cutoff,)).rowcount)

        return self._reading(prune)

    # --- reading ----------------------------------------------------------------------------
    def query(
        self,
        text: str = "",
        verified: bool | None = None,
        code: int | None = None,
        limit: int | None = 1000,
        since: float | None = None,
        after_id: int | None = None,
        batch: str | None = None,
        reason: str | None = None,
    ) -> list[Attempt]:
        """Newest first, at most ``limit`` (None: all). ``text`` matches license key, owner,
        email, message or profile; ``since`` is a Unix time; ``after_id`` only newer rows;
        ``batch`` only one batch's attempts; ``reason`` only those of that reason."""
        where, args = ["1=1"], []
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append(
                "(license_key LIKE ? ESCAPE '\\' OR owner_name LIKE ? ESCAPE '\\'"
                " OR email LIKE ? ESCAPE '\\' OR message LIKE ? ESCAPE '\\'"
                " OR profile LIKE ? ESCAPE '\\')"
            )
            args += [like] * 5
        for clause, value in (("verified = ?", None if verified is None else int(verified)),
                              ("code = ?", code), ("at >= ?", since), ("id > ?", after_id),
                              ("batch = ?", batch), ("reason = ?", reason)):
            if value is not None:
                where.append(clause)
                args.append(value)
        sql = f"SELECT * FROM attempts WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?"  # noqa: S608  # only fixed fragments are joined
        return self._select(sql, (*args, -1 if limit is None else limit))

    def get(self, attempt_id: int) -> Attempt | None:
        rows = self._select("SELECT * FROM attempts WHERE id = ?", (attempt_id,))
        return rows[0] if rows else None

    def with_signature(self, signature: str) -> list[Attempt]:
        """Earlier attempts whose answer carried exactly this signature, oldest first."""
        return self._select("SELECT * FROM attempts WHERE signature = ? ORDER BY id",
                            (signature,))

    def _select(self, sql: str, args: tuple[object, ...]) -> list[Attempt]:
        """The attempts ``sql`` selects; damage met is set aside (an empty answer, then)."""
        def read() -> list[Attempt]:
            with self._conn() as conn:
                return [_row(r) for r in conn.execute(sql, args).fetchall()]

        return self._reading(read)

    def earliest_with_signature(self, signature: str, other_than_key: str,
                                arrived_before: float,
                                estimate_slack_s: float = 0.05) -> Attempt | None:
        """The first attempt whose answer carried exactly ``signature``, for another
        Idempotency-Key, and that arrived before ``arrived_before`` (for rows recorded before
        arrival times were kept: start + elapsed + ``estimate_slack_s``). One indexed row,
        however many identical answers a batch received in the same second."""
        with self.transaction() as conn:  # damage: set aside, HistoryError
            row = conn.execute(
                "SELECT * FROM attempts WHERE signature = ?"
                " AND (idempotency_key IS NULL OR idempotency_key != ?)"
                " AND COALESCE(received_at, at + COALESCE(elapsed_ms, 0) / 1000.0 + ?) < ?"
                " ORDER BY id LIMIT 1",
                (signature, other_than_key, estimate_slack_s, arrived_before)).fetchone()
        return _row(row) if row else None




def _read_small(path: Path, limit: int = 64 << 20) -> bytes | None:
    """A side file's bytes, if it exists and is small enough to keep in memory."""
    try:
        return read_state(path, limit)  # never through a link, nor from /dev/zero
    except OSError:
        return None


def attempt_of(row: sqlite3.Row) -> Attempt:
    """An attempt from a row of ``SELECT * FROM attempts`` (for the ledger's queries)."""
    return _row(row)


def _row(row: sqlite3.Row) -> Attempt:
    return Attempt(
        id=row["id"], at=row["at"], profile=row["profile"], base_url=row["base_url"],
        license_key=row["license_key"], owner_name=row["owner_name"], email=row["email"],
        http_status=row["http_status"], code=row["code"], message=row["message"],
        verified=bool(row["verified"]), reason=row["reason"],
        detail=revived(row["detail"], _kept(row)),
        elapsed_ms=row["elapsed_ms"], idempotency_key=row["idempotency_key"],
        raw_body=row["raw_body"], signature=row["signature"],
        received_at=row["received_at"], batch=row["batch"],
        resolves=row["resolves"], repeat=bool(row["repeat"]),
    )


def _kept(row: sqlite3.Row) -> str | None:
    try:
        return row["detail_words"]  # type: ignore[no-any-return]
    except IndexError:  # a file an older version made, read where it cannot be migrated
        return None


# In history_schema.WRITTEN's order.
def _values(a: Attempt) -> tuple[object, ...]:
    return (a.at, a.profile, a.base_url, a.license_key, a.owner_name, a.email, a.http_status,
            a.code, a.message, int(a.verified), a.reason, a.detail, a.elapsed_ms,
            a.idempotency_key, a.raw_body, a.signature, a.received_at, a.batch, a.resolves,
            int(a.repeat), kept_form(a.detail))


# In history_schema.ANSWER_COLUMNS' order.
def _answer_values(a: Attempt) -> tuple[object, ...]:
    return (a.http_status, a.code, a.message, int(a.verified), a.reason, a.detail,
            a.elapsed_ms, a.raw_body, a.signature, a.received_at, kept_form(a.detail))
