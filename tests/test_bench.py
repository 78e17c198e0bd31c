"""Every benchmark runs at smoke size in the suite: a bench that nothing runs rots (issue 29:
``run.py bench --only batch`` crashed for weeks on a row number no journal had any more).
The figures are not asserted (speed is measured by the benches, never by tests); that each
bench ran to its last line is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result.stdout


def test_every_bench_of_run_py_bench_runs_at_smoke_size() -> None:
    out = _run("scripts/bench.py", "--tiny")
    for line in ("startup  ratio licensegui/bare:", "stall    fast sandbox:",
                 "stall    slow sandbox", "history  30 attempts: window opens",
                 "batch    ratio batch/bare:", "batch    journal cost per row",
                 "batch    licensegui-cli ratio cli/bare:", "kill     20 rows, SIGKILLed",
                 "batch    window, 20 rows at concurrency 4:", "preview  30-row CSV",
                 "preview  batch --check on the .xlsx",
                 "preview  results of 30 rows written as CSV",
                 "batch-window  run at concurrency 4:", "hostile  baseline:",
                 "hostile  far-cell.xlsx", "hostile  worst:",
                 "team-ledger  consult, with the team ledger: median",
                 "team-ledger  batch of 20 rows at concurrency 4: without"):
        assert line in out, (line, out)
    assert "20 assigned" in out


def test_the_state_checks_bench_runs_at_smoke_size() -> None:
    out = _run("scripts/bench_state.py", "--rows", "30")
    for line in ("contents, fast pass (SQL)", "Journal.open (all of it)",
                 "history of 30 attempts", "HistoryStore open (quick_check included)"):
        assert line in out, (line, out)
