"""Benchmarks (numbers, not tests): start-up against a bare PySide6 window, the GUI
thread's worst stall while a request runs against a slow sandbox, the history at 100,000
attempts, and a 1,000-row batch against a bare requests loop (and in the window).

    python3 run.py bench [--runs N] [--only startup|stall|history|batch|preview|batch-window]
    python3 run.py bench --tiny     # every bench at smoke size (tests/test_bench.py runs it)

Start-up: each child process prints when its window is first shown; the parent times from
spawn to that line. The baseline imports the same libraries, down to the modules the app uses
from them (PySide6 widgets, requests, cryptography's serialization/hashes/padding/rsa, keyring,
truststore, platformdirs), and shows an empty QMainWindow. Everything else (the standard
library modules we use, our own code, building the window) counts against licensegui. Runs
alternate so machine noise hits both alike; the ratio of medians is reported.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from bench_parts import GapMeter, _ExternalSandbox, _orders  # noqa: E402  # shared with bench_batch_window
from build import launch_time, write_set_up_user  # noqa: E402  # one timing helper for both

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import requests, keyring, keyring.backend, truststore, platformdirs
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(880, 760); w.show()
def check():
    # The same test as the app's probe: the window is mapped and exposed.
    if w.windowHandle() is not None and w.windowHandle().isExposed():
        print("shown", flush=True)
        app.quit()
poll = QTimer(interval=1)
poll.timeout.connect(check)
poll.start()
app.exec()
"""




# The app's own hidden flag: prints "shown" and quits once the window is up.
APP = ["-m", "licensegui", "--startup-probe"]


def bench_startup(runs: int) -> None:
    home = tempfile.mkdtemp(prefix="licensegui-bench-")
    env = {**os.environ, "LICENSEGUI_HOME": home,
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    write_set_up_user(Path(home))
    launch_time([sys.executable, "-c", BARE], env, ROOT)  # warm the OS file cache for both
    launch_time([sys.executable, *APP], env, ROOT)
    bare, app = [], []
    for _ in range(runs):
        bare.append(launch_time([sys.executable, "-c", BARE], env, ROOT))
        app.append(launch_time([sys.executable, *APP], env, ROOT))
    mb, ma = statistics.median(bare), statistics.median(app)
    print(f"startup  bare PySide6 window: median {mb * 1000:.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f}, n={runs})")
    print(f"startup  licensegui window:   median {ma * 1000:.0f} ms "
          f"(min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f}, n={runs})")
    print(f"startup  ratio licensegui/bare: {ma / mb:.2f}  (target <= 1.3)")


def bench_startup_xvfb(runs: int) -> None:
    """The same comparison on a real X server (Xvfb), where "shown" means mapped and exposed,
    for a normal launch and for --demo. Skipped (with a line) where Xvfb is not installed."""
    import shutil
    import subprocess

    if not shutil.which("Xvfb"):
        print("startup  (Xvfb not installed: the real-display comparison is skipped)")
        return
    display = ":97"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        socket_path = Path("/tmp/.X11-unix/X97")
        deadline = time.monotonic() + 10
        while not socket_path.exists() and time.monotonic() < deadline:
            time.sleep(0.01)  # Xvfb listens when its socket appears
        home = tempfile.mkdtemp(prefix="licensegui-bench-")
        first_run = tempfile.mkdtemp(prefix="licensegui-bench-first-")  # stays empty
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, LICENSEGUI_HOME=home, QT_QPA_PLATFORM="xcb")
        write_set_up_user(Path(home))
        for label, extra, user in (("normal launch", [], home),
                                   ("first run (setup dialog)", [], first_run),
                                   ("--demo", ["--demo"], home)):
            app_cmd = [sys.executable, *APP, *extra]
            env["LICENSEGUI_HOME"] = user
            launch_time([sys.executable, "-c", BARE], env, ROOT)
            launch_time(app_cmd, env, ROOT)
            bare, app = [], []
            for _ in range(runs):
                bare.append(launch_time([sys.executable, "-c", BARE], env, ROOT))
                app.append(launch_time(app_cmd, env, ROOT))
            mb, ma = statistics.median(bare), statistics.median(app)
            # Each launch beside its neighbour: the machine's load drifts between them less
            # than across the whole run, so the median of these pairs is the steadier figure.
            pairs = statistics.median(a / b for a, b in zip(app, bare, strict=True))
            print(f"startup  Xvfb, {label}: licensegui median {ma * 1000:.0f} ms vs bare "
                  f"{mb * 1000:.0f} ms (n={runs}), ratio {ma / mb:.2f}, median of pairs "
                  f"{pairs:.2f}  (target <= 1.25)")
    finally:
        server.terminate()
        server.wait(10)


