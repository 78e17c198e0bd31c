"""A batch's exported files: the results CSV and the receipts file (written and read here)."""

from __future__ import annotations

import base64
import binascii
import csv
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from licensegui.core.batch.records import BatchMeta, JournalRow
from licensegui.core.codes import RowStatus
from licensegui.core.csvsafe import csv_safe
from licensegui.core.errors import JournalError
from licensegui.core.files import write_atomically
from licensegui.core.text import translate

RESULT_COLUMNS = ("status", "verified", "reason", "code", "message", "signed_at",
                  "idempotency_key", "http_status", "detail")


def write_results(path: Path, meta: BatchMeta, rows: list[JournalRow]) -> int:
    """The results CSV (UTF-8 with a BOM, the input's delimiter, formula-safe): the input
    columns, then the outcome columns. Code, message and signing time are filled only for
    verified answers: an unverified answer's claims are in the receipts, not where a script
    would trust them. Returns the number of rows written."""
    _write(path, lambda handle: _results(handle, meta, rows))
    return len(rows)


def write_receipts(path: Path, meta: BatchMeta, rows: list[JournalRow]) -> int:
    """Every answer's raw body as JSON Lines, one per answered row, for offline checking
    (``licensegui-cli verify --receipts``). Returns the number of receipts."""
    answered = [r for r in rows if r.raw_body is not None]
    _write(path, lambda handle: _receipts(handle, meta, answered))
    return len(answered)


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
    verified = row.verified and row.status in (RowStatus.ASSIGNED, RowStatus.REFUSED)
    return [
        row.final_status, "true" if verified else "false", row.reason,
        row.code if verified else "", row.message if verified else "",
        iso_utc(row.signed_at) if verified else "", row.idempotency_key or "",
        row.http_status if row.http_status is not None else "", row.detail,
    ]


def _results(handle: TextIO, meta: BatchMeta, rows: list[JournalRow]) -> None:
    # The input's own delimiter: a ';' export comes from a locale whose spreadsheet expects ';'.
    writer = csv.writer(handle, delimiter=meta.delimiter)
    writer.writerow([csv_safe(h) for h in (*meta.header, *RESULT_COLUMNS)])
    width = len(meta.header)
    for row in rows:
        carried = list(row.fields) + [""] * (width - len(row.fields))
        writer.writerow([csv_safe(v) for v in (*carried, *result_values(row))])


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
        raise JournalError(translate("Journal",
                                     "Cannot write {path}: {reason}.").format(
                                         path=path, reason=exc.strerror or exc)) from exc
