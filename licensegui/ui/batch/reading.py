"""Reading a batch file for the window, on a worker thread: the sheet asked for first when a
workbook has several, and a column mapping remembered for the file's header applied (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from licensegui.core.batch.headers import ColumnMapping, MissingColumns, header_signature
from licensegui.core.batch.input import BatchInput, read_batch_file, sheet_names
from licensegui.ui.batch.table_rows import TableRows, preview_rows


def differs(header: Sequence[str], columns: dict[str, int], mapping: ColumnMapping) -> bool:
    """Whether ``mapping`` picks other columns than ``columns`` (the names' own choice)."""
    picked = {f: header[i].strip() for f, i in columns.items()}
    return any(picked.get(f) != v.strip() for f, v in mapping.as_dict().items())


@dataclass(frozen=True)
class Sheets:
    path: Path
    names: list[str]


def _mapping_for(saved: dict[str, dict[str, str]], header: tuple[str, ...] | list[str]
                 ) -> ColumnMapping | None:
    chosen = saved.get(header_signature(header))
    return ColumnMapping(**chosen) if chosen else None


def read_file(path: Path, columns: ColumnMapping | None, sheet: str | None,
              saved: dict[str, dict[str, str]]) -> tuple[BatchInput, TableRows] | Sheets:
    """For a worker thread: the batch, with the columns given, else those remembered for its
    header, and its rows made ready for the table (off the GUI thread, as this is); a
    workbook of several sheets asks which one first."""
    read = _read(path, columns, sheet, saved)
    return read if isinstance(read, Sheets) else (read, preview_rows(read.rows))


def _read(path: Path, columns: ColumnMapping | None, sheet: str | None,
          saved: dict[str, dict[str, str]]) -> BatchInput | Sheets:
    if sheet is None:
        names = sheet_names(path)
        if len(names) > 1:
            return Sheets(path, names)
    if columns is not None:
        return read_batch_file(path, columns=columns, sheet=sheet)
    try:
        batch = read_batch_file(path, sheet=sheet)
    except MissingColumns as exc:
        remembered = _mapping_for(saved, exc.header)
        if remembered is None:
            raise
        return read_batch_file(path, columns=remembered, sheet=sheet)
    remembered = _mapping_for(saved, batch.header)
    if remembered is not None and differs(batch.header, batch.columns, remembered):
        return read_batch_file(path, columns=remembered, sheet=sheet)
    return batch
