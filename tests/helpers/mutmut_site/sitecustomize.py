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
    _record_lines(hits)
    try:
        from mutmut.state import state
    except ImportError:
        return
    found = sorted(state()._stats)
    if found:
        with open(os.path.join(hits, f"{os.getpid()}.txt"), "w") as handle:
            handle.write("\n".join(found) + "\n")


_coverage = None


def _record_lines(hits: str) -> None:
    """The lines of mutants/licensegui this process executed, for the test that started it
    (tests/helpers/mutmut_lines.py selects each mutant's tests by them)."""
    test = os.environ.get("LICENSEGUI_MUTMUT_TEST")
    if _coverage is None or not test:
        return
    import json

    _coverage.stop()
    data = _coverage.get_data()
    lines = {name: sorted(data.lines(name) or ()) for name in data.measured_files()}
    # Whole or not at all: a test may limit this process's file sizes (RLIMIT_FSIZE).
    final = os.path.join(hits, f"{os.getpid()}.lines.json")
    try:
        with open(final + ".part", "w") as handle:
            json.dump({"test": test, "lines": lines}, handle)
        os.replace(final + ".part", final)
    except OSError:
        pass


def _start_coverage(root: str) -> None:
    global _coverage
    try:
        import coverage

        _coverage = coverage.Coverage(data_file=None, branch=False,
                                      include=[os.path.join(root, "licensegui", "*")])
        _coverage.start()
    except Exception:  # never break the child: its test only loses these lines
        _coverage = None


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
    _start_coverage(os.environ["LICENSEGUI_MUTMUT_ROOT"])
