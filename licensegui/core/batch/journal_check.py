"""A journal's contents checked when it is opened — before anything is sent.

``PRAGMA quick_check`` proves the file's pages are sound, not that what they hold makes
sense: it does not check text encoding (a flipped byte in ``fields`` crashed a resume *after*
26 requests went out, writing the results), nor JSON, nor that a ``state`` is one this
version knows (a row with an unknown state was never sent and the batch said "Finished").
Here every table, every metadata value and every row is read as raw bytes and checked, so a
damaged journal is refused whole, before the first request, with a sentence.

Rows that do read are still worth having: :func:`readable_rows` and :func:`export_readable`
write what a damaged journal holds (what was sent, what was answered), for a person to
reconcile by hand.
"""

from __future__ import annotations

import csv
import json
import math
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from licensegui.core.codes import RowState, RowStatus
from licensegui.core.csvsafe import csv_safe
from licensegui.core.db import DbProblem, problem_of
from licensegui.core.files import write_atomically

#: Every metadata value a journal has, and how each must read.
_META_TEXT = ("version", "batch_id", "base_url", "profile", "input_name", "input_sha256",
              "delimiter", "header", "created_at")

#: The columns a row has (a later version may add more), by what each must hold: SQLite's
#: ``typeof`` names allowed, whether NULL is, and whether text must be JSON.
_TEXT, _INT, _REAL, _BLOB = ("text",), ("integer",), ("real", "integer"), ("blob",)


@dataclass(frozen=True)
class _Column:
    name: str
    kinds: tuple[str, ...]
    nullable: bool = False


_COLUMNS = (
    _Column("n", _INT), _Column("line", _INT), _Column("fields", _TEXT),
    _Column("license_key", _TEXT), _Column("owner_name", _TEXT), _Column("email", _TEXT),
    _Column("state", _TEXT), _Column("status", _TEXT, True), _Column("reason", _TEXT),
    _Column("detail", _TEXT), _Column("idempotency_key", _TEXT, True),
    _Column("first_sent_at", _REAL, True), _Column("sends", _INT),
    _Column("http_status", _INT, True), _Column("code", _INT, True),
    _Column("message", _TEXT, True), _Column("verified", _INT),
    _Column("signed_at", _INT, True), _Column("raw_body", _BLOB, True),
    _Column("answered_at", _REAL, True),
)
COLUMNS = tuple(c.name for c in _COLUMNS)
_WAITING = frozenset({RowState.PENDING.value, RowState.SENT.value})
#: States of rows that are never sent: their status is their state, and they have no sends.
#: (Such a row claiming "assigned" would be counted as done without ever having been sent.)
_NEVER_SENT = frozenset({RowState.INVALID.value, RowState.DUPLICATE.value,
                         RowState.BLANK.value})
_TEXT_COLUMNS = tuple(c.name for c in _COLUMNS if c.kinds == _TEXT)


def _sql_list(values: object) -> str:
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)  # type: ignore[attr-defined]


def _sound_predicate() -> str:
    """What a usable row is, in SQL (the rules of :func:`_row_problem` and
    :func:`_meaning_problem`; the states and statuses iterated from the enums)."""
    types = []
    for c in _COLUMNS:
        kinds = _sql_list(c.kinds + (("null",) if c.nullable else ()))
        types.append(f"typeof({c.name}) IN ({kinds})")
    waiting = _sql_list(sorted(_WAITING))
    return " AND ".join([
        *types,
        "json_valid(fields) AND json_type(fields) = 'array'",
        "NOT EXISTS (SELECT 1 FROM json_each(rows.fields) WHERE type != 'text')",
        f"state IN ({_sql_list(s.value for s in RowState)})",
        f"(status IS NULL OR status IN ({_sql_list(s.value for s in RowStatus)}))",
        "verified IN (0, 1) AND sends >= 0",
        f"(state NOT IN ({waiting}) OR (idempotency_key IS NOT NULL AND idempotency_key != ''"
        " AND status IS NULL))",
        f"(state != '{RowState.SENT.value}' OR (first_sent_at IS NOT NULL AND sends >= 1))",
        f"(state != '{RowState.DONE.value}' OR status IS NOT NULL)",
        f"(state NOT IN ({_sql_list(sorted(_NEVER_SENT))}) OR (status IS state AND sends = 0"
        " AND first_sent_at IS NULL))",
        "(first_sent_at IS NULL OR abs(first_sent_at) < 1e300)",
        "(answered_at IS NULL OR abs(answered_at) < 1e300)",
    ])


_SOUND = _sound_predicate()


class Damage(ValueError):
    """What is wrong with a journal's contents, as a short phrase (its first problem)."""


