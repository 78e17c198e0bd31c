"""``licensegui-cli key``: set, delete or show the API key of a keyring profile."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from licensegui.cli.common import (
    API_KEY_ENV,
    DEFAULT_PROFILE,
    EXIT_NO,
    EXIT_OK,
    Commands,
    UsageError,
    text_arg,
)
from licensegui.core.errors import ValidationError
from licensegui.core.secrets import SecretStore, Storage


def register(commands: Commands) -> None:
    k = commands.add_parser("key", help="manage the API key in the OS keyring")
    k.add_argument("action", choices=["set", "delete", "status"])
    k.add_argument("--profile", default=DEFAULT_PROFILE, type=text_arg)
    k.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
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
        raise UsageError(f"{status.sentence} Use {API_KEY_ENV} for scripts on this system.")
    # No echo at a terminal; a pipe (a password manager's CLI, say) is read as it is.
    tty = sys.stdin.isatty()
    value = getpass.getpass("API key (not shown): ") if tty else sys.stdin.readline()
    try:
        where = store.set(args.profile, value)
    except ValidationError as exc:
        raise UsageError(f"API key: {exc}") from exc
    out.write(f"profile {args.profile}: API key saved. {where.sentence}\n")
    return EXIT_OK
