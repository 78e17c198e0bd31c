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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--delay", type=float, default=2.0)
    args = parser.parse_args()
    bench_startup(args.runs)
    bench_stall(args.delay)
    return 0


if __name__ == "__main__":
    sys.exit(main())
