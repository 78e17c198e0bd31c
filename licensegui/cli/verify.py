"""``licensegui-cli verify``: check a saved response body (or a batch's receipts) offline."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TextIO

from licensegui.cli.batch import verify_receipts
from licensegui.cli.common import (
    EXIT_NO,
    EXIT_OK,
    MAX_AGE_RANGE,
    Commands,
    UsageError,
    add_trust_options,
    human_verdict,
    load_trust,
    positive_int,
    print_json,
    seconds_in,
    text_arg,
)
from licensegui.core.envelope import Freshness, Reason, Verdict, verify_body
from licensegui.core.files import check_input

MAX_BODY_FILE = 16 * 1024 * 1024


def register(commands: Commands) -> None:
    v = commands.add_parser("verify", help="verify a saved response body")
    v.add_argument("file", metavar="FILE|-", type=text_arg,
                   help="response body file, or - for stdin")
    add_trust_options(v)
    v.add_argument("--max-age", type=seconds_in(MAX_AGE_RANGE), metavar="SECONDS",
                   help="also fail when the signed timestamp is further than this from now")
    v.add_argument("--receipts", action="store_true",
                   help="FILE is a batch's receipts (JSON Lines): check every answer in it")
    v.add_argument("--row", type=positive_int, metavar="N",
                   help="with --receipts: only the receipt of row N")
    v.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    trust = load_trust(args)
    if args.receipts or args.row is not None:
        if not args.receipts:
            raise UsageError("--row goes with --receipts.")
        return verify_receipts(args, trust, out)
    try:
        if args.file == "-":
            body = sys.stdin.buffer.read(MAX_BODY_FILE + 1)
        else:
            check_input(Path(args.file))  # not a FIFO (it would block) nor a device
            with open(args.file, "rb") as handle:
                body = handle.read(MAX_BODY_FILE + 1)
    except OSError as exc:
        raise UsageError(f"Cannot read {args.file}: {exc.strerror or exc}.") from exc
    if len(body) > MAX_BODY_FILE:
        verdict = Verdict(False, Reason.NOT_JSON, "The file is too large to be a response.")
    else:
        freshness = None
        if args.max_age is not None:
            now = time.time()
            freshness = Freshness(now, now, args.max_age)
        verdict = verify_body(body, trust, freshness)
    if args.json:
        print_json(out, verdict.to_json())
    else:
        out.write(human_verdict(verdict) + "\n")
    return EXIT_OK if verdict.verified else EXIT_NO
