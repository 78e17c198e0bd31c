"""The batch window at scale (issue 21): the GUI thread's longest stall while a 100,000-row
file is loaded into the preview and while it runs against the sandbox (a 1 ms QTimer
heartbeat measures the gaps; printed, never asserted).

    python3 run.py bench --only batch-window [--rows N]
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def bench_batch_window(rows: int = 100_000, concurrency: int = 4) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LICENSEGUI_HOME"] = tempfile.mkdtemp(prefix="licensegui-bench-window-")
    import keyring
    from PySide6.QtWidgets import QApplication

    from licensegui.core.session import AppSession
    from licensegui.core.settings import Profile
    from licensegui.ui.main.window import MainWindow
    from tests.helpers.keyrings import MemoryKeyring

    from bench_parts import GapMeter, _ExternalSandbox, _orders  # the one sandbox and meter

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
        meter = GapMeter()
        meter.start()
        started = time.perf_counter()
        batch.load_file(path)  # read off the GUI thread; the table is a model, no widgets
        while batch.stage != "preview":
            app.processEvents()
            time.sleep(0.0005)
        load_s = time.perf_counter() - started
        loading = meter.stop()
        batch.concurrency.setValue(concurrency)
        meter = GapMeter()
        meter.start()
        started = time.perf_counter()
        batch.start()
        while batch.stage != "ended":
            app.processEvents()
            time.sleep(0.0005)
        running = meter.stop()
        run_s = time.perf_counter() - started
        assigned = sum(1 for r in batch.model.rows if r.status == "assigned")
        print(f"batch-window  {rows:,} rows: loaded into the preview in {load_s:.1f} s; "
              f"GUI-thread gaps while loading: {loading} (target worst < 50 ms)")
        print(f"batch-window  run at concurrency {concurrency}: {run_s:.1f} s, {assigned:,} "
              f"assigned; GUI-thread gaps while running: {running} (target worst < 50 ms)")
        win.close()
        ctx.close()
    finally:
        server.stop()
