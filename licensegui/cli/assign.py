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
    clean,
    human_verdict,
    load_trust,
    print_json,
    sending,
)
from licensegui.core.codes import Reason
from licensegui.core.errors import ValidationError
from licensegui.core.history import HistoryStore
from licensegui.core.http.client import ApiClient, ClientConfig
from licensegui.core.outcome import describe
from licensegui.core.service import AssignTarget, run_attempt
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest, clean_base_url


def register(commands: Commands) -> None:
    a = add_sending_command(
        commands, "assign", help="assign a license key and verify the answer",
        timeout_help="deadline for each attempt, connect to last byte (default: %(default)s)",
        no_history_help="do not record this attempt in the history")
    a.add_argument("--license-key", required=True)
    a.add_argument("--owner-name", required=True)
    a.add_argument("--email", required=True)
    add_trust_options(a)
    a.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    try:
        base_url = clean_base_url(args.base_url)
        request = AssignRequest.from_input(args.license_key, args.owner_name, args.email)
    except ValidationError as exc:
        raise UsageError(f"{exc.field}: {exc}") from exc
    trust = load_trust(args)
    with sending(args) as (api_key, history):
        return _assign_and_report(args, out, base_url, api_key, request, trust, history)


def _assign_and_report(args: argparse.Namespace, out: TextIO, base_url: str, api_key: str,
                       request: AssignRequest, trust: TrustStore,
                       history: HistoryStore | None) -> int:
    client = ApiClient(config=ClientConfig(read_timeout_s=args.timeout, deadline_s=args.timeout))
    try:
        attempted = run_attempt(client, AssignTarget(base_url=base_url, api_key=api_key,
                                                     request=request, profile=args.profile),
                                trust, replay_window_s=args.replay_window, history=history)
    finally:
        client.close()
    if attempted.record_problem:  # the answer still counts; a missing record must be seen
        print(f"licensegui-cli: {attempted.record_problem}", file=sys.stderr)
    result = attempted.result
    if result is None:
        reason, sentence = attempted.error or (Reason.NETWORK_ERROR, "")
        if reason == Reason.INSECURE_URL:
            raise UsageError(sentence)
        if args.json:
            print_json(out, {"verified": False, "code": None, "message": None,
                             "reason": Reason.NETWORK_ERROR, "detail": sentence})
        else:
            out.write(f"NETWORK FAILURE {sentence}\n")
        return EXIT_NETWORK
    verdict = result.verdict
    outcome = describe(verdict, result.http.status)
    if args.json:
        data = verdict.to_json()
        data.update(http_status=result.http.status, attempts=result.http.attempts,
                    elapsed_ms=round(result.http.elapsed_s * 1000),
                    idempotency_key=result.http.idempotency_key, outcome=outcome.kind.value,
                    history_id=attempted.attempt_id)
        print_json(out, data)
    else:
        out.write(f"{outcome.title} — {human_verdict(verdict)}\n")
        if not result.assigned and outcome.hint:
            out.write(f"  {clean(outcome.hint)}\n")
    return EXIT_OK if result.assigned else EXIT_NO
