"""How much a sheet will cost calamine, read from its XML as calamine will read it.

calamine holds a sheet as one dense block from its first used cell to its last (32 bytes a
cell), and copies a shared string into every cell that refers to it, an .ods cell's text into
every repeat of it. These functions follow a sheet's rows and cells — cell references (any
case, any length), cells without one, namespace prefixes, .ods row and column repeats — and
raise :class:`TextFileError` for a sheet whose area passes :data:`MAX_CELLS` or whose text,
once copied into its cells, passes :data:`MAX_EXPANDED_BYTES`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from licensegui.core.batch.dialects import TextFileError
from licensegui.core.text import translate

#: A sheet's used area, rows × columns (calamine: 32 bytes a cell, 256 MB). 100,000 rows of
#: 80 columns fit.
MAX_CELLS = 8_000_000
#: Text copied into cells (shared strings referred to again and again, .ods repeats).
MAX_EXPANDED_BYTES = 256 * 1024 * 1024
#: A shared string longer than this is counted where it is used (shorter ones cannot add up
#: to more than a part's 64 MB of references can hold).
LONG_STRING_BYTES = 128

# A cell that is not `<c r="A1"` (another space, a reference in lower case, longer than the
# format allows, or an attribute before it): the chunk is then read the slow, exact way.
_ODD_CELL = re.compile(rb'<c(?:[^\S ]| (?!r="[A-Z]{1,3}[0-9]{1,7}"))')
_XLSX_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*)>")
_XLSX_REF = re.compile(rb"""\br\s*=\s*["']\s*([A-Za-z]*)([0-9]*)\s*["']""")
_SHARED_CELL = re.compile(rb"""<c\s[^>]*\bt\s*=\s*["']s["'][^>]*>\s*<v>\s*([0-9]+)\s*</v>""")
_SI = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
_ODS_TAG = re.compile(
    rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(/?)>")
_ROWS_REPEATED = re.compile(
    rb"""table:number-rows-repeated\s*=\s*["']\s*\+?([0-9]+)\s*["']""")
_COLUMNS_REPEATED = re.compile(
    rb"""table:number-columns-repeated\s*=\s*["']\s*\+?([0-9]+)\s*["']""")
_VALUE_TYPE = re.compile(rb"office:value-type\s*=")


def check_extent(rows: int, columns: int, name: str) -> None:
    """Refuse a sheet whose used area, as read, passes :data:`MAX_CELLS`."""
    if rows * columns > MAX_CELLS:
        raise too_wide(name, rows, columns, cell_name(rows - 1, columns - 1))


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
            raise too_wide(name, rows, columns, cell_name(self.bottom, self.right))


def cell_name(row: int, col: int) -> str:
    if row > 10**9 or col > 10**9:
        return "…"
    letters = ""
    col += 1
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters[:12].upper():  # past 12 letters it is beyond any limit anyway
        number = number * 26 + letter - 64
    return number if len(letters) <= 12 else 1 << 62


# --- .xlsx ------------------------------------------------------------------------------------
def shared_strings(chunks: Iterator[bytes]) -> dict[int, int]:
    """The shared strings longer than :data:`LONG_STRING_BYTES`: index → bytes."""
    long: dict[int, int] = {}
    index = -1
    start = 0
    offset = 0
    for data in chunks:
        for match in _SI.finditer(data):
            if index >= 0 and offset + match.start() - start > LONG_STRING_BYTES:
                long[index] = offset + match.start() - start
            index += 1
            start = offset + match.start()
        offset += len(data)
    if index >= 0 and offset - start > LONG_STRING_BYTES:
        long[index] = offset - start
    return long


def xlsx_extent(chunks: Iterator[bytes], name: str, long_strings: dict[int, int]) -> None:
    """Follow a part's rows and cells as calamine does: a reference places a cell, a cell
    without one follows the previous cell, a row without one follows the previous row. The
    cells that refer to a long shared string are counted with its length."""
    area = _Area()
    row = col = -1
    expanded = 0
    for data in chunks:
        if long_strings:
            expanded += sum(long_strings.get(int(i), 0) for i in _SHARED_CELL.findall(data))
            if expanded > MAX_EXPANDED_BYTES:
                raise _too_much_text(name, expanded)
        if _all_cells_placed(data):
            row, col = _placed_extent(data, area, row, col)
            continue
        if b"<c" not in data and b":c" not in data and b'r="' not in data:
            row += data.count(b"<row")  # rows alone hold nothing, but move the next one down
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
    every writer we know produce): then the references alone give the extent."""
    return (b'<c r="' in data and b":c" not in data and b"<c>" not in data
            and b"<c/>" not in data and not _ODD_CELL.search(data))


def _placed_extent(data: bytes, area: _Area, row: int, col: int) -> tuple[int, int]:
    """The fast path (a 100,000-row sheet in a tenth of a second): the rightmost column and
    the lowest row, counting the area from A1 (an over-estimate only for a sheet that starts
    far from A1, or one of one-letter columns counted 26 wide: both then nearly too large
    anyway). Names and numbers of one length compare as text, so only the longest are read."""
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


# --- .ods -------------------------------------------------------------------------------------
def ods_extent(chunks: Iterator[bytes], name: str) -> None:
    """Follow each table's rows and cells with their repeats; only a cell with a value (or
    content) extends the used area, as in calamine, which skips empty repeats. A cell's text
    counts once for every repeat of it."""
    area: _Area | None = None
    row = col = 0
    row_repeat = 1
    expanded = 0
    opened: tuple[bytes, int] | None = None  # a cell being read: its attributes, where
    for data in chunks:
        for match in _ODS_TAG.finditer(data):
            closing, tag, attributes, empty = match[1], match[2], match[3], match[4]
            if tag == b"table":
                if closing and area is not None:
                    area.check(name)
                elif not closing:
                    area, row = _Area(), 0
                continue
            if tag == b"table-row":
                if closing:
                    row += row_repeat
                else:
                    row_repeat, col = _repeat(_ROWS_REPEATED, attributes), 0
                    if empty:
                        row += row_repeat
                continue
            if closing:
                if opened is not None:
                    cells = _repeat(_COLUMNS_REPEATED, opened[0])
                    if area is not None:
                        area.add(row, col, row + row_repeat - 1, col + cells - 1)
                        area.check(name)  # the area first: its sentence names the far cell
                    text = match.start() - opened[1] if opened[1] >= 0 else len(data)
                    expanded += text * cells * row_repeat
                    if expanded > MAX_EXPANDED_BYTES:
                        raise _too_much_text(name, expanded)
                    col += cells
                opened = None
                continue
            if empty:
                cells = _repeat(_COLUMNS_REPEATED, attributes)
                if _VALUE_TYPE.search(attributes) and area is not None:
                    area.add(row, col, row + row_repeat - 1, col + cells - 1)
                col += cells
            else:
                opened = (attributes, match.end())
        if opened is not None:  # its text goes on in the next chunk: counted from there
            opened = (opened[0], -1)
    if area is not None:
        area.check(name)


def _repeat(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    found = pattern.search(attributes)
    if not found:
        return 1
    digits = found[1].lstrip(b"0") or b"0"
    return int(digits) if len(digits) <= 12 else 10**12


# --- refusals ---------------------------------------------------------------------------------
def too_wide(name: str, rows: int, columns: int, last: str) -> TextFileError:
    return TextFileError(translate(
        "BatchInput", "{name}: a sheet spans {rows:,} rows × {columns:,} columns from its "
        "first used cell to its last ({last}); a batch sheet may span at most {limit:,} "
        "cells. Delete the far-away cells (Ctrl+End goes to the last one) or copy the batch "
        "into a new workbook.").format(name=name, rows=rows, columns=columns, last=last,
                                       limit=MAX_CELLS))


def _too_much_text(name: str, expanded: int) -> TextFileError:
    return TextFileError(translate(
        "BatchInput", "{name}: its cells repeat the same long text until it would take more "
        "than {size} MB (at most {limit} MB). Copy the batch into a new workbook or save it "
        "as “CSV UTF-8”.").format(name=name, size=expanded // 1_000_000,
                                   limit=MAX_EXPANDED_BYTES // 1024 // 1024))


__all__ = ["MAX_CELLS", "MAX_EXPANDED_BYTES", "check_extent", "ods_extent", "shared_strings",
           "too_wide", "xlsx_extent"]