def bench_stall(delay_s: float, settle_s: float = 1.0) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LICENSEGUI_HOME"] = tempfile.mkdtemp(prefix="licensegui-bench-")
    sys.path.insert(0, str(ROOT))
    import keyring
    from PySide6.QtWidgets import QApplication

    from licensegui.core.session import AppSession
    from licensegui.ui.main.window import MainWindow
    from tests.helpers.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    ctx = AppSession.load()
    ctx.start_demo()
    server = ctx.demo_server
    assert server is not None
    win = MainWindow(ctx)
    win.show()
    # As a user would: the window has been up for a moment before the first Assign.
    settle = time.monotonic() + settle_s
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.005)

    meter = GapMeter()

    def one(key: str, label: str) -> None:
        for name, value in (("license_key", key), ("owner_name", "Bench"),
                            ("email", "bench@example.com")):
            win.form.edit(name).setText(value)
        meter.start()
        started = time.perf_counter()
        win.submit()
        while win.busy:
            app.processEvents()
            time.sleep(0.0005)
        figures = meter.stop()
        total = (time.perf_counter() - started) * 1000
        print(f"stall    {label}: request {total:.0f} ms, GUI-thread gaps: {figures} "
              f"(target worst < 50 ms); badge: {win.badge.title.text()}")

    one(ctx.demo_keys[0], "fast sandbox")
    server.faults.delay_s = delay_s
    one(ctx.demo_keys[1], f"slow sandbox ({delay_s:.0f} s)")
    win.close()
    ctx.close()


def _bulk_history(path: Path, rows: int) -> None:
    """``rows`` plausible attempts in one transaction (add() commits and fsyncs each one)."""
    from licensegui.core.history import HistoryStore

    HistoryStore(path).close_all()  # schema
    import sqlite3

    body = b'{"response":{"code":801},"signature":"' + b"A" * 344 + b'"}'
    conn = sqlite3.connect(path)
    now = time.time()
    conn.executemany(
        "INSERT INTO attempts (at, profile, base_url, license_key, owner_name, email,"
        " http_status, code, message, verified, reason, detail, elapsed_ms, idempotency_key,"
        " raw_body, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        ((now - rows + i, "Vendor", "https://v.example/api/v1", f"key-{i:06d}",
          f"Owner {i}", f"owner{i}@example.com", 200, 801 if i % 3 else 800,
          "Invalid or already assigned license key", 1, "verified", "ok", 120,
          f"idem-{i}", body, f"sig-{i}") for i in range(rows)))
    conn.commit()
    conn.close()


def bench_hostile_stall(rows: int, keyring_delay_s: float) -> None:
    """Worst GUI-thread stall with a keyring that takes seconds to answer and a large history
    open in its window, while assignments run."""
    import keyring
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from licensegui.core import paths
    from licensegui.core.session import AppSession
    from licensegui.core.settings import Profile
    from licensegui.ui.main.window import MainWindow
    from tests.helpers.keyrings import SlowKeyring

    os.environ["LICENSEGUI_HOME"] = tempfile.mkdtemp(prefix="licensegui-bench-")
    _bulk_history(paths.history_file(), rows)
    slow = SlowKeyring(keyring_delay_s)
    keyring.set_keyring(slow)
    app = QApplication.instance() or QApplication([])
    ctx = AppSession.load()
    ctx.start_demo()
    server = ctx.demo_server
    assert server is not None
    ctx.settings.profiles.append(Profile("Vendor", server.base_url,
                                         {"global": server.signer.public_pem()}))
    slow.store[("licensegui", "Vendor")] = server.state.api_key()
    ctx.secrets.status()
    win = MainWindow(ctx)
    win.show()
    win.reload_profiles()
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=1)
    ticker.timeout.connect(lambda: (gaps.append(clock.restart()) if clock.isValid()
                                    else clock.start()))
    ticker.start()
    started = time.perf_counter()
    win.profile_box.setCurrentText("Vendor")  # storage note → the slow keyring
    win.open_history()
    keys = ctx.demo_keys[:3]
    for key in keys:
        for name, value in (("license_key", key), ("owner_name", "Bench"),
                            ("email", "bench@example.com")):
            win.form.edit(name).setText(value)
        win.submit()  # API key → the slow keyring, on the worker
        while win.busy:
            app.processEvents()
            time.sleep(0.0005)
    end = time.perf_counter() + 0.5
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    ticker.stop()
    shown = win.history_window.model.rowCount() if win.history_window else 0
    print(f"stall    {keyring_delay_s:.0f} s keyring, {rows:,} history rows, history window "
          f"open, {len(keys)} assignments ({time.perf_counter() - started:.1f} s): worst GUI "
          f"gap {max(gaps, default=0):.0f} ms over {len(gaps)} ticks (target < 50 ms); "
          f"keyring reads {slow.reads}; table rows {shown}; outcome {win.outcome.text()!r}")
    win.close()
    ctx.close()


