"""``licensegui-cli sandbox``: serve a local signing Key Manager stand-in until stopped."""

from __future__ import annotations

import argparse
import signal
from typing import TextIO

from licensegui.cli.common import (
    EXIT_OK,
    Commands,
    UsageError,
    path_arg,
    port_arg,
    positive_int,
    print_json,
)


def register(commands: Commands) -> None:
    s = commands.add_parser("sandbox", help="run a local signing Key Manager stand-in")
    s.add_argument("--port", type=port_arg, default=0, help="0 picks a free port")
    s.add_argument("--state-dir", type=path_arg, required=True)
    s.add_argument("--delay", type=float, default=0.0, help="answer after this many seconds")
    s.add_argument("--tamper", action="store_true", help="alter each answer after signing")
    s.add_argument("--keys", type=positive_int, metavar="N",
                   help="make sure at least N license keys are available (default: 5 when "
                        "the state is new)")
    s.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    # Imported here: the other commands need none of the sandbox's server and signer.
    from licensegui.sandbox import SandboxServer

    try:
        server = SandboxServer(args.state_dir, port=args.port, keys=args.keys)
    except OSError as exc:
        raise UsageError(f"Cannot start the sandbox: {exc.strerror or exc}.") from exc
    server.faults.delay_s = args.delay
    server.faults.tamper = args.tamper
    print_json(out, server.info())
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
