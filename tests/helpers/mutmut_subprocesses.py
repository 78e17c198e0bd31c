"""A pytest plugin for ``python3 run.py mutation`` only: CLI tests run licensegui-cli as a real
process, and mutmut must see what that process runs.

* The mutant: the child imports ``licensegui`` from mutmut's ``mutants/`` copy (PYTHONPATH put
  first here, whatever the child's working folder) and inherits ``MUTANT_UNDER_TEST``.
* Which tests reach which function: mutmut records that in its own process only. The child
  (``mutmut_site/sitecustomize.py``) writes the functions it ran to a file at exit; this
  plugin adds them to the current test's record before mutmut reads it.

Loaded by ``[tool.mutmut] pytest_add_cli_args`` (``-p tests.helpers.mutmut_subprocesses``);
an ordinary test run never loads it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

SITE = Path(__file__).resolve().parent / "mutmut_site"
HITS_ENV = "LICENSEGUI_MUTMUT_HITS"
ROOT_ENV = "LICENSEGUI_MUTMUT_ROOT"


def pytest_configure(config: pytest.Config) -> None:
    # mutmut runs pytest from inside mutants/: that folder holds the mutated licensegui.
    # pytest runs once per mutant in forks of one process: set up once.
    if os.environ.get(HITS_ENV):
        return
    mutants = os.getcwd()
    os.environ[HITS_ENV] = tempfile.mkdtemp(prefix="licensegui-mutmut-hits-")
    os.environ[ROOT_ENV] = mutants
    parts = [mutants, str(SITE), *filter(None, [os.environ.get("PYTHONPATH")])]
    os.environ["PYTHONPATH"] = os.pathsep.join(parts)
    # Every CLI process a test starts imports mutmut's copy of licensegui: each module holds
    # every mutant of its functions (validation.py is 15,000 lines), and where bytecode is not
    # written (PYTHONDONTWRITEBYTECODE) each process compiled them again: 1.8 s of CPU per
    # process, against 0.17 s from bytecode. Compiled once here; mutmut does not change them
    # during the run, and a file changed later is compiled again by its timestamp.
    import compileall

    compileall.compile_dir(os.path.join(mutants, "licensegui"), quiet=1)


def _merge_child_hits() -> None:
    hits = os.environ.get(HITS_ENV)
    if not hits or os.environ.get("MUTANT_UNDER_TEST") != "stats":
        return
    from mutmut.state import state  # only present in a mutation run

    from tests.helpers.mutmut_lines import merge_child_lines

    merge_child_lines(Path(hits))
    for file in Path(hits).glob("*.txt"):
        state()._stats.update(line for line in file.read_text().splitlines() if line)
        file.unlink()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: Any, nextitem: Any) -> None:
    # Before mutmut's own teardown hook reads the record of this test.
    _merge_child_hits()