def bench_history(rows: int) -> None:
    """Open the history window and search, with ``rows`` attempts recorded."""
    from PySide6.QtWidgets import QApplication

    from licensegui.core.history import HistoryStore
    from licensegui.ui.history_window import HistoryWindow

    QApplication.instance() or QApplication([])
    path = Path(tempfile.mkdtemp(prefix="licensegui-bench-")) / "history.sqlite3"
    _bulk_history(path, rows)
    store = HistoryStore(path)
    started = time.perf_counter()
    window = HistoryWindow(store)
    window.show()
    opened = time.perf_counter() - started
    timings = []
    for text in ("key-0999", "owner5", "nothing-matches", ""):
        t0 = time.perf_counter()
        window.search.setText(text)  # refresh on every change, as typing does
        timings.append((text, (time.perf_counter() - t0) * 1000, window.model.rowCount()))
    t0 = time.perf_counter()
    store.query("key-09", limit=1000)
    query_ms = (time.perf_counter() - t0) * 1000
    print(f"history  {rows:,} attempts: window opens in {opened * 1000:.0f} ms "
          "(target < 100 ms)")
    for text, ms, shown in timings:
        print(f"history  search {text!r}: {ms:.0f} ms, {shown} rows shown (target < 100 ms)")
    print(f"history  the query alone (LIKE over {rows:,} rows): {query_ms:.0f} ms")
    window.close()
    store.close_all()


def _bare_loop(server: _ExternalSandbox, keys: list[str], concurrency: int) -> float:
    """What a shell loop or Postman runner does: post each row, read the answer, nothing
    more (no journal, no verification, no history)."""
    import threading
    import uuid
    from concurrent.futures import ThreadPoolExecutor

    import requests

    local = threading.local()
    url = server.base_url + "/assign-license-key"

    def post(i_key: tuple[int, str]) -> int:
        i, key = i_key
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
        resp = session.post(url, data={"api_key": server.api_key, "license_key": key,
                                       "owner_name": f"Bench Owner {i}",
                                       "email": f"owner{i}@example.com"},
                            headers={"Authorization": f"Bearer {server.api_key}",
                                     "Idempotency-Key": str(uuid.uuid4())}, timeout=30)
        resp.content  # noqa: B018  # read the whole body, as the batch does
        return resp.status_code

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        codes = list(pool.map(post, enumerate(keys)))
    elapsed = time.perf_counter() - started
    assert codes.count(200) == len(keys), codes[:5]
    return elapsed


def _batch_run(server: _ExternalSandbox, keys: list[str], concurrency: int,
               folder: Path) -> tuple[float, dict[str, int]]:
    """The whole batch: read the file, create the journal (keys committed), send, verify,
    record in history, commit every answer."""
    from licensegui.core.batch.input import parse_batch
    from licensegui.core.batch.journal import Journal
    from licensegui.core.batch.runner import BatchConfig, BatchRunner
    from licensegui.core.history import HistoryStore
    from licensegui.core.trust import TrustStore

    data = _orders(keys)
    trust = TrustStore.from_pems({"global": server.public_key})
    history = HistoryStore(folder / "history.sqlite3")
    started = time.perf_counter()
    journal = Journal.create(folder / f"journal-{len(list(folder.iterdir()))}.sqlite3",
                             parse_batch(data, "bench.csv"), server.base_url, "bench")
    outcome = BatchRunner(journal, server.api_key, trust, history,
                          BatchConfig(concurrency=concurrency)).run()
    elapsed = time.perf_counter() - started
    journal.close()
    history.close_all()
    return elapsed, outcome.counts


