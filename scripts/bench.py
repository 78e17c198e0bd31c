"""Benchmarks (numbers, not tests): start-up against a bare PySide6 window, and the GUI
thread's worst stall while a request runs against a slow sandbox.

    python3 run.py bench [--runs N]

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
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
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


def bench_stall(delay_s: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LICENSEGUI_HOME"] = tempfile.mkdtemp(prefix="licensegui-bench-")
    sys.path.insert(0, str(ROOT))
    import keyring
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from licensegui.ui.context import AppContext
    from licensegui.ui.main_window import MainWindow
    from tests.helpers import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    ctx = AppContext.load()
    ctx.start_demo()
    server = ctx.demo_server
    assert server is not None
    win = MainWindow(ctx)
    win.show()
    # As a user would: the window has been up for a moment before the first Assign.
    settle = time.monotonic() + 1.0
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.005)

    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=1)

    def tick() -> None:
        if clock.isValid():
            gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    ticker.timeout.connect(tick)

    def one(key: str, label: str) -> None:
        for name, value in (("license_key", key), ("owner_name", "Bench"),
                            ("email", "bench@example.com")):
            win.form.edit(name).setText(value)
        gaps.clear()
        clock.invalidate()
        ticker.start()
        started = time.perf_counter()
        win.submit()
        while win.busy:
            app.processEvents()
            time.sleep(0.0005)
        ticker.stop()
        total = (time.perf_counter() - started) * 1000
        gaps.sort()
        p99 = gaps[int(len(gaps) * 0.99) - 1] if gaps else 0.0
        print(f"stall    {label}: request {total:.0f} ms, GUI-thread gaps: worst "
              f"{max(gaps, default=0):.1f} ms, p99 {p99:.1f} ms over {len(gaps)} ticks "
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
    from licensegui.core.settings import Profile
    from licensegui.ui.context import AppContext
    from licensegui.ui.main_window import MainWindow
    from tests.helpers import SlowKeyring

    os.environ["LICENSEGUI_HOME"] = tempfile.mkdtemp(prefix="licensegui-bench-")
    _bulk_history(paths.history_file(), rows)
    slow = SlowKeyring(keyring_delay_s)
    keyring.set_keyring(slow)
    app = QApplication.instance() or QApplication([])
    ctx = AppContext.load()
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--delay", type=float, default=2.0)
    parser.add_argument("--only", choices=["startup", "stall", "history"])
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.only in (None, "startup"):
        bench_startup(args.runs)
    if args.only in (None, "stall"):
        bench_stall(args.delay)
        bench_hostile_stall(10_000, 2.0)
    if args.only in (None, "history"):
        bench_history(100_000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
