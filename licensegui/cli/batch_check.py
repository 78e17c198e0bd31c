"""``licensegui-cli batch --check INPUT``: the preview, for a script: read, map, validate.

Sends nothing, opens no history and no journal, writes no file: it only reads ``INPUT``.
Exit 0 when every row is usable (blank rows are no rows to send), 1 when some are not
(invalid, or a duplicate of an earlier row), 2 when the file cannot be used at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from licensegui.cli.common import (
    EXIT_NO,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    print_json,
    window_profile,
)
from licensegui.core.batch.input import (
    FIELDS,
    BatchInput,
    BatchInputError,
    ColumnMapping,
    MissingColumns,
    delimiter_name,
    read_batch_file,
)
from licensegui.core.codes import RowState

#: The options only a batch that sends needs: ``--check`` does without them.
_SENDING_ONLY = ("--base-url", "--global-key")
_PROBLEMS = (RowState.INVALID, RowState.DUPLICATE)


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """``--check``, ``--columns`` and ``--sheet``; ``--base-url`` and ``--global-key`` are
    then required only when the batch is to be sent (see :func:`require_sending_options`)."""
    parser.add_argument("--check", action="store_true",
                        help="only read, map and validate INPUT: print its counts and every "
                             "problem with its row number; send nothing, write nothing (exit 0 "
                             "all rows usable, 1 some not, 2 file unusable)")
    parser.add_argument("--columns", type=_mapping, metavar="key=H,owner=H,email=H",
                        help="which column is which, by its header as written in the file "
                             "(for those the header's names do not say)")
    parser.add_argument("--sheet", metavar="NAME",
                        help="the worksheet of an .xlsx/.ods/.xls file (default: the first)")
    for action in parser._actions:  # argparse has no "required unless" of its own
        if any(option in action.option_strings for option in _SENDING_ONLY):
            action.required = False
            action.help = f"{action.help} (not needed with --check)"


def require_sending_options(args: argparse.Namespace) -> None:
    """What argparse would have said had the options stayed required (exit 2) — unless the
    window's profile named by --profile gives them (issue 28)."""
    missing = [o for o in _SENDING_ONLY if getattr(args, o[2:].replace("-", "_")) is None]
    if missing and window_profile(args) is None:
        raise UsageError(f"the following arguments are required: {', '.join(missing)} (or "
                         f"--profile naming a profile of the window's Settings)")


def _mapping(text: str) -> ColumnMapping:
    try:
        return ColumnMapping.parse(text)
    except BatchInputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def read_input(args: argparse.Namespace) -> BatchInput:
    """``INPUT`` read with ``--columns`` and ``--sheet``; an unusable file is a usage error
    (exit 2) whose sentence says what to do."""
    try:
        return read_batch_file(args.input, columns=args.columns, sheet=args.sheet)
    except MissingColumns as exc:
        raise UsageError(f"{exc} Say which column is which with --columns "
                         "key=HEADER,owner=HEADER,email=HEADER.") from exc
    except BatchInputError as exc:
        raise UsageError(str(exc)) from exc


def check(args: argparse.Namespace, out: TextIO) -> int:
    try:
        # Only the verdicts are printed: the rows' other cells are not kept.
        batch = read_batch_file(args.input, columns=args.columns, sheet=args.sheet,
                                keep_cells=False)
    except BatchInputError as exc:
        if args.json:
            refusal: dict[str, Any] = {"file": str(args.input), "usable": False,
                                       "error": str(exc)}
            if isinstance(exc, MissingColumns):
                refusal.update(header=exc.header, missing=exc.missing)
            print_json(out, refusal)
        hint = (" Say which column is which with --columns key=HEADER,owner=HEADER,"
                "email=HEADER." if isinstance(exc, MissingColumns) else "")
        print(f"licensegui-cli: {exc}{hint}", file=sys.stderr)
        return EXIT_USAGE
    problems = [r for r in batch.rows if r.state in _PROBLEMS]
    counts = {"rows": len(batch.rows), "to_send": batch.count(RowState.PENDING),
              "invalid": batch.count(RowState.INVALID),
              "duplicate": batch.count(RowState.DUPLICATE),
              "blank": batch.count(RowState.BLANK)}
    if args.json:
        print_json(out, {
            "file": str(args.input), "usable": not problems, "kind": batch.kind,
            "sheet": batch.sheet, "delimiter": batch.delimiter if batch.kind == "csv" else None,
            "header": list(batch.header), "header_row": batch.header_row,
            "columns": {f: {"index": i, "header": batch.header[i]}
                        for f, i in batch.columns.items()},
            **counts, "notes": [str(n) for n in batch.notes],
            "problems": [{"row": r.number, "line": r.line, "status": r.state,
                          "reason": r.reason, "license_key": r.license_key,
                          "detail": str(r.detail)} for r in problems]})
    else:
        _print_preview(out, args.input, batch, counts, problems)
    return EXIT_NO if problems else EXIT_OK


def _print_preview(out: TextIO, path: Path, batch: BatchInput, counts: dict[str, int],
                   problems: list[Any]) -> None:
    what = (f"sheet “{batch.sheet}”" if batch.sheet is not None
            else delimiter_name(batch.delimiter))
    out.write(f"{path.name}: {counts['rows']} rows below the header ({what}).\n")
    names = {"license_key": "license key", "owner_name": "owner", "email": "email"}
    out.write("Columns: " + ", ".join(
        f"{names[f]} ← “{batch.header[batch.columns[f]].strip()}”" for f in FIELDS) + ".\n")
    for note in batch.notes:
        out.write(f"Note: {note}\n")
    out.write(f"{counts['to_send']} to send, {counts['invalid']} invalid, "
              f"{counts['duplicate']} duplicate, {counts['blank']} blank.\n")
    for row in problems:
        out.write(f"row {row.number}: {row.state} [{row.reason}] {row.detail}\n")
