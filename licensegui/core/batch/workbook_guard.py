"""A workbook's size and extent, checked before the native reader allocates for it.

calamine (Rust) holds a sheet as one dense block from its first used cell to its last: a
2 KB .xlsx with one cell at XFD1048576 asks for 549 GB and aborts the process (SIGABRT,
no exception Python could catch), and a 2 MB file of compressed whitespace becomes 2 GB.
So before calamine opens a workbook, this module reads what is cheap to read — the zip's
directory, then every part streamed through zlib (the declared sizes may lie: reading to the
end checks them against the CRC) — and refuses, with a sentence naming the limit:

* more parts than a workbook has, or a part (or all of them) larger than a batch can be;
* a DTD (OOXML and ODF never carry one; entities are how XML bombs are made);
* a sheet whose used area (first to last cell, as calamine would hold it) passes
  :data:`MAX_CELLS`, found by following the cells' references (.xlsx) or the row and
  column repeats (.ods) exactly as the reader will.

An .xls (BIFF) cannot be larger than 65,536 × 256 cells; its sheet is checked by its size
once read (:func:`check_extent`).
"""

from __future__ import annotations

import functools
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from licensegui.core.batch.dialects import TextFileError
from licensegui.core.text import translate

#: A workbook has a few dozen parts; tens of thousands is a zip made to exhaust the reader.
MAX_PARTS = 10_000
#: One part (a sheet, the shared strings) unpacked: the size a CSV batch may have.
MAX_PART_BYTES = 64 * 1024 * 1024
#: All parts unpacked.
MAX_TOTAL_BYTES = 256 * 1024 * 1024
#: A sheet's used area, rows × columns (calamine holds each cell in 32 bytes: 256 MB).
#: 100,000 rows of 80 columns fit.
MAX_CELLS = 8_000_000

