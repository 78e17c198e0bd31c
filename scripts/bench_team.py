"""The team ledger's cost (issue 27), on a real PostgreSQL on loopback.

    python3 run.py bench --only team-ledger

* consult: one request's decision with the team ledger (its known assignment, its unknown
  outcomes, the team-wide claim: three round trips), median and p95 over N requests, against
  the same decision on this computer's history alone;
* a batch of N rows at concurrency 4 against the sandbox (its own process), with the team
  ledger against without (each row consulted and published), as a ratio in one run.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def bench_team_ledger(rows: int) -> None:
    sys.path.insert(0, str(ROOT))
    from licensegui.core.batch.input import parse_batch
    from licensegui.core.batch.journal import Journal
    from licensegui.core.batch.runner import BatchConfig, BatchRunner
    from licensegui.core.history import HistoryStore
    from licensegui.core.ledger import Ledger, RequestIdentity
    from licensegui.core.runtime import team_ledger
    from licensegui.core.team import schema
    from licensegui.core.team.consult import TeamView
    from licensegui.core.trust import TrustStore
    from licensegui.core.validation import AssignRequest
    from tests.helpers.postgres import ADMIN, Postgres

    from bench_parts import _ExternalSandbox, _orders

    server = Postgres().start()
    sandbox = _ExternalSandbox(rows * 2 + 10)
    try:
        import psycopg

        server.create_database()
        with psycopg.connect(server.dsn(ADMIN), autocommit=True) as conn:
            schema.init(conn, [])

        def team_view(history: HistoryStore) -> TeamView:
            return TeamView(team_ledger(server.url(ADMIN), "bench",
                                        password=server.passwords[ADMIN]), history)

        with tempfile.TemporaryDirectory(prefix="licensegui-bench-team-") as tmp:
            folder = Path(tmp)
            history = HistoryStore(folder / "history.sqlite3")
            figures = {}
            for label, team in (("history alone", None), ("with the team ledger",
                                                          team_view(history))):
                ledger = Ledger(history, team=team)
                times = []
                for i in range(rows):
                    identity = RequestIdentity.of(sandbox.base_url, AssignRequest(
                        f"CONSULT-{label[:4]}-{i}", f"Owner {i}", f"o{i}@example.com"))
                    started = time.perf_counter()
                    ledger.decide(identity)
                    times.append((time.perf_counter() - started) * 1000)
                ledger.close()
                figures[label] = times
                print(f"team-ledger  consult, {label}: median "
                      f"{statistics.median(times):.2f} ms, p95 {_percentile(times, 0.95):.2f} ms"
                      f" over {rows} requests" + (" (target p95 ≤ 20 ms)" if team else ""),
                      flush=True)
            history.close_all()

            trust = TrustStore.from_pems({"global": sandbox.public_key})
            elapsed = {}
            for label, with_team in (("without", False), ("with", True)):
                keys = sandbox.take(rows)
                run = folder / label
                run.mkdir()
                history = HistoryStore(run / "history.sqlite3")
                journal = Journal.create(run / "journal.sqlite3",
                                         parse_batch(_orders(keys), "bench.csv"),
                                         sandbox.base_url, "bench")
                ledger = Ledger(history, team=team_view(history) if with_team else None)
                started = time.perf_counter()
                outcome = BatchRunner(journal, sandbox.api_key, trust, history,
                                      BatchConfig(concurrency=4), ledger=ledger).run()
                elapsed[label] = time.perf_counter() - started
                journal.close()
                history.close_all()
                assert outcome.counts.get("assigned", 0) == rows, outcome.counts
            print(f"team-ledger  batch of {rows:,} rows at concurrency 4: without "
                  f"{elapsed['without']:.2f} s, with {elapsed['with']:.2f} s, ratio "
                  f"with/without {elapsed['with'] / elapsed['without']:.2f}× "
                  "(target ≤ 1.15×)", flush=True)
    finally:
        sandbox.stop()
        server.close()


if __name__ == "__main__":
    bench_team_ledger(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
