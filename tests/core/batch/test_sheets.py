"""Spreadsheets as real programs save them (tests/fixtures/sheets/, made by LibreOffice with
scripts/make_sheet_fixtures.py): every format read, row for row, with the sheet's numbers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from licensegui.core.batch.input import (
    BatchInputError,
    ColumnMapping,
    read_batch_file,
    sheet_names,
)
from licensegui.core.codes import RowState

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "sheets"
OWNERS = ["Jörg Müller", "=1+1", "+SUM(A1)", "", "@x", "-2", "Zoë Ångström",
          "Åsa Öberg-Straße"]
# What each file is, the header's words for the three columns, and what the preview says.
FILES = {
    "german_excel.csv": ("csv", ";", ("Lizenzschlüssel", "Inhaber", "E-Mail"), "sep=;"),
    "legacy_1252.csv": ("csv", ";", ("Lizenzschlüssel", "Inhaber", "E-Mail"), "Windows-1252"),
    "unicode_text.txt": ("csv", "\t", ("License Key", "Owner", "E-mail"), "UTF-16"),
    "orders_de.xlsx": ("xlsx", ",", ("Lizenzschlüssel", "Inhaber", "E-Mail"), None),
    "orders_fr.ods": ("ods", ",", ("Clé de licence", "Propriétaire", "Courriel"), None),
    "orders_es.xls": ("xls", ",", ("Clave de licencia", "Titular", "Correo electrónico"), None),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_format_a_spreadsheet_saves_is_read_row_for_row(name: str) -> None:
    kind, delimiter, headers, note = FILES[name]
    batch = read_batch_file(FIXTURES / name)
    assert (batch.kind, batch.delimiter) == (kind, delimiter)
    assert tuple(batch.header[batch.columns[f]] for f in
                 ("license_key", "owner_name", "email")) == headers
    # The spreadsheet's own row numbers: header row 1, the blank row 5 kept in its place.
    assert [r.number for r in batch.rows] == [2, 3, 4, 5, 6, 7, 8, 9]
    assert [r.owner_name for r in batch.rows] == OWNERS
    assert [r.state for r in batch.rows] == [RowState.PENDING] * 3 + [RowState.BLANK] + [
        RowState.PENDING] * 4
    assert batch.rows[0].fields[0] == "1001"  # a number cell reads as the sheet shows it
    assert batch.rows[1].fields[4] == '=HYPERLINK("http://x")'  # text, as typed
    said = " ".join(str(n) for n in batch.notes)
    if note:
        assert note in said
    else:
        assert batch.notes == ()


@pytest.mark.parametrize("name", ["orders_de.xlsx", "orders_fr.ods", "orders_es.xls"])
def test_a_workbook_lists_its_sheets_and_reads_the_one_chosen(name: str) -> None:
    path = FIXTURES / name
    assert sheet_names(path) == ["Bestellungen", "Nachbestellung"]
    assert read_batch_file(path).sheet == "Bestellungen"  # the first, unless told
    second = read_batch_file(path, sheet="Nachbestellung")
    assert second.sheet == "Nachbestellung"
    assert [(r.number, r.license_key, r.state) for r in second.rows] == [
        (2, "RE-0001", RowState.PENDING), (3, "RE-0002", RowState.PENDING)]
    with pytest.raises(BatchInputError) as err:
        read_batch_file(path, sheet="Rechnungen")
    assert str(err.value) == (f"{name} has no sheet “Rechnungen”; its sheets are "
                              "“Bestellungen”, “Nachbestellung”.")


def test_a_csv_has_no_sheets() -> None:
    assert sheet_names(FIXTURES / "german_excel.csv") == []


def test_an_xlsx_is_told_by_its_bytes_not_refused_as_text(tmp_path: Path) -> None:
    """Issue 21 item 4: an .xlsx was refused as "not UTF-8 text (byte 0xAD on line 1)"; so
    is one named .csv by mistake, now read as the workbook it is."""
    misnamed = tmp_path / "orders.csv"
    shutil.copyfile(FIXTURES / "orders_de.xlsx", misnamed)
    for path in (FIXTURES / "orders_de.xlsx", misnamed):
        batch = read_batch_file(path)
        assert batch.kind == "xlsx" and batch.count(RowState.PENDING) == 7


def test_text_named_like_a_workbook_and_a_damaged_workbook_are_refused_with_a_sentence(
        tmp_path: Path) -> None:
    text = tmp_path / "orders.xlsx"
    text.write_text("key,name,email\nK-1111,A,a@example.com\n", encoding="utf-8")
    with pytest.raises(BatchInputError, match="named like a spreadsheet but is not one"):
        read_batch_file(text)
    damaged = tmp_path / "damaged.xlsx"
    data = (FIXTURES / "orders_de.xlsx").read_bytes()
    damaged.write_bytes(data[: len(data) // 2])  # cut short, as an interrupted download
    with pytest.raises(BatchInputError) as err:
        read_batch_file(damaged)
    assert str(err.value).startswith("damaged.xlsx is not a spreadsheet this program can read")


def test_each_sheet_and_each_mapping_is_its_own_batch(tmp_path: Path) -> None:
    """The journal is found by ``sha256``: the second sheet of a workbook must not resume
    the first sheet's journal (it would send nothing and call it finished)."""
    import hashlib

    book = FIXTURES / "orders_de.xlsx"
    first, second = read_batch_file(book), read_batch_file(book, sheet="Nachbestellung")
    assert first.sha256 != second.sha256
    assert read_batch_file(book, sheet="Bestellungen").sha256 == first.sha256
    csv_file = FIXTURES / "german_excel.csv"
    digest = hashlib.sha256(csv_file.read_bytes()).hexdigest()
    assert read_batch_file(csv_file).sha256 == digest  # a CSV by its header: the file's own
    same = ColumnMapping.parse("key=Lizenzschlüssel")  # what the header's names say anyway
    assert read_batch_file(csv_file, columns=same).sha256 == digest
    other = ColumnMapping.parse("key=Bestellnummer")
    assert read_batch_file(csv_file, columns=other).sha256 != digest
    with pytest.raises(BatchInputError, match="is a CSV file, without sheets"):
        read_batch_file(csv_file, sheet="Bestellungen")


def test_an_empty_sheet_is_named(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "two.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Orders").write_string(0, 0, "key")
    book.add_worksheet("Leer")
    book.close()
    with pytest.raises(BatchInputError) as err:
        read_batch_file(path, sheet="Leer")
    assert str(err.value) == "The sheet “Leer” of two.xlsx is empty."
