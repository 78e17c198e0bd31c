"""What the benches share (the GUI-thread gap meter, a sandbox in its own process, order
files, the CLI's batch command): one module the bench scripts import, so none imports
another."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class GapMeter:
    """How long the GUI thread went without running a 1 ms timer: its stalls."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._ticker = QTimer(interval=1)
        self._ticker.timeout.connect(self._tick)

    def _tick(self) -> None:
        if self._clock.isValid():
            self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def start(self) -> None:
        self.gaps.clear()
        self._clock.invalidate()
        self._ticker.start()

    def stop(self) -> str:
        """Stop; the figures as printed: worst, p99, ticks."""
        self._ticker.stop()
        gaps = sorted(self.gaps)
        p99 = gaps[int(len(gaps) * 0.99) - 1] if gaps else 0.0
        return (f"worst {max(gaps, default=0):.1f} ms, p99 {p99:.1f} ms over {len(gaps)} "
                f"ticks")


class _ExternalSandbox:
    """The sandbox in its own process, as a server is: its work does not share our GIL."""

    def __init__(self, keys: int, delay_s: float = 0.0) -> None:
        import json

        self.dir = Path(tempfile.mkdtemp(prefix="licensegui-bench-sandbox-"))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "licensegui.cli", "sandbox", "--state-dir", str(self.dir),
             "--keys", str(keys), "--delay", str(delay_s)], stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL, text=True, cwd=ROOT)
        assert self.proc.stdout is not None
        info = json.loads(self.proc.stdout.readline())
        self.base_url, self.api_key = info["base_url"], info["api_key"]
        self.public_key = Path(info["public_key_path"]).read_text(encoding="ascii")
        self.keys: list[str] = info["available_keys"]

    def take(self, n: int) -> list[str]:
        taken, self.keys = self.keys[:n], self.keys[n:]
        return taken

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.communicate(timeout=10)


def _orders(keys: list[str]) -> bytes:
    return ("key,name,email\n" + "".join(
        f"{k},Bench Owner {i},owner{i}@example.com\n" for i, k in enumerate(keys))).encode()


#: licensegui-cli as a script starts it (the source tree's package).
CLI = [sys.executable, "-m", "licensegui.cli"]


def cli_batch(server: _ExternalSandbox, folder: Path, orders: Path,
              *options: str) -> tuple[list[str], dict[str, str]]:
    """``licensegui-cli batch ORDERS`` against ``server`` with its public key, and the
    environment to run it in: the API key, and a home of its own in ``folder``."""
    key = folder / "global.pem"
    key.write_text(server.public_key, encoding="ascii")
    env = {**os.environ, "LICENSEGUI_API_KEY": server.api_key,
           "LICENSEGUI_HOME": str(folder / "home"), "PYTHONPATH": str(ROOT)}
    return [*CLI, "batch", str(orders), "--base-url", server.base_url, "--global-key",
            str(key), *options], env