def check(conn: sqlite3.Connection) -> None:
    """Raise :class:`Damage` naming the first thing in the journal on ``conn`` that this
    version could not use as it is: a missing table or column, a metadata value of the
    wrong shape, a row that does not read. sqlite3 errors (a damaged page met while reading)
    are raised as they are."""
    check_tables(conn)
    _check_meta(conn)
    _check_words(conn)
    if _rows_look_sound(conn):
        return
    for problem in _row_problems(conn):
        raise Damage(problem)


def _rows_look_sound(conn: sqlite3.Connection) -> bool:
    """The fast pass: every rule of :func:`_row_problem` as one SQL predicate, and the text
    of each row decoded once, as one value. True when no row breaks a rule; False sends the
    check to the row-by-row pass, which names the first problem. (Row by row alone took
    1.7 s for a 100,000-row journal; this takes a fraction: see docs/privacy.md.)"""
    if conn.execute(f"SELECT 1 FROM rows WHERE NOT ({_SOUND}) LIMIT 1").fetchone():  # noqa: S608  # fixed text
        return False
    # The columns joined by a space: an ASCII byte can neither continue nor complete a
    # multi-byte sequence, so the whole decodes exactly when every column does.
    joined = " || ' ' || ".join(f"COALESCE({c}, '')" for c in _TEXT_COLUMNS)
    for (raw,) in conn.execute(f"SELECT CAST({joined} AS BLOB) FROM rows"):  # noqa: S608
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return False
    return True


def check_tables(conn: sqlite3.Connection) -> None:
    """Raise :class:`Damage` when a table or a column of the rows table is missing."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in ("meta", "rows"):
        if table not in tables:
            raise Damage(f"the {table} table is missing")
    have = {r[1] for r in conn.execute("PRAGMA table_info(rows)")}
    missing = [c for c in COLUMNS if c not in have]
    if missing:
        raise Damage(f"the rows table has no {missing[0]} column")


def _check_words(conn: sqlite3.Connection) -> None:
    """The words kept beside each detail (core/words.py; journals of earlier versions have
    no such column): text or nothing, and UTF-8. What they say is checked when read: a form
    that does not say its row's English detail is not used."""
    if "detail_words" not in {r[1] for r in conn.execute("PRAGMA table_info(rows)")}:
        return
    for n, kind, raw in conn.execute("SELECT n, typeof(detail_words),"
                                     " CAST(detail_words AS BLOB) FROM rows"
                                     " WHERE detail_words IS NOT NULL"):
        if kind != "text" or _text(raw) is None:
            raise Damage(f"row {n} has a detail_words that is not text")


def _check_meta(conn: sqlite3.Connection) -> None:
    values: dict[str, str] = {}
    for name, kind, raw in conn.execute(
            "SELECT CAST(name AS BLOB), typeof(value), CAST(value AS BLOB) FROM meta"):
        key = _text(name)
        if key is None:
            raise Damage("a metadata name is not text")
        value = _text(raw) if kind == "text" else None
        if value is None:
            raise Damage(f"the metadata value {key} is not text")
        values[key] = value
    for name in _META_TEXT:
        if name not in values:
            raise Damage(f"the metadata value {name} is missing")
    checks: dict[str, Callable[[str], bool]] = {
        "batch_id": _is_uuid, "base_url": lambda v: v.startswith(("https://", "http://")),
        "input_sha256": lambda v: len(v) == 64 and all(c in "0123456789abcdef" for c in v),
        "delimiter": lambda v: len(v) == 1, "header": _is_text_list,
        "created_at": _is_time, "finished_at": _is_time,
    }
    for name, fits in checks.items():
        if name in values and not fits(values[name]):
            raise Damage(f"the metadata value {name} is not what a journal keeps there")


def _row_problems(conn: sqlite3.Connection) -> Iterator[str]:
    """Each unusable row's problem, in file order (one per row)."""
    for row in _raw_rows(conn):
        problem = _row_problem(row)
        if problem is not None:
            yield problem


def _raw_rows(conn: sqlite3.Connection) -> Iterator[dict[str, tuple[str, Any]]]:
    """Every row as {column: (typeof, value)}, text read as bytes: a value that is not
    UTF-8 must be found here, not raise in the middle of a batch."""
    select = ", ".join(f"typeof({c}), CAST({c} AS BLOB)" for c in COLUMNS)
    cursor = conn.execute(f"SELECT {select} FROM rows ORDER BY n")  # noqa: S608  # fixed names
    for raw in cursor:
        yield {c: (raw[2 * i], raw[2 * i + 1]) for i, c in enumerate(COLUMNS)}


