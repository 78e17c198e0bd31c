"""The batch journal: keys committed before sending, answers kept, one owner at a time."""

from __future__ import annotations

import base64
import csv
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from licensegui.core.batch.input import parse_batch
from licensegui.core.batch.journal import Answer, Journal, JournalError
from licensegui.core.codes import RowState, RowStatus
from tests.helpers.sentences import SentenceGuard
from tests.helpers.waiting import wait_until

ASSIGNED, NOT_VERIFIED = RowStatus.ASSIGNED, RowStatus.NOT_VERIFIED
SENT, DONE = RowState.SENT, RowState.DONE

CSV = (b"Key;Name;Email;Note\n"
       b"KEY-0001;Ann;ann@example.com;=HYPERLINK(\"x\")\n"
       b"KEY-0002;Bob;bob@example.com;\n"
       b"bad key;Cy;cy@example.com;\n"
       b"KEY-0001;Dup;dup@example.com;\n")


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    j = Journal.create(tmp_path / "j.sqlite3", parse_batch(CSV, "orders.csv"),
                       "http://127.0.0.1:9/api/v1", "Vendor")
    yield j
    j.close()


def test_every_valid_row_has_its_idempotency_key_committed_at_import(
        journal: Journal, tmp_path: Path) -> None:
    rows = journal.rows()
    keys = [r.idempotency_key for r in rows]
    assert keys[0] and keys[1] and keys[0] != keys[1]
    assert keys[2] is None and keys[3] is None  # invalid and duplicate rows are never sent
    assert journal.to_send() == [2, 3]
    journal.close()
    again = Journal.open(tmp_path / "j.sqlite3")
    try:
        assert [r.idempotency_key for r in again.rows()] == keys
        assert again.meta.input_name == "orders.csv" and again.meta.delimiter == ";"
        assert again.counts() == {"assigned": 0, "refused": 0, "not_verified": 0,
                                  "invalid": 1, "duplicate": 1, "not_sent": 2}
    finally:
        again.close()


def test_a_claimed_row_stays_to_send_until_answered(journal: Journal) -> None:
    before = journal.claim(2)
    assert before.sends == 0 and before.state == "pending"
    row = journal.rows()[0]
    assert row.state == SENT and row.sends == 1 and row.first_sent_at is not None
    first_sent = row.first_sent_at
    assert journal.to_send() == [2, 3]  # sent without an answer: sent again on resume
    again = journal.claim(2)
    assert again.sends == 1 and again.first_sent_at == first_sent
    assert journal.rows()[0].first_sent_at == first_sent  # freshness runs from the first send
    done = journal.answer(2, Answer(ASSIGNED, "verified", "Assigned.", 200, 800,
                                    "License key assigned", True, 1_800_000_000, b"{}"))
    assert done.state == DONE and done.status == ASSIGNED
    assert journal.to_send() == [3]
    with pytest.raises(JournalError, match="not waiting"):
        journal.claim(2)


def test_create_never_overwrites(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="already exists"):
        Journal.create(tmp_path / "j.sqlite3", parse_batch(CSV, "o.csv"), "http://x", "P")


