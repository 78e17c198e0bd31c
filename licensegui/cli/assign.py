"""``licensegui-cli assign``: assign one license key, verify the answer, record the attempt."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from licensegui.cli.common import (
    EXIT_NETWORK,
    EXIT_NO,
    EXIT_OK,
    Commands,
    UsageError,
    add_sending_command,
    add_trust_options,
    base_url_of,
    clean,
    human_verdict,
    load_trust,
    print_json,
    runtime_of,
    say_history_problems,
    say_team,
    sending,
    text_arg,
)
from licensegui.core.code_table import OTHER, is_taken, meaning_of
from licensegui.core.codes import Outcome, Reason
from licensegui.core.envelope import Verdict
from licensegui.core.errors import ValidationError
from licensegui.core.headline import headline, next_step, repeated
from licensegui.core.history import HistoryStore
from licensegui.core.outcome import Described, describe, describe_known, no_record_hint
from licensegui.core.service import AssignTarget, AttemptReport, run_attempt
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest, clean_base_url


def register(commands: Commands) -> None:
    a = add_sending_command(
        commands, "assign", help="assign a license key and verify the answer",
        timeout_help="deadline for each attempt, connect to last byte (default: %(default)s)",
        no_history_help="do not record this attempt in the history")
    a.add_argument("--license-key", required=True, type=text_arg)
    a.add_argument("--owner-name", required=True, type=text_arg)
    a.add_argument("--email", required=True, type=text_arg)
    add_trust_options(a, from_profile=True)
    a.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    try:
        base_url = clean_base_url(base_url_of(args))
        request = AssignRequest.from_input(args.license_key, args.owner_name, args.email)
    except ValidationError as exc:
        raise UsageError(f"{exc.field}: {exc}") from exc
    trust = load_trust(args)
    with sending(args) as (api_key, history):
        return _assign_and_report(args, out, base_url, api_key, request, trust, history)


def _assign_and_report(args: argparse.Namespace, out: TextIO, base_url: str, api_key: str,
                       request: AssignRequest, trust: TrustStore,
                       history: HistoryStore | None) -> int:
    runtime = runtime_of(args)
    client = runtime.client()
    ledger = runtime.ledger(history) if history is not None else None
    try:
        attempted = run_attempt(client, AssignTarget(base_url=base_url, api_key=api_key,
                                                     request=request, profile=args.profile),
                                trust, replay_window_s=args.replay_window, history=history,
                                send_again=args.send_again, ledger=ledger)
    finally:
        client.close()
        if ledger is not None:
            ledger.close()
    # The answer still counts; a missing record (or a history set aside) must be seen.
    say_history_problems(history, attempted.record_problem)
    if attempted.note:
        print(f"licensegui-cli: {attempted.note}", file=sys.stderr)
    return report(args, out, attempted)


def report(args: argparse.Namespace, out: TextIO, attempted: AttemptReport) -> int:
    """Print one attempt's outcome (a line, or one JSON object); its exit code."""
    result = attempted.result
    known = describe_known(attempted.outcome, attempted.earlier, sent=attempted.sent)
    line = headline(attempted.outcome)
    line = repeated(line) if attempted.repeat else line
    signed = result.verdict.code if result is not None and result.verdict.verified else None
    step = next_step(attempted.outcome, signed,
                     result.verdict.reason if result is not None else None).words
    # The window's headline and next step (issue 19), for scripts and people alike.
    extra = {"outcome": attempted.outcome, "sent": attempted.sent, "repeat": attempted.repeat,
             "resolves": attempted.resolves, "history_id": attempted.attempt_id,
             "idempotency_key": attempted.idempotency_key,
             "earlier": attempted.earlier.to_json() if attempted.earlier else None,
             "headline": str(line.words), "next_step": str(step) or None,
             "team_ledger": attempted.team_ledger}
    say_team(attempted)
    code = _report(args, out, attempted, known, extra)
    if not args.json:
        _say_next(out, line.icon, str(line.words), str(step))
    return code


