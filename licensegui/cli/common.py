"""What two or more licensegui-cli commands share: exit codes, usage errors, options, output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, TextIO, TypeAlias

from licensegui.core import paths
from licensegui.core.envelope import DEFAULT_REPLAY_WINDOW_S, Verdict, quote_untrusted
from licensegui.core.errors import KeyFileError, SecretStoreError, ValidationError
from licensegui.core.history import HistoryError, HistoryStore
from licensegui.core.http.tls import use_system_trust_store
from licensegui.core.secrets import SecretStore
from licensegui.core.settings import (
    DEFAULT_IDEMPOTENCY_WINDOW_S,
    IDEMPOTENCY_WINDOW_RANGE,
    REPLAY_WINDOW_RANGE,
    TIMEOUT_RANGE,
    Profile,
)
from licensegui.core.trust import TrustStore, load_public_key_file
from licensegui.core.validation import clean_api_key

if TYPE_CHECKING:
    from licensegui.core.runtime import RuntimeConfig

# What add_subparsers() returns: argparse names its class only privately, and it is generic
# only to type checkers (hence a string).
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

EXIT_OK, EXIT_NO, EXIT_USAGE, EXIT_NETWORK = 0, 1, 2, 3
EXIT_INTERRUPTED = 130
API_KEY_ENV = "LICENSEGUI_API_KEY"
DEFAULT_PROFILE = "default"


class Command(Protocol):
    """A command module: adds its parser, then runs with the parsed arguments."""

    def register(self, commands: Commands) -> None: ...

    def run(self, args: argparse.Namespace, out: TextIO) -> int: ...


class UsageParser(argparse.ArgumentParser):
    """Bad arguments exit 2 (the usage code of every command), not argparse's own 2-or-else."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class UsageError(Exception):
    """Bad arguments or key files: exit 2 with the message."""


# --- options -------------------------------------------------------------------------------

def add_trust_options(parser: argparse.ArgumentParser, *, from_profile: bool = False) -> None:
    """The public keys to verify with, and the JSON switch (verify, assign, batch).
    ``from_profile``: the keys may come from the window's profile (--profile) instead."""
    parser.add_argument("--global-key", metavar="PEM", required=not from_profile, type=path_arg,
                        help="the installation's global public key (PEM file)"
                        + ("; default: the keys of the window's profile named by --profile"
                           if from_profile else ""))
    parser.add_argument("--product-key", metavar="PEM", type=path_arg,
                        help="the product public key (PEM file)")
    parser.add_argument("--json", action="store_true", help="print the verdict as one JSON object")


def add_sending_command(commands: Commands, name: str, *, help: str, timeout_help: str,
                        no_history_help: str) -> argparse.ArgumentParser:
    """A command that sends (assign, batch), with the five options they share."""
    return commands.add_parser(name, help=help,
                               parents=[sending_options(timeout_help, no_history_help)])


def runtime_of(args: argparse.Namespace) -> RuntimeConfig:
    """The sending commands' options as the core's one composition root takes them
    (core/runtime.py): the same client, ledger and batch settings as the window's."""
    from licensegui.core.runtime import RuntimeConfig

    return RuntimeConfig(timeout_s=args.timeout, replay_window_s=float(args.replay_window),
                         idempotency_window_s=float(args.idempotency_window),
                         send_again=args.send_again,
                         team_url=getattr(args, "team_ledger", None) or None,
                         staff=getattr(args, "staff", None),
                         require_team=bool(getattr(args, "require_team_ledger", False)),
                         **({"concurrency": args.concurrency} if "concurrency" in args else {}))


def add_team_options(parser: argparse.ArgumentParser, *, strictness: bool = True) -> None:
    """The team ledger's options (issue 27): where it is, who this is, and (``strictness``:
    the sending commands) whether nothing is sent without it."""
    parser.add_argument("--team-ledger", metavar="URL", type=team_url_arg,
                        default=os.environ.get("LICENSEGUI_TEAM_LEDGER") or None,
                        help="the team ledger, a PostgreSQL URL without a password, e.g. "
                             "postgresql://alice@db.example/licensegui (default: "
                             "LICENSEGUI_TEAM_LEDGER); the password comes from the keyring "
                             "(ledger password), PGPASSWORD or .pgpass")
    parser.add_argument("--staff", type=text_arg, metavar="NAME",
                        help="your name in the team ledger (default: LICENSEGUI_STAFF, else "
                             "the OS user name)")
    if strictness:
        parser.add_argument("--require-team-ledger", action="store_true",
                            help="send nothing while the team ledger cannot be reached "
                                 "(exit 2)")


def team_url_arg(text: str) -> str:
    """A team ledger URL, checked at parse time (a password in it: exit 2, nothing sent)."""
    from licensegui.core.team.address import TeamAddress, TeamAddressError

    try:
        TeamAddress.parse(text)
    except TeamAddressError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text.strip()


