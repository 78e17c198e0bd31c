"""The batch table's rows made ready off the GUI thread: what finding a row by its number and
counting the rows by status needs is worked out where the file or journal was read, so the
GUI thread only swaps the model's rows (100,000 rows took it 0.6 s: a frozen window)."""

from __future__ import annotations

import collections
from collections.abc import Sequence
from dataclasses import dataclass

from licensegui.core.batch.input import InputRow
from licensegui.core.batch.records import JournalRow
from licensegui.core.codes import RowState, RowStatus
from licensegui.core.turns import give_way


def status_of(row: JournalRow) -> str:
    if row.status:
        return row.status
    return RowState.SENT if row.state == RowState.SENT else RowStatus.NOT_SENT


@dataclass(frozen=True)
class TableRows:
    """Rows in file order, with the map from number to position (None: numbered without
    gaps from ``first``) and how many rows have each status."""

    rows: list[JournalRow]
    first: int
    positions: dict[int, int] | None
    counts: collections.Counter[str]


def table_rows(rows: list[JournalRow]) -> TableRows:
    # Rows are found by number; a table whose numbers are not 1, 2, 3… (a spreadsheet's own
    # row numbers) needs a map from number to position.
    first = rows[0].n if rows else 1
    positions = None if all(r.n == first + i for i, r in enumerate(rows)) else {
        r.n: i for i, r in enumerate(rows)}
    return TableRows(rows, first, positions, collections.Counter(status_of(r) for r in rows))


def preview_row(row: InputRow) -> JournalRow:
    """A row of the input file as the table shows it before a journal exists."""
    return JournalRow(
        n=row.number, line=row.line, fields=row.fields, license_key=row.license_key,
        owner_name=row.owner_name, email=row.email, state=row.state,
        status=row.state if row.state in (RowState.INVALID, RowState.DUPLICATE,
                                          RowState.BLANK) else None,
        reason=row.reason,
        detail=row.detail, idempotency_key=None, first_sent_at=None, sends=0,
        http_status=None, code=None, message=None, verified=False, signed_at=None,
        raw_body=None, answered_at=None)


def preview_rows(rows: Sequence[InputRow]) -> TableRows:
    made: list[JournalRow] = []
    for start in range(0, len(rows), 1000):
        give_way()  # a window starved of the GIL runs first (core/turns.py)
        made.extend(preview_row(r) for r in rows[start:start + 1000])
    return table_rows(made)
