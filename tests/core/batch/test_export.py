"""The receipts format, written and read in one module."""

from __future__ import annotations

from pathlib import Path

from licensegui.core.batch.export import read_receipt
from licensegui.core.batch.input import parse_batch
from licensegui.core.batch.journal import Answer, Journal
from licensegui.core.codes import RowStatus

CSV = b"key,name,email\nKEY-0001,Ann,ann@example.com\nKEY-0002,Bob,bob@example.com\n"


def test_receipts_read_back_byte_for_byte(tmp_path: Path) -> None:
    journal = Journal.create(tmp_path / "j.sqlite3", parse_batch(CSV, "orders.csv"),
                             "http://127.0.0.1:9/api/v1", "Vendor")
    try:
        bodies = {2: '{"x":"é"}'.encode(), 3: b"\xff\x00binary"}  # rows 2, 3 (header: 1)
        for n, body in bodies.items():
            journal.claim(n)
            journal.answer(n, Answer(RowStatus.NOT_VERIFIED, "not_json", "", 200, None, None,
                                     False, None, body))
        out = tmp_path / "r.jsonl"
        assert journal.write_receipts(out) == 2
        lines = out.read_text(encoding="utf-8").splitlines()
    finally:
        journal.close()
    read = [read_receipt(line) for line in lines]
    assert [(receipt["row"], body) for receipt, body in read] == list(bodies.items())


def test_a_line_that_is_not_a_receipt() -> None:
    assert read_receipt("not json") == (None, None)
    assert read_receipt("[1, 2]") == (None, None)
    receipt, body = read_receipt('{"row": 3, "body_base64": "***"}')
    assert receipt == {"row": 3, "body_base64": "***"} and body is None
