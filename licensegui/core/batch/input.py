"""Reading a batch's input: the reseller's spreadsheet, as CSV or as the workbook itself.

CSV in every dialect spreadsheets write (:mod:`~licensegui.core.batch.dialects`), .xlsx,
.ods and .xls (:mod:`~licensegui.core.batch.sheets`); the header's names in four languages
or a :class:`ColumnMapping` (:mod:`~licensegui.core.batch.headers`). Every row is validated
exactly as the form validates, before anything is sent, so a batch never discovers halfway
that row 700 was unusable. Rows carry the spreadsheet's own numbers (the header is row 1)
and every row is kept, a blank one as ``blank``, so results sit row for row beside the input.

The file is streamed, never held whole: 100,000 rows cost their rows (each row's cells
packed in one string), not three copies of the file's text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from licensegui.core.batch import sheets
from licensegui.core.batch.dialects import (
    DELIMITERS,
    CsvRows,
    Scan,
    TextFileError,
    scan,
)
from licensegui.core.batch.headers import (
    ALIASES,
    FIELDS,
    BatchInputError,
    ColumnMapping,
    MissingColumns,
    header_signature,
    normalise_header,
    resolve_columns,
)
from licensegui.core.codes import Reason, RowState
from licensegui.core.errors import ValidationError
from licensegui.core.files import check_input
from licensegui.core.text import Text, message_of, translate
from licensegui.core.turns import give_way
from licensegui.core.validation import AssignRequest

__all__ = ["ALIASES", "DELIMITERS", "FIELDS", "MAX_FILE_BYTES", "MAX_ROWS", "BatchInput",
           "BatchInputError", "ColumnMapping", "InputRow", "MissingColumns", "delimiter_name",
           "header_signature", "normalise_header", "read_batch_file", "sheet_names"]

#: Rows below the header (blank ones included) a batch may have.
MAX_ROWS = 100_000
#: 100,000 rows of generous width; a bigger file is not an order export.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: How a row's cells are packed into one string (no cell holds it: a CSV with one is
#: refused as not text, and a spreadsheet cannot store it).
_SEP = "\x00"
_SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".ods", ".xls"}

_FIELD_TITLES = {"license_key": translate("BatchInput", "License key"),
                 "owner_name": translate("BatchInput", "Owner name"),
                 "email": translate("BatchInput", "Email")}
# The reason of a row whose field does not validate, by the field.
_INVALID_FIELD = {"license_key": Reason.INVALID_LICENSE_KEY,
                  "owner_name": Reason.INVALID_OWNER_NAME, "email": Reason.INVALID_EMAIL}


@dataclass(frozen=True, slots=True)
class InputRow:
    #: The spreadsheet's row number (the header is row 1; a CSV's ``sep=`` line is none).
    number: int
    #: The line of the file the row starts on (a quoted cell may span lines); the row for a
    #: spreadsheet.
    line: int
    #: The row's cells joined by NUL (one string, not a tuple of them: 100,000 rows fit).
    cells: str
    license_key: str
    owner_name: str
    email: str
    state: RowState
    #: Stable code for an invalid/duplicate row (``invalid_email``, ``duplicate``...), else "".
    reason: str = ""
    detail: str = ""

    @property
    def fields(self) -> tuple[str, ...]:
        """Every value of the row as read, for carrying through to the results."""
        return tuple(self.cells.split(_SEP)) if self.cells else ()


@dataclass(frozen=True)
class BatchInput:
    name: str
    #: Names the batch: the file's SHA-256 (folded with the sheet, and with the columns when
    #: a mapping chose others; see :func:`_identity`).
    sha256: str
    #: The CSV's delimiter ("," for a spreadsheet: its results CSV uses commas).
    delimiter: str
    #: The header row as written in the file.
    header: tuple[str, ...]
    #: Field -> index in ``header`` (the column used).
    columns: dict[str, int]
    #: Every row below the header, in order, blank ones as ``blank``.
    rows: tuple[InputRow, ...]
    #: The worksheet read (None for a CSV).
    sheet: str | None = None
    #: Sentences worth saying in a preview: the encoding assumed, Excel's ``sep=`` line...
    notes: tuple[Text | str, ...] = ()
    #: "csv", "xlsx", "ods" or "xls".
    kind: str = "csv"
    #: The row number of the header (1 unless blank rows stand above it).
    header_row: int = 1
    mapping: ColumnMapping | None = field(default=None)

    def count(self, state: str) -> int:
        return sum(1 for r in self.rows if r.state == state)

    @property
    def signature(self) -> str:
        return header_signature(self.header)


def delimiter_name(delimiter: str) -> str:
    """How the file separates its values, as a phrase ("semicolon-separated")."""
    names = {",": translate("BatchInput", "comma-separated"),
             ";": translate("BatchInput", "semicolon-separated"),
             "\t": translate("BatchInput", "tab-separated")}
    return names.get(delimiter) or translate("BatchInput", "separated by {delimiter}").format(
        delimiter=repr(delimiter))


def sheet_names(path: Path) -> list[str]:
    """A workbook's worksheets, in order; [] for a CSV (or any text file)."""
    found = _scan(path)
    if found.kind == "csv":
        return []
    try:
        return sheets.sheet_names(path, path.name)
    except TextFileError as exc:
        raise BatchInputError(message_of(exc)) from exc


