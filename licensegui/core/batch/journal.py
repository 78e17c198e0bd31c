"""A batch's journal: every row's state in one SQLite file, so a batch survives anything.

The guarantee "nothing assigned twice" rests on two commits per row:

1. At import, every valid row gets its Idempotency-Key, committed before anything is sent.
2. Before a row's request goes out it is *claimed*: ``state='sent'``, its first-send time and
   send count, committed (fsync'd) first. A row found ``sent`` without an answer after a
   crash may or may not have reached the server, so it is re-sent with the same key: the
   server answers from its idempotency store instead of assigning again.
3. The answer (raw body, verdict, status) is committed when it arrives; an answered row is
   ``done`` and never sent again.

Durability is :func:`licensegui.core.db.open_durable`'s (WAL, ``synchronous=FULL``). The
file is opened with SQLite's exclusive locking: a second process is refused with a sentence
instead of racing; the OS releases the lock however the owner dies, SIGKILL included.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from licensegui.core.batch import export, journal_check
from licensegui.core.batch.input import BatchInput
from licensegui.core.batch.records import Answer, BatchMeta, JournalRow
from licensegui.core.codes import STATUSES, RowState, RowStatus
from licensegui.core.db import DbProblem, GroupCommit, open_durable, problem_of, quick_check
from licensegui.core.errors import JournalError
from licensegui.core.files import (
    held_temporary,
    is_ours,
    private_folder,
    refuse_unusual,
    remove_leftover_temporaries,
    temporary_beside,
)
from licensegui.core.text import translate
from licensegui.core.words import kept_form, revived

__all__ = ["Answer", "BatchMeta", "DamagedJournal", "Journal", "JournalError", "JournalInUse",
           "JournalRow"]

JOURNAL_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    n INTEGER PRIMARY KEY,
    line INTEGER NOT NULL,
    fields TEXT NOT NULL,
    license_key TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    email TEXT NOT NULL,
    state TEXT NOT NULL,
    status TEXT,
    reason TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT,
    first_sent_at REAL,
    sends INTEGER NOT NULL DEFAULT 0,
    http_status INTEGER,
    code INTEGER,
    message TEXT,
    verified INTEGER NOT NULL DEFAULT 0,
    signed_at INTEGER,
    raw_body BLOB,
    answered_at REAL,
    detail_words TEXT
);
CREATE INDEX IF NOT EXISTS rows_state ON rows(state);
"""


_T = TypeVar("_T")


class JournalInUse(JournalError):
    """Another process (a window, a CLI) holds the journal: it is running that batch."""


class DamagedJournal(JournalError):
    """A journal whose file or contents are damaged; it was left as it is. ``readable`` is
    how many of its rows still read (worth exporting: see journal_check.export_readable)."""

    def __init__(self, message: object, path: Path, readable: int) -> None:
        super().__init__(message)
        self.path = path
        self.readable = readable


