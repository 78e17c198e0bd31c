"""``licensegui-cli``: the headless front over the core, for QA scripts.

Exit codes are a contract (scripts depend on them):

* ``verify``: 0 verified, 1 not verified (any reason), 2 usage or key-file error.
* ``assign``: 0 verified 800/803 or already assigned to this owner (the history's ledger:
  nothing sent), 1 refused (the license key, the API key, this computer), assigned elsewhere or
  not verified, 2 usage, 3 no answer (``unknown``) or queued (807). The code table
  (``core/code_table.py``) decides the outcome; the exit code follows the outcome.
* ``key``: 0 done, 1 nothing to delete / not set, 2 usage or keyring error.
* ``journal export``: 0 every row of the journal read, 1 some could not, 2 usage or file error.
* ``history export|erase|pending``: 0 done (``erase``: 1 when a batch journal in use or
  unreadable kept the owner), 2 usage or file error; ``history check``: as
  ``assign``, the worst of its answers.
* ``batch``: 0 every row assigned or already assigned, 1 finished with other rows, 2 usage,
  unreadable
  file, no usable header, journal in use or damaged, API key refused or access denied (the
  batch stops at the first such answer); 3 stopped by network failure, or rows queued (807)
  (run the same command again to resume); 130 interrupted (resumable too).
* ``batch --check``: 0 every row usable, 1 some rows invalid or duplicates, 2 the file unusable
  (nothing is sent and no file is written).

``assign`` records every attempt in the same history as the window (``--no-history`` opts
out); ``LICENSEGUI_HOME`` moves it like every other folder.

The API key is never a command-line argument (process lists show those): it comes from
``LICENSEGUI_API_KEY``, the keyring profile, or a prompt without echo.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from licensegui import __version__
from licensegui.cli import assign, batch, history, journal, key, ledger, sandbox, verify
from licensegui.cli.common import EXIT_INTERRUPTED, EXIT_USAGE, Command, UsageError, UsageParser
from licensegui.core.errors import LicenseGuiError, SecretStoreError

# In the order --help lists them.
COMMANDS: tuple[Command, ...] = (verify, assign, batch, history, key, sandbox, journal, ledger)


def build_parser() -> UsageParser:
    parser = UsageParser(
        prog="licensegui-cli",
        description="Assign license keys on a Key Manager server and verify signed responses.",
    )
    parser.add_argument("--version", action="version", version=f"licensegui {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=UsageParser)
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return args.run(args, out or sys.stdout)  # each command's register() set its run
    except UsageError as exc:
        print(f"licensegui-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SecretStoreError as exc:
        print(f"licensegui-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except LicenseGuiError as exc:
        # The team ledger required and unreachable (nothing was sent), or its URL refused.
        from licensegui.core.team.address import TeamAddressError
        from licensegui.core.team.consult import TeamRequired

        if not isinstance(exc, TeamRequired | TeamAddressError):
            raise
        print(f"licensegui-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
