"""``licensegui-cli``: the headless front over the core, for QA scripts.

Exit codes are a contract (scripts depend on them):

* ``verify``: 0 verified, 1 not verified (any reason), 2 usage or key-file error.
* ``assign``: 0 verified 800, 1 refused or not verified, 2 usage, 3 network failure.
* ``key``: 0 done, 1 nothing to delete / not set, 2 usage or keyring error.
* ``history export|erase``: 0 done, 2 usage or file error.
* ``batch``: 0 every row assigned, 1 finished with rows not assigned, 2 usage, unreadable
  file, no usable header, journal in use or damaged, API key refused; 3 stopped by network
  failure (run the same command again to resume); 130 interrupted (resumable too).

``assign`` records every attempt in the same history as the window (``--no-history`` opts
out); ``LICENSEGUI_HOME`` moves it like every other folder.

The API key is never a command-line argument (process lists show those): it comes from
``LICENSEGUI_API_KEY``, the keyring profile, or a prompt without echo.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import signal
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from licensegui import __version__
from licensegui.core import paths
from licensegui.core.batch.runner import DEFAULT_CONCURRENCY, MAX_CONCURRENCY
from licensegui.core.client import ApiClient, ClientConfig
from licensegui.core.envelope import (
    DEFAULT_REPLAY_WINDOW_S,
    Freshness,
    Reason,
    Verdict,
    quote_untrusted,
    verify_body,
)
from licensegui.core.errors import (
    KeyFileError,
    SecretStoreError,
    ValidationError,
)
from licensegui.core.history import HistoryError, HistoryStore
from licensegui.core.outcome import describe
from licensegui.core.secrets import SecretStore, Storage
from licensegui.core.service import run_attempt
from licensegui.core.tls import use_system_trust_store
from licensegui.core.trust import TrustStore, load_public_key_file
from licensegui.core.validation import AssignRequest, clean_api_key, clean_base_url

EXIT_OK, EXIT_NO, EXIT_USAGE, EXIT_NETWORK = 0, 1, 2, 3
API_KEY_ENV = "LICENSEGUI_API_KEY"
MAX_BODY_FILE = 16 * 1024 * 1024
DEFAULT_PROFILE = "default"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class _UsageError(Exception):
    """Bad arguments or key files: exit 2 with the message."""


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="licensegui-cli",
        description="Assign license keys on a Key Manager server and verify signed responses.",
    )
    parser.add_argument("--version", action="version", version=f"licensegui {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def keys(p: argparse.ArgumentParser, required: bool) -> None:
        p.add_argument("--global-key", metavar="PEM", required=required,
                       help="the installation's global public key (PEM file)")
        p.add_argument("--product-key", metavar="PEM", help="the product public key (PEM file)")
        p.add_argument("--json", action="store_true", help="print the verdict as one JSON object")

    v = sub.add_parser("verify", help="verify a saved response body")
    v.add_argument("file", metavar="FILE|-", help="response body file, or - for stdin")
    keys(v, required=True)
    v.add_argument("--max-age", type=float, metavar="SECONDS",
                   help="also fail when the signed timestamp is further than this from now")
    v.add_argument("--receipts", action="store_true",
                   help="FILE is a batch's receipts (JSON Lines): check every answer in it")
    v.add_argument("--row", type=_positive_int, metavar="N",
                   help="with --receipts: only the receipt of row N")

    a = sub.add_parser("assign", help="assign a license key and verify the answer")
    a.add_argument("--base-url", required=True, help="e.g. https://vendor.example/api/v1")
    a.add_argument("--license-key", required=True)
    a.add_argument("--owner-name", required=True)
    a.add_argument("--email", required=True)
    keys(a, required=True)
    a.add_argument("--profile", default=DEFAULT_PROFILE,
                   help="keyring profile holding the API key (default: %(default)s)")
    a.add_argument("--replay-window", type=float, default=DEFAULT_REPLAY_WINDOW_S,
                   metavar="SECONDS", help="allowed clock difference (default: %(default)s)")
    a.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="deadline for each attempt, connect to last byte "
                        "(default: %(default)s)")
    a.add_argument("--no-history", action="store_true",
                   help="do not record this attempt in the history")

    b = sub.add_parser("batch", help="assign every row of a CSV file: verified, resumable")
    b.add_argument("input", type=Path, metavar="INPUT.csv")
    b.add_argument("--base-url", required=True, help="e.g. https://vendor.example/api/v1")
    keys(b, required=True)
    b.add_argument("--journal", type=Path, metavar="FILE",
                   help="the batch's journal; the same journal resumes the batch (default: "
                        "one per input file and server, in the data folder)")
    b.add_argument("--out", type=Path, metavar="RESULTS.csv", help="write the results here")
    b.add_argument("--receipts", type=Path, metavar="FILE.jsonl",
                   help="write every signed answer here (check with 'verify --receipts')")
    b.add_argument("--concurrency", type=_concurrency, default=DEFAULT_CONCURRENCY,
                   metavar="N", help=f"requests at a time, 1 to {MAX_CONCURRENCY} "
                                     "(default: %(default)s)")
    b.add_argument("--profile", default=DEFAULT_PROFILE,
                   help="keyring profile holding the API key (default: %(default)s)")
    b.add_argument("--replay-window", type=float, default=DEFAULT_REPLAY_WINDOW_S,
                   metavar="SECONDS", help="allowed clock difference (default: %(default)s)")
    b.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="deadline for each attempt (default: %(default)s)")
    b.add_argument("--no-history", action="store_true",
                   help="do not record the attempts in the history")

    h = sub.add_parser("history", help="export or erase the local history of attempts")
    hsub = h.add_subparsers(dest="history_action", required=True, parser_class=_Parser)
    he = hsub.add_parser("export", help="write the history as CSV (formula-safe)")
    he.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    he.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                    help="only attempts from this day on (local time)")
    hr = hsub.add_parser("erase", help="remove an owner's name and email from every attempt")
    hr.add_argument("--email", required=True)

    k = sub.add_parser("key", help="manage the API key in the OS keyring")
    k.add_argument("action", choices=["set", "delete", "status"])
    k.add_argument("--profile", default=DEFAULT_PROFILE)

    s = sub.add_parser("sandbox", help="run a local signing Key Manager stand-in")
    s.add_argument("--port", type=int, default=0, help="0 picks a free port")
    s.add_argument("--state-dir", type=Path, required=True)
    s.add_argument("--delay", type=float, default=0.0, help="answer after this many seconds")
    s.add_argument("--tamper", action="store_true", help="alter each answer after signing")
    s.add_argument("--keys", type=_positive_int, metavar="N",
                   help="make sure at least N license keys are available (default: 5 when "
                        "the state is new)")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from exc
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"must be 1 to 1,000,000: {value}")
    return value


def _concurrency(text: str) -> int:
    value = _positive_int(text)
    if value > MAX_CONCURRENCY:
        raise argparse.ArgumentTypeError(f"at most {MAX_CONCURRENCY}: {value}")
    return value


def _date(text: str) -> float:
    try:
        return time.mktime(time.strptime(text, "%Y-%m-%d"))
    except (ValueError, OverflowError) as exc:
        raise argparse.ArgumentTypeError(f"not a date like 2026-01-31: {text!r}") from exc


def _open_history() -> HistoryStore:
    """The shared history; a damaged database is set aside, and said so on stderr."""
    try:
        store = HistoryStore(paths.history_file())
    except HistoryError as exc:
        raise _UsageError(str(exc)) from exc
    notice = store.recovery_notice()
    if notice:
        print(f"licensegui-cli: {notice}", file=sys.stderr)
    return store


def _load_trust(args: argparse.Namespace) -> TrustStore:
    store = TrustStore()
    try:
        store.add(load_public_key_file(args.global_key, "global"))
        if args.product_key:
            store.add(load_public_key_file(args.product_key, "product"))
    except KeyFileError as exc:
        raise _UsageError(str(exc)) from exc
    return store


def _clean(text: object) -> str:
    return quote_untrusted(text, 200)[1:-1]


def _human_verdict(verdict: Verdict) -> str:
    if verdict.verified:
        when = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(verdict.timestamp or 0))
        fp = (verdict.key_fingerprint or "")[:16]
        return (f"VERIFIED {verdict.code} {_clean(verdict.message)} "
                f"({verdict.key_label} key {fp}, signed {when})")
    return f"NOT VERIFIED [{verdict.reason}] {verdict.detail}"


def _print_json(out: TextIO, data: dict[str, Any]) -> None:
    out.write(json.dumps(data, sort_keys=True) + "\n")


def _cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    trust = _load_trust(args)
    if args.receipts or args.row is not None:
        from licensegui.cli_batch import verify_receipts

        if not args.receipts:
            raise _UsageError("--row goes with --receipts.")
        return verify_receipts(args, trust, out)
    try:
        if args.file == "-":
            body = sys.stdin.buffer.read(MAX_BODY_FILE + 1)
        else:
            with open(args.file, "rb") as handle:
                body = handle.read(MAX_BODY_FILE + 1)
    except OSError as exc:
        raise _UsageError(f"Cannot read {args.file}: {exc.strerror or exc}.") from exc
    if len(body) > MAX_BODY_FILE:
        verdict = Verdict(False, Reason.NOT_JSON, "The file is too large to be a response.")
    else:
        freshness = None
        if args.max_age is not None:
            now = time.time()
            freshness = Freshness(now, now, args.max_age)
        verdict = verify_body(body, trust, freshness)
    if args.json:
        _print_json(out, verdict.to_json())
    else:
        out.write(_human_verdict(verdict) + "\n")
    return EXIT_OK if verdict.verified else EXIT_NO


def _api_key_for(profile: str) -> str:
    from_env = os.environ.get(API_KEY_ENV)
    if from_env:
        return clean_api_key(from_env)
    try:
        stored = SecretStore().get(profile)
    except SecretStoreError as exc:
        print(f"licensegui-cli: {exc}", file=sys.stderr)
        stored = None
    if stored:
        return stored
    if not sys.stdin.isatty():
        raise _UsageError(
            f"No API key: set {API_KEY_ENV}, or store one with 'licensegui-cli key set "
            f"--profile {profile}'."
        )
    return clean_api_key(getpass.getpass("API key (not shown): "))


def _cmd_assign(args: argparse.Namespace, out: TextIO) -> int:
    try:
        base_url = clean_base_url(args.base_url)
        request = AssignRequest.from_input(args.license_key, args.owner_name, args.email)
    except ValidationError as exc:
        raise _UsageError(f"{exc.field}: {exc}") from exc
    trust = _load_trust(args)
    with sending(args) as (api_key, history):
        return _assign_and_report(args, out, base_url, api_key, request, trust, history)


@contextlib.contextmanager
def sending(args: argparse.Namespace) -> Iterator[tuple[str, HistoryStore | None]]:
    """What every command that sends needs: the API key (a usage error when there is none),
    the OS trust store, and the history (unless --no-history), closed afterwards."""
    try:
        api_key = _api_key_for(args.profile)
    except ValidationError as exc:
        raise _UsageError(f"API key: {exc}") from exc
    use_system_trust_store()
    history = None if args.no_history else _open_history()
    try:
        yield api_key, history
    finally:
        if history is not None:
            history.close_all()


def _assign_and_report(args: argparse.Namespace, out: TextIO, base_url: str, api_key: str,
                       request: AssignRequest, trust: TrustStore,
                       history: HistoryStore | None) -> int:
    client = ApiClient(config=ClientConfig(read_timeout_s=args.timeout, deadline_s=args.timeout))
    try:
        attempted = run_attempt(client, args.profile, base_url, api_key, request, trust,
                                args.replay_window, str(uuid.uuid4()), history)
    finally:
        client.close()
    if attempted.record_problem:  # the answer still counts; a missing record must be seen
        print(f"licensegui-cli: {attempted.record_problem}", file=sys.stderr)
    result = attempted.result
    if result is None:
        reason, sentence = attempted.error or (Reason.NETWORK_ERROR, "")
        if reason == Reason.INSECURE_URL:
            raise _UsageError(sentence)
        if args.json:
            _print_json(out, {"verified": False, "code": None, "message": None,
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
        _print_json(out, data)
    else:
        out.write(f"{outcome.title} — {_human_verdict(verdict)}\n")
        if not result.assigned and outcome.hint:
            out.write(f"  {_clean(outcome.hint)}\n")
    return EXIT_OK if result.assigned else EXIT_NO


def _cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    history = _open_history()
    try:
        if args.history_action == "export":
            rows = history.query(since=args.since, limit=None)
            try:
                history.write_csv(args.out, rows)
            except OSError as exc:
                raise _UsageError(
                    f"cannot write {args.out}: {exc.strerror or exc}") from exc
            out.write(f"Exported {len(rows)} attempt(s) to {args.out}\n")
        else:
            changed = history.erase_owner(args.email)
            out.write(f"Erased the owner's name and email from {changed} attempt(s)\n")
    except HistoryError as exc:
        raise _UsageError(str(exc)) from exc
    finally:
        history.close_all()
    return EXIT_OK


def _cmd_key(args: argparse.Namespace, out: TextIO) -> int:
    store = SecretStore()
    status = store.status()
    if args.action == "status":
        has = store.get(args.profile) is not None
        out.write(f"profile {args.profile}: {'API key set' if has else 'no API key'}. "
                  f"{status.sentence}\n")
        return EXIT_OK if has else EXIT_NO
    if args.action == "delete":
        gone = store.delete(args.profile)
        out.write(f"profile {args.profile}: {'API key deleted' if gone else 'no API key'}.\n")
        return EXIT_OK if gone else EXIT_NO
    if status.storage is Storage.SESSION:
        # A CLI process ends at once: a session-only key would be gone before it is used.
        raise _UsageError(f"{status.sentence} Use {API_KEY_ENV} for scripts on this system.")
    # No echo at a terminal; a pipe (a password manager's CLI, say) is read as it is.
    tty = sys.stdin.isatty()
    value = getpass.getpass("API key (not shown): ") if tty else sys.stdin.readline()
    try:
        where = store.set(args.profile, value)
    except ValidationError as exc:
        raise _UsageError(f"API key: {exc}") from exc
    out.write(f"profile {args.profile}: API key saved. {where.sentence}\n")
    return EXIT_OK


def _cmd_sandbox(args: argparse.Namespace, out: TextIO) -> int:
    from licensegui.sandbox import SandboxServer

    try:
        server = SandboxServer(args.state_dir, port=args.port, keys=args.keys)
    except OSError as exc:
        raise _UsageError(f"Cannot start the sandbox: {exc.strerror or exc}.") from exc
    server.faults.delay_s = args.delay
    server.faults.tamper = args.tamper
    _print_json(out, server.info())
    out.flush()

    def _stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.state.close()
    return EXIT_OK


def _cmd_batch(args: argparse.Namespace, out: TextIO) -> int:
    from licensegui.cli_batch import run_batch

    return run_batch(args, out)


_COMMANDS = {"verify": _cmd_verify, "assign": _cmd_assign, "key": _cmd_key,
             "sandbox": _cmd_sandbox, "history": _cmd_history, "batch": _cmd_batch}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    args = _build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return _COMMANDS[args.command](args, out or sys.stdout)
    except _UsageError as exc:
        print(f"licensegui-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SecretStoreError as exc:
        print(f"licensegui-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    # Run the imported module's main, not this __main__ copy's: licensegui.cli_batch imports
    # licensegui.cli, and its errors must be the classes main() catches.
    from licensegui.cli import main as _main

    sys.exit(_main())
