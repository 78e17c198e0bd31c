"""``licensegui-cli batch`` and ``verify --receipts``: the CLI's side of batch assignment.

Running the same command again with the same journal resumes the batch; a finished journal
sends nothing and writes its results again. See :mod:`licensegui.core.batch.journal` for why
nothing is assigned twice.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from licensegui.cli.batch_check import add_input_options, check, read_input, require_sending_options
from licensegui.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_NETWORK,
    EXIT_NO,
    EXIT_OK,
    EXIT_USAGE,
    Commands,
    UsageError,
    add_sending_command,
    add_trust_options,
    base_url_of,
    clean,
    human_verdict,
    load_trust,
    output_arg,
    path_arg,
    positive_int,
    print_json,
    runtime_of,
    sending,
)
from licensegui.cli.journal import explained
from licensegui.core.batch.export import check_writable, read_receipt
from licensegui.core.batch.input import (
    BatchInput,
    delimiter_name,
)
from licensegui.core.batch.journal import Journal, JournalError, JournalRow
from licensegui.core.batch.runner import (
    DEFAULT_CONCURRENCY,
    MAX_CONCURRENCY,
    BatchOutcome,
    Ending,
    throughput,
)
from licensegui.core.batch.session import default_journal_path, open_or_create
from licensegui.core.codes import ALL_STATUSES, Outcome, Reason, RowStatus
from licensegui.core.envelope import verify_body
from licensegui.core.errors import ValidationError
from licensegui.core.files import check_input
from licensegui.core.history import HistoryError, HistoryStore
from licensegui.core.trust import TrustStore
from licensegui.core.validation import clean_base_url


def register(commands: Commands) -> None:
    b = add_sending_command(
        commands, "batch", help="assign every row of a CSV or spreadsheet (.xlsx, .ods, .xls) "
                                "file: verified, resumable",
        timeout_help="deadline for each attempt (default: %(default)s)",
        no_history_help="do not record the attempts in the history")
    b.add_argument("input", type=path_arg, metavar="INPUT",
                   help="a CSV (any delimiter, UTF-8, UTF-16 or Windows-1252) or a spreadsheet")
    add_trust_options(b, from_profile=True)
    b.add_argument("--journal", type=output_arg, metavar="FILE",
                   help="the batch's journal; the same journal resumes the batch (default: "
                        "one per input file and server, in the data folder)")
    b.add_argument("--out", type=output_arg, metavar="RESULTS.csv|.xlsx",
                   help="write the results here (an .xlsx workbook when the name ends .xlsx)")
    b.add_argument("--receipts", type=output_arg, metavar="FILE.jsonl",
                   help="write every signed answer here (check with 'verify --receipts')")
    b.add_argument("--concurrency", type=_concurrency, default=DEFAULT_CONCURRENCY,
                   metavar="N", help=f"requests at a time, 1 to {MAX_CONCURRENCY} "
                                     "(default: %(default)s)")
    add_input_options(b)
    b.set_defaults(run=run)


def _concurrency(text: str) -> int:
    value = positive_int(text)
    if value > MAX_CONCURRENCY:
        raise argparse.ArgumentTypeError(f"at most {MAX_CONCURRENCY}: {value}")
    return value


# --- the command ---------------------------------------------------------------------------

def run(args: argparse.Namespace, out: TextIO) -> int:
    if args.check:
        return check(args, out)
    require_sending_options(args)
    try:
        base_url = clean_base_url(base_url_of(args))
    except ValidationError as exc:
        raise UsageError(f"{exc.field}: {exc}") from exc
    batch = read_input(args)
    # Where the results go is checked before anything is sent: a read-only folder is found
    # now, not after the server has assigned every row.
    for path in (args.out, args.receipts):
        if path is not None:
            try:
                check_writable(path)
            except JournalError as exc:
                raise UsageError(f"{exc} Nothing was sent.") from exc
    trust = load_trust(args)
    journal_path = args.journal or default_journal_path(batch.sha256, base_url)
    try:
        journal = open_or_create(journal_path, batch, base_url, args.profile)
    except JournalError as exc:
        raise UsageError(explained(exc)) from exc
    try:
        return _resume_and_report(args, out, journal, batch, trust)
    finally:
        journal.close()


def _resume_and_report(args: argparse.Namespace, out: TextIO, journal: Journal,
                       batch: BatchInput, trust: TrustStore) -> int:
    to_send = journal.to_send()
    what = f"sheet “{batch.sheet}”" if batch.sheet is not None else delimiter_name(
        batch.delimiter)
    print(f"licensegui-cli: {batch.name}: {len(batch.rows)} rows ({what}), {len(to_send)} to "
          f"send; journal {journal.path}", file=sys.stderr)
    for note in batch.notes:  # the encoding assumed, Excel's sep= line: said, not silent
        print(f"licensegui-cli: note: {note}", file=sys.stderr)
    outcome: BatchOutcome | None = None
    interrupted = False
    record_problem = None
    if to_send:
        with sending(args) as (api_key, history):
            _preview_ledger(args, journal, to_send, history)
            outcome, interrupted, record_problem = _send(args, journal, api_key, trust, history)
    if record_problem:
        print(f"licensegui-cli: {record_problem}", file=sys.stderr)
    written = _write_files(args, journal)
    counts = journal.counts()
    ending = Ending.FINISHED if outcome is None else outcome.ending
    sentence = outcome.sentence if outcome else "Finished earlier; nothing was sent."
    if interrupted:
        ending, sentence = Ending.STOPPED, "Interrupted; run the same command to resume."
    total = sum(counts.values())
    # Blank rows are kept in place (results line up with the input) but are nothing to send.
    blank = counts.get(RowStatus.BLANK, 0)
    if args.json:
        print_json(out, {**counts, "rows": total, "ending": ending.value, "detail": sentence,
                         "sent": outcome.sent if outcome else 0, "journal": str(journal.path),
                         "batch": journal.meta.batch_id, **written})
    else:
        shown = ", ".join(f"{counts[s]} {s.replace('_', ' ')}"
                          for s in ALL_STATUSES if counts.get(s))
        out.write(f"{sentence} {total} rows: {shown}.\n")
        for what, path in written.items():
            out.write(f"  {what}: {path}\n")
    if interrupted or ending is Ending.STOPPED:
        return EXIT_INTERRUPTED
    if ending in (Ending.NETWORK,):
        return EXIT_NETWORK
    if ending is not Ending.FINISHED:
        print(f"licensegui-cli: {sentence}", file=sys.stderr)
        return EXIT_USAGE
    # A row the history already knows as assigned to its owner is done, as an assigned one.
    done = counts[RowStatus.ASSIGNED] + counts[RowStatus.ALREADY_ASSIGNED]
    return EXIT_OK if done == total - blank else EXIT_NO


def _preview_ledger(args: argparse.Namespace, journal: Journal, to_send: list[int],
                    history: HistoryStore | None) -> None:
    """Say how many rows to send this computer's history already answers (not sent)."""
    if history is None:
        return
    ledger = runtime_of(args).ledger(history)
    try:
        found = ledger.answered(
            journal.meta.base_url, (journal.row(n).request() for n in to_send),
            send_again=args.send_again)
    except HistoryError as exc:
        print(f"licensegui-cli: the history could not be consulted: {exc}", file=sys.stderr)
        return
    finally:
        ledger.close()
    if any(found.values()):
        print(f"licensegui-cli: the history already answers "
              f"{sum(found.values())} of them (not sent): "
              f"{found[Outcome.ALREADY_ASSIGNED]} already assigned to the same owner, "
              f"{found[Outcome.ASSIGNED_ELSEWHERE]} assigned to someone else",
              file=sys.stderr)