class Journal:
    """One batch's journal file. Thread-safe: one connection, used under a lock."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.Lock()
        self._group_commit = GroupCommit(self._lock)
        self.meta = self._read_meta()
        self._words = self._keep_words()

    def _keep_words(self) -> str:
        """The SET clause keeping a detail's words (core/words.py) beside it; none in an older
        journal whose file cannot take the column (read-only)."""
        if "detail_words" not in {r[1] for r in self._conn.execute("PRAGMA table_info(rows)")}:
            try:
                with self._conn:
                    self._conn.execute("ALTER TABLE rows ADD COLUMN detail_words TEXT")
            except sqlite3.Error:
                return ""
        return ", detail_words = ?"

    # --- opening ----------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, batch: BatchInput, base_url: str, profile: str) -> Journal:
        """A new journal for ``batch``; every valid row's Idempotency-Key is committed here,
        before anything can be sent. Refuses to overwrite an existing file."""
        if path.exists():
            raise JournalError(translate("Journal",
                                         "A journal already exists at {path}; it was not "
                                         "overwritten.").format(path=path))
        try:
            private_folder(path.parent)
        except OSError as exc:
            raise JournalError(translate("Journal",
                                         "Cannot create {parent}: "
                                         "{reason}.").format(parent=path.parent,
                                                            reason=exc.strerror or exc)) from exc
        _remove_leftovers(path)
        # Written under a temporary name and renamed into place when complete: a process
        # killed halfway through importing leaves no half-made journal to trip over (and
        # the next start removes what it did leave: see held_temporary).
        tmp = temporary_beside(path)
        with held_temporary(tmp):
            return cls._import(path, tmp, batch, base_url, profile)

    @classmethod
    def _import(cls, path: Path, tmp: Path, batch: BatchInput, base_url: str,
                profile: str) -> Journal:
        try:
            conn = open_durable(tmp, timeout_s=0.5, exclusive=True)
        except sqlite3.Error as exc:
            _remove(tmp)
            raise _write_error(path, exc) from exc
        try:
            with conn:
                conn.executescript(_SCHEMA)
                meta = {
                    "version": str(JOURNAL_VERSION), "batch_id": str(uuid.uuid4()),
                    "base_url": base_url, "profile": profile, "input_name": batch.name,
                    "input_sha256": batch.sha256, "delimiter": batch.delimiter,
                    "header": json.dumps(list(batch.header)), "created_at": repr(time.time()),
                }
                conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
                conn.executemany(
                    "INSERT INTO rows (n, line, fields, license_key, owner_name, email, state,"
                    " status, reason, detail, idempotency_key, detail_words)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [(r.number, r.line, json.dumps(list(r.fields), ensure_ascii=False),
                      r.license_key, r.owner_name, r.email, r.state,
                      None if r.state == RowState.PENDING else r.state, r.reason, r.detail,
                      str(uuid.uuid4()) if r.state == RowState.PENDING else None,
                      kept_form(r.detail))
                     for r in batch.rows])
            conn.execute("PRAGMA locking_mode=NORMAL")
            conn.execute("PRAGMA journal_mode=DELETE")  # fold the WAL in before the rename
        except sqlite3.Error as exc:
            conn.close()
            _remove(tmp)
            raise _write_error(path, exc) from exc
        conn.close()
        try:
            if path.exists():
                raise JournalError(translate("Journal",
                                             "A journal already exists at {path}; it was not "
                                             "overwritten.").format(path=path))
            tmp.replace(path)
        except OSError as exc:
            raise JournalError(translate("Journal",
                                         "Cannot create {path}: {reason}.").format(
                                             path=path, reason=exc.strerror or exc)) from exc
        finally:
            with contextlib.suppress(OSError):  # a read-only folder must not hide the error
                _remove(tmp)
        return cls.open(path)

    @classmethod
    def open(cls, path: Path) -> Journal:
        try:
            refuse_unusual(path)  # SQLite, and is_file() below, would follow a link
        except OSError as exc:
            raise JournalError(translate(
                "Journal", "Cannot use the journal {path}: {reason}; it was left as it is and "
                "nothing was sent.").format(path=path, reason=exc.strerror)) from exc
        if not path.is_file():
            raise JournalError(translate("Journal", "No journal at {path}.").format(path=path))
        try:
            with open(path, "rb") as handle:
                magic = handle.read(16)
        except OSError as exc:
            raise JournalError(translate("Journal",
                                         "Cannot read the journal {path}: "
                                         "{reason}.").format(
                                             path=path, reason=exc.strerror or exc)) from exc
        if magic != b"SQLite format 3\x00":
            # Opening it as a database would write a fresh one over whatever this is.
            raise JournalError(translate("Journal",
                                         "{path} is not a licensegui batch journal (or it is "
                                         "damaged); it was left as it is and nothing was "
                                         "sent.").format(path=path))
        _remove_leftovers(path)
        conn = _connect(path)
        try:
            # Tables first: a journal without its meta table is damaged, not another program's.
            journal_check.check_tables(conn)
            # As bytes: a garbled value must be "damaged" (below), not a decoding error here.
            version = conn.execute(
                "SELECT CAST(value AS BLOB) FROM meta WHERE name='version'").fetchone()
            if version is None or version[0] != str(JOURNAL_VERSION).encode():
                raise JournalError(translate("Journal",
                                             "{path} is not a licensegui batch journal this "
                                             "version can read.").format(path=path))
            integrity = quick_check(conn)
            if integrity is None:
                # The pages are sound; now what they hold, every row, before any is sent.
                journal_check.check(conn)
        except journal_check.Damage as exc:
            conn.close()
            raise _damaged(path, str(exc)) from exc
        except sqlite3.Error as exc:
            conn.close()
            raise _open_error(path, exc) from exc
        except JournalError:
            conn.close()
            raise
        if integrity is not None:
            conn.close()
            raise _damaged(path, integrity)
        try:
            return cls(path, conn)
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _read_meta(self) -> BatchMeta:
        with self._lock:
            values = dict(self._conn.execute("SELECT name, value FROM meta").fetchall())
        finished = values.get("finished_at")
        return BatchMeta(
            batch_id=values["batch_id"], base_url=values["base_url"], profile=values["profile"],
            input_name=values["input_name"], input_sha256=values["input_sha256"],
            delimiter=values["delimiter"], header=tuple(json.loads(values["header"])),
            created_at=float(values["created_at"]),
            finished_at=float(finished) if finished else None,
        )

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                with self._conn:
                    yield self._conn
            except sqlite3.Error as exc:
                raise JournalError(translate("Journal",
                                             "Cannot write the journal {path}: "
                                             "{exc}.").format(path=self.path, exc=exc)) from exc

    def _group(self, op: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run ``op`` in a transaction shared with whatever other threads queued meanwhile
        (:class:`~licensegui.core.db.GroupCommit`): each caller returns only once its write
        is durable. An SQLite error fails the whole group (rolled back, retried by nobody:
        callers see it)."""
        try:
            return self._group_commit.run(lambda: self._conn, op)
        except sqlite3.Error as exc:
            raise JournalError(translate("Journal",
                                         "Cannot write the journal {path}: "
                                         "{error}.").format(path=self.path, error=exc)) from exc

    # --- the row protocol -------------------------------------------------------------------
    def claim(self, n: int) -> JournalRow:
        """Mark row ``n`` as being sent (committed before the request goes out); returns the
        row as it was *before* this claim (its ``sends`` says whether it was sent before)."""
        now = time.time()

        def op(conn: sqlite3.Connection) -> JournalRow:
            before = _row(conn.execute("SELECT * FROM rows WHERE n = ?", (n,)).fetchone())
            if before.state in (RowState.PENDING, RowState.SENT):
                conn.execute(
                    "UPDATE rows SET state = ?, sends = sends + 1,"
                    " first_sent_at = COALESCE(first_sent_at, ?) WHERE n = ?",
                    (RowState.SENT, now, n))
            return before

        before = self._group(op)
        if before.state not in (RowState.PENDING, RowState.SENT):
            raise JournalError(translate("Journal",
                                         "Row {n} is not waiting to be sent ({state}).").format(
                                             n=n, state=before.state))
        return before

    def answer(self, n: int, answer: Answer) -> JournalRow:
        """Commit row ``n``'s answer; the row is done and never sent again."""
        return self._update(
            n, "state = ?, status = ?, reason = ?, detail = ?, http_status = ?, code = ?,"
               " message = ?, verified = ?, signed_at = ?, raw_body = ?, answered_at = ?"
               + self._words,
            (RowState.DONE, answer.status, answer.reason, answer.detail, answer.http_status,
             answer.code, answer.message, int(answer.verified), answer.signed_at,
             answer.raw_body, time.time(), *self._words_of(answer.detail)))

    def note_failure(self, n: int, reason: str, detail: str) -> JournalRow:
        """Row ``n`` got no usable answer: it stays ``sent`` (re-sent with the same key)."""
        return self._update(n, "reason = ?, detail = ?" + self._words,
                            (reason, detail, *self._words_of(detail)))

    def _words_of(self, detail: str) -> tuple[str | None, ...]:
        return (kept_form(detail),) if self._words else ()

    def _update(self, n: int, assignments: str, values: tuple[object, ...]) -> JournalRow:
        """Set columns of row ``n`` (a fixed SET clause of this module's) in a group commit;
        the row as it now is."""
        def op(conn: sqlite3.Connection) -> JournalRow:
            conn.execute(f"UPDATE rows SET {assignments} WHERE n = ?", (*values, n))  # noqa: S608  # fixed clauses only
            return _row(conn.execute("SELECT * FROM rows WHERE n = ?", (n,)).fetchone())

        return self._group(op)

    def mark_finished(self) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('finished_at', ?)",
                         (repr(time.time()),))
        self.meta = self._read_meta()

    # --- reading ----------------------------------------------------------------------------
    def row(self, n: int) -> JournalRow:
        with self._lock:
            return _row(self._conn.execute("SELECT * FROM rows WHERE n = ?", (n,)).fetchone())

    def rows(self) -> list[JournalRow]:
        with self._lock:
            return [_row(r) for r in self._conn.execute("SELECT * FROM rows ORDER BY n")]

    def to_send(self) -> list[int]:
        """Rows still needing an answer, in file order (in-flight ones included)."""
        with self._lock:
            return [r[0] for r in self._conn.execute(
                "SELECT n FROM rows WHERE state IN (?, ?) ORDER BY n",
                (RowState.PENDING, RowState.SENT))]

    def counts(self) -> dict[str, int]:
        """How many rows have each final status (``not_sent``: no answer yet). A status no
        row has reads as 0; the ledger's two are listed only once a row has them."""
        counts: Counter[str] = Counter(dict.fromkeys(STATUSES, 0))
        with self._lock:
            for status, count in self._conn.execute(
                    "SELECT COALESCE(status, ?), COUNT(*) FROM rows GROUP BY 1",
                    (RowStatus.NOT_SENT,)):
                counts[status] = counts.get(status, 0) + count
        return counts

    @property
    def finished(self) -> bool:
        return self.meta.finished_at is not None

    # --- exported files (see licensegui.core.batch.export) ----------------------------------
    def write_results(self, path: Path, words: Callable[[str], str] = str) -> int:
        """The results (``words``: the outcome column's language), whole or not at all."""
        return export.write_results(path, self.meta, self.rows(), words)

    def write_receipts(self, path: Path) -> int:
        """The receipts file (every answer's exact bytes); returns the number of receipts."""
        return export.write_receipts(path, self.meta, self.rows())


