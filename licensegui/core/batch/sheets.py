"""Spreadsheets (.xlsx, .ods, .xls) as a batch's input, read with python-calamine.

calamine (Rust) reads all three formats; measured against openpyxl's read-only mode in
docs/spreadsheets.md (it is several times faster, in less memory, and a smaller part of the
bundle). A sheet's row *i* is the spreadsheet's row *i* (the header is where the sheet has
it, normally row 1), and every cell becomes the text the spreadsheet shows for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from licensegui.core.batch import isolated, sheet_extent, workbook_guard
from licensegui.core.batch.dialects import MAX_ROW_CHARS, RowTooLong, TextFileError
from licensegui.core.text import translate

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _is_ole(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(8) == _OLE


def _calamine() -> ModuleType:
    # Imported when a spreadsheet is read: a CSV batch (and start-up) never loads it.
    import python_calamine

    return python_calamine


def sheet_names(path: Path, name: str, *, isolate: bool = True) -> list[str]:
    """The workbook's worksheets, in its order (chart sheets and the like left out)."""
    if isolate and _is_ole(path):
        return isolated.read(_read_in_child, path, name, None, names_only=True)[0]
    book = _open(path, name)
    try:
        return _worksheets(book)
    finally:
        book.close()


def _worksheets(book: object) -> list[str]:
    pc = _calamine()
    return [m.name for m in book.sheets_metadata  # type: ignore[attr-defined]
            if m.typ == pc.SheetTypeEnum.WorkSheet]


def _open(path: Path, name: str) -> object:
    # calamine aborts the process on a workbook too large to hold (no exception to catch):
    # a zip workbook's extent and sizes are checked first.
    with path.open("rb") as file:
        zipped = file.read(4) == _ZIP
    if zipped:
        workbook_guard.check_workbook(path, name)
    pc = _calamine()
    try:
        # By its bytes, never by its name: from_path picks the reader by the extension, and a
        # zip the guard checked as .xlsx but named .xlsb would be read as a binary workbook
        # the guard never saw.
        with path.open("rb") as file:
            return pc.CalamineWorkbook.from_filelike(file)
    except pc.PasswordError as exc:
        raise TextFileError(translate("BatchInput", "{name} is protected by a password; save "
                                      "a copy without one.").format(name=name)) from exc
    except BaseException as exc:
        raise _unreadable(name, exc) from exc


def _unreadable(name: str, exc: BaseException) -> BaseException:
    """calamine's error (or its panic: a BaseException, PanicException, on malformed records)
    as a sentence; anything else (KeyboardInterrupt) as it is."""
    pc = _calamine()
    panic = type(exc).__name__ == "PanicException"
    if not (panic or isinstance(exc, pc.CalamineError | ValueError | OSError)):
        return exc
    return workbook_guard.unreadable(
        name, translate("BatchInput", "its records are malformed") if panic else exc)


class SheetRows:
    """One worksheet's rows: (row, row, values as text), row 1 first. ``sheet`` is the
    worksheet read: the one named, else the first."""

    def __init__(self, path: Path, name: str, sheet: str | None, *,
                 isolate: bool = True) -> None:
        self._name = name
        self._row = 0
        self._read_rows: list[list[str]] | None = None
        if isolate and _is_ole(path):
            # An .xls: read in a child process under a memory limit (core/batch/isolated.py).
            _names, read_sheet, self._read_rows = isolated.read(_read_in_child, path, name,
                                                                sheet)
            self.sheet = read_sheet or ""
            self._book = None
            return
        pc = _calamine()
        self._book = _open(path, name)
        try:
            names = _worksheets(self._book)
            if sheet is None:
                if not names:
                    raise TextFileError(translate("BatchInput", "{name} has no worksheet.")
                                        .format(name=name))
                sheet = names[0]
            elif sheet not in names:
                raise TextFileError(translate(
                    "BatchInput", "{name} has no sheet “{sheet}”; its sheets are "
                    "{names}.").format(name=name, sheet=sheet,
                                       names=", ".join(f"“{n}”" for n in names)))
            self.sheet = sheet
            try:
                data = self._book.get_sheet_by_name(sheet)  # type: ignore[attr-defined]
                # An .xls is not checked before (BIFF bounds it to 16 M cells, 512 MB): its
                # sheet is refused here, before 16 M cells become Python objects.
                sheet_extent.check_extent(data.height, data.width, name)
                self._rows = iter(data.iter_rows())
            except BaseException as exc:
                if type(exc).__name__ != "PanicException" and not isinstance(
                        exc, pc.CalamineError | ValueError):
                    raise
                raise TextFileError(translate(
                    "BatchInput", "{name}: the sheet “{sheet}” cannot be read "
                    "({problem}).").format(name=name, sheet=sheet, problem=exc)) from exc
        except BaseException:
            self.close()
            raise
        self._row = 0

    def __iter__(self) -> Iterator[tuple[int, int, list[str]]]:
        try:
            yield from self._read()
        except BaseException as exc:
            raise _unreadable(self._name, exc) from exc

    def _read(self) -> Iterator[tuple[int, int, list[str]]]:
        if self._read_rows is not None:
            for cells in self._read_rows:
                self._row += 1
                yield self._row, self._row, cells
            return
        for values in self._rows:
            self._row += 1
            cells = [cell_text(v) for v in values]
            if sum(map(len, cells)) > MAX_ROW_CHARS:
                # The CSV path's limit, for the same reason: a batch's cells are short.
                raise RowTooLong(translate(
                    "BatchInput", "{name}: row {row} is longer than {limit:,} characters; a "
                    "batch's cells are license keys, names and addresses. Is this the right "
                    "file?").format(name=self._name, row=self._row, limit=MAX_ROW_CHARS))
            yield self._row, self._row, cells

    def close(self) -> None:
        if self._book is not None:
            self._book.close()  # type: ignore[attr-defined]


def _read_in_child(path: str, name: str, sheet: str | None, names_only: bool,
                   sending: Any) -> None:
    """The child process's work (core/batch/isolated.py): read, send the rows as text."""
    isolated.limit_self()
    try:
        if names_only:
            sending.send(("ok", sheet_names(Path(path), name, isolate=False), None, []))
            return
        rows = SheetRows(Path(path), name, sheet, isolate=False)
        try:
            found = [values for _, _, values in rows]
            sending.send(("ok", [], rows.sheet, found))
        finally:
            rows.close()
    except TextFileError as exc:
        sending.send(("error", str(exc)))
    finally:
        sending.close()


def cell_text(value: object) -> str:
    """A cell as the spreadsheet shows it in a general format: ``12`` for 12.0 (a number
    typed as a key or a postcode), dates as ISO dates, TRUE/FALSE."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return "" if value is None else str(value)