_CHUNK = 1 << 20
_DTD = (b"<!DOCTYPE", b"<!ENTITY")
# A tag of a row or a cell (.xlsx), whatever its namespace prefix, and its attributes.
_XLSX_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*)>")
_XLSX_REF = re.compile(rb"""\br\s*=\s*["']([A-Za-z]{0,3})([0-9]{0,7})["']""")
# .ods: a table starts a sheet; rows and cells may repeat.
_ODS_TAG = re.compile(
    rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(/?)>")
_ROWS_REPEATED = re.compile(rb"""table:number-rows-repeated\s*=\s*["']([0-9]{1,12})["']""")
_COLUMNS_REPEATED = re.compile(
    rb"""table:number-columns-repeated\s*=\s*["']([0-9]{1,12})["']""")
_VALUE_TYPE = re.compile(rb"office:value-type\s*=")


def check_workbook(path: Path, name: str) -> None:
    """Refuse (:class:`TextFileError`) a zip workbook (.xlsx, .ods) that the reader could
    not hold in memory; return quietly for one it can."""
    with path.open("rb") as file:
        parts = _part_count(file)
        if parts > MAX_PARTS:
            raise _refusal(name, translate("BatchInput", "it holds {count:,} parts").format(
                count=parts))
        try:
            book = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise TextFileError(translate(
                "BatchInput", "{name} is not a spreadsheet this program can read ({problem}). "
                "Save it as .xlsx or “CSV UTF-8”.").format(name=name, problem=exc)) from exc
        with book:
            _check_parts(book, name)


def check_extent(rows: int, columns: int, name: str) -> None:
    """Refuse a sheet whose used area, as read, passes :data:`MAX_CELLS`."""
    if rows * columns > MAX_CELLS:
        raise _too_wide(name, rows, columns, _cell_name(rows - 1, columns - 1))


def _part_count(file: object) -> int:
    """The number of entries the zip's end record declares, read before ``zipfile`` builds
    an object for each of them (a 64 MB zip can declare a million)."""
    file.seek(0, 2)  # type: ignore[attr-defined]
    size = file.tell()  # type: ignore[attr-defined]
    tail_size = min(size, 65_536 + 22)
    file.seek(size - tail_size)  # type: ignore[attr-defined]
    tail = file.read(tail_size)  # type: ignore[attr-defined]
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return 0  # zipfile will say the file is not a zip
    (count,) = struct.unpack_from("<H", tail, at + 10)
    # 0xFFFF means "see the zip64 record": a workbook never needs one.
    return MAX_PARTS + 1 if count == 0xFFFF else count


def _check_parts(book: zipfile.ZipFile, name: str) -> None:
    infos = book.infolist()
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise _refusal(name, translate("BatchInput", "its parts unpack to {size:,} MB").format(
            size=total // 1_000_000))
    names = {info.filename for info in infos}
    ods = "content.xml" in names and "xl/workbook.xml" not in names
    if not ods and "xl/workbook.xml" not in names:
        # An .xlsb (binary parts) or any other zip: calamine would pick a reader by the
        # name, and none of its binary sheets can be checked here.
        raise TextFileError(translate(
            "BatchInput", "{name} is not a workbook this program reads: save it as .xlsx, "
            ".ods or “CSV UTF-8”.").format(name=name))
    for info in infos:
        if info.file_size > MAX_PART_BYTES:
            raise _refusal(name, translate(
                "BatchInput", "its part {part} unpacks to {size:,} MB").format(
                    part=info.filename, size=info.file_size // 1_000_000))
        if info.is_dir():
            continue
        chunks = _unpacked(book, info, name)
        if ods and info.filename == "content.xml":
            _ods_extent(chunks, name)
        elif not ods and info.filename.endswith(".xml"):
            _xlsx_extent(chunks, name)
        else:
            for _ in chunks:
                pass


def _unpacked(book: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """A part's bytes in chunks, each ending at a tag's end (so no tag is split), read to
    its end (zipfile stops at the declared size and checks the CRC there: a part that unpacks
    to more than it declares fails), refusing a DTD."""
    carry = b""
    try:
        with book.open(info) as part:
            while chunk := part.read(_CHUNK):
                data = carry + chunk
                end = data.rfind(b">") + 1
                if end == 0 and len(data) > MAX_PART_BYTES // 8:
                    end = len(data)  # text without tags (whitespace): nothing to parse
                carry, data = data[end:], data[:end]
                if any(marker in data for marker in _DTD) or any(
                        marker in carry for marker in _DTD):
                    raise _refusal(name, translate(
                        "BatchInput", "its part {part} declares XML entities").format(
                            part=info.filename))
                yield data
            yield carry
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError,
            RuntimeError) as exc:
        # RuntimeError: an encrypted part.
        raise TextFileError(translate(
            "BatchInput", "{name} is not a spreadsheet this program can read ({problem}). "
            "Save it as .xlsx or “CSV UTF-8”.").format(name=name, problem=exc)) from exc


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


class _Area:
    """The used area of one sheet: first and last row and column (0-based) holding a cell."""

    def __init__(self) -> None:
        self.top = self.left = 1 << 62
        self.bottom = self.right = -1

    def add(self, top: int, left: int, bottom: int, right: int) -> None:
        if top < self.top:
            self.top = top
        if left < self.left:
            self.left = left
        if bottom > self.bottom:
            self.bottom = bottom
        if right > self.right:
            self.right = right

    def check(self, name: str) -> None:
        if self.bottom < 0:
            return
        rows, columns = self.bottom - self.top + 1, self.right - self.left + 1
        if rows * columns > MAX_CELLS:
            raise _too_wide(name, rows, columns, _cell_name(self.bottom, self.right))


def _cell_name(row: int, col: int) -> str:
    letters = ""
    col += 1
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


def _xlsx_extent(chunks: Iterator[bytes], name: str) -> None:
    """Follow the part's rows and cells as calamine does: a reference places a cell, a cell
    without one follows the previous cell, a row without one follows the previous row."""
    area = _Area()
    row = col = -1
    for data in chunks:
        if _all_cells_placed(data):
            row, col = _placed_extent(data, area, row, col)
            continue
        for match in _XLSX_TAG.finditer(data):
            ref = _XLSX_REF.search(match[2])
            if match[1] == b"row":
                row = int(ref[2]) - 1 if ref and ref[2] and not ref[1] else row + 1
                col = -1
                continue
            if ref and ref[1]:
                col = _column_number(ref[1]) - 1
                row = int(ref[2]) - 1 if ref[2] else row
            else:
                col += 1
            top = max(row, 0)
            area.add(top, col, top, col)
    area.check(name)


def _all_cells_placed(data: bytes) -> bool:
    """Whether every cell of the chunk begins ``<c r="A1"`` (what Excel, LibreOffice and
    every writer we know produce): then the cells' references alone give the extent. A cell
    without a reference or with a namespace prefix sends the chunk the slow way."""
    placed = data.count(b'<c r="')
    return (placed > 0 and placed == data.count(b"<c ") and b":c" not in data
            and b"<c>" not in data and b"<c/>" not in data)


def _placed_extent(data: bytes, area: _Area, row: int, col: int) -> tuple[int, int]:
    """The fast path (a 100,000-row sheet in a tenth of a second): the rightmost column and
    the lowest row, counting the area from A1 (an over-estimate only for a sheet that starts
    far from A1, or one of one-letter columns counted 26 wide: both then nearly too large
    anyway). The rightmost column is among the names with the most letters, the lowest row
    among the numbers with the most digits: names and numbers of one length compare as
    text, so only the longest are read."""
    right = 25  # Z: a sheet of one-letter columns is counted 26 wide
    for letters in (3, 2):
        names = _placed_column(letters).findall(data)
        if names:
            right = _column_number(max(names)) - 1
            break
    bottom = row
    for digits in range(7, 0, -1):
        numbers = _placed_row(digits).findall(data)
        if numbers:
            bottom = max(bottom, int(max(numbers)) - 1)
            break
    area.add(0, 0, bottom, right)
    return max(row, bottom), max(col, right)


@functools.cache
def _placed_column(letters: int) -> re.Pattern[bytes]:
    return re.compile(rb'<c r="([A-Z]{%d})[0-9]' % letters)


@functools.cache
def _placed_row(digits: int) -> re.Pattern[bytes]:
    return re.compile(rb'<c r="[A-Z]{1,3}([0-9]{%d})"' % digits)


def _ods_extent(chunks: Iterator[bytes], name: str) -> None:
    """Follow each table's rows and cells with their repeats; only a cell with a value (or
    content) extends the used area, as in calamine, which skips empty repeats."""
    area: _Area | None = None
    row = col = 0
    row_repeat = 1
    opened: bytes | None = None  # the cell whose content is being read (not self-closed)
    for data in chunks:
        for match in _ODS_TAG.finditer(data):
            closing, tag, attributes, empty = match[1], match[2], match[3], match[4]
            if tag == b"table":
                if closing and area is not None:
                    area.check(name)
                else:
                    area, row = _Area(), 0
                continue
            if tag == b"table-row":
                if closing:
                    row += row_repeat
                else:
                    repeat = _ROWS_REPEATED.search(attributes)
                    row_repeat, col = (int(repeat[1]) if repeat else 1), 0
                    if empty:
                        row += row_repeat
                continue
            if closing:
                if opened is not None and area is not None:
                    _ods_cell(area, row, row_repeat, col, opened)
                    col += _repeat(opened)
                opened = None
                continue
            if empty:
                if _VALUE_TYPE.search(attributes) and area is not None:
                    _ods_cell(area, row, row_repeat, col, attributes)
                col += _repeat(attributes)
            else:
                opened = attributes


def _repeat(attributes: bytes) -> int:
    found = _COLUMNS_REPEATED.search(attributes)
    return int(found[1]) if found else 1


def _ods_cell(area: _Area, row: int, row_repeat: int, col: int, attributes: bytes) -> None:
    area.add(row, col, row + row_repeat - 1, col + _repeat(attributes) - 1)


def _too_wide(name: str, rows: int, columns: int, last: str) -> TextFileError:
    return TextFileError(translate(
        "BatchInput", "{name}: a sheet spans {rows:,} rows × {columns:,} columns from its "
        "first used cell to its last ({last}); a batch sheet may span at most {limit:,} "
        "cells. Delete the far-away cells (Ctrl+End goes to the last one) or copy the batch "
        "into a new workbook.").format(name=name, rows=rows, columns=columns, last=last,
                                       limit=MAX_CELLS))


def _refusal(name: str, what: str) -> TextFileError:
    return TextFileError(translate(
        "BatchInput", "{name} cannot be a batch: {what}, more than a batch's workbook can "
        "be (at most {parts:,} parts of {size} MB, {total} MB in all). Copy the batch into "
        "a new workbook or save it as “CSV UTF-8”.").format(
            name=name, what=what, parts=MAX_PARTS, size=MAX_PART_BYTES // 1024 // 1024,
            total=MAX_TOTAL_BYTES // 1024 // 1024))
