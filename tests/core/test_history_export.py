"""The history export (issue 19): the locale's list separator, ISO 8601 times with their offset,
Outcome and Signature columns, an .xlsx whose every cell is text, and a damaged file read as
far as it can be."""

from __future__ import annotations

import csv
import io
import sqlite3
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from licensegui.core.history import HistoryStore
from licensegui.core.history_export import (
    CSV_COLUMNS,
    export_csv,
    iso_time,
    list_separator,
    read_for_export,
    write_csv,
    write_export,
)
from tests.helpers.app import make_attempt

# 2026-11-30 20:04:05 UTC: 21:04:05 in Berlin (CET, +01:00).
WINTER = 1_796_069_045.0


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _rows(text: str, separator: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=separator))


def test_times_are_iso_8601_with_their_offset(berlin: None) -> None:
    assert iso_time(WINTER) == "2026-11-30T21:04:05+01:00"
    assert iso_time(WINTER - 150 * 86_400).endswith("+02:00")  # summer time: its own offset
    rows = _rows(export_csv([make_attempt(at=WINTER)]))
    assert rows[1][rows[0].index("at")] == "2026-11-30T21:04:05+01:00"


def test_the_list_separator_follows_the_decimal_separator() -> None:
    assert list_separator(",") == ";"  # German, French, Spanish
    assert list_separator(".") == ","


def test_a_semicolon_export_with_a_bom_splits_into_columns(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    write_csv(path, [make_attempt(owner_name="Müller; Söhne", message="a, b")], ";")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the accents
    rows = _rows(raw.decode("utf-8-sig"), ";")
    assert rows[0] == list(CSV_COLUMNS) and len(rows[1]) == len(CSV_COLUMNS)
    assert rows[1][rows[0].index("owner_name")] == "Müller; Söhne"
    assert rows[1][rows[0].index("message")] == "a, b"
    with pytest.raises(ValueError, match="separator"):
        write_csv(tmp_path / "x.csv", [], '"')
    assert not (tmp_path / "x.csv").exists()


def test_outcome_and_signature_are_separate_columns() -> None:
    rows = _rows(export_csv([
        make_attempt(code=801, message="Invalid or already assigned"),
        make_attempt(code=800),
        make_attempt(verified=False, reason="signature_mismatch", raw_body=b"{}", code=None),
        make_attempt(verified=False, reason="network_error", raw_body=None, http_status=None,
                     code=None),
    ]))
    header = rows[0]
    pairs = [(r[header.index("outcome")], r[header.index("signature")]) for r in rows[1:]]
    assert pairs == [("refused", "verified"), ("assigned", "verified"),
                     ("not_authentic", "not verified (signature_mismatch)"), ("unknown", "")]


def test_xlsx_writes_every_cell_as_text(tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    write_export(path, [make_attempt(owner_name="=HYPERLINK(\"http://x\",\"y\")",
                                     license_key="0012", code=801)])
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere
    # Every cell a string (inline or shared), none a number the key "0012" could become.
    assert ' t="n"' not in sheet and "<v>12</v>" not in sheet
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("History").to_python()
    assert [str(c) for c in rows[0]] == list(CSV_COLUMNS)
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["owner_name"] == "'=HYPERLINK(\"http://x\",\"y\")"
    assert row["license_key"] == "0012" and row["code"] == "801"
    assert row["outcome"] == "refused" and row["signature"] == "verified"


def _history_with(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "history.sqlite3"
    history = HistoryStore(path)
    for i in range(n):
        history.add(make_attempt(license_key=f"key-{i:04d}", raw_body=b"x" * 600,
                                 owner_name=f"Owner {i}"))
    history.close_all()
    return path


def test_an_intact_file_is_read_whole_and_not_changed(tmp_path: Path) -> None:
    path = _history_with(tmp_path, 30)
    before = path.read_bytes()
    readable = read_for_export(path)
    assert len(readable.attempts) == 30 and readable.unreadable == 0 and not readable.problem
    assert readable.attempts[0].license_key == "key-0029"  # newest first
    assert path.read_bytes() == before


def test_a_truncated_file_gives_what_can_be_read_and_counts_the_rest(tmp_path: Path) -> None:
    path = _history_with(tmp_path, 300)
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2)
    readable = read_for_export(path)
    assert readable.problem
    assert readable.attempts and readable.unreadable
    assert len(readable.attempts) + readable.unreadable == 300
    assert len({a.license_key for a in readable.attempts}) == len(readable.attempts)


def test_a_zeroed_leaf_page_loses_only_its_rows(tmp_path: Path) -> None:
    path = _history_with(tmp_path, 300)
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    # A page of the attempts table holding rows (not its root): the rows past it survive.
    leaf = conn.execute("SELECT pageno FROM dbstat WHERE name = 'attempts' AND pagetype = 'leaf'"
                        " ORDER BY pageno LIMIT 1 OFFSET 5").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((leaf - 1) * page_size)
        handle.write(b"\0" * page_size)
    readable = read_for_export(path)
    assert readable.problem and 0 < readable.unreadable < 300
    assert len(readable.attempts) + readable.unreadable == 300


def test_not_a_database_at_all_is_said_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not SQLite" * 100)
    readable = read_for_export(path)
    assert readable.attempts == [] and readable.problem and not readable.counted
    assert read_for_export(tmp_path / "none.sqlite3").attempts == []
