"""``licensegui-cli ledger init|status|sync|password``: the team ledger (issue 27).

``init`` creates or migrates the tables as the connecting (owner) role and grants the named
staff roles only SELECT and INSERT; ``status`` says whether it is reachable, its schema
version and how many of this computer's records wait to be published; ``sync`` publishes them
(exit 0 when nothing waits any more, 3 when it cannot be reached); ``password`` stores the
password in the OS keyring (read from standard input, never from argv).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from licensegui.cli.common import (
    EXIT_NETWORK,
    EXIT_OK,
    Commands,
    UsageError,
    UsageParser,
    add_team_options,
    email_arg,
    open_history,
    team_url_arg,
    text_arg,
)


def register(commands: Commands) -> None:
    led = commands.add_parser("ledger", help="the team ledger (PostgreSQL): init, status, "
                                             "sync, password")
    sub = led.add_subparsers(dest="ledger_action", required=True, parser_class=UsageParser)
    init = sub.add_parser("init", help="create or migrate the team ledger's tables (as their "
                                       "owner) and grant staff roles what they need")
    init.add_argument("url", type=team_url_arg, metavar="URL")
    init.add_argument("--grant", action="append", default=[], type=text_arg, metavar="ROLE",
                      help="a staff role to grant SELECT and INSERT (repeatable)")
    for name, words in (("status", "reachable, schema version, records waiting to publish"),
                        ("sync", "publish this computer's records that wait")):
        p = sub.add_parser(name, help=words)
        _url_option(p)
        if name == "status":
            p.add_argument("--json", action="store_true", help="one JSON object")
    pw = sub.add_parser("password", help="store the team ledger's password in the OS keyring "
                                         "(read from standard input)")
    _url_option(pw)
    er = sub.add_parser("erase", help="an administrator's: erase an owner's name and email "
                                      "from every record of the team ledger (privacy)")
    er.add_argument("url", type=team_url_arg, metavar="URL")
    er.add_argument("--email", required=True, type=email_arg)
    led.set_defaults(run=run)


def _url_option(parser: argparse.ArgumentParser) -> None:
    add_team_options(parser, strictness=False)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from licensegui.core.team.address import TeamAddress

    url = args.url if args.ledger_action in ("init", "erase") else args.team_ledger
    if not url:
        raise UsageError("no team ledger: give --team-ledger URL or set LICENSEGUI_TEAM_LEDGER")
    address = TeamAddress.parse(url)
    if args.ledger_action == "init":
        return _init(address, args.grant, out)
    if args.ledger_action == "password":
        return _password(address, out)
    if args.ledger_action == "erase":
        return _erase(address, args.email, out)
    return _status_or_sync(args, address, out)


def _init(address: object, grants: list[str], out: TextIO) -> int:
    import psycopg

    from licensegui.core.team import schema
    from licensegui.core.team.address import stored_password

    try:
        with psycopg.connect(**address.connect_arguments(  # type: ignore[attr-defined]
                stored_password(address), 10), autocommit=True) as conn:  # type: ignore[arg-type]
            before, now = schema.init(conn, grants)
    except psycopg.Error as exc:
        raise UsageError(f"the team ledger cannot be initialised: "
                         f"{(str(exc).strip().splitlines() or ['?'])[0]}") from None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    said = ("created" if before is None else "already current" if before == now
            else f"migrated from version {before}")
    out.write(f"Team ledger {said} (schema version {now})"
              + (f"; granted to {', '.join(grants)}" if grants else "") + "\n")
    return EXIT_OK


def _erase(address: object, email: str, out: TextIO) -> int:
    """Staff may only append: erasing is the tables' owner's (an administrator's) UPDATE."""
    import psycopg

    from licensegui.core.erasure import ERASED
    from licensegui.core.team.address import stored_password

    try:
        with psycopg.connect(**address.connect_arguments(  # type: ignore[attr-defined]
                stored_password(address), 10)) as conn:  # type: ignore[arg-type]
            changed = conn.execute(
                "UPDATE licensegui.records SET owner_name = %s, email = %s"
                " WHERE lower(email) = lower(%s)", (ERASED, ERASED, email)).rowcount
            conn.execute("UPDATE licensegui.claims SET owner_name = %s, email = %s"
                         " WHERE email = lower(%s)", (ERASED, ERASED, email))
    except psycopg.errors.InsufficientPrivilege:
        raise UsageError("only the team ledger's owner (an administrator) may erase from it: "
                         "staff may only add records") from None
    except psycopg.Error as exc:
        raise UsageError(f"the team ledger cannot be used: "
                         f"{(str(exc).strip().splitlines() or ['?'])[0]}") from None
    out.write(f"Erased the owner's name and email from {changed} record(s) of the team "
              "ledger\n")
    return EXIT_OK


def _password(address: object, out: TextIO) -> int:
    import keyring

    from licensegui.core.team.address import KEYRING_SERVICE

    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError("no password on standard input")
    try:
        keyring.set_password(KEYRING_SERVICE, address.account, password)  # type: ignore[attr-defined]
    except Exception as exc:  # no backend: said, never written elsewhere
        raise UsageError(f"the password could not be stored in the keyring "
                         f"({type(exc).__name__}); use PGPASSWORD or .pgpass instead") from None
    out.write(f"Stored the password for {address.account} in the keyring\n")  # type: ignore[attr-defined]
    return EXIT_OK


def _status_or_sync(args: argparse.Namespace, address: object, out: TextIO) -> int:
    from licensegui.core.runtime import team_ledger
    from licensegui.core.team import outbox
    from licensegui.core.team.store import TeamOffline

    team = team_ledger(address.url, args.staff)  # type: ignore[attr-defined]
    history = open_history()
    try:
        name = outbox.team_name(team)
        try:
            if args.ledger_action == "sync":
                published = outbox.publish(history, team)
            found = team.status()
            reachable, problem = True, None
        except TeamOffline as exc:
            reachable, problem, found, published = False, str(exc), {}, 0
        left = outbox.waiting(history, name)
    finally:
        team.close()
        history.close_all()
    if args.ledger_action == "sync":
        if not reachable:
            print(f"licensegui-cli: {problem}; {left} record(s) wait to be published",
                  file=sys.stderr)
            return EXIT_NETWORK
        out.write(f"Published {published} record(s) to {name}; {left} wait\n")
        return EXIT_OK if left == 0 else EXIT_NETWORK
    data = {"team_ledger": name, "reachable": reachable, "problem": problem,
            "schema_version": found.get("schema_version"), "records": found.get("records"),
            "waiting": left}
    if args.json:
        out.write(json.dumps(data, sort_keys=True) + "\n")
    else:
        out.write(f"{name}: {'reachable' if reachable else 'unreachable (' + str(problem) + ')'}"
                  f", schema version {data['schema_version']}, {left} record(s) waiting\n")
    return EXIT_OK if reachable else EXIT_NETWORK
