"""``licensegui-cli journal export``: what a damaged batch journal still holds, as CSV.

A damaged journal is refused before anything is sent (see core/batch/journal_check.py); its
readable rows — what was sent, under which Idempotency-Key, what was answered — are what a
person needs to finish the batch by hand. This writes them, leaving the journal as it is.
"""

from __future__ import annotations

import argparse
import sqlite3
from typing import TextIO

from licensegui.cli.common import (
    EXIT_NO,
    EXIT_OK,
    Commands,
    UsageError,
    UsageParser,
    output_arg,
    path_arg,
)
from licensegui.core.batch.journal import DamagedJournal, Journal, JournalInUse
from licensegui.core.batch.journal_check import export_readable
from licensegui.core.db import DbProblem, problem_of
from licensegui.core.errors import JournalError
from licensegui.core.files import refuse_unusual


def register(commands: Commands) -> None:
    j = commands.add_parser("journal", help="export the readable rows of a damaged journal")
    jsub = j.add_subparsers(dest="journal_action", required=True, parser_class=UsageParser)
    je = jsub.add_parser("export", help="write every row of a journal that still reads as CSV "
                                        "(the journal is left as it is)")
    je.add_argument("journal", type=path_arg, metavar="JOURNAL")
    je.add_argument("--out", type=output_arg, required=True, metavar="FILE.csv")
    j.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    journal = args.journal
    for side in (journal, journal.with_name(journal.name + "-wal"),
                 journal.with_name(journal.name + "-shm")):
        try:
            refuse_unusual(side)  # SQLite would read (and write) through a link
        except OSError as exc:
            raise UsageError(f"{side} cannot be used: {exc.strerror}; nothing was read.") from None
    if not args.journal.is_file():
        raise UsageError(f"No journal at {args.journal}.")
    try:
        # A running batch holds its journal: a read-only reader would see it without what
        # the batch has not checkpointed yet. Opening it the batch's way finds that out.
        Journal.open(args.journal).close()
    except JournalInUse as exc:
        raise UsageError(str(exc)) from exc
    except JournalError:
        pass  # damaged: what this command is for
    try:
        written, unreadable = export_readable(args.journal, args.out)
    except sqlite3.Error as exc:
        if problem_of(exc) is DbProblem.IN_USE:
            raise UsageError(f"The journal {args.journal} is in use by a running batch; "
                             "export it once that has finished.") from exc
        raise UsageError(f"Nothing in {args.journal} can be read ({exc}).") from exc
    except OSError as exc:
        raise UsageError(f"Cannot write {args.out}: {exc.strerror or exc}.") from exc
    out.write(f"Exported {written} readable row(s) of {args.journal} to {args.out}"
              f"{f'; {unreadable} could not be read' if unreadable else ''}.\n")
    return EXIT_OK if not unreadable else EXIT_NO


def explained(exc: JournalError) -> str:
    """A journal problem as the CLI says it: a damaged journal's sentence, with the command
    that exports what it still holds."""
    if isinstance(exc, DamagedJournal) and exc.readable:
        return (f"{exc} {exc.readable} of its rows can still be read: "
                f"'licensegui-cli journal export {exc.path} --out ROWS.csv' writes them.")
    return str(exc)
