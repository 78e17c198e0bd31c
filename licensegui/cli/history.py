"""``licensegui-cli history``: export the shared history as CSV, or erase an owner from it."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TextIO

from licensegui.cli.common import EXIT_OK, Commands, UsageError, UsageParser, open_history
from licensegui.core.history import HistoryError


def register(commands: Commands) -> None:
    h = commands.add_parser("history", help="export or erase the local history of attempts")
    hsub = h.add_subparsers(dest="history_action", required=True, parser_class=UsageParser)
    he = hsub.add_parser("export", help="write the history as CSV (formula-safe)")
    he.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    he.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                    help="only attempts from this day on (local time)")
    hr = hsub.add_parser("erase", help="remove an owner's name and email from every attempt")
    hr.add_argument("--email", required=True)
    h.set_defaults(run=run)


def _date(text: str) -> float:
    try:
        return time.mktime(time.strptime(text, "%Y-%m-%d"))
    except (ValueError, OverflowError) as exc:
        raise argparse.ArgumentTypeError(f"not a date like 2026-01-31: {text!r}") from exc


def run(args: argparse.Namespace, out: TextIO) -> int:
    history = open_history()
    try:
        if args.history_action == "export":
            rows = history.query(since=args.since, limit=None)
            try:
                history.write_csv(args.out, rows)
            except OSError as exc:
                raise UsageError(
                    f"cannot write {args.out}: {exc.strerror or exc}") from exc
            out.write(f"Exported {len(rows)} attempt(s) to {args.out}\n")
        else:
            changed = history.erase_owner(args.email)
            out.write(f"Erased the owner's name and email from {changed} attempt(s)\n")
    except HistoryError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        history.close_all()
    return EXIT_OK
