"""``licensegui-cli batch`` measured from outside, as a script runs it (issue 31): its wall
time minus the CLI's own start-up, against a bare ``requests`` loop sending the same rows to
the same sandbox, alternating, in one run; and the CPU the CLI process spent per row."""

from __future__ import annotations

import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_parts import CLI, ROOT, _ExternalSandbox, _orders, cli_batch


def _children_cpu() -> float:
    try:
        import resource  # POSIX: on Windows the CPU figure reads 0
    except ImportError:
        return 0.0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one run; fails on a non-zero exit."""
    before = _children_cpu()
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=600, check=False)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[3:5])} exited {result.returncode}: "
                         f"{result.stderr[-2000:]}")
    return wall, _children_cpu() - before


def bench_batch_cli(rows: int, concurrency: int, rounds: int,
                    bare_loop: Callable[[_ExternalSandbox, list[str], int], float]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="licensegui-bench-cli-"))
    server = _ExternalSandbox(keys=rows * 2 * rounds + 60)

    def batch(keys: list[str], name: str) -> tuple[float, float]:
        orders = folder / f"{name}.csv"
        orders.write_bytes(_orders(keys))
        return _timed(*cli_batch(server, folder, orders, "--concurrency", str(concurrency),
                                 "--out", str(folder / f"{name}-results.csv")))

    try:
        one = folder / "one.csv"
        one.write_bytes(_orders(["BENCH-0001"]))
        # The CLI's start-up: the same program reading a one-row file and sending nothing.
        _, env = cli_batch(server, folder, one)
        start_up = min(_timed([*CLI, "batch", "--check", str(one)], env)[0] for _ in range(3))
        bare_loop(server, server.take(20), concurrency)  # warm both paths
        batch(server.take(20), "warm")
        bare, cli, cpu = [], [], []
        for n in range(rounds):
            bare.append(bare_loop(server, server.take(rows), concurrency))
            wall, spent = batch(server.take(rows), f"round-{n}")
            cli.append(wall - start_up)
            cpu.append(spent / rows)
    finally:
        server.stop()
    mb, mc = statistics.median(bare), statistics.median(cli)
    print(f"batch    licensegui-cli batch, {rows:,} rows at concurrency {concurrency} from "
          f"outside (start-up {start_up * 1000:.0f} ms taken off), median of {rounds}:")
    print(f"batch    licensegui-cli ratio cli/bare: {mc / mb:.2f}  (target <= 1.25); bare "
          f"{mb:.2f} s, licensegui-cli {mc:.2f} s, own cost {(mc - mb) / rows * 1000:.2f} ms "
          f"a row; the CLI's CPU {statistics.median(cpu) * 1000:.2f} ms a row")