def _send(args: argparse.Namespace, journal: Journal, api_key: str, trust: TrustStore,
          history: HistoryStore | None) -> tuple[BatchOutcome, bool, str | None]:
    progress = _Progress(journal) if sys.stderr.isatty() else None
    runner = runtime_of(args).batch_runner(journal, api_key, trust, history,
                                           on_row=progress.row if progress else None)
    interrupted = threading.Event()

    def _interrupt(signum: int, frame: FrameType | None) -> None:
        # Requests already out are abandoned: they stay "sent" in the journal and are re-sent
        # with the same Idempotency-Key next time, so nothing is assigned twice.
        interrupted.set()
        runner.stop(cancel_in_flight=True)

    previous = {s: signal.signal(s, _interrupt) for s in _stop_signals()}
    try:
        outcome = runner.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if progress:
            progress.end()
    return outcome, interrupted.is_set(), runner.record_problem


def _stop_signals() -> list[signal.Signals]:
    wanted = ["SIGINT", "SIGTERM", "SIGHUP"]
    return [getattr(signal, name) for name in wanted if hasattr(signal, name)]


def _write_files(args: argparse.Namespace, journal: Journal) -> dict[str, str]:
    written: dict[str, str] = {}
    try:
        if args.out:
            journal.write_results(args.out)
            written["results"] = str(args.out)
        if args.receipts:
            journal.write_receipts(args.receipts)
            written["receipts"] = str(args.receipts)
    except JournalError as exc:
        # The answers are safe in the journal: the same command writes the files again.
        raise UsageError(f"{exc} Every answer is kept in the journal {journal.path}; run the "
                         "same command with another --out/--receipts to write them.") from exc
    return written


