"""A batch SIGKILLed again and again until it finishes (issue 31: the kill/resume guarantees
re-proved at 1,000 rows): ``licensegui-cli batch`` against the sandbox in its own process,
killed at a random moment of each run, then run once more to the end. Every row must end
``assigned`` to the owner on its row, and the server must have stored exactly one
Idempotency-Key per row: a row re-sent with a new key after a kill would show as a second."""

from __future__ import annotations

import csv
import random
import signal
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

from bench_parts import ROOT, _ExternalSandbox, _orders, cli_batch


def bench_kill_loop(rows: int, kills: int, seed: int = 31) -> None:
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="licensegui-bench-kill-"))
    server = _ExternalSandbox(keys=rows + 10)
    keys = server.take(rows)
    orders = folder / "orders.csv"
    orders.write_bytes(_orders(keys))
    out = folder / "results.csv"
    command, env = cli_batch(server, folder, orders, "--concurrency", "4", "--journal",
                             str(folder / "orders.journal"), "--out", str(out))
    started = time.perf_counter()
    killed = finished_early = 0
    try:
        for _ in range(kills):
            proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            try:
                proc.wait(timeout=rng.uniform(0.2, 1.2))  # the kill lands anywhere in a run
                finished_early += 1
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=30)
                killed += 1
        last = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=600, check=False)
    finally:
        server.stop()
    with open(out, encoding="utf-8-sig", newline="") as handle:
        got = list(csv.DictReader(handle))
    owners = {k: (f"Bench Owner {i}", f"owner{i}@example.com") for i, k in enumerate(keys)}
    db = sqlite3.connect(server.dir / "sandbox.sqlite3")
    try:
        held = {k: (o, e) for k, o, e in db.execute(
            "SELECT license_key, owner_name, email FROM license_keys WHERE owner_name IS NOT NULL")}
        stored_keys = db.execute("SELECT COUNT(*) FROM idempotency").fetchone()[0]
    finally:
        db.close()
    assigned = sum(1 for r in got if r["status"] == "assigned")
    problems = []
    if last.returncode != 0:
        problems.append(f"the last run exited {last.returncode}: {last.stderr[-500:]}")
    if assigned != rows:
        problems.append(f"{rows - assigned} rows not assigned")
    if held != owners:
        problems.append(f"{sum(held.get(k) != v for k, v in owners.items())} keys held by "
                        "someone else than their row's owner")
    if stored_keys != rows:
        problems.append(f"the server stored {stored_keys} Idempotency-Keys for {rows} rows")
    print(f"kill     {rows:,} rows, SIGKILLed {killed} times ({finished_early} runs ended "
          f"before their kill), then run to the end: {assigned:,} assigned, every key held "
          f"by its row's owner: {held == owners}, Idempotency-Keys stored: {stored_keys:,} "
          f"({time.perf_counter() - started:.0f} s)")
    if problems:
        raise SystemExit("kill loop FAILED: " + "; ".join(problems))
