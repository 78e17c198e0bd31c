"""The history as a file for a spreadsheet: CSV (the locale's list separator, UTF-8 with a BOM)
or ``.xlsx``, every cell formula-safe, times as ISO 8601 with their UTC offset.

Reading for an export forgives damage: a history file with unreadable pages gives the rows
that can still be read, and says how many could not (:func:`read_for_export`), so a damaged
file is never a traceback and never an empty export that looks complete.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from licensegui.core.csvsafe import csv_safe
from licensegui.core.files import (
    check_replaceable,
    create_private,
    temporary_beside,
    write_atomically,
)
from licensegui.core.headline import outcome_of_answer
from licensegui.core.history import Attempt, attempt_of
from licensegui.core.xlsx_close import close_workbook

#: The columns of an export, in order. ``outcome`` and ``signature`` are last so scripts that
#: read the earlier columns by position keep working.
CSV_COLUMNS = (
    "id", "at", "profile", "base_url", "license_key", "owner_name", "email", "http_status",
    "code", "message", "verified", "reason", "detail", "elapsed_ms", "idempotency_key", "batch",
    "outcome", "signature",
)

#: Separators a CSV export may use (a quote or a line break would break every reader).
SEPARATORS = (",", ";", "\t", "|")


def list_separator(decimal_point: str) -> str:
    """The list separator spreadsheet programs expect where numbers are written with
    ``decimal_point``: ``;`` where the comma is the decimal separator (German, French,
    Spanish Excel split a comma-separated file into one column), else ``,``."""
    return ";" if decimal_point == "," else ","


def iso_time(timestamp: float) -> str:
    """``2026-11-30T21:04:05+01:00``: local time with its offset, so a file read in another
    time zone (or after a daylight-saving change) still names the same instant."""
    return dt.datetime.fromtimestamp(timestamp).astimezone().isoformat(timespec="seconds")


def signature_words(a: Attempt) -> str:
    """The signature column: ``verified``, ``not verified (reason)``, or "" without an answer
    (nothing was signed, so nothing can be said of a signature)."""
    if a.verified:
        return "verified"
    if a.raw_body is None and a.http_status is None:
        return ""
    return f"not verified ({a.reason})"


def cells(a: Attempt) -> list[str]:
    """One attempt as the export's cells, each formula-safe text."""
    outcome = outcome_of_answer(a.verified, a.code, a.reason, a.http_status)
    values = (a.id, iso_time(a.at), a.profile, a.base_url, a.license_key, a.owner_name,
              a.email, a.http_status, a.code, a.message, "yes" if a.verified else "no",
              a.reason, a.detail, a.elapsed_ms, a.idempotency_key, a.batch,
              outcome.value, signature_words(a))
    return [csv_safe(v) for v in values]


def export_csv(attempts: Iterable[Attempt], separator: str = ",") -> str:
    """The CSV text (header first). Raises ValueError for a separator no reader could use."""
    out = io.StringIO()
    _write_csv_rows(out, attempts, separator)
    return out.getvalue()


def _write_csv_rows(out: io.TextIOBase | object, attempts: Iterable[Attempt],
                    separator: str) -> None:
    if separator not in SEPARATORS:
        raise ValueError(f"a CSV separator must be one of {' '.join(map(repr, SEPARATORS))}")
    writer = csv.writer(out, delimiter=separator)  # type: ignore[arg-type]
    writer.writerow(CSV_COLUMNS)
    for a in attempts:
        writer.writerow(cells(a))


def write_csv(path: Path, attempts: Iterable[Attempt], separator: str = ",") -> None:
    """The export as a file, written whole or not at all (raises OSError): UTF-8 with a BOM,
    so spreadsheet programs read accents, and ``separator`` between cells."""
    if separator not in SEPARATORS:  # before the file is touched
        raise ValueError(f"a CSV separator must be one of {' '.join(map(repr, SEPARATORS))}")
    write_atomically(path, lambda handle: _write_csv_rows(handle, attempts, separator),
                     encoding="utf-8-sig")


def write_xlsx(path: Path, attempts: Iterable[Attempt]) -> None:
    """The export as an ``.xlsx`` workbook, written whole or not at all (raises OSError).
    Constant memory (XlsxWriter flushes each row), and every cell is written as a string:
    a spreadsheet never evaluates a name or message as a formula, nor turns a key into a
    number or a date."""
    # Imported when used: only an .xlsx export needs the writer.
    import xlsxwriter
    import xlsxwriter.exceptions

    check_replaceable(path)
    tmp = temporary_beside(path)
    try:
        # 0600 before the writer opens it (it keeps the mode of the file it truncates):
        # an .xlsx holds owners' names and emails as much as a CSV (issue 28).
        create_private(tmp)
        # Its row files go beside the export, not to the shared temporary folder: they hold
        # owners' names and emails.
        workbook = xlsxwriter.Workbook(str(tmp), {"constant_memory": True,
                                                  "tmpdir": str(path.parent),
                                                  "strings_to_formulas": False,
                                                  "strings_to_numbers": False,
                                                  "strings_to_urls": False})
        sheet = workbook.add_worksheet("History")
        for col, name in enumerate(CSV_COLUMNS):
            sheet.write_string(0, col, name)
        for row, a in enumerate(attempts, start=1):
            for col, value in enumerate(cells(a)):
                sheet.write_string(row, col, value)
        sheet.freeze_panes(1, 0)
        close_workbook(workbook)
        with open(tmp, "rb") as handle:  # the rename must not reach the disk before the data
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_export(path: Path, attempts: Iterable[Attempt], separator: str = ",") -> None:
    """``.xlsx`` by the file's suffix, else CSV with ``separator``."""
    if path.suffix.lower() == ".xlsx":
        write_xlsx(path, attempts)
    else:
        write_csv(path, attempts, separator)