def _row_problem(row: dict[str, tuple[str, Any]]) -> str | None:
    n_kind, n_raw = row["n"]
    where = f"row {_number(n_raw)}" if n_kind == "integer" else "a row"
    values: dict[str, Any] = {}
    for column in _COLUMNS:
        kind, raw = row[column.name]
        if kind == "null":
            if not column.nullable:
                return f"{where} has no {column.name}"
            values[column.name] = None
            continue
        if kind not in column.kinds:
            return f"{where}: {column.name} is not {column.kinds[0]}"
        if kind == "text":
            text = _text(raw)
            if text is None:
                return f"{where}: {column.name} is not valid UTF-8 text"
            values[column.name] = text
        elif kind in ("integer", "real"):
            number = _number(raw)
            if number is None:
                return f"{where}: {column.name} is not a number"
            values[column.name] = number
        else:
            values[column.name] = raw
    return _meaning_problem(where, values)


def _meaning_problem(where: str, v: dict[str, Any]) -> str | None:
    """What the values of one row, each readable, do not mean together."""
    if not _is_text_list(v["fields"]):
        return f"{where}: fields is not the row's cells (JSON)"
    state = v["state"]
    if state not in {s.value for s in RowState}:  # iterated: a state added later is known
        return f"{where}: its state {state[:20]!r} is not one this version knows"
    status = v["status"]
    if status is not None and status not in {s.value for s in RowStatus}:
        return f"{where}: its status {status[:20]!r} is not one this version knows"
    if v["verified"] not in (0, 1) or v["sends"] < 0:
        return f"{where}: verified or sends is out of range"
    if state in _WAITING:
        if not v["idempotency_key"]:
            return f"{where} is waiting to be sent but has no Idempotency-Key"
        if status is not None:
            return f"{where} is waiting to be sent but has a status"
        if state == RowState.SENT and (v["first_sent_at"] is None or v["sends"] < 1):
            return f"{where} was sent but has no first-send time"
    if state == RowState.DONE and status is None:
        return f"{where} is answered but has no status"
    if state in _NEVER_SENT and (status != state or v["sends"] or v["first_sent_at"] is not None):
        return f"{where} is {state}, never sent, but says it was sent or answered"
    for name in ("first_sent_at", "answered_at"):
        if v[name] is not None and not math.isfinite(v[name]):
            return f"{where}: {name} is not a time"
    return None


def readable_rows(conn: sqlite3.Connection) -> tuple[list[dict[str, Any]], int]:
    """The rows of a (damaged) journal that read, each column as text or None, and how many
    did not. Reading stops at a page SQLite cannot read; what came before is kept."""
    good: list[dict[str, Any]] = []
    bad = 0
    try:
        for row in _raw_rows(conn):
            if _row_problem(row) is not None:
                bad += 1
                continue
            good.append({c: _shown(kind, raw) for c, (kind, raw) in row.items()})
    except sqlite3.Error as exc:
        if problem_of(exc) is DbProblem.IN_USE:
            raise  # a running batch holds it: nothing is unreadable, it is busy
        bad += 1
    return good, bad


#: The columns an export of a damaged journal writes (the answer's bytes are not: they are
#: for re-verifying, which needs the receipts file of a sound journal).
EXPORT_COLUMNS = ("n", "line", "license_key", "owner_name", "email", "state", "status",
                  "reason", "detail", "idempotency_key", "first_sent_at", "sends",
                  "http_status", "code", "message", "verified", "signed_at", "answered_at")


def export_readable(journal: Path, out: Path) -> tuple[int, int]:
    """Write the readable rows of the journal at ``journal`` (however damaged) to the CSV
    ``out``; returns (rows written, rows unreadable). The journal is opened read-only and
    left as it is. Raises sqlite3.Error when not even its row table reads, OSError when
    ``out`` cannot be written."""
    conn = sqlite3.connect(f"{journal.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows, bad = readable_rows(conn)
    finally:
        conn.close()

    def write(handle: TextIO) -> None:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        for row in rows:
            writer.writerow([csv_safe(row[c]) for c in EXPORT_COLUMNS])

    write_atomically(out, write, encoding="utf-8-sig")
    return len(rows), bad


def count_readable(path: Path) -> int:
    """How many rows of the journal at ``path`` read (0 when none do): whether an export is
    worth offering."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        return len(readable_rows(conn)[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def _shown(kind: str, raw: Any) -> Any:
    if kind == "null":
        return None
    if kind == "blob":
        return f"<{len(raw)} bytes>"
    if kind == "text":
        return _text(raw)
    return _number(raw)


def _text(raw: Any) -> str | None:
    if not isinstance(raw, bytes):
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _number(raw: Any) -> float | None:
    """A number from CAST(… AS BLOB) of an integer or real column (SQLite renders it as
    its text); an int stays an int."""
    text = _text(raw)
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _is_time(text: str) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return math.isfinite(value) and value >= 0


def _is_text_list(text: str) -> bool:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


__all__ = ["COLUMNS", "Damage", "check", "check_tables", "count_readable", "export_readable",
           "readable_rows"]
