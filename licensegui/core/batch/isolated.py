"""A legacy .xls read in a child process, under a memory limit.

BIFF cannot be checked cheaply before calamine reads it (its cells hide in an OLE compound
file), and calamine aborts the whole process — SIGABRT, no exception — on a sheet too large
to hold: an .xls whose one cell claims column 65,535 asks for 137 GB. So an .xls is read in
a child process (spawned: no copy of a threaded parent) limited to :data:`MEMORY_LIMIT` of
address space where the OS enforces one (Linux); its rows come back as text. A child that
dies, or takes longer than :data:`TIME_LIMIT_S`, is a sentence here, never the window's or
the CLI's end.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from licensegui.core.batch.dialects import TextFileError
from licensegui.core.text import translate

#: The child's address space (the reader, its sheet and the rows as Python text).
MEMORY_LIMIT = 768 * 1024 * 1024
TIME_LIMIT_S = 60.0


def read(child: Callable[..., None], path: Path, name: str, sheet: str | None,
         names_only: bool = False) -> tuple[list[str], str | None, list[list[str]]]:
    """(worksheet names, the sheet read, its rows as text) from ``child`` (a module-level
    function of the reader: it gets the arguments and a pipe to send its answer on, and runs
    :func:`limit_self` first); raises TextFileError."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=child, args=(str(path), name, sheet, names_only, sending),
                              daemon=True, name="licensegui-xls")
    process.start()
    sending.close()
    try:
        if not receiving.poll(TIME_LIMIT_S):
            raise _failed(name, translate("BatchInput", "it took longer than {seconds:.0f} s")
                          .format(seconds=TIME_LIMIT_S))
        answer: Any = receiving.recv()
    except (EOFError, OSError) as exc:
        raise _failed(name, translate("BatchInput", "the reader stopped: it asked for more "
                                      "memory than a batch may use")) from exc
    finally:
        receiving.close()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join(5)
    if answer[0] == "error":
        raise TextFileError(answer[1])
    return answer[1], answer[2], answer[3]


def limit_self() -> None:
    """In the child: what the reader says as it dies (a Rust backtrace) is not the user's
    sentence — the parent says what happened; and the address space is limited."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _failed(name: str, why: str) -> TextFileError:
    return TextFileError(translate(
        "BatchInput", "{name} could not be read ({why}). Save it as .xlsx or “CSV "
        "UTF-8”.").format(name=name, why=why))


__all__ = ["MEMORY_LIMIT", "limit_self", "read"]
