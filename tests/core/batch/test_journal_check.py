"""The journal's contents checked at open: a sound journal passes in every state a row can
have (iterated from the enum, so a state added later is known), a damaged one is named, the
fast SQL pass and the row-by-row pass agree, and a damaged journal's readable rows export."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from licensegui.core.batch import journal_check
from licensegui.core.batch.input import parse_batch
from licensegui.core.batch.journal import DamagedJournal, Journal
from licensegui.core.codes import RowState, RowStatus

CSV = (b"Key;Name;Email\n" + b"".join(f"KEY-{i:04d};Näme {i};e{i}@example.com\n".encode()
                                     for i in range(6)) + b"bad key;X;x@example.com\n")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "j.sqlite3"
    Journal.create(p, parse_batch(CSV, "o.csv"), "https://v.example/api/v1", "V").close()
    return p


def _sql(path: Path, statement: str, *args: object) -> None:
    conn = sqlite3.connect(path)
    changed = conn.execute(statement, args).rowcount
    conn.commit()
    conn.close()
    # Rows carry their spreadsheet numbers (the first data row is 2): a statement that
    # touches no row would test nothing.
    assert changed == 1, statement


def _both_passes(path: Path) -> tuple[bool, list[str]]:
    conn = sqlite3.connect(path)
    try:
        return journal_check._rows_look_sound(conn), list(journal_check._row_problems(conn))
    finally:
        conn.close()


#: Each state as the journal writes it: (status, sends, first_sent_at). Rows that are never
#: sent (invalid, duplicate, blank) carry their state as their status and no sends.
AS_WRITTEN: dict[RowState, tuple[str | None, int, float | None]] = {
    RowState.PENDING: (None, 0, None),
    RowState.SENT: (None, 1, 1.5),
    RowState.DONE: (RowStatus.ASSIGNED.value, 1, 1.5),
    RowState.INVALID: (RowStatus.INVALID.value, 0, None),
    RowState.DUPLICATE: (RowStatus.DUPLICATE.value, 0, None),
    RowState.BLANK: (RowStatus.BLANK.value, 0, None),
}


def test_every_state_has_its_written_form() -> None:
    assert set(AS_WRITTEN) == set(RowState)  # a state added later needs its line here


@pytest.mark.parametrize("state", list(RowState))
def test_every_known_state_is_accepted(path: Path, state: RowState) -> None:
    status, sends, first_sent_at = AS_WRITTEN[state]
    _sql(path, "UPDATE rows SET state = ?, status = ?, sends = ?, first_sent_at = ?"
               " WHERE n = 2", state.value, status, sends, first_sent_at)
    assert _both_passes(path) == (True, [])
    Journal.open(path).close()


@pytest.mark.parametrize("state", [RowState.INVALID, RowState.DUPLICATE, RowState.BLANK])
@pytest.mark.parametrize(("status", "sends", "first_sent_at"), [
    (RowStatus.ASSIGNED.value, 0, None),  # counted as done though never sent
    (None, 0, None),
    ("same", 1, None),
    ("same", 0, 1.5),
])
def test_a_never_sent_row_that_claims_a_send_or_an_answer_is_damage(
        path: Path, state: RowState, status: str | None, sends: int,
        first_sent_at: float | None) -> None:
    status = state.value if status == "same" else status
    _sql(path, "UPDATE rows SET state = ?, status = ?, sends = ?, first_sent_at = ?"
               " WHERE n = 2", state.value, status, sends, first_sent_at)
    sound, problems = _both_passes(path)
    assert not sound and problems and "row 2" in problems[0]
    assert f"is {state.value}, never sent" in problems[0]
    with pytest.raises(DamagedJournal, match="is damaged"):
        Journal.open(path)


@pytest.mark.parametrize(("statement", "words"), [
    ("UPDATE rows SET state = 'frozen' WHERE n = 2", "state 'frozen'"),
    ("UPDATE rows SET idempotency_key = NULL WHERE n = 2", "no Idempotency-Key"),
    ("UPDATE rows SET fields = '[1, 2]' WHERE n = 2", "fields"),
    ("UPDATE rows SET email = CAST(X'FF' AS TEXT) WHERE n = 2", "email is not valid UTF-8"),
    ("UPDATE rows SET state = 'done' WHERE n = 2", "no status"),
    ("UPDATE rows SET state = 'sent' WHERE n = 2", "no first-send time"),
    ("UPDATE rows SET first_sent_at = 9e999, state = 'sent', sends = 1 WHERE n = 2",
     "first_sent_at is not a time"),
])
def test_a_damaged_row_is_named_by_both_passes(path: Path, statement: str,
                                               words: str) -> None:
    _sql(path, statement)
    sound, problems = _both_passes(path)
    assert not sound and problems and words in problems[0] and "row 2" in problems[0]
    with pytest.raises(DamagedJournal, match="is damaged") as caught:
        Journal.open(path)
    assert caught.value.readable == 6  # the other rows still read


def test_the_readable_rows_of_a_damaged_journal_export(path: Path, tmp_path: Path) -> None:
    _sql(path, "UPDATE rows SET owner_name = CAST(X'C328' AS TEXT) WHERE n = 3")
    out = tmp_path / "rows.csv"
    assert journal_check.export_readable(path, out) == (6, 1)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # Spreadsheet row numbers: the header is row 1, so the data rows are 2–8.
    assert [r["n"] for r in rows] == ["2", "4", "5", "6", "7", "8"]
    assert rows[0]["owner_name"] == "Näme 0" and rows[0]["idempotency_key"]
    assert rows[-1]["state"] == "invalid"
