"""Imported at start-up by processes that tests start during ``python3 run.py mutation`` (see
tests/helpers/mutmut_subprocesses.py): while mutmut records which tests reach which function,
this process writes the functions it ran to a file when it exits."""

from __future__ import annotations

import atexit
import os


def _record() -> None:
    hits = os.environ.get("LICENSEGUI_MUTMUT_HITS")
    if not hits:
        return
    try:
        from mutmut.state import state
    except ImportError:
        return
    found = sorted(state()._stats)
    if found:
        with open(os.path.join(hits, f"{os.getpid()}.txt"), "w") as handle:
            handle.write("\n".join(found) + "\n")


if os.environ.get("MUTANT_UNDER_TEST") == "stats" and os.environ.get("LICENSEGUI_MUTMUT_ROOT"):
    # mutmut reads its configuration from the working folder the first time it records a
    # hit; a child may run elsewhere, so it is read here, from mutants/.
    _here = os.getcwd()
    try:
        os.chdir(os.environ["LICENSEGUI_MUTMUT_ROOT"])
        from mutmut.configuration import config

        config()
    except Exception:  # never break the child: it only loses its record
        pass
    finally:
        os.chdir(_here)
    atexit.register(_record)