def _say_next(out: TextIO, icon: str, words: str, step: str) -> None:
    out.write(f"  Outcome: {icon} {words}\n")
    if step:
        out.write(f"  Next step: {step}\n")


def _report(args: argparse.Namespace, out: TextIO, attempted: AttemptReport,
            known: Described | None, extra: dict[str, object]) -> int:
    result = attempted.result
    if result is None:
        # Not sent, and only a fixed profile helps: a usage problem (exit 2), not "retry later".
        if attempted.error and attempted.error[0] in (Reason.INSECURE_URL,
                                                      Reason.SERVER_SETUP):
            raise UsageError(attempted.error[1])
        if not attempted.sent and known is not None and attempted.outcome in (
                Outcome.ASSIGNED_ELSEWHERE, Outcome.ALREADY_ASSIGNED):
            # A colleague's assignment from the team ledger (its receipt is on their
            # computer), or another owner's: what the ledger knows is the answer.
            if args.json:
                print_json(out, {"verified": False, "code": None, "message": None,
                                 "reason": attempted.outcome, "detail": known.hint,
                                 **extra})
            else:
                out.write(f"{known.title} — NOT SENT\n  {known.hint}\n")
            return exit_code(attempted.outcome)
        sentence = attempted.error[1] if attempted.error else ""
        if args.json:
            print_json(out, {"verified": False, "code": None, "message": None,
                             "reason": Reason.NETWORK_ERROR, "detail": sentence, **extra})
        else:
            out.write(f"NETWORK FAILURE {sentence}\n")
            if known is not None:
                out.write(f"  {known.hint}\n")
        return EXIT_NETWORK
    verdict = result.verdict
    outcome = describe(verdict, result.http.status)
    if args.json:
        data = verdict.to_json()
        data.update(http_status=result.http.status, attempts=result.http.attempts,
                    elapsed_ms=round(result.http.elapsed_s * 1000), **extra)
        # "outcome" is the one vocabulary (codes.Outcome, as History and batches say it);
        # "kind" keeps the names this field had before issue 26 for scripts reading them.
        data["kind"] = legacy_kind(attempted.outcome, verdict)
        print_json(out, data)
    else:
        title, hint = (known.title, known.hint) if known else (outcome.title, outcome.hint)
        if verdict.verified and is_taken(verdict.code) and known is None:
            hint = no_record_hint(attempted.earlier)
        if attempted.repeat:
            title = f"{title} (sent again on purpose: a repeat)"
        out.write(f"{title} — {human_verdict(verdict)}\n")
        if (known is not None or not result.assigned) and hint:
            out.write(f"  {clean(hint)}\n")
    return exit_code(attempted.outcome)


#: An attempt's exit code, from its outcome (the code table decided the outcome): assigned
#: or already assigned 0; queued, like no answer, 3 (ask again later: ``history check``);
#: anything else 1.
_EXITS = {Outcome.ASSIGNED: EXIT_OK, Outcome.ALREADY_ASSIGNED: EXIT_OK,
          Outcome.QUEUED: EXIT_NETWORK, Outcome.UNKNOWN: EXIT_NETWORK}


#: The names ``outcome`` had in the JSON before issue 26 (one vocabulary since), kept as
#: ``kind`` for scripts that read them.
_LEGACY = {Outcome.API_KEY_REFUSED: "api_key", Outcome.ACCESS_DENIED: "api_key",
           Outcome.QUEUED: "other", Outcome.NOT_AUTHENTIC: "unverified"}


def legacy_kind(outcome: str, verdict: Verdict) -> str:
    if outcome == Outcome.REFUSED and verdict.verified and meaning_of(verdict.code) is OTHER:
        return "other"  # a code that is no assignment result
    return _LEGACY.get(outcome, outcome)  # type: ignore[call-overload]


def exit_code(outcome: str) -> int:
    return _EXITS.get(outcome, EXIT_NO)  # type: ignore[call-overload]
