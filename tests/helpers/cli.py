"""licensegui-cli run as scripts run it, and what it leaves in the history.

``cli()`` runs a command in this process by default: ``licensegui.cli.main`` with its own
argv, environment, standard streams and log output, as a process started by a script would
have them (0.65 s → 5 ms a call; 200 tests call it). ``cli(..., process=True)`` and
``start_cli`` start a real process where that is the point: signals, kills, the umask, the
interpreter's own start-up, POSIX locks (held per process, so a "journal in use" needs a second
process), or anything left running after the command returns.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

import keyring
import keyring.core

from licensegui.sandbox import SandboxServer


def cli(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None,
        timeout: float = 60, process: bool = False) -> subprocess.CompletedProcess[str]:
    """``licensegui-cli ARGS`` with ``env`` over this environment and ``stdin`` (else none)."""
    if process:
        return cli_process(*args, env=env, stdin=stdin, timeout=timeout)
    return _in_process(list(args), env or {}, stdin)


def cli_process(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None,
                timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``licensegui-cli ARGS`` as a real process."""
    full_env = {**os.environ, **(env or {})}
    # Standard input is never the terminal pytest was started from: a test must not pass or
    # hang depending on where it runs.
    return subprocess.run(
        [sys.executable, "-m", "licensegui.cli", *args],
        input=stdin.decode() if stdin else None,
        stdin=None if stdin else subprocess.DEVNULL,
        capture_output=True, text=True, env=full_env, timeout=timeout, check=False,
    )


def start_cli(args: list[str], env: dict[str, str], text: bool = False) -> subprocess.Popen:
    """``licensegui-cli`` running in the background, as a script would start it."""
    return subprocess.Popen([sys.executable, "-m", "licensegui.cli", *args],
                            env={**os.environ, **env}, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=text)


def assign(sandbox: SandboxServer, base: str, key: str, env: dict[str, str],
           *extra: str) -> subprocess.CompletedProcess[str]:
    return cli("assign", "--base-url", base, "--license-key", key, "--owner-name", "Test User",
               "--email", "test@example.com", "--global-key", str(sandbox.public_key_path),
               "--json", *extra, env=env)


def history_rows(home: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(home / "data" / "history.sqlite3")
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM attempts ORDER BY id").fetchall()
    conn.close()
    return rows


@contextlib.contextmanager
def _environment(env: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    previous_keyring = keyring.get_keyring()
    if "PYTHON_KEYRING_BACKEND" in env:  # what keyring itself does at a process's start
        keyring.set_keyring(keyring.core.load_keyring(env["PYTHON_KEYRING_BACKEND"]))
    try:
        yield
    finally:
        keyring.set_keyring(previous_keyring)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def _streams(stdin: bytes | None) -> Iterator[tuple[io.TextIOWrapper, io.TextIOWrapper]]:
    """Standard streams of their own, with ``.buffer`` like a process's (none is a tty)."""
    saved = sys.stdin, sys.stdout, sys.stderr
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n", write_through=True)
    # As a process's: stderr escapes what it cannot encode (a lone surrogate from argv).
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n", write_through=True,
                           errors="backslashreplace")
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    sys.stdout, sys.stderr = out, err
    try:
        yield out, err
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved


@contextlib.contextmanager
def _log_to(stream: io.TextIOWrapper, verbose: bool) -> Iterator[None]:
    """What ``logging.basicConfig`` gives the command in its own process: the root logger's
    records on standard error. The test reads them there; the log-failure check
    (tests/helpers/logfail.py) leaves them to it, as it never saw a child process's."""
    from tests.helpers.logfail import LogFailHandler

    root = logging.getLogger()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    level = logging.INFO if verbose else logging.WARNING
    handler.setLevel(level)
    saved_level = root.level
    root.setLevel(min(level, saved_level) if saved_level else level)
    root.addHandler(handler)
    quieted = [h for h in root.handlers if isinstance(h, LogFailHandler)]
    for h in quieted:
        h.quiet += 1
    try:
        yield
    finally:
        for h in quieted:
            h.quiet -= 1
        root.removeHandler(handler)
        root.setLevel(saved_level)


def _in_process(argv: list[str], env: dict[str, str],
                stdin: bytes | None) -> subprocess.CompletedProcess[str]:
    from licensegui.cli import main

    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    with _environment(env), _streams(stdin) as (out, err), \
            _log_to(err, verbose=_verbose(argv)):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse's usage errors, --help, --version
            code = _exit_status(exit_.code, err)
        except BaseException:  # what the interpreter does with an uncaught exception
            traceback.print_exc(file=err)
            code = 1
    for sig, handler in handlers.items():
        if signal.getsignal(sig) is not handler:
            raise AssertionError(f"licensegui-cli {argv[:1]} left its {sig.name} handler behind")
    return subprocess.CompletedProcess([sys.executable, "-m", "licensegui.cli", *argv], code,
                                       _text(out), _text(err))


def _verbose(argv: Sequence[str]) -> bool:
    # -v/--verbose are options of licensegui-cli itself, before the command.
    for arg in argv:
        if arg in ("-v", "--verbose"):
            return True
        if not arg.startswith("-"):
            return False
    return False


def _exit_status(code: object, err: io.TextIOWrapper) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=err)
    return 1


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    raw = stream.buffer.getvalue()  # type: ignore[attr-defined]
    # As subprocess.run(text=True) decodes: universal newlines.
    return raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