@dataclass
class Readable:
    """What an export could read of a history file: the rows (newest first), how many rows
    could not be read, and why the file is damaged ("" when it is not)."""

    attempts: list[Attempt] = field(default_factory=list)
    unreadable: int = 0
    problem: str = ""
    #: False when not even the number of rows could be read (``unreadable`` is then 0).
    counted: bool = True


def read_for_export(path: Path, since: float | None = None) -> Readable:
    """Every attempt of the history file at ``path`` (those from ``since`` on) that can be
    read. The file is only read, never repaired or moved: a damaged file stays as it is for
    whoever examines it. A whole read first; when SQLite reports damage, row by row from a
    temporary copy (removed afterwards: it holds owners' names), counting the rows that
    cannot be read."""
    if not path.exists():
        return Readable()
    try:
        # Read-only through a URI, so the export cannot change or set aside the file.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.row_factory = sqlite3.Row
            rows = conn.execute("SELECT * FROM attempts ORDER BY id DESC").fetchall()
            return Readable([a for a in map(attempt_of, rows) if _from(a, since)])
        finally:
            conn.close()
    except (sqlite3.Error, ValueError, TypeError) as exc:
        problem = str(exc)
    with tempfile.TemporaryDirectory(prefix="licensegui-export-") as folder:
        try:
            copy = _mended_copy(path, Path(folder))
            conn = sqlite3.connect(copy)
        except (OSError, sqlite3.Error):
            return Readable(problem=problem, counted=False)
        try:
            conn.row_factory = sqlite3.Row
            try:
                # Whole from the copy: the file may be sound where it lies but unopenable
                # there (a read-only disk cannot take the -shm SQLite needs beside it).
                rows = conn.execute("SELECT * FROM attempts ORDER BY id DESC").fetchall()
                return Readable([a for a in map(attempt_of, rows) if _from(a, since)])
            except (sqlite3.Error, ValueError, TypeError):
                return _row_by_row(conn, since, problem)
        finally:
            conn.close()


def _mended_copy(path: Path, folder: Path) -> Path:
    """A copy of the file (and its write-ahead log) to read row by row. A truncated file
    still claims its old page count in its header, and SQLite then refuses every page; the
    copy's header claims the pages it has, so the pages before the cut can be read."""
    copy = folder / path.name
    shutil.copyfile(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    with open(copy, "r+b") as handle:
        header = handle.read(100)
        if len(header) == 100 and header.startswith(b"SQLite format 3\0"):
            page_size = int.from_bytes(header[16:18], "big")
            page_size = 65_536 if page_size == 1 else page_size
            pages = copy.stat().st_size // page_size if page_size >= 512 else 0
            if 0 < pages < int.from_bytes(header[28:32], "big"):
                handle.seek(28)
                handle.write(pages.to_bytes(4, "big"))
    return copy


def _from(a: Attempt, since: float | None) -> bool:
    return since is None or a.at >= since


def _row_by_row(conn: sqlite3.Connection, since: float | None, problem: str) -> Readable:
    ids = _known_ids(conn)
    if ids is None:
        return Readable(problem=problem, counted=False)
    found, unreadable = [], 0
    for attempt_id in sorted(ids, reverse=True):
        try:
            row = conn.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
            attempt = attempt_of(row) if row is not None else None
            if attempt is not None:
                iso_time(attempt.at)  # a damaged time would fail the writer later
        except (sqlite3.Error, ValueError, TypeError, OverflowError, OSError, IndexError):
            attempt = None
        if attempt is None:
            unreadable += 1  # the index says it exists, the table cannot give it
        elif _from(attempt, since):
            found.append(attempt)
    return Readable(found, unreadable, problem)


def _known_ids(conn: sqlite3.Connection) -> set[int] | None:
    """The ids of every attempt, from wherever they can still be read: the table itself, or
    one of its indexes (each holds every row's id), whichever lists the most."""
    best: set[int] | None = None
    for sql in ("SELECT id FROM attempts",
                *(f"SELECT id FROM attempts INDEXED BY {index}"  # noqa: S608  # fixed names
                  for index in ("attempts_at", "attempts_license_key",
                                "attempts_idempotency_key", "attempts_signature"))):
        got = set(_ids(conn, sql))
        if best is None or len(got) > len(best):
            best = got
    return best or None


def _ids(conn: sqlite3.Connection, sql: str) -> Iterator[int]:
    """The ids a query yields until the file stops it."""
    try:
        for (attempt_id,) in conn.execute(sql):
            if isinstance(attempt_id, int):
                yield attempt_id
    except sqlite3.Error:
        return