def say_team(attempted: object) -> None:
    """Every time the team ledger was offline: on stderr, with why (issue 27)."""
    if getattr(attempted, "team_ledger", None) == "offline":
        print("licensegui-cli: the team ledger cannot be reached "
              f"({getattr(attempted, 'team_problem', None)}): assigned with this computer's "
              "knowledge only; what it did is published later (the next command that reaches "
              "the ledger, or licensegui-cli ledger sync)", file=sys.stderr)


def sending_options(timeout_help: str, no_history_help: str) -> argparse.ArgumentParser:
    """The parent parser of the commands that send (assign, batch): one definition of their
    five shared options. The two help texts are the commands' own: each keeps its wording."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--base-url", help="e.g. https://vendor.example/api/v1 (default: the "
                                           "address of the window's profile named by --profile)")
    parent.add_argument("--profile", default=DEFAULT_PROFILE, type=text_arg,
                        help="keyring profile holding the API key (default: %(default)s)")
    parent.add_argument("--replay-window", type=seconds_in(REPLAY_WINDOW_RANGE),
                        default=DEFAULT_REPLAY_WINDOW_S,
                        metavar="SECONDS", help="allowed clock difference (default: %(default)s)")
    parent.add_argument("--timeout", type=seconds_in(CLI_TIMEOUT_RANGE), default=30.0,
                        metavar="SECONDS",
                        help=timeout_help)
    parent.add_argument("--no-history", action="store_true", help=no_history_help)
    parent.add_argument("--send-again", action="store_true",
                        help="send even when the history holds a verified 800 for this key "
                             "(a repeat, with the first Idempotency-Key inside the window)")
    parent.add_argument("--idempotency-window", type=window_seconds,
                        default=DEFAULT_IDEMPOTENCY_WINDOW_S, metavar="SECONDS",
                        help="how long the server is expected to remember an "
                             "Idempotency-Key: inside it a request is sent again with its "
                             "first key (default: %(default)s)")
    add_team_options(parent)
    return parent


# Scripts (and the tests) may ask for sub-second deadlines the window's Settings do not offer;
# zero, negative, NaN or infinite ones still fail deep in the client, so they are refused here.
CLI_TIMEOUT_RANGE = (0.1, TIMEOUT_RANGE[1])


def seconds_in(bounds: tuple[float, float]) -> Callable[[str], float]:
    """An argument type: seconds within Settings' own range for the same value (0, a negative
    number, NaN or infinity would otherwise fail deep in the client, or make every genuine
    answer look replayed)."""
    low, high = bounds

    def seconds(text: str) -> float:
        try:
            value = float(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from exc
        if not low <= value <= high:  # NaN fails this too
            raise argparse.ArgumentTypeError(f"must be {low:g} to {high:g} seconds: {text}")
        return value

    return seconds


def window_seconds(text: str) -> int:
    """An argument type: the idempotency window, in Settings' range."""
    return int(seconds_in(IDEMPOTENCY_WINDOW_RANGE)(text))


def whole_number_in(low: int, high: int, what: str = "whole number") -> Callable[[str], int]:
    """An argument type: a whole number from ``low`` to ``high``."""
    def number(text: str) -> int:
        try:
            value = int(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"not a {what}: {text!r}") from exc
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be {low:,} to {high:,}: {value}")
        return value

    return number


#: A count (rows, keys): 1 to 1,000,000.
positive_int = whole_number_in(1, 1_000_000)
#: A TCP port, 0 (any free one) to 65535.
port_arg = whole_number_in(0, 65535, "port number")


#: ``verify --max-age``: a second to a hundred years (NaN, negative and infinite refused).
MAX_AGE_RANGE = (1.0, 100 * 365 * 86_400.0)
#: What a file system takes at most: a name (one path component) and a whole path, in bytes.
NAME_MAX_BYTES, PATH_MAX_BYTES = 255, 4096