def read_batch_file(path: Path, *, columns: ColumnMapping | None = None,
                    sheet: str | None = None, keep_cells: bool = True) -> BatchInput:
    """The batch in ``path`` (a CSV, .xlsx, .ods or .xls: told by its bytes, not its name),
    ``columns`` saying which column is which where the header's names do not, ``sheet`` the
    worksheet (default: the first). Raises :class:`MissingColumns` when the columns cannot
    be found, :class:`BatchInputError` for any other reason the file cannot be used.
    ``keep_cells=False`` leaves every row's ``fields`` empty: a check that needs only the
    verdicts holds 100,000 rows in a third of the memory."""
    found = _scan(path)
    if found.kind == "csv" and sheet is not None:
        raise BatchInputError(translate(
            "BatchInput", "{name} is a CSV file, without sheets; a sheet is chosen only in a "
            "workbook (.xlsx, .ods, .xls).").format(name=path.name))
    try:
        if found.kind == "csv":
            return _read_csv(path, found, columns, keep_cells)
        return _read_sheet(path, found, columns, sheet, keep_cells)
    except TextFileError as exc:
        raise BatchInputError(message_of(exc)) from exc


def parse_batch(data: bytes, name: str, *, columns: ColumnMapping | None = None) -> BatchInput:
    """A batch from bytes (tests and pasted text): written to a temporary file and read."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="licensegui-batch-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return read_batch_file(path, columns=columns)


def _scan(path: Path) -> Scan:
    try:
        check_input(path)  # a FIFO would block the window for ever, /dev/zero never end
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BatchInputError(translate(
                "BatchInput", "{name} is {size:.0f} MB; a batch file may be at most {limit} MB "
                "(about {rows:,} rows).").format(name=path.name, size=size / 1000000.0,
                                                  limit=MAX_FILE_BYTES // 1024 // 1024,
                                                  rows=MAX_ROWS))
        found = scan(path, path.name)
    except OSError as exc:
        raise BatchInputError(translate("BatchInput",
                                        "Cannot read {path}: {reason}.").format(
                                            path=path, reason=exc.strerror or exc)) from exc
    except TextFileError as exc:
        raise BatchInputError(message_of(exc)) from exc
    if found.kind == "csv" and path.suffix.lower() in _SPREADSHEET_SUFFIXES:
        raise BatchInputError(translate(
            "BatchInput", "{name} is named like a spreadsheet but is not one (it is text). "
            "Open it in the spreadsheet program and save it again.").format(name=path.name))
    # Without quotes every line is one row: a file far over the limit is refused now, not
    # after reading 100,000 rows of it (the margin leaves room for blank lines at the end,
    # which are no rows; a file within it is counted row by row as it is read).
    if found.kind == "csv" and not found.quoted and found.lines > MAX_ROWS * 1.05 + 2:
        raise _too_many(path.name)
    return found


def _too_many(name: str) -> BatchInputError:
    return BatchInputError(translate(
        "BatchInput", "{name} has more than {MAX_ROWS:,} rows below its header; split it into "
        "smaller batches.").format(name=name, MAX_ROWS=MAX_ROWS))


def _read_csv(path: Path, found: Scan, mapping: ColumnMapping | None,
              keep_cells: bool) -> BatchInput:
    name = path.name
    delimiters = (found.sep,) if found.sep else DELIMITERS
    chosen: tuple[CsvRows, list[str], int, dict[str, int]] | None = None
    refusals: list[tuple[int, BatchInputError]] = []
    for delimiter in delimiters:
        rows = CsvRows(path, found, delimiter, name)
        header: list[str] = []
        try:
            header_row, header = _header(rows, name)
            columns = resolve_columns(header, mapping, name)
        except BatchInputError as exc:
            rows.close()
            refusals.append((len(header), exc))
            continue
        except BaseException:
            rows.close()
            raise
        chosen = (rows, header, header_row, columns)
        break
    if chosen is None:
        # The delimiter that splits the header into the most cells is the file's: its
        # refusal names the columns as the file has them.
        raise max(refusals, key=lambda r: r[0])[1]
    rows, header, header_row, columns = chosen
    try:
        if found.lines > MAX_ROWS * 1.05 + 2:
            # More lines than a full batch has rows, but with quotes (a quoted cell may span
            # lines): count the rows first, without validating them, so a file far over the
            # limit is refused at once rather than after validating 100,000 of its rows.
            _count_rows(CsvRows(path, found, rows.delimiter, name), header_row, name)
        body = _rows(rows, header, columns, name, keep_cells)
    finally:
        rows.close()
    return BatchInput(name, _identity(found.sha256, None, header, columns), rows.delimiter,
                      tuple(header), columns, body, notes=tuple(found.notes),
                      header_row=header_row, mapping=mapping)


def _count_rows(records: CsvRows, header_row: int, name: str) -> None:
    """Refuse (:func:`_too_many`) a file with a non-blank row past the limit."""
    limit = header_row + 1 + MAX_ROWS
    try:
        for number, _line, values in records:
            if number >= limit and "".join(values).strip():
                raise _too_many(name)
    finally:
        records.close()


def _read_sheet(path: Path, found: Scan, mapping: ColumnMapping | None,
                sheet: str | None, keep_cells: bool) -> BatchInput:
    name = path.name
    rows = sheets.SheetRows(path, name, sheet)
    try:
        records = iter(rows)
        try:
            header_row, header = _header(records, name)
        except BatchInputError as exc:
            raise BatchInputError(translate(
                "BatchInput", "The sheet “{sheet}” of {name} is empty.").format(
                    sheet=rows.sheet, name=name)) from exc
        columns = resolve_columns(header, mapping, name)
        body = _rows(records, header, columns, name, keep_cells)
    finally:
        rows.close()
    kind = {".ods": "ods", ".xls": "xls"}.get(path.suffix.lower(),
                                               "xls" if found.kind == "ole" else "xlsx")
    return BatchInput(name, _identity(found.sha256, rows.sheet, header, columns), ",",
                      tuple(header), columns, body, sheet=rows.sheet, kind=kind,
                      header_row=header_row, mapping=mapping)


def _identity(digest: str, sheet: str | None, header: list[str],
              columns: dict[str, int]) -> str:
    """What names the batch (its journal is found by it): the file's SHA-256, folded with the
    worksheet read and with the columns when a mapping chose others than the header's names
    would. Another sheet of the workbook, or another mapping, is another batch — resuming
    the first one's journal would send nothing and call it finished."""
    try:
        by_names = resolve_columns(header, None, "")
    except BatchInputError:
        by_names = None
    if sheet is None and by_names == columns:
        return digest  # a CSV read by its header: the file's own digest, as always
    parts = [digest, f"sheet={sheet or ''}"]
    if by_names != columns:
        parts.append("columns=" + ",".join(f"{f}:{columns[f]}" for f in FIELDS))
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _header(records: Iterator[tuple[int, int, list[str]]] | CsvRows,
            name: str) -> tuple[int, list[str]]:
    """The first non-blank row: the header, and its row number."""
    for number, _line, values in records:
        if any(v.strip() for v in values):
            return number, [v.replace("\ufeff", "") for v in values]
        if number > MAX_ROWS:
            break
    raise BatchInputError(translate("BatchInput", "{name} is empty.").format(name=name))