def test_a_second_process_is_refused_while_one_holds_the_journal(journal: Journal,
                                                                  tmp_path: Path) -> None:
    code = textwrap.dedent(f"""
        from pathlib import Path
        from licensegui.core.batch.journal import Journal, JournalError
        try:
            Journal.open(Path({str(tmp_path / 'j.sqlite3')!r}))
        except JournalError as exc:
            print("refused:", exc)
        else:
            print("opened")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.startswith("refused:") and "in use" in out
    journal.close()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.strip() == "opened"


@pytest.mark.parametrize("damage", [b"not a database at all" * 100, b""])
def test_a_damaged_journal_is_refused_and_left_as_it_is(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(damage)
    with pytest.raises(JournalError) as err:
        Journal.open(path)
    assert "nothing was sent" in str(err.value) or "not a licensegui batch journal" in str(
        err.value)
    assert path.read_bytes() == damage


def test_a_journal_with_a_damaged_page_is_refused(journal: Journal, tmp_path: Path) -> None:
    journal.close()
    path = tmp_path / "j.sqlite3"
    data = bytearray(path.read_bytes())
    assert len(data) >= 5 * 4096
    # The last page (the rows or their index): the queries that open the journal never read
    # it, so only PRAGMA quick_check can find this (page 2, the meta table, failed earlier).
    data[-4096:] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    with pytest.raises(JournalError, match="damaged"):
        Journal.open(path)
    assert path.read_bytes() == bytes(data)


def test_results_keep_the_input_columns_and_are_formula_safe(journal: Journal,
                                                            tmp_path: Path) -> None:
    journal.claim(2)
    journal.answer(2, Answer(ASSIGNED, "verified", "Assigned.", 200, 800, "=cmd|' /C calc'!A0",
                             True, 1_800_000_000, b'{"a":1}'))
    journal.claim(3)
    journal.answer(3, Answer(NOT_VERIFIED, "signature_mismatch", "Altered.", 200, 800,
                             "License key assigned", False, 1_800_000_000, b"\xff\xfe"))
    out = tmp_path / "results.csv"
    assert journal.write_results(out) == 4
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: spreadsheets read accents
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Key", "Name", "Email", "Note", "status", "verified", "reason", "code",
                       "message", "signed_at", "idempotency_key", "http_status", "detail",
                       "row", "outcome"]
    first, second, invalid, dup = (dict(zip(rows[0], r, strict=True)) for r in rows[1:])
    assert first["Note"] == "'=HYPERLINK(\"x\")"
    assert first["message"] == "'=cmd|' /C calc'!A0"
    assert (first["status"], first["verified"], first["code"]) == ("assigned", "true", "800")
    assert first["signed_at"] == "2027-01-15T08:00:00Z"
    assert (first["outcome"], second["outcome"]) == ("Assigned", "Not authentic")
    # An unverified answer's claims are not where a script would trust them.
    assert (second["status"], second["verified"], second["code"], second["message"],
            second["signed_at"]) == ("not_verified", "false", "", "", "")
    assert second["reason"] == "signature_mismatch"
    assert (invalid["status"], invalid["reason"]) == ("invalid", "invalid_license_key")
    assert (dup["status"], dup["reason"]) == ("duplicate", "duplicate")


def test_receipts_hold_each_answer_byte_for_byte(journal: Journal, tmp_path: Path) -> None:
    journal.claim(2)
    journal.answer(2, Answer(ASSIGNED, "verified", "", 200, 800, "ok", True, 1, b'{"x":"\\u00e9"}'))
    journal.claim(3)
    journal.answer(3, Answer(NOT_VERIFIED, "not_json", "", 200, None, None, False, None,
                             b"\xff\x00binary"))
    out = tmp_path / "r.jsonl"
    assert journal.write_receipts(out) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["row"] for r in lines] == [2, 3]
    assert lines[0]["body"].encode() == b'{"x":"\\u00e9"}'
    assert base64.b64decode(lines[1]["body_base64"]) == b"\xff\x00binary"
    assert lines[0]["batch"] == journal.meta.batch_id


def test_results_written_over_an_unwritable_place_say_so(journal: Journal,
                                                         tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="Cannot write"):
        journal.write_results(tmp_path / "missing-folder" / "r.csv")
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_journal_only_read_is_still_held(journal: Journal, tmp_path: Path) -> None:
    """The window reads a finished batch to show it: another process still cannot take it."""
    journal.close()
    reader = Journal.open(tmp_path / "j.sqlite3")
    try:
        with pytest.raises(JournalError, match="in use"):
            Journal.open(tmp_path / "j.sqlite3")
    finally:
        reader.close()


def test_a_process_killed_while_importing_leaves_no_half_made_journal(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from licensegui.core.batch.input import parse_batch
        from licensegui.core.batch.journal import Journal
        rows = "".join(f"K-{{i:06d}},Owner {{i}},o{{i}}@example.com\\n" for i in range(100000))
        batch = parse_batch(("key,name,email\\n" + rows).encode(), "big.csv")
        print("parsed", flush=True)
        Journal.create(Path({str(path)!r}), batch, "http://127.0.0.1:9/api/v1", "P")
        print("created", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "parsed"
    # Killed once the import is under way (its temporary file exists), not after a guessed
    # time: an import quicker than the guess skipped the assertion below.
    wait_until(lambda: list(tmp_path.glob(".big.sqlite3.*")), 60, "the import's temporary file")
    proc.kill()
    out, _ = proc.communicate(timeout=30)
    assert "created" not in out, "the import finished before the kill"
    assert not path.exists()
    batch = parse_batch(b"key,name,email\nK-000001,A,a@example.com\n", "big.csv")
    journal = Journal.open(path) if path.exists() else Journal.create(
        path, batch, "http://127.0.0.1:9/api/v1", "P")
    journal.close()


def test_every_field_of_a_row_survives_a_reopen(journal: Journal, tmp_path: Path) -> None:
    """What resuming rests on: the journal gives back exactly what it was given."""
    from licensegui.core.batch.journal import JournalRow

    before = journal.claim(3)
    key = before.idempotency_key
    first_sent = journal.rows()[1].first_sent_at
    journal.claim(3)  # a second send of the same row
    journal.answer(3, Answer("refused", "maybe_assigned_earlier", "Probably…", 200, 801,
                             "Invalid or already assigned license key", True, 1_800_000_123,
                             b'{"body":1}'))
    journal.claim(2)
    journal.note_failure(2, "network_error", "The line is down.")
    journal.close()
    again = Journal.open(tmp_path / "j.sqlite3")
    try:
        rows = again.rows()
        two = rows[1]
        assert two == JournalRow(
            n=3, line=3, fields=("KEY-0002", "Bob", "bob@example.com", ""),
            license_key="KEY-0002", owner_name="Bob", email="bob@example.com", state="done",
            status="refused", reason="maybe_assigned_earlier", detail="Probably…",
            idempotency_key=key, first_sent_at=first_sent, sends=2, http_status=200, code=801,
            message="Invalid or already assigned license key", verified=True,
            signed_at=1_800_000_123, raw_body=b'{"body":1}', answered_at=two.answered_at)
        assert two.answered_at is not None and two.answered_at >= (first_sent or 0)
        one = rows[0]
        assert (one.state, one.status, one.reason, one.detail, one.sends, one.raw_body,
                one.final_status) == ("sent", None, "network_error", "The line is down.", 1,
                                      None, "not_sent")
        assert one.request().license_key == "KEY-0001"
        assert rows[2].final_status == "invalid" and rows[3].final_status == "duplicate"
        assert again.to_send() == [2]
        assert again.counts() == {"assigned": 0, "refused": 1, "not_verified": 0,
                                  "invalid": 1, "duplicate": 1, "not_sent": 1}
        meta = again.meta
        assert (meta.base_url, meta.profile, meta.input_name, meta.delimiter,
                meta.header, meta.finished_at) == (
            "http://127.0.0.1:9/api/v1", "Vendor", "orders.csv", ";",
            ("Key", "Name", "Email", "Note"), None)
        assert len(meta.input_sha256) == 64 and meta.created_at > 1_700_000_000
        again.mark_finished()
        assert again.finished and again.meta.finished_at is not None
    finally:
        again.close()


def test_result_and_receipt_fields_for_every_kind_of_row(journal: Journal,
                                                         tmp_path: Path) -> None:
    journal.claim(2)
    journal.answer(2, Answer("refused", "verified", "Refused: code 801.", 200, 801,
                             "Invalid or already assigned license key", True, 1_800_000_000,
                             b"{}"))
    journal.claim(3)
    journal.note_failure(3, "network_error", "Timed out.")
    out = tmp_path / "r.csv"
    journal.write_results(out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(),
                               delimiter=";"))
    key_one = journal.rows()[0].idempotency_key
    assert {k: rows[0][k] for k in ("status", "verified", "reason", "code", "message",
                                    "signed_at", "idempotency_key", "http_status",
                                    "detail")} == {
        "status": "refused", "verified": "true", "reason": "verified", "code": "801",
        "message": "Invalid or already assigned license key",
        "signed_at": "2027-01-15T08:00:00Z", "idempotency_key": key_one,
        "http_status": "200", "detail": "Refused: code 801."}
    assert {k: rows[1][k] for k in ("status", "verified", "reason", "code", "http_status",
                                    "detail")} == {
        "status": "not_sent", "verified": "", "reason": "network_error", "code": "",
        "http_status": "", "detail": "Timed out."}
    receipts = tmp_path / "r.jsonl"
    assert journal.write_receipts(receipts) == 1
    record = json.loads(receipts.read_text(encoding="utf-8"))
    assert record == {"batch": journal.meta.batch_id, "row": 2, "license_key": "KEY-0001",
                      "idempotency_key": key_one, "status": "refused", "http_status": 200,
                      "body": "{}"}
    text = receipts.read_text(encoding="utf-8")
    assert text.endswith("\n") and text.count("\n") == 1


def test_results_are_replaced_whole_never_half_written(journal: Journal,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    out.write_text("the previous results\n", encoding="utf-8")
    journal.write_results(out)
    assert out.read_text(encoding="utf-8-sig").startswith("Key;Name;Email;Note;status")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_results_carry_the_row_number_and_say_not_sent_for_rows_the_ledger_answered(
        tmp_path: Path) -> None:
    """Issue 28, item 6: sorting the results lost the link to the input (no row number);
    an already-assigned row (nothing sent) read verified=false and http_status=200."""
    from licensegui.core.batch.export import RESULT_COLUMNS, result_values
    from licensegui.core.batch.records import JournalRow

    row = JournalRow(7, 7, ("K",), "K", "Ann", "ann@example.com", "done", "already_assigned",
                     "verified", "Already assigned to this owner.", "idem", 1.0, 0, 200, 800,
                     "License key assigned", True, 1_800_000_000, b"{}", 2.0)
    cells = dict(zip(RESULT_COLUMNS, result_values(row), strict=True))
    assert cells["row"] == 7
    assert cells["verified"] == "not sent" and cells["http_status"] == ""


def test_a_rows_sentence_reads_back_as_it_was_made_in_any_later_run(
        journal: Journal, tmp_path: Path, known_sentences: SentenceGuard) -> None:
    """Issue 28, item 4: a reason made in English by the core is kept with how it was made,
    so a window reopened later (in German) says it again in German; the English detail
    stays the column scripts read. An older journal without that column still opens, and
    its first write adds it."""
    from licensegui.core.text import Text, translate

    # Shortened forms of the runner's sentences: what is kept is the point, not the words.
    known_sentences.allow("Service", "Cancelled while the request was out: the server may "
                          "have acted on it.")
    known_sentences.allow("Batch", "Already assigned to this owner on {when} by this computer")
    cancelled = translate("Service", "Cancelled while the request was out: the server may "
                          "have acted on it.")
    journal.claim(2)
    journal.note_failure(2, "cancelled", cancelled)
    assigned = translate("Batch", "Already assigned to this owner on {when} by this computer"
                         ).format(when="2026-12-07 10:00")
    journal.claim(3)
    journal.answer(3, Answer(ASSIGNED, "already_assigned", assigned, None, 800, None, True,
                             None, None))
    journal.close()
    again = Journal.open(tmp_path / "j.sqlite3")
    try:
        first, second = again.rows()[:2]
        assert isinstance(first.detail, Text) and first.detail.source == cancelled.source
        assert isinstance(second.detail, Text) and second.detail.args == {
            "when": "2026-12-07 10:00"}
    finally:
        again.close()
    import contextlib
    import sqlite3

    with contextlib.closing(sqlite3.connect(tmp_path / "j.sqlite3")) as conn:
        conn.execute("ALTER TABLE rows DROP COLUMN detail_words")  # as older versions wrote it
        conn.commit()
    older = Journal.open(tmp_path / "j.sqlite3")
    try:
        assert older.rows()[0].detail == str(cancelled)  # the English sentence, as kept
        older.note_failure(2, "cancelled", cancelled)
        assert isinstance(older.row(2).detail, Text)
    finally:
        older.close()