def _journal_cost(rows: int, folder: Path) -> tuple[float, float]:
    """Per row, on this disk: the journal's two commits (claim before sending, answer on
    arrival) and the history record, each fsync'd (synchronous=FULL)."""
    from licensegui.core.batch.input import parse_batch
    from licensegui.core.batch.journal import Answer, Journal
    from licensegui.core.codes import RowStatus
    from licensegui.core.history import Attempt, HistoryStore

    keys = [f"KEY-{i:06d}" for i in range(rows)]
    journal = Journal.create(folder / "cost.sqlite3", parse_batch(_orders(keys), "c.csv"),
                             "http://127.0.0.1:9/api/v1", "bench")
    body = b'{"response":{"code":800},"signature":"' + b"A" * 344 + b'"}'
    answer = Answer(RowStatus.ASSIGNED, "verified", "Assigned.", 200, 800,
                    "License key assigned", True, 1_800_000_000, body)
    started = time.perf_counter()
    for n in journal.to_send():  # the rows' own numbers (spreadsheet rows: the first is 2)
        journal.claim(n)
        journal.answer(n, answer)
    per_journal = (time.perf_counter() - started) / rows
    journal.close()
    history = HistoryStore(folder / "cost-history.sqlite3")
    started = time.perf_counter()
    for i in range(rows):
        history.add(Attempt(at=time.time(), profile="bench", base_url="http://127.0.0.1:9",
                            license_key=keys[i], owner_name="Bench", email="b@example.com",
                            http_status=200, code=800, message="License key assigned",
                            verified=True, reason="verified", detail="", raw_body=body,
                            signature="A" * 344, batch="bench"))
    per_history = (time.perf_counter() - started) / rows
    history.close_all()
    return per_journal, per_history


def bench_batch(rows: int, concurrency: int, rounds: int, delay_s: float = 0.0) -> None:
    folder = Path(tempfile.mkdtemp(prefix="licensegui-bench-batch-"))
    server = _ExternalSandbox(keys=rows * (2 * rounds + 1) + 110, delay_s=delay_s)
    try:
        _bare_loop(server, server.take(50), concurrency)  # warm up both paths
        _batch_run(server, server.take(50), concurrency, folder)
        bare, batch = [], []
        for _ in range(rounds):  # alternate, so machine noise hits both alike
            bare.append(_bare_loop(server, server.take(rows), concurrency))
            elapsed, counts = _batch_run(server, server.take(rows), concurrency, folder)
            assert counts["assigned"] == rows, counts
            batch.append(elapsed)
    finally:
        server.stop()
    mb, mt = statistics.median(bare), statistics.median(batch)
    where = (f"a sandbox answering after {delay_s * 1000:.0f} ms (a server across a network)"
             if delay_s else "the sandbox on loopback, answering at once")
    print(f"batch    {rows:,} rows at concurrency {concurrency}, {where}, in its own process, "
          f"median of {rounds}:")
    print(f"batch    bare requests loop (no journal, no verification): {mb:.2f} s "
          f"({rows / mb:.0f} rows/s)")
    print(f"batch    licensegui batch (journal, verification, history): {mt:.2f} s "
          f"({rows / mt:.0f} rows/s)")
    print(f"batch    ratio batch/bare: {mt / mb:.2f}  (target <= 1.25); the batch's own cost "
          f"per row: {(mt - mb) / rows * 1000:.2f} ms")
    if not delay_s:
        per_journal, per_history = _journal_cost(rows, folder)
        print(f"batch    journal cost per row, one thread (claim + answer, 2 fsync'd commits): "
              f"{per_journal * 1000:.2f} ms; history record: {per_history * 1000:.2f} ms")