def _rows(records: Iterable[tuple[int, int, list[str]]], header: list[str],
          columns: dict[str, int], name: str, keep_cells: bool = True) -> tuple[InputRow, ...]:
    rows: list[InputRow] = []
    blanks: list[InputRow] = []  # kept only once a row follows them (none at the end)
    first_of_key: dict[str, int] = {}
    limit = None
    for count, (number, line, values) in enumerate(records):
        if count % 256 == 0:
            give_way()  # a window starved of the GIL runs first (core/turns.py)
        if limit is None:
            limit = number + MAX_ROWS
        if not "".join(values).strip():  # one C call, not one per cell: 100,000 rows
            # Blank lines and rows of empty cells: kept in place, so the results line up.
            blanks.append(InputRow(number, line, "", "", "", "", RowState.BLANK))
            continue
        if number >= limit:  # blank lines at the end are no rows: only a row counts
            raise _too_many(name)
        if blanks:
            rows.extend(blanks)
            blanks.clear()
        rows.append(_row(number, line, values, header, columns, first_of_key, keep_cells))
    if not rows:
        raise BatchInputError(translate("BatchInput",
                                        "{name} has a header but no rows.").format(name=name))
    return tuple(rows)


def _row(number: int, line: int, values: list[str], header: list[str],
         columns: dict[str, int], first_of_key: dict[str, int],
         keep_cells: bool = True) -> InputRow:
    width = len(values)
    k, o, e = columns["license_key"], columns["owner_name"], columns["email"]
    key = values[k] if k < width else ""
    owner = values[o] if o < width else ""
    email = values[e] if e < width else ""
    extra = width > len(header) and "".join(values[len(header):]).strip()
    while len(values) > len(header) and not values[-1]:
        values.pop()  # trailing empty cells past the header: a ragged export, not data
    cells = _SEP.join(values) if keep_cells else ""
    if extra:
        return InputRow(number, line, cells, key, owner, email, RowState.INVALID,
                        Reason.INVALID_ROW,
                        translate("BatchInput",
                                  "This row has {values} values; the header names {header} "
                                  "columns.").format(values=len(values), header=len(header)))
    try:
        request = AssignRequest.from_input(key, owner, email)
    except ValidationError as exc:
        return InputRow(number, line, cells, key, owner, email, RowState.INVALID,
                        _INVALID_FIELD.get(exc.field, f"invalid_{exc.field}"),
                        translate("BatchInput", "{field}: {problem}").format(
                            field=_FIELD_TITLES.get(exc.field, exc.field),
                            problem=message_of(exc)))
    first = first_of_key.setdefault(request.license_key, number)
    if first != number:
        return InputRow(number, line, cells, request.license_key, request.owner_name,
                        request.email, RowState.DUPLICATE, Reason.DUPLICATE,
                        translate("BatchInput",
                                  "Same license key as row {first}; only that row is "
                                  "sent.").format(first=first))
    return InputRow(number, line, cells, request.license_key, request.owner_name,
                    request.email, RowState.PENDING)

