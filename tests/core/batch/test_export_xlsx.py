"""Issue 21's results: .xlsx (every cell text, no formula anywhere, header frozen and
filterable) and CSV (formula-safe, header included), one row per input row, in order."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from licensegui.core.batch.export import check_writable, write_results
from licensegui.core.batch.input import parse_batch
from licensegui.core.batch.journal import Answer, Journal
from licensegui.core.codes import RowStatus
from licensegui.core.errors import JournalError
from tests.helpers.files import read_only_folder

CSV = ("=Bestellnr;Lizenzschlüssel;Inhaber;E-Mail\r\n"
       "1;KEY-0001;=1+1;a@example.com\r\n"
       "\r\n"
       "2;KEY-0002;-2;b@example.com\r\n"
       "3;bad key;@x;c@example.com\r\n"
       "4;KEY-0001;+SUM(A1);d@example.com\r\n").encode()


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    j = Journal.create(tmp_path / "j.sqlite3", parse_batch(CSV, "Bestellungen.csv"),
                       "http://127.0.0.1:9/api/v1", "Vendor")
    j.claim(2)
    j.answer(2, Answer(RowStatus.ASSIGNED, "verified", "Assigned.", 200, 800,
                       "=cmd|' /C calc'!A0", True, 1_800_000_000, b"{}"))
    yield j
    j.close()


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_xlsx_results_every_row_in_order_every_cell_text(journal: Journal,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "results.xlsx"
    assert journal.write_results(out) == 5
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == ["Bestellungen"]
    rows = book.get_sheet_by_index(0).to_python()
    assert rows[0] == ["=Bestellnr", "Lizenzschlüssel", "Inhaber", "E-Mail", "status",
                       "outcome", "code", "message", "signed_at", "idempotency_key",
                       "verified", "reason", "http_status", "detail", "row"]
    table = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert [r["status"] for r in table] == ["assigned", "blank", "not_sent", "invalid",
                                            "duplicate"]
    first = table[0]
    assert (first["Inhaber"], first["outcome"], first["code"], first["message"]) == (
        "=1+1", "Assigned", "800", "=cmd|' /C calc'!A0")  # as text, not escaped: a string cell
    assert first["signed_at"] == "2027-01-15T08:00:00Z" and first["verified"] == "true"
    assert table[1]["Inhaber"] == "" and table[1]["=Bestellnr"] == ""
    # A row never sent: nothing claims a check that was not made (issue 21 item 5).
    assert (table[2]["verified"], table[2]["code"], table[2]["outcome"]) == ("", "", "")
    assert (table[3]["verified"], table[3]["outcome"], table[3]["reason"]) == (
        "", "Invalid", "invalid_license_key")  # the window's word for the row
    assert (table[1]["outcome"], table[4]["outcome"]) == ("Blank row", "Duplicate")
    assert table[4]["detail"] == "Same license key as row 2; only that row is sent."
    xml = _xml(out)
    assert "<f>" not in xml and "<f " not in xml  # not one formula in the workbook
    # Every cell a string (inline, as constant-memory mode writes them): none a number.
    assert set(re.findall(r'<c r="[A-Z]+\d+"(?: s="\d+")? t="(\w+)"', xml)) == {"inlineStr"}
    assert len(re.findall(r"<c ", xml)) == len(re.findall(r't="inlineStr"', xml))
    assert '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' in xml
    assert '<autoFilter ref="A1:O6"/>' in xml


def test_xlsx_results_are_written_whole_or_not_at_all(journal: Journal,
                                                      tmp_path: Path) -> None:
    with read_only_folder(tmp_path) as folder:
        with pytest.raises(JournalError) as err:
            journal.write_results(folder / "results.xlsx")
        assert str(err.value).startswith(f"Cannot write {folder / 'results.xlsx'}: ")
        assert list(folder.iterdir()) == []


def test_csv_results_are_formula_safe_header_and_leading_signs_included(
        journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "results.csv"
    journal.write_results(out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][0] == "'=Bestellnr"
    owners = [r[2] for r in rows[1:]]
    assert owners == ["'=1+1", "", "'-2", "'@x", "'+SUM(A1)"]
    for row in rows:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@"), cell
    # Every input row, in order: the blank row is a row with status blank.
    assert [r[4] for r in rows[1:]] == ["assigned", "blank", "not_sent", "invalid", "duplicate"]
    assert [r[5] for r in rows[1:]] == ["true", "", "", "", ""]  # verified: only if answered


def test_write_results_chooses_by_suffix(journal: Journal, tmp_path: Path) -> None:
    for name in ("r.XLSX", "r.csv", "r.txt"):
        write_results(tmp_path / name, journal.meta, journal.rows())
    assert zipfile.is_zipfile(tmp_path / "r.XLSX")
    assert not zipfile.is_zipfile(tmp_path / "r.csv") and not zipfile.is_zipfile(
        tmp_path / "r.txt")


def test_the_outcome_words_can_be_the_users_language(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    write_results(out, journal.meta, journal.rows(), words=lambda text: f"<{text}>")
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert rows[1][5] == "<Assigned>"


def test_check_writable(tmp_path: Path) -> None:
    check_writable(tmp_path / "fine.csv")
    assert list(tmp_path.iterdir()) == []  # the probe is gone
    with pytest.raises(JournalError, match="it is a folder"):
        check_writable(tmp_path)
    with pytest.raises(JournalError, match="Cannot write"):
        check_writable(tmp_path / "missing" / "r.csv")
    with read_only_folder(tmp_path) as folder, pytest.raises(JournalError, match="Cannot write"):
        check_writable(folder / "r.csv")
