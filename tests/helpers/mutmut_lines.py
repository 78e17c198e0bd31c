"""A pytest plugin for ``python3 run.py mutation`` only: each mutant runs the tests that executed
the statement it changes, not every test that called its function.

mutmut 3 picks a mutant's tests by function: a mutant in an error branch of
``ApiClient._with_retries`` ran the 209 tests that call the method (140 s), though only a few
ever reach that branch; a surviving mutant cost all of them. A test that never executes the
changed statement runs the mutant exactly as it runs the original, so it cannot kill it.

* While mutmut records its stats (``MUTANT_UNDER_TEST=stats``), coverage.py records which lines
  of ``mutants/licensegui`` each test executes (one coverage context per test), in this process
  and in the CLI processes a test starts (``mutmut_site/sitecustomize.py``; their lines are
  added to the test that started them). Kept in ``mutants/licensegui-lines.coverage`` and
  ``mutants/licensegui-lines-children.json``.
* For a mutant, the changed lines are found by comparing its copy of the function with
  ``…__mutmut_orig`` in mutmut's generated file; each maps to its statement's first line
  (coverage's own parser), and the tests kept are those that executed that statement. The
  selection only ever narrows mutmut's own list. It falls back to mutmut's list whenever it
  cannot be sure: a change in the signature (default values are evaluated at definition), a
  copy of another length, a generated file changed since the lines were recorded.
* A mutant whose statement no test executed is "no tests" (pytest's exit 5): not reached.

``LICENSEGUI_MUTMUT_ALL_TESTS=1`` turns the selection off (``run.py mutation --all-tests``), to
check that it loses no kill.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import signal
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

LINES = "licensegui-lines.coverage"
CHILDREN = "licensegui-lines-children.json"
HASHES = "licensegui-lines-files.json"
ALL_TESTS_ENV = "LICENSEGUI_MUTMUT_ALL_TESTS"
#: Set around each test while stats are recorded: a CLI process started by the test names the
#: test its lines belong to.
TEST_ENV = "LICENSEGUI_MUTMUT_TEST"
NOT_A_MUTANT = (None, "", "stats", "list_all_tests", "fail", "mutant_generation")

_coverage: Any = None
#: This process just ran every test for mutmut's stats, and they passed.
_full_stats_passed = False
_full_stats = False
_skip_clean_run = False
_selection: dict[str, frozenset[str] | None] | None = None
_select_nothing = False


def _mutant() -> str | None:
    name = os.environ.get("MUTANT_UNDER_TEST")
    return None if name in NOT_A_MUTANT else name


# --- recording, while mutmut collects its stats ---------------------------------------------
def pytest_configure(config: pytest.Config) -> None:
    global _coverage, _full_stats, _skip_clean_run
    if os.environ.get("MUTANT_UNDER_TEST") == "stats" and _coverage is None:
        import coverage

        here = Path.cwd()  # mutmut runs pytest from inside mutants/
        incremental = (here / "mutmut-stats.json").exists()  # new tests only: keep the rest
        if not incremental:
            for name in (LINES, CHILDREN, HASHES):
                (here / name).unlink(missing_ok=True)
        _coverage = coverage.Coverage(data_file=str(here / LINES),
                                      include=[str(here / "licensegui" / "*")], branch=False)
        if incremental:
            _coverage.load()
        _full_stats = not incremental
        _coverage.start()
    elif os.environ.get("MUTANT_UNDER_TEST") == "":
        # The clean run, in mutmut's own process. Right after a full stats run in this same
        # process it would run every test again, unmutated, as the stats run just did (and
        # mutmut stops when that fails): about five minutes of a full run for nothing.
        _skip_clean_run = _full_stats_passed
        if not os.environ.get(ALL_TESTS_ENV):
            # Every mutant's child is forked from this process: the table is built once
            # here and shared, not once per mutant.
            _table()


@pytest.hookimpl(hookwrapper=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> Any:
    global _full_stats_passed, _skip_clean_run
    if _full_stats and _coverage is not None:
        _full_stats_passed = exitstatus == 0
    if _skip_clean_run:
        session.exitstatus = 0  # every test passed unmutated minutes ago, in this process
        _skip_clean_run = False
    yield


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: Any) -> Any:
    if _coverage is None:
        yield
        return
    _coverage.switch_context(item.nodeid)
    os.environ[TEST_ENV] = item.nodeid
    try:
        yield
    finally:
        os.environ.pop(TEST_ENV, None)
        _coverage.switch_context("")


def pytest_unconfigure(config: pytest.Config) -> None:
    global _coverage
    if _coverage is None:
        return
    _coverage.stop()
    _coverage.save()
    _coverage = None
    here = Path.cwd()
    hashes = {str(path): _digest(path) for path in (here / "licensegui").rglob("*.py")}
    (here / HASHES).write_text(json.dumps(hashes), encoding="utf-8")


def merge_child_lines(hits: Path) -> None:
    """Add the lines CLI processes executed (files they wrote at exit) to their tests."""
    files = sorted(hits.glob("*.lines.json"))
    if not files:
        return
    # Not the working folder: the test's own fixtures may not have restored it yet.
    path = Path(os.environ["LICENSEGUI_MUTMUT_ROOT"]) / CHILDREN
    known: dict[str, dict[str, list[int]]] = (
        json.loads(path.read_text(encoding="utf-8")) if path.exists() else {})
    for file in files:
        try:
            record = json.loads(file.read_text(encoding="utf-8"))
        except ValueError:  # cut short: the process lost its record, as a killed one does
            file.unlink()
            continue
        mine = known.setdefault(record["test"], {})
        for source, lines in record["lines"].items():
            mine[source] = sorted(set(mine.get(source, [])) | set(lines))
        file.unlink()
    path.write_text(json.dumps(known), encoding="utf-8")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- selecting, in each mutant's child ------------------------------------------------------
def changed_lines(source: str, function: str) -> list[int] | None:
    """The lines of ``…__mutmut_orig`` that the mutant ``function`` (``x_name__mutmut_3``)
    changes, or None when that cannot be told line by line (a copy of another length, a change
    in the signature, a function not found)."""
    return _changed(source.splitlines(), _functions(source), function)


_Function = ast.FunctionDef | ast.AsyncFunctionDef


def _functions(source: str) -> dict[str, _Function]:
    return {node.name: node for node in ast.walk(ast.parse(source))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


def _changed(lines: list[str], functions: dict[str, _Function],
             function: str) -> list[int] | None:
    orig = function[:function.rindex("__mutmut_")] + "__mutmut_orig"
    if function not in functions or orig not in functions:
        return None
    return _compare(lines, functions[orig], functions[function])


def _compare(lines: list[str], orig: _Function, mutant: _Function) -> list[int] | None:
    assert orig.end_lineno is not None and mutant.end_lineno is not None
    before = lines[orig.lineno - 1:orig.end_lineno]
    after = lines[mutant.lineno - 1:mutant.end_lineno]
    if len(before) != len(after):
        return None
    after[0] = after[0].replace(mutant.name, orig.name, 1)
    changed = [orig.lineno + i for i, (a, b) in enumerate(zip(before, after, strict=True))
               if a != b]
    body = orig.body[0].lineno
    if not changed or any(line < body for line in changed):
        return None  # the signature: its default values are evaluated at definition
    return changed


class _File:
    """One generated file: its functions, its statements' first lines, and the tests that
    executed each statement."""

    def __init__(self, path: Path, data: Any, children: dict[str, dict[str, list[int]]]) -> None:
        from coverage.python import PythonParser

        source = path.read_text(encoding="utf-8")
        self.lines = source.splitlines()
        self.functions = _functions(source)
        self.parser = PythonParser(text=source, filename=str(path))
        self.parser.parse_source()
        self.tests: dict[int, set[str]] = defaultdict(set)
        for line, contexts in data.contexts_by_lineno(str(path)).items():
            self.tests[self.parser.first_line(line)].update(c for c in contexts if c)
        for test, files in children.items():
            for line in files.get(str(path), ()):
                self.tests[self.parser.first_line(line)].add(test)

    def select(self, function: str) -> frozenset[str] | None:
        changed = _changed(self.lines, self.functions, function)
        if changed is None:
            return None
        statements = {self.parser.first_line(line) for line in changed}
        return frozenset().union(*(self.tests.get(s, set()) for s in statements))


def _table() -> dict[str, frozenset[str] | None]:
    """Every mutant's tests by the lines they executed (None: use mutmut's list)."""
    global _selection
    if _selection is not None:
        return _selection
    _selection = {}
    here = Path.cwd()
    if not (here / LINES).exists() or not (here / HASHES).exists():
        return _selection
    from coverage import CoverageData

    data = CoverageData(basename=str(here / LINES))
    data.read()
    recorded = json.loads((here / HASHES).read_text(encoding="utf-8"))
    children = (json.loads((here / CHILDREN).read_text(encoding="utf-8"))
                if (here / CHILDREN).exists() else {})
    for path in sorted((here / "licensegui").rglob("*.py")):
        if recorded.get(str(path)) != _digest(path):
            continue  # generated again since: its lines may have moved
        text = path.read_text(encoding="utf-8")
        if "__mutmut_orig" not in text:
            continue
        parts = path.relative_to(here).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)  # as mutmut names it
        file = _File(path, data, children)
        for name in file.functions:
            if "__mutmut_" in name and not name.endswith("__mutmut_orig"):
                _selection[f"{module}.{name}"] = file.select(name)
    return _selection


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser,
                                  args: list[str]) -> None:
    global _select_nothing
    mutant = _mutant()
    if mutant is None:
        return
    tests = [i for i, arg in enumerate(args) if "::" in arg]
    chosen = (None if os.environ.get(ALL_TESTS_ENV)
              else _table().get(mutant.replace("__init__.", "")))
    keep = tests if chosen is None else [i for i in tests if args[i] in chosen]
    _stop_hanging([args[i] for i in keep])
    if not keep and tests:
        # pytest would run every test it finds without a test named: keep one, deselected.
        keep, _select_nothing = tests[:1], True
    for i in reversed(tests):
        if i not in keep:
            del args[i]


def _stop_hanging(tests: list[str]) -> None:
    """A mutant that makes a test wait forever is a timeout, as mutmut counts it (SIGXCPU),
    after five times its tests' recorded time and a minute (room for a machine busy with
    other mutants: a slow test is not a hanging one). mutmut's own limit is 15 times the time
    of every test of the function: a hanging mutant held a worker for up to half an hour."""
    import resource  # POSIX only, as mutmut's forking is

    from mutmut.state import state

    took = state().duration_by_test
    recorded = sum(took.get(test, 0.0) for test in tests)
    limit = 60 + 5 * recorded
    # A mutant that spins (a wait loop that no longer waits) burns a core the whole time: the
    # CPU it may use is bounded tighter, as its tests mostly wait (mutmut's own bound is 30
    # times the time of every test of the function, in CPU seconds).
    cpu = int(time.process_time() + 30 + 3 * recorded)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))

    timer = threading.Timer(limit, os.kill, (os.getpid(), signal.SIGXCPU))
    timer.daemon = True
    timer.start()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if (_select_nothing or _skip_clean_run) and items:
        config.hook.pytest_deselected(items=list(items))
        items.clear()
