"""A batch's exported files: the results (CSV or .xlsx) and the receipts file (written and
read here)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import csv
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from licensegui.core.batch.records import BatchMeta, JournalRow
from licensegui.core.batch.xlsx_export import write_xlsx
from licensegui.core.codes import Outcome, RowState, RowStatus
from licensegui.core.csvsafe import csv_safe
from licensegui.core.errors import JournalError
from licensegui.core.files import check_replaceable, temporary_beside, write_atomically
from licensegui.core.headline import headline, outcome_of_row
from licensegui.core.text import translate

RESULT_COLUMNS = ("status", "verified", "reason", "code", "message", "signed_at",
                  "idempotency_key", "http_status", "detail", "row")
# After the columns scripts read (English names, stable values): the one for a person, in
# the language of whoever exported (the window's; the CLI's English).
OUTCOME_COLUMN = "outcome"
#: The .xlsx's outcome columns: what a person reads first (status, the outcome in words, the
#: server's code and message, when it was signed, the request's Idempotency-Key), then the
#: rest of what the CSV has.
XLSX_COLUMNS = ("status", "outcome", "code", "message", "signed_at", "idempotency_key",
                "verified", "reason", "http_status", "detail", "row")
#: Rows the ledger answered: nothing went out for them (issue 28), so no HTTP status of
#: their own, and "not sent" rather than a verification that was never made now.
_NOT_SENT = (RowStatus.ALREADY_ASSIGNED, RowStatus.ASSIGNED_ELSEWHERE)


def write_results(path: Path, meta: BatchMeta, rows: list[JournalRow],
                  words: Callable[[str], str] = str) -> int:
    """The results, as the suffix of ``path`` says: an .xlsx workbook (every cell text, see
    :mod:`~licensegui.core.batch.xlsx_export`), else a CSV (UTF-8 with a BOM, the input's
    delimiter, formula-safe, header included): the input columns, then the outcome columns,
    one row per input row in input order (blank ones too), so the results sit beside the
    input. Code, message and signing time are filled only for verified answers: an
    unverified answer's claims are in the receipts, not where a script would trust them;
    ``verified`` is empty for a row without an answer. ``words`` translates the outcome's
    words (the window passes the user's language). Returns the number of rows written."""
    if path.suffix.lower() == ".xlsx":
        try:
            write_xlsx(path, meta, XLSX_COLUMNS, rows, lambda row: xlsx_values(row, words))
        except OSError as exc:
            raise _cannot_write(path, exc) from exc
        return len(rows)
    _write(path, lambda handle: _results(handle, meta, rows, words))
    return len(rows)


def write_receipts(path: Path, meta: BatchMeta, rows: list[JournalRow]) -> int:
    """Every answer's raw body as JSON Lines, one per answered row, for offline checking
    (``licensegui-cli verify --receipts``). Returns the number of receipts."""
    answered = [r for r in rows if r.raw_body is not None]
    _write(path, lambda handle: _receipts(handle, meta, answered))
    return len(answered)


def check_writable(path: Path) -> None:
    """Raise :class:`JournalError` (the OS's reason, as a sentence) when ``path`` cannot be
    written: a read-only folder or file system, a missing folder, a folder in its place.
    Tried for real (a file made beside it and removed), as writing it would."""
    if path.is_dir():
        raise JournalError(translate("Journal", "Cannot write {path}: it is a folder.").format(
            path=path))
    try:
        check_replaceable(path)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    probe = temporary_beside(path)
    try:
        with open(probe, "x", encoding="utf-8"):
            pass
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    with contextlib.suppress(OSError):
        probe.unlink()


def read_receipt(line: str) -> tuple[dict[str, Any] | None, bytes | None]:
    """One line of a receipts file: (the receipt, the answer's exact bytes). (None, None) for
    a line that is not a JSON object; the receipt with None for one whose body is unusable."""
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        return None, None
    if not isinstance(data, dict):
        return None, None
    if isinstance(data.get("body"), str):
        return data, data["body"].encode("utf-8")
    if isinstance(data.get("body_base64"), str):
        try:
            return data, base64.b64decode(data["body_base64"], validate=True)
        except (binascii.Error, ValueError):
            return data, None
    return data, None


def iso_utc(timestamp: int | None) -> str:
    if timestamp is None:
        return ""
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp))
    except (OverflowError, OSError, ValueError):
        return ""


