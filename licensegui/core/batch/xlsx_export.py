"""A batch's results as an .xlsx workbook, written with XlsxWriter in constant-memory mode.

Every cell is written as text (``write_string``): an owner named ``=1+1`` is a string in the
file, not a formula, by construction, not by escaping, and the workbook holds no formula at
all. The header row is frozen and filterable, so a reseller filters on "status" at once.
Constant-memory mode writes each row to a temporary file as it comes: 100,000 rows cost one
row's memory, not the workbook's.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from licensegui.core.batch.records import BatchMeta, JournalRow
from licensegui.core.files import check_replaceable, create_private, temporary_beside
from licensegui.core.xlsx_close import close_workbook

#: Excel's own limit on a cell; a longer text is cut there (XlsxWriter would do so, too).
MAX_CELL_CHARS = 32_767


def write_xlsx(path: Path, meta: BatchMeta, columns: Sequence[str],
               rows: Sequence[JournalRow],
               values: Callable[[JournalRow], Sequence[object]]) -> None:
    """``path`` written whole or not at all: the input's header then ``columns``, one row per
    journal row (``values`` gives its cells). Raises OSError (the caller says it)."""
    import xlsxwriter  # only a batch asked for .xlsx pays for importing it

    check_replaceable(path)
    tmp = temporary_beside(path)
    try:
        # 0600 before the writer opens it (it keeps the mode of the file it truncates):
        # an .xlsx holds owners' names and emails as much as a CSV (issue 28).
        create_private(tmp)
        book = xlsxwriter.Workbook(str(tmp), {
            "constant_memory": True, "tmpdir": str(path.parent),
            # Text stays text: no guessing numbers, URLs or formulas from strings.
            "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False})
        sheet = book.add_worksheet(_sheet_name(meta.input_name))
        bold = book.add_format({"bold": True})
        header = [*meta.header, *columns]
        widths = [min(max(len(h), 8), 40) for h in header]
        for col, text in enumerate(header):
            sheet.write_string(0, col, _cell(text), bold)
        width = len(meta.header)
        for r, row in enumerate(rows, start=1):
            carried = list(row.fields) + [""] * (width - len(row.fields))
            for col, value in enumerate([*carried, *values(row)]):
                text = _cell(value)
                if text:
                    sheet.write_string(r, col, text)
                    if col < len(widths) and len(text) > widths[col]:
                        widths[col] = min(len(text), 40)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(rows), 1), len(header) - 1)
        # Widths go in after the rows (constant memory writes columns into the sheet's XML
        # at close, so they may be set last).
        for col, w in enumerate(widths):
            sheet.set_column(col, col, w + 2)
        close_workbook(book)  # the OS's refusal as an OSError: the caller says its words
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text[:MAX_CELL_CHARS]


def _sheet_name(input_name: str) -> str:
    """The input file's stem, as Excel allows a sheet name (31 characters, none of []:*?/\\)."""
    stem = Path(input_name).stem or "results"
    for ch in "[]:*?/\\":
        stem = stem.replace(ch, "_")
    return stem.strip("'")[:31] or "results"
