"""Reading batch input files as spreadsheet programs really write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from licensegui.core.batch import input as batch_input
from licensegui.core.batch.input import (
    BatchInputError,
    normalise_header,
    parse_batch,
    read_batch_file,
)
from licensegui.core.codes import RowState


def test_semicolon_export_with_bom_crlf_aliases_and_quoted_fields() -> None:
    text = ("\ufeffLicense Key;Owner;E-mail;Order ID\r\n"
            "KEY-0001;\"Müller; Jörg\";jm@example.com;A-1\r\n"
            "KEY-0002;\"Line\r\nbreak\";lb@example.com;\"x;y\"\r\n"
            ";;;\r\n"
            "KEY-0003;Zoë;z@example.com;A-3\r\n")
    batch = parse_batch(text.encode("utf-8"), "orders.csv")
    assert batch.delimiter == ";"
    assert batch.header == ("License Key", "Owner", "E-mail", "Order ID")
    assert batch.columns == {"license_key": 0, "owner_name": 1, "email": 2}
    # The spreadsheet's row numbers (issue 21: the header is row 1; a quoted line break
    # does not make a row), and the blank row kept in its place as ``blank``.
    assert [r.number for r in batch.rows] == [2, 3, 4, 5]
    assert [r.line for r in batch.rows] == [2, 3, 5, 6]  # a quoted line break spans two lines
    first, second, blank, third = batch.rows
    assert blank.state == RowState.BLANK and blank.fields == ()
    assert first.owner_name == "Müller; Jörg" and first.fields[3] == "A-1"
    assert second.owner_name == "Line break"  # folded as the form folds it
    assert second.fields == ("KEY-0002", "Line\r\nbreak", "lb@example.com", "x;y")  # as read
    assert third.owner_name == "Zoë"
    assert all(r.state == RowState.PENDING for r in (first, second, third))


def test_comma_lf_file_with_plain_header() -> None:
    data = b"license_key,owner_name,email\nKEY-1111,\"Doe, Jane\",jd@example.com\n"
    batch = parse_batch(data, "a.csv")
    assert batch.delimiter == ","
    assert batch.rows[0].owner_name == "Doe, Jane"


def test_tab_separated_file() -> None:
    batch = parse_batch(b"key\tname\temail\nKEY-1111\tAnn\tann@example.com\n", "t.tsv")
    assert batch.delimiter == "\t" and batch.rows[0].email == "ann@example.com"


# Issue 21: the comparable form ignores case, accents, spaces and punctuation altogether
# (it used to keep "_" between words), so every spelling of one name reads the same.
@pytest.mark.parametrize("raw,expected", [
    ("License Key", "license_key"), ("LICENSE-KEY", "license_key"), (" license__key ",
                                                                       "license_key"),
    ("E-mail", "e_mail"), ("Owner Name", "owner_name"), ("\ufeffkey", "key"),
    ("Lizenzschlüssel", "LIZENZSCHLUSSEL"), ("Clé de licence", "cle-de-licence"),
])
def test_header_names_are_normalised(raw: str, expected: str) -> None:
    assert normalise_header(raw) == normalise_header(expected)


def test_invalid_and_duplicate_rows_are_marked_with_reasons() -> None:
    data = (b"key,name,email,extra\n"
            b"KEY-0001,Ann,ann@example.com,\n"
            b"bad key,Bob,bob@example.com,\n"
            b"KEY-0003,,c@example.com,\n"
            b"KEY-0004,Dan,not-an-email,\n"
            b"KEY-0001,Eve,eve@example.com,\n"
            b"KEY-0006,Fay,fay@example.com,x,y\n"
            b"KEY-0007,Gus,gus@example.com,,,\n"
            b"KEY-0008,Hal\n")
    rows = parse_batch(data, "m.csv").rows
    states = [(r.number, r.state, r.reason) for r in rows]
    assert states == [  # the spreadsheet's row numbers: the header is row 1 (issue 21)
        (2, RowState.PENDING, ""),
        (3, RowState.INVALID, "invalid_license_key"),
        (4, RowState.INVALID, "invalid_owner_name"),
        (5, RowState.INVALID, "invalid_email"),
        (6, RowState.DUPLICATE, "duplicate"),
        (7, RowState.INVALID, "invalid_row"),
        (8, RowState.PENDING, ""),  # trailing empty cells, as spreadsheets write them
        (9, RowState.INVALID, "invalid_email"),  # a short row: the missing email is missing
    ]
    assert "row 2" in rows[4].detail
    assert rows[1].detail.startswith("License key: ")
    assert "5 values" in rows[5].detail and "4 columns" in rows[5].detail


def test_a_key_first_seen_on_an_invalid_row_is_not_a_duplicate_later() -> None:
    data = b"key,name,email\nKEY-0001,,x@example.com\nKEY-0001,Ann,ann@example.com\n"
    rows = parse_batch(data, "d.csv").rows
    assert [r.state for r in rows] == [RowState.INVALID, RowState.PENDING]


@pytest.mark.parametrize("data,words", [
    (b"order,colour\n1,2\n", ["no usable header", "license key", "owner name", "email"]),
    (b"key,name,email\n", ["header but no rows"]),
    (b"", ["empty"]),
    (b"   \n\n", ["empty"]),
    (b"key,name,owner,email\nK-1111,a,b,c@example.com\n", ["ambiguous", "name", "owner"]),
    # Neither UTF-8 nor Windows-1252 (0x81 is no character there); a Windows-1252 file is
    # read, and said (tests/core/batch/test_input_dialects.py).
    (b"key,name,email\nKEY-1111,J\x81rg,j@example.com\n", ["not UTF-8", "0x81", "line 2"]),
    (b"key,name,email\x00\n", ["NUL"]),
])
def test_unusable_files_are_refused_with_a_sentence(data: bytes, words: list[str]) -> None:
    with pytest.raises(BatchInputError) as err:
        parse_batch(data, "x.csv")
    for word in words:
        assert word in str(err.value)


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError, match="Cannot read"):
        read_batch_file(tmp_path / "nope.csv")
    with pytest.raises(BatchInputError, match="Cannot read"):
        read_batch_file(tmp_path)  # a folder


def test_up_to_the_row_limit_and_not_one_more(tmp_path: Path) -> None:
    limit = batch_input.MAX_ROWS
    lines = [f"K-{i:06d},Owner {i},o{i}@example.com" for i in range(limit)]
    path = tmp_path / "big.csv"
    path.write_text("key,name,email\n" + "\n".join(lines) + "\n", encoding="utf-8")
    batch = read_batch_file(path)
    assert len(batch.rows) == limit and batch.count(RowState.PENDING) == limit
    path.write_text("key,name,email\n" + "\n".join([*lines, "K-X,Last,l@example.com"]) + "\n",
                    encoding="utf-8")
    with pytest.raises(BatchInputError, match="more than 100,000 rows"):
        read_batch_file(path)


def test_the_digest_names_the_content() -> None:
    a = parse_batch(b"key,name,email\nKEY-1111,A,a@example.com\n", "a.csv")
    b = parse_batch(b"key,name,email\nKEY-1111,A,a@example.com\n", "b.csv")
    c = parse_batch(b"key,name,email\nKEY-1112,A,a@example.com\n", "a.csv")
    assert a.sha256 == b.sha256 != c.sha256


def test_a_file_too_large_to_be_an_export_is_refused_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.csv"
    path.write_bytes(b"key,name,email\n" + b"K-0001,A,a@example.com\n" * 100)
    monkeypatch.setattr(batch_input, "MAX_FILE_BYTES", 1000)
    with pytest.raises(BatchInputError) as err:
        read_batch_file(path)
    assert str(err.value).startswith("huge.csv is ") and "at most" in str(err.value)
    monkeypatch.setattr(batch_input, "MAX_FILE_BYTES", path.stat().st_size)
    batch = read_batch_file(path)  # exactly at the limit is fine
    assert (batch.count(RowState.PENDING), batch.count(RowState.DUPLICATE)) == (1, 99)