def result_values(row: JournalRow) -> list[object]:
    """A row's cells in :data:`RESULT_COLUMNS` order; the last, ``row``, is its spreadsheet
    row number (sorting the results keeps the link to the input: issue 28)."""
    verified = row.verified and row.status in (RowStatus.ASSIGNED, RowStatus.REFUSED)
    held = row.status in _NOT_SENT
    return [
        row.final_status, "not sent" if held else _verified_cell(row, verified), row.reason,
        row.code if verified else "", row.message if verified else "",
        iso_utc(row.signed_at) if verified else "", row.idempotency_key or "",
        row.http_status if row.http_status is not None and not held else "", row.detail,
        row.n,
    ]


def xlsx_values(row: JournalRow, words: Callable[[str], str] = str) -> list[object]:
    """A row's outcome cells in :data:`XLSX_COLUMNS` order."""
    (status, verified_cell, reason, code, message, signed_at, idempotency_key, http_status,
     detail, number) = result_values(row)
    return [status, outcome_words(row, words), code, message, signed_at, idempotency_key,
            verified_cell, reason, http_status, detail, number]


# A row that is no request, in the batch window's words for it (the same catalog entries).
_NO_REQUEST = {RowState.INVALID: translate("BatchWindow", "Invalid"),
               RowState.DUPLICATE: translate("BatchWindow", "Duplicate"),
               RowState.BLANK: translate("BatchWindow", "Blank row")}


def outcome_words(row: JournalRow, words: Callable[[str], str] = str) -> str:
    """The row's outcome as a person reads it, as the batch window's status says it (the
    headline's words, a refusal with its code; "Invalid", "Duplicate"), through ``words``."""
    if row.state in _NO_REQUEST:
        return words(_NO_REQUEST[RowState(row.state)])
    outcome = outcome_of_row(row.status, row.reason, row.code)
    if outcome is None:
        return ""
    said = words(headline(outcome).words)
    if outcome in (Outcome.REFUSED, Outcome.API_KEY_REFUSED) and row.code is not None:
        said += f" ({row.code})"
    return said


def _verified_cell(row: JournalRow, verified: bool) -> str:
    """"true"/"false" for a row with an answer; empty for one without (never sent, or no
    answer came): "false" would claim a check that was never made."""
    if row.raw_body is None and row.status not in (RowStatus.ASSIGNED, RowStatus.REFUSED,
                                                   RowStatus.NOT_VERIFIED):
        return ""
    return "true" if verified else "false"


def _results(handle: TextIO, meta: BatchMeta, rows: list[JournalRow],
             words: Callable[[str], str]) -> None:
    # The input's own delimiter: a ';' export comes from a locale whose spreadsheet expects ';'.
    writer = csv.writer(handle, delimiter=meta.delimiter)
    writer.writerow([_safe(h) for h in (*meta.header, *RESULT_COLUMNS, OUTCOME_COLUMN)])
    width = len(meta.header)
    for row in rows:
        carried = list(row.fields) + [""] * (width - len(row.fields))
        writer.writerow([_safe(v) for v in (*carried, *result_values(row),
                                            outcome_words(row, words))])


def _safe(value: object) -> str:
    """A results cell that no spreadsheet runs: :func:`csv_safe`, and a leading sign even on
    a number ("-2" as an owner's name is text a person typed; a results file carries no
    formulas and no computed numbers from the input, so nothing of value is lost)."""
    text = csv_safe(value)
    if text[:1] in ("-", "+") and text != "-" * len(text):
        return "'" + text
    return text


def _receipts(handle: TextIO, meta: BatchMeta, rows: list[JournalRow]) -> None:
    for row in rows:
        body = row.raw_body or b""
        record: dict[str, object] = {
            "batch": meta.batch_id, "row": row.n, "license_key": row.license_key,
            "idempotency_key": row.idempotency_key, "status": row.final_status,
            "http_status": row.http_status,
        }
        try:
            record["body"] = body.decode("utf-8")
        except UnicodeDecodeError:
            record["body_base64"] = base64.b64encode(body).decode("ascii")
        handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def _write(path: Path, write: Callable[[TextIO], None]) -> None:
    """Written whole or not at all; a CSV with a BOM, so spreadsheet programs read accents."""
    encoding = "utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8"
    try:
        write_atomically(path, write, encoding=encoding)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc


def _cannot_write(path: Path, exc: OSError) -> JournalError:
    return JournalError(translate("Journal", "Cannot write {path}: {reason}.").format(
        path=path, reason=exc.strerror or exc))