def _connect(path: Path) -> sqlite3.Connection:
    """Exclusive locking: the connection takes the file's lock at once and keeps it until
    close, so a second process cannot open the same batch."""
    try:
        return open_durable(path, timeout_s=0.5, exclusive=True)
    except sqlite3.Error as exc:
        raise _open_error(path, exc) from exc


def _open_error(path: Path, exc: sqlite3.Error) -> JournalError:
    """Why the journal at ``path`` cannot be opened, as a sentence: held by another process,
    damaged (it is left as it is), or anything else SQLite said."""
    if problem_of(exc) is DbProblem.IN_USE:
        return JournalInUse(
            translate("Journal",
                      "The journal {path} is in use by another licensegui (a window or "
                      "licensegui-cli running this batch). Let it finish or stop it "
                      "first.").format(path=path))
    if problem_of(exc) is DbProblem.DAMAGED or (
            isinstance(exc, sqlite3.DatabaseError)
            and not isinstance(exc, sqlite3.OperationalError)):
        return _damaged(path, str(exc))
    return JournalError(translate("Journal",
                                  "Cannot open the journal {path}: {exc}.").format(
                                      path=path, exc=exc))


def _damaged(path: Path, what: str) -> DamagedJournal:
    """The sentence for a damaged journal (the file is closed by now: counting its readable
    rows opens it again, read-only)."""
    return DamagedJournal(translate("Journal",
                                    "The journal {path} is damaged ({integrity}). It was left "
                                    "as it is; nothing was sent.").format(
                                        path=path, integrity=what),
                          path, journal_check.count_readable(path))