class _Progress:
    """One self-overwriting line on a terminal's stderr, at most a few times a second."""

    def __init__(self, journal: Journal) -> None:
        self._lock = threading.Lock()
        self._counts = journal.counts()
        self._total = sum(self._counts.values())
        self._start = time.monotonic()
        self._done_here = 0
        self._shown = 0.0

    def row(self, row: JournalRow) -> None:
        with self._lock:
            if row.status:
                self._counts[RowStatus.NOT_SENT] -= 1
                self._counts[row.status] += 1
                self._done_here += 1
            now = time.monotonic()
            if now - self._shown < 0.2:
                return
            self._shown = now
            left = self._counts[RowStatus.NOT_SENT]
            rate, eta = throughput(self._done_here, now - self._start, left)
            eta_text = f", {eta:.0f} s left" if eta is not None else ""
            sys.stderr.write(
                f"\r{self._total - left}/{self._total}: {self._counts['assigned']} assigned, "
                f"{self._counts['refused']} refused, {self._counts['not_verified']} not "
                f"verified, {rate:.1f} rows/s{eta_text}   ")
            sys.stderr.flush()

    def end(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()


# --- verify --receipts --------------------------------------------------------------------
def verify_receipts(args: argparse.Namespace, trust: TrustStore, out: TextIO) -> int:
    """Check every receipt (or row ``--row``) of a batch's receipts file, offline: exit 0
    only when each one checked is verified."""
    try:
        check_input(Path(args.file))  # not a FIFO (it would block) nor a device
        with open(args.file, encoding="utf-8") as handle:
            lines = handle.readlines()
    except (OSError, UnicodeDecodeError) as exc:
        why = getattr(exc, "strerror", None) or exc
        raise UsageError(f"Cannot read {args.file}: {why}.") from exc
    checked = failed = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        receipt, body = read_receipt(line)
        row = receipt.get("row") if receipt else None
        if args.row is not None and row != args.row:
            continue
        checked += 1
        if body is None:
            failed += 1
            _report(out, args.json, row, None, f"line {number} is not a receipt")
            continue
        verdict = verify_body(body, trust)
        failed += 0 if verdict.verified else 1
        _report(out, args.json, row, receipt, verdict)
    if checked == 0:
        raise UsageError(f"No receipt{f' for row {args.row}' if args.row else ''} in "
                         f"{args.file}.")
    return EXIT_OK if failed == 0 else EXIT_NO


def _report(out: TextIO, as_json: bool, row: object, receipt: dict[str, Any] | None,
            verdict: Any) -> None:
    key = receipt.get("license_key") if receipt else None
    if isinstance(verdict, str):
        if as_json:
            print_json(out, {"row": row, "verified": False, "reason": Reason.NOT_A_RECEIPT,
                             "detail": verdict})
        else:
            out.write(f"row {row if row is not None else '?'}: NOT VERIFIED [not_a_receipt] "
                      f"{verdict}\n")
        return
    if as_json:
        print_json(out, {"row": row, "license_key": key, **verdict.to_json()})
    else:
        out.write(f"row {row} ({clean(key)}): {human_verdict(verdict)}\n")
