"""``licensegui-cli history``: export the shared history as CSV or .xlsx, or erase an owner
from it."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import TextIO

from licensegui.cli.common import (
    EXIT_NO,
    EXIT_OK,
    Commands,
    UsageError,
    UsageParser,
    add_team_options,
    add_trust_options,
    base_url_of,
    email_arg,
    load_trust,
    open_history,
    output_arg,
    runtime_of,
    say_history_problems,
    sending,
    sending_options,
)
from licensegui.core import history_export, paths
from licensegui.core.history import HistoryError, HistoryStore
from licensegui.core.ledger import pending_unknowns, spellings
from licensegui.core.service import AssignTarget, run_attempt
from licensegui.core.validation import ValidationError, clean_base_url


def register(commands: Commands) -> None:
    h = commands.add_parser("history", help="export or erase the local history of attempts")
    hsub = h.add_subparsers(dest="history_action", required=True, parser_class=UsageParser)
    he = hsub.add_parser("export", help="write the history as CSV or .xlsx (formula-safe)")
    he.add_argument("--out", type=output_arg, required=True, metavar="FILE.csv|FILE.xlsx",
                    help="a name ending in .xlsx writes an Excel workbook, any other CSV")
    he.add_argument("--separator", choices=("comma", "semicolon", "tab"), default="comma",
                    help="between CSV cells (default: %(default)s; semicolon for Excel where "
                         "the decimal separator is a comma: German, French, Spanish)")
    he.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                    help="only attempts from this day on (local time)")
    hr = hsub.add_parser("erase", help="remove an owner's name and email from every attempt")
    hr.add_argument("--email", required=True, type=email_arg)
    hp = hsub.add_parser("pending", help="list attempts that went out with no known outcome")
    hp.add_argument("--json", action="store_true", help="print them as one JSON list")
    add_team_options(hp)  # given one, what waits is published to it first
    hc = hsub.add_parser("check", parents=[sending_options(
        "deadline for each attempt (default: %(default)s)", "do not record the answers")],
        help="send each unknown outcome again with its own Idempotency-Key; record the answer")
    add_trust_options(hc, from_profile=True)
    h.set_defaults(run=run)


def _date(text: str) -> float:
    try:
        return time.mktime(time.strptime(text, "%Y-%m-%d"))
    except (ValueError, OverflowError) as exc:
        raise argparse.ArgumentTypeError(f"not a date like 2026-01-31: {text!r}") from exc


def run(args: argparse.Namespace, out: TextIO) -> int:
    if args.history_action == "check":
        return check(args, out)
    if args.history_action == "export":
        # Read apart from the store: opening it would set a damaged file aside, and the
        # export is how its readable rows get out.
        return export(args, out, paths.history_file())
    history = open_history()
    try:
        if args.history_action == "pending":
            _publish(args, history)
            _pending(args, out, history)
            return EXIT_OK
    except HistoryError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        history.close_all()  # erase opens its own, through the facade
    return _erase(args.email, out)


def export(args: argparse.Namespace, out: TextIO, path: Path) -> int:
    """Write what can be read of the history file; a damaged one gives its readable rows and
    says how many could not be read (exit 1), never a traceback. A history (or its -wal or
    -shm) that is a link, a FIFO or a device is refused: nothing is read through it."""
    from licensegui.core.files import refuse_unusual

    for side in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            refuse_unusual(side)
        except OSError as exc:
            raise UsageError(f"{side} cannot be used: {exc.strerror}") from None
    readable = history_export.read_for_export(path, since=args.since)
    separator = {"comma": ",", "semicolon": ";", "tab": "\t"}[args.separator]
    try:
        history_export.write_export(args.out, readable.attempts, separator)
    except OSError as exc:
        raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    out.write(f"Exported {len(readable.attempts)} attempt(s) to {args.out}\n")
    if not readable.problem:
        return EXIT_OK
    if readable.counted:
        lost = f"{readable.unreadable} attempt(s) could not be read"
    else:
        lost = "the rest could not be read (not even how many attempts it held)"
    print(f"licensegui-cli: the history file {path} is damaged ({readable.problem}): "
          f"{lost}. The file was left as it is.", file=sys.stderr)
    return EXIT_NO


def _erase(email: str, out: TextIO) -> int:
    """The owner out of the history and every batch journal, as Settings → Erase does it
    (AppSession.erase_owner_everywhere, the facade both fronts use); exit 1 when some
    journal could not be erased from (said why)."""
    from licensegui.core.secrets import SecretStore
    from licensegui.core.session import AppSession
    from licensegui.core.settings import Settings, SettingsStore

    # Erasing reads no setting: the session is made without loading (or setting aside)
    # the settings file.
    session = AppSession(SettingsStore(paths.settings_file()), Settings(), SecretStore())
    try:
        changed, erased = session.erase_owner_everywhere(email)
    except HistoryError as exc:
        raise UsageError(str(exc)) from exc
    out.write(f"Erased the owner's name and email from {changed} attempt(s)\n")
    out.write(f"Erased them from {erased.rows} row(s) of {erased.journals} batch journal(s)\n")
    for sentence in erased.sentences():
        print(f"licensegui-cli: {sentence}", file=sys.stderr)
    return EXIT_NO if erased.sentences() else EXIT_OK


def _publish(args: argparse.Namespace, history: HistoryStore) -> None:
    """With a team ledger: publish what waits (colleagues then see these attempts too), or
    say that it cannot be reached."""
    if not args.team_ledger:
        return
    from licensegui.core.runtime import team_ledger
    from licensegui.core.team.consult import TeamView

    view = TeamView(team_ledger(args.team_ledger, args.staff), history,
                    require=args.require_team_ledger)
    try:
        view.publish()
        if view.state == "offline":
            if args.require_team_ledger:
                raise UsageError(f"the team ledger is required and cannot be reached "
                                 f"({view.problem})")
            print(f"licensegui-cli: the team ledger cannot be reached ({view.problem}); "
                  "this computer's attempts wait to be published", file=sys.stderr)
    finally:
        view.close()


def _pending(args: argparse.Namespace, out: TextIO, history: HistoryStore) -> None:
    unknowns = pending_unknowns(history)
    if args.json:
        out.write(json.dumps([dataclasses.asdict(u) for u in unknowns], sort_keys=True) + "\n")
        return
    for u in unknowns:
        out.write(f"#{u.history_id} {time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(u.at))}"
                  f" {u.license_key} {u.owner_name} <{u.email}> {u.base_url}"
                  f" (Idempotency-Key {u.idempotency_key})\n")
    out.write(f"{len(unknowns)} attempt(s) with no known outcome\n")


def check(args: argparse.Namespace, out: TextIO) -> int:
    """Send every unknown outcome on ``--base-url`` again with its own Idempotency-Key (the
    server answers from its memory of it); each answer resolves its attempt. Exit 0 when
    every one is now assigned or already assigned."""
    from licensegui.cli.assign import report

    try:
        base_url = clean_base_url(base_url_of(args))
    except ValidationError as exc:
        raise UsageError(f"{exc.field}: {exc}") from exc
    trust = load_trust(args)
    worst = EXIT_OK
    with sending(args) as (api_key, history):
        if history is None:
            raise UsageError("history check needs the history (drop --no-history)")
        runtime = runtime_of(args)
        ledger = runtime.ledger(history)
        try:
            same = spellings(base_url)  # the server however it was spelled then
            unknowns = [u for u in ledger.pending() if u.base_url in same]
        except HistoryError as exc:
            raise UsageError(str(exc)) from exc
        client = runtime.client()
        try:
            for u in unknowns:
                attempted = run_attempt(
                    client, AssignTarget(base_url=base_url, api_key=api_key,
                                         request=u.request(), profile=u.profile),
                    trust, replay_window_s=args.replay_window, history=history, ledger=ledger)
                say_history_problems(history, attempted.record_problem)
                worst = max(worst, report(args, out, attempted))
        finally:
            client.close()
    if not unknowns and not args.json:
        out.write("Nothing to check: no attempt on this server has an unknown outcome.\n")
    return worst
