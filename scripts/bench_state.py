"""Benchmarks (numbers, not tests) of the checks made when state is opened: a batch journal's
pages and contents (core/batch/journal_check.py) and the history's pages (quick_check at open).

    .venv/bin/python scripts/bench_state.py [--rows N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from licensegui.core.batch import journal_check  # noqa: E402
from licensegui.core.batch.input import parse_batch  # noqa: E402
from licensegui.core.batch.journal import Journal  # noqa: E402
from licensegui.core.db import quick_check  # noqa: E402
from licensegui.core.history import HistoryStore  # noqa: E402


def _ms(action: object, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    n = parser.parse_args().rows
    folder = Path(tempfile.mkdtemp(prefix="licensegui-bench-state-"))
    text = "Key;Name;Email\n" + "".join(f"KEY-{i:07d};Ówner {i};o{i}@example.com\n"
                                        for i in range(n))
    path = folder / "j.sqlite3"
    Journal.create(path, parse_batch(text.encode(), "o.csv"), "https://x.example/api/v1",
                   "p").close()
    conn = sqlite3.connect(path)
    print(f"journal of {n} rows ({path.stat().st_size / 1e6:.1f} MB), median of 5:")
    print(f"  quick_check                 {_ms(lambda: quick_check(conn)):7.0f} ms")
    print(f"  contents, fast pass (SQL)   {_ms(lambda: journal_check.check(conn)):7.0f} ms")
    print(f"  contents, row by row        "
          f"{_ms(lambda: list(journal_check._row_problems(conn)), 3):7.0f} ms")
    conn.close()
    print(f"  Journal.open (all of it)    {_ms(lambda: Journal.open(path).close()):7.0f} ms")
    history = folder / "h.sqlite3"
    store = HistoryStore(history)
    with store._conn() as c:
        c.executemany(
            "INSERT INTO attempts (at, profile, base_url, license_key, owner_name, email,"
            " verified, reason, detail, raw_body) VALUES (1, 'p', 'u', ?, 'o', 'e', 1, 'r',"
            " 'd', ?)", [(f"K-{i}", b"{" + b"x" * 600 + b"}") for i in range(n)])
    store.close_all()
    print(f"history of {n} attempts ({history.stat().st_size / 1e6:.1f} MB):")
    print(f"  HistoryStore open (quick_check included) "
          f"{_ms(lambda: HistoryStore(history).close_all()):7.0f} ms")


if __name__ == "__main__":
    main()