def _write_error(path: Path, exc: sqlite3.Error) -> JournalError:
    """Why a new journal could not be written at ``path``, naming its folder or the disk —
    never the hidden temporary file SQLite was writing."""
    from licensegui.core.db import disk_problem

    folder = path.parent
    if not os.access(folder, os.W_OK):
        return JournalError(translate("Journal",
                                      "Cannot write a journal in the folder {folder}: it is "
                                      "read-only (or not yours). Choose another folder "
                                      "(--journal).").format(folder=folder))
    full = disk_problem(exc)
    if full is not None:
        return JournalError(translate("Journal",
                                      "Cannot write the journal {path}: {problem}.").format(
                                          path=path, problem=full))
    return JournalError(translate("Journal",
                                  "Cannot write the journal {path}: {exc}.").format(
                                      path=path, exc=exc))


def _remove_leftovers(path: Path) -> None:
    """What runs killed while importing left beside ``path`` (their lock is free): in the
    journals folder, every one; in a folder the user chose, this journal's own only."""
    folder = path.parent
    remove_leftover_temporaries(folder, None if is_ours(folder) else path.name)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def _row(r: sqlite3.Row) -> JournalRow:
    return JournalRow(
        n=r["n"], line=r["line"], fields=tuple(json.loads(r["fields"])),
        license_key=r["license_key"], owner_name=r["owner_name"], email=r["email"],
        state=r["state"], status=r["status"], reason=r["reason"],
        detail=revived(r["detail"], r["detail_words"] if len(r) > 20 else None),  # 20: older
        idempotency_key=r["idempotency_key"], first_sent_at=r["first_sent_at"],
        sends=r["sends"], http_status=r["http_status"], code=r["code"], message=r["message"],
        verified=bool(r["verified"]), signed_at=r["signed_at"],
        raw_body=bytes(r["raw_body"]) if r["raw_body"] is not None else None,
        answered_at=r["answered_at"],
    )
