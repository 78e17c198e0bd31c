"""Mutation testing of the verifier, the batch and their neighbours: ``python3 run.py mutation``.

Runs mutmut (configured in pyproject.toml, [tool.mutmut]) over envelope.py, validation.py,
outcome.py, the freshness/deadline/cancel parts of core/http/ and cancel.py, and (issue 20) the
batch runner, journal and input, the ledger, the service, the history and the CLI's batch
command, against the core, CLI and sandbox tests (the CLI's processes run the mutants too: see
tests/helpers/mutmut_subprocesses.py); each mutant runs only the tests that executed the
statement it changes (tests/helpers/mutmut_lines.py). Then prints the score, the score of each
module, and every surviving mutant with its diff. Not part of CI: a full run takes over an
hour on two cores (docs/mutation.md).

    python3 run.py mutation                       # everything not yet judged
    python3 run.py mutation 'licensegui.core.batch.runner.*'   # only these mutants (again)
    python3 run.py mutation --report              # the last run's results, without running

Results are kept in mutants/ between runs: a run judges only mutants without a result (or the
ones named), so a long run can be stopped and continued. ``--fresh`` starts over.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = [sys.executable, "-m", "mutmut"]
#: Mutants judged at once. Three on two cores: a mutant's tests often wait (on servers, child
#: processes, retries), so a third keeps both cores busy; more only queue for them.
MAX_CHILDREN = "3"
KILLED = ("killed", "timeout")


def results() -> dict[str, str]:
    out = subprocess.run([*MUTMUT, "results", "--all", "true"], cwd=ROOT, capture_output=True,
                         text=True, check=False).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+): (.+)$", line)
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


#: An SQL statement (or a continuation of one, or a clause such as "code = ?") in a literal.
SQL = re.compile(r"\b(SELECT|UPDATE|DELETE|INSERT|CREATE|PRAGMA|WHERE|FROM|ORDER BY|VALUES|SET"
                 r"|AND|OR|LIKE|ESCAPE|COALESCE|LIMIT)\b|\w+ (=|>=|<=|<|>|!=) \?")
LITERAL = re.compile(r'"[^"]*"')
#: A quoted SQL value with letters in it: its letter case matters ('finished_at').
QUOTED_WORD = re.compile(r"'[^']*[A-Za-z][^']*'")


def diff_of(mutant: str) -> list[str]:
    """The mutant's changed lines (``-`` original, ``+`` mutated), from mutmut in-process
    (a ``mutmut show`` per survivor cost a second each)."""
    from mutmut.__main__ import find_mutant, get_diff_for_mutant

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        diff = get_diff_for_mutant(mutant, path=find_mutant(mutant).path)
    finally:
        os.chdir(here)
    return [line for line in diff.splitlines()
            if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def sql_letter_case_only(changed: list[str]) -> bool:
    """True for a mutant that only changes the letter case of an SQL statement: SQLite reads
    keywords, table and column names without regard to case (PostgreSQL folds unquoted ones),
    so it is equivalent. Not when the statement holds a quoted value with letters in it
    ('finished_at' is a key whose case matters; '\\' as an escape character does not)."""
    if len(changed) != 2 or not (changed[0][0] == "-" and changed[1][0] == "+"):
        return False
    before, after = changed[0][1:], changed[1][1:]
    if before == after or before.lower() != after.lower():
        return False
    pairs = list(zip(LITERAL.findall(before), LITERAL.findall(after), strict=False))
    differing = [old for old, new in pairs if old != new]
    return (len(differing) == 1 and bool(SQL.search(differing[0]))
            and not QUOTED_WORD.search(differing[0]))


def module_of(mutant: str) -> str:
    """``licensegui.core.batch.runner.x_classify__mutmut_3`` → ``licensegui.core.batch.runner``"""
    return mutant[:mutant.index(".x")] if ".x" in mutant else mutant.rsplit(".", 1)[0]


def score(found: dict[str, str]) -> tuple[int, int, list[str], list[str]]:
    """(killed, judged, survivors, not reached) of ``found``."""
    counts = Counter(found.values())
    killed = sum(counts.get(state, 0) for state in KILLED)
    survivors = sorted(name for name, state in found.items() if state == "survived")
    untested = sorted(name for name, state in found.items() if state == "no tests")
    return killed, killed + len(survivors) + len(untested), survivors, untested


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mutants", nargs="*", help="only these mutants (mutmut names; * allowed)")
    parser.add_argument("--report", action="store_true", help="report the last run only")
    parser.add_argument("--fresh", action="store_true", help="discard earlier results first")
    parser.add_argument("--quiet", action="store_true", help="scores only, no diffs")
    parser.add_argument("--all-tests", action="store_true",
                        help="every test that calls a mutant's function, not only those that "
                             "ran its changed statement (to check the selection loses no kill)")
    parser.add_argument("--children", default=MAX_CHILDREN,
                        help=f"mutants judged at once (default {MAX_CHILDREN})")
    args = parser.parse_args()
    if args.fresh:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    if not args.report:
        env = dict(os.environ)
        if args.all_tests:
            env["LICENSEGUI_MUTMUT_ALL_TESTS"] = "1"
        started = time.monotonic()
        code = subprocess.call([*MUTMUT, "run", "--max-children", str(args.children),
                                *args.mutants], cwd=ROOT, stdout=subprocess.DEVNULL, env=env)
        print(f"mutmut run took {(time.monotonic() - started) / 60:.1f} min")
        if code not in (0, 1):
            print(f"mutmut run failed (exit {code})", file=sys.stderr)
            return code
    found = results()
    if args.mutants:
        found = {name: state for name, state in found.items()
                 if any(fnmatch.fnmatch(name, pattern) for pattern in args.mutants)}
    counts = Counter(found.values())
    print("\n".join(f"  {state}: {n}" for state, n in sorted(counts.items())))
    diffs = {name: diff_of(name) for name, state in found.items()
             if state in ("survived", "no tests")}
    equivalent = sorted(name for name, state in found.items()
                        if state == "survived" and sql_letter_case_only(diffs[name]))
    judged_found = {name: state for name, state in found.items() if name not in equivalent}
    killed, judged, survivors, untested = score(judged_found)
    if not judged:
        print("no mutants were run")
        return 1
    print(f"mutation score: {killed}/{judged} killed = {100 * killed / judged:.1f} % "
          f"({len(survivors)} survived, {len(untested)} not reached by any test, "
          f"{counts.get('not checked', 0)} not run yet; {len(equivalent)} equivalent survivors "
          f"not counted: the letter case of an SQL statement)")
    by_module: dict[str, dict[str, str]] = defaultdict(dict)
    for name, state in judged_found.items():
        by_module[module_of(name)][name] = state
    for module, states in sorted(by_module.items()):
        k, j, _, _ = score(states)
        left = sum(1 for state in states.values() if state == "not checked")
        print(f"  {module}: {k}/{j} = {100 * k / j if j else 0:.1f} %"
              f"{f' ({left} not run yet)' if left else ''}")
    if args.quiet:
        return 0
    for name in survivors + untested:
        print(f"\n{name} ({found[name]})")
        print("\n".join(f"    {line}" for line in diffs[name][:8]))
    return 0

if __name__ == "__main__":
    sys.exit(main())
