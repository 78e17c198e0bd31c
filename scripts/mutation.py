"""Mutation testing of the verifier and its neighbours: ``python3 run.py mutation``.

Runs mutmut (configured in pyproject.toml, [tool.mutmut]) over envelope.py, validation.py,
outcome.py and the freshness/deadline/cancel parts of core/http/ and cancel.py against the core
and CLI tests, then prints the score and every surviving mutant with its diff. Not part of CI: it
takes a while. ``--report`` prints the last run's results without running again.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = [sys.executable, "-m", "mutmut"]


def results() -> dict[str, str]:
    out = subprocess.run([*MUTMUT, "results", "--all", "true"], cwd=ROOT, capture_output=True,
                         text=True, check=False).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+): (.+)$", line)
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="report the last run only")
    parser.add_argument("--fresh", action="store_true", help="discard earlier results first")
    args = parser.parse_args()
    if args.fresh:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    if not args.report:
        code = subprocess.call([*MUTMUT, "run"], cwd=ROOT, stdout=subprocess.DEVNULL)
        if code not in (0, 1):
            print(f"mutmut run failed (exit {code})", file=sys.stderr)
            return code
    found = results()
    counts = Counter(found.values())
    killed = counts.get("killed", 0) + counts.get("timeout", 0)
    survivors = sorted(name for name, state in found.items() if state == "survived")
    untested = sorted(name for name, state in found.items() if state == "no tests")
    judged = killed + len(survivors) + len(untested)
    print("\n".join(f"  {state}: {n}" for state, n in sorted(counts.items())))
    if not judged:
        print("no mutants were run")
        return 1
    score = 100 * killed / judged
    print(f"mutation score: {killed}/{judged} killed = {score:.1f} % "
          f"({len(survivors)} survived, {len(untested)} not reached by any test)")
    for name in survivors + untested:
        diff = subprocess.run([*MUTMUT, "show", name], cwd=ROOT, capture_output=True,
                              text=True, check=False).stdout
        body = [line for line in diff.splitlines() if line[:1] in "+-" and line[:3] not in
                ("+++", "---")]
        print(f"\n{name} ({found[name]})")
        print("\n".join(f"    {line}" for line in body[:8]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