def bench_batch_stall(rows: int, concurrency: int) -> None:
    """The GUI thread's worst stall while the batch window runs ``rows`` rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LICENSEGUI_HOME"] = tempfile.mkdtemp(prefix="licensegui-bench-")
    import keyring
    from PySide6.QtWidgets import QApplication

    from licensegui.core.session import AppSession
    from licensegui.core.settings import Profile
    from licensegui.ui.main.window import MainWindow
    from tests.helpers.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    server = _ExternalSandbox(keys=rows + 10)
    try:
        ctx = AppSession.load()
        ctx.settings.profiles = [Profile("Bench", server.base_url,
                                         {"global": server.public_key})]
        ctx.settings.last_profile = "Bench"
        ctx.secrets.set("Bench", server.api_key)
        win = MainWindow(ctx)
        win.show()
        path = Path(os.environ["LICENSEGUI_HOME"]) / "orders.csv"
        path.write_bytes(_orders(server.take(rows)))
        batch = win.open_batch()
        batch.load_file(path)
        while batch.stage != "preview":
            app.processEvents()
            time.sleep(0.001)
        batch.concurrency.setValue(concurrency)
        meter = GapMeter()
        meter.start()
        started = time.perf_counter()
        batch.start()
        while batch.stage != "ended":
            app.processEvents()
            time.sleep(0.0005)
        figures = meter.stop()
        total = time.perf_counter() - started
        assigned = sum(1 for r in batch.model.rows if r.status == "assigned")
        print(f"batch    window, {rows:,} rows at concurrency {concurrency}: {total:.1f} s, "
              f"{assigned:,} assigned; GUI-thread gaps: {figures} (target worst < 50 ms)")
        win.close()
        ctx.close()
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--delay", type=float, default=2.0)
    parser.add_argument("--only", choices=["startup", "stall", "history", "batch", "preview",
                                           "batch-window", "hostile", "team-ledger",
                                           "kill-loop"])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--tiny", action="store_true",
                        help="every bench at smoke size: proves it runs, measures nothing")
    args = parser.parse_args()
    # Sizes: (startup runs, Xvfb runs, delay s, history rows, batch rows, batch rounds)
    if args.tiny:
        runs, xvfb_runs, delay, rows, batch_rows, rounds = 1, 1, 0.05, 30, 20, 1
        args.rows = rows
    else:
        runs, xvfb_runs, delay, rows, batch_rows, rounds = (
            args.runs, max(args.runs, 15), args.delay, 100_000, 1000, 3)
    sys.path.insert(0, str(ROOT))
    if args.only == "batch-window":  # issue 21: the window loading and running 100,000 rows
        from bench_batch_window import bench_batch_window

        bench_batch_window(args.rows)
        return 0
    if args.only in (None, "startup"):
        bench_startup(runs)
        bench_startup_xvfb(xvfb_runs)  # three launch kinds; more runs, steadier
    if args.only in (None, "stall"):
        bench_stall(delay, settle_s=0.0 if args.tiny else 1.0)
        bench_hostile_stall(rows // 10, delay)
    if args.only in (None, "history"):
        bench_history(rows)
    if args.only in (None, "batch"):
        from bench_cli import bench_batch_cli  # issue 31: the CLI as a script runs it

        bench_batch(batch_rows, 4, rounds)
        bench_batch_cli(2 * batch_rows, 4, rounds, _bare_loop)
        bench_batch(batch_rows, 4, rounds, delay_s=0.02)
        bench_batch_stall(batch_rows, 2)  # the default
        bench_batch_stall(batch_rows, 4)
    if args.only in (None, "kill-loop"):  # issue 31: exactly once under SIGKILL, at scale
        from bench_kill import bench_kill_loop

        bench_kill_loop(batch_rows, 3 if args.tiny else 12)
    if args.only in (None, "preview"):
        from bench_sheets import bench_preview  # issue 21: input and results at scale

        bench_preview(args.rows)
    if args.only in (None, "team-ledger"):
        from bench_team import bench_team_ledger  # issue 27: the team ledger's cost

        bench_team_ledger(batch_rows)
    if args.only in (None, "hostile"):
        from bench_sheets import bench_hostile  # issue 30: hostile workbooks, time and memory

        bench_hostile()
    if args.tiny and args.only is None:  # the window at scale, at smoke size too
        from bench_batch_window import bench_batch_window

        bench_batch_window(batch_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