def text_arg(text: str) -> str:
    """An argument type: text that is valid Unicode (a non-UTF-8 byte from the command line
    arrives as a lone surrogate, and would fail later, in the middle of the work)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise argparse.ArgumentTypeError(f"not valid text (UTF-8): {text!r}") from exc
    return text


def path_arg(text: str) -> Path:
    """An argument type: a file path a file system can take — not empty, no NUL, valid
    text, each name at most 255 bytes and the whole at most 4096 (checked here, so a bad
    path is exit 2 with a sentence, never a traceback once the work is under way)."""
    text_arg(text)
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path")
    if "\0" in text:
        raise argparse.ArgumentTypeError("a path with a NUL character")
    encoded = os.fsencode(text)
    if len(encoded) > PATH_MAX_BYTES:
        raise argparse.ArgumentTypeError(f"a path longer than {PATH_MAX_BYTES} bytes")
    for part in Path(text).parts:
        if len(os.fsencode(part)) > NAME_MAX_BYTES:
            raise argparse.ArgumentTypeError(
                f"a file or folder name longer than {NAME_MAX_BYTES} bytes: {part[:40]}…")
    return Path(text)


def output_arg(text: str) -> Path:
    """An argument type: a file to write — a :func:`path_arg` that names a file, not a
    folder (``/``, ``.``, an existing folder)."""
    path = path_arg(text)
    if not path.name or path.name in (".", "..") or path.is_dir():
        raise argparse.ArgumentTypeError(f"a folder, not a file: {text}")
    from licensegui.core.files import check_replaceable

    try:
        check_replaceable(path)  # /dev/null as --out would be replaced by a file
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"{text}: {exc.strerror}") from None
    return path


def email_arg(text: str) -> str:
    """An argument type: an email address as the form accepts it."""
    from licensegui.core.validation import clean_email

    text_arg(text)
    try:
        return clean_email(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


# --- what the commands load ----------------------------------------------------------------

def open_history() -> HistoryStore:
    """The shared history; a damaged database is set aside, and said so on stderr."""
    try:
        store = HistoryStore(paths.history_file())
    except HistoryError as exc:
        raise UsageError(str(exc)) from exc
    say_history_problems(store, None)
    return store


def say_history_problems(history: HistoryStore | None, problem: str | None) -> None:
    """On stderr: that an attempt was not recorded, and that a damaged history was set aside
    during the run (a new one started), each once."""
    if problem:
        print(f"licensegui-cli: {problem}", file=sys.stderr)
    notice = history.recovery_notice() if history is not None else None
    if notice and notice not in _SAID:
        _SAID.add(notice)
        print(f"licensegui-cli: {notice}", file=sys.stderr)


_SAID: set[str] = set()


def window_profile(args: argparse.Namespace) -> Profile | None:
    """The window's Settings profile named by --profile (issue 28: a reseller does not retype
    its address and keys), or None when Settings have none of that name."""
    from licensegui.core.settings import SettingsStore

    if "window_profile" not in vars(args):  # read once per command (address, keys, checks)
        settings, _notice = SettingsStore(paths.settings_file()).load()
        args.window_profile = settings.profile(args.profile)
    found: Profile | None = args.window_profile
    return found


def base_url_of(args: argparse.Namespace) -> str:
    """--base-url, else the address of the window's profile named by --profile."""
    if args.base_url:
        return str(args.base_url)
    profile = window_profile(args)
    if profile is None:
        raise UsageError(f"give --base-url, or --profile naming a profile of the window's "
                         f"Settings (there is none named {args.profile!r})")
    return profile.base_url


def load_trust(args: argparse.Namespace) -> TrustStore:
    """The keys of --global-key and --product-key (else the window's profile's, named by
    --profile); an unusable key file is a usage error."""
    if getattr(args, "global_key", None) is None:
        profile = window_profile(args)
        found = profile.trust_store() if profile is not None else None
        if found is None or not found.labels():
            raise UsageError(f"give --global-key, or --profile naming a profile of the "
                             f"window's Settings that holds the vendor's public key "
                             f"({args.profile!r} has none)")
        return found
    store = TrustStore()
    try:
        store.add(load_public_key_file(args.global_key, "global"))
        if args.product_key:
            store.add(load_public_key_file(args.product_key, "product"))
    except KeyFileError as exc:
        raise UsageError(str(exc)) from exc
    return store


def api_key_for(profile: str) -> str:
    """The API key from the environment, the keyring profile, or a prompt without echo."""
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
        raise UsageError(
            f"No API key: set {API_KEY_ENV}, or store one with 'licensegui-cli key set "
            f"--profile {profile}'."
        )
    return clean_api_key(getpass.getpass("API key (not shown): "))


@contextlib.contextmanager
def sending(args: argparse.Namespace) -> Iterator[tuple[str, HistoryStore | None]]:
    """What every command that sends needs: the API key (a usage error when there is none),
    the OS trust store, and the history (unless --no-history), closed afterwards."""
    try:
        api_key = api_key_for(args.profile)
    except ValidationError as exc:
        raise UsageError(f"API key: {exc}") from exc
    use_system_trust_store()
    history = None if args.no_history else open_history()
    try:
        yield api_key, history
    finally:
        if history is not None:
            history.close_all()


# --- output --------------------------------------------------------------------------------

def clean(text: object) -> str:
    """Server-supplied text made safe for a terminal line (quoted, cut, without the quotes)."""
    return quote_untrusted(text, 200)[1:-1]


def human_verdict(verdict: Verdict) -> str:
    """A verdict as one line: VERIFIED with the key and signing time, or NOT VERIFIED and why."""
    if verdict.verified:
        when = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(verdict.timestamp or 0))
        fp = (verdict.key_fingerprint or "")[:16]
        return (f"VERIFIED {verdict.code} {clean(verdict.message)} "
                f"({verdict.key_label} key {fp}, signed {when})")
    return f"NOT VERIFIED [{verdict.reason}] {verdict.detail}"


def print_json(out: TextIO, data: dict[str, Any]) -> None:
    """One JSON object per line, keys sorted: what scripts parse."""
    out.write(json.dumps(data, sort_keys=True) + "\n")
