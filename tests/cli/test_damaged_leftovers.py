"""A ``licensegui-cli batch`` SIGKILLed while importing a big CSV leaves its temporary journal
(``.NAME.xxxx.tmp`` and its -wal/-shm): the next run removes them — but never one a running
process still holds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from licensegui.core.files import remove_leftover_temporaries
from tests.helpers.cli import cli, start_cli
from tests.helpers.waiting import wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _big_csv(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("License Key;Owner Name;E-mail\r\n")
        for i in range(rows):
            handle.write(f"KEY-{i:08d};Ówner {i};o{i}@example.com\r\n")
    return path


def _temporaries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob(".*") if ".tmp" in p.name) if folder.is_dir() else []


def _kill_mid_import(tmp_path: Path, batches: Path, rows: int,
                     pem: Path) -> tuple[Path, list[Path]]:
    """Start a batch of ``rows`` rows and SIGKILL it the moment its temporary journal appears;
    the leftovers found right after the kill (empty when the import beat the kill)."""
    orders = _big_csv(tmp_path / f"orders-{rows}.csv", rows)
    proc = start_cli(["batch", str(orders), "--base-url", "https://127.0.0.1:9/api/v1",
                      "--global-key", str(pem)], {})
    try:
        wait_until(lambda: proc.poll() is not None
                   or any(p.name.endswith(".tmp") for p in _temporaries(batches)), 120,
                   "the import's temporary file (or the end of the import)")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    return orders, [p for p in _temporaries(batches) if not p.name.endswith(".lock")]


def test_a_killed_import_leaves_temporaries_the_next_run_removes(
        tmp_path: Path, isolated_home: Path, fixtures_dir: Path) -> None:
    batches = isolated_home / "data" / "batches"
    pem = fixtures_dir / "global-public.pem"
    rows, left = 100_000, []
    for _attempt in range(4):  # a faster machine imports quicker: a bigger file, then
        orders, left = _kill_mid_import(tmp_path, batches, rows, pem)
        if left:
            break
        rows *= 3
    assert left, "the kill never landed mid-import"
    assert any(p.name.endswith(".tmp") for p in left)
    assert not list(batches.glob("*.sqlite3")), "a half-imported journal was put in place"
    size = sum(p.stat().st_size for p in left)
    # The next run of the same command (it stops later, for want of an API key) starts by
    # removing what the killed one left.
    again = cli("batch", str(orders), "--base-url", "https://127.0.0.1:9/api/v1",
                "--global-key", str(pem), timeout=300)
    assert "Traceback" not in again.stderr, again.stderr
    assert _temporaries(batches) == [], (size, _temporaries(batches))


_HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from licensegui.core.files import held_temporary
    tmp = Path(sys.argv[1])
    with held_temporary(tmp):
        tmp.write_bytes(b"being written")
        print("holding", flush=True)
        sys.stdin.read()  # held until the test is done with it (it kills this process)
""")


def test_a_temporary_a_running_process_holds_is_kept(tmp_path: Path) -> None:
    tmp = tmp_path / ".j.sqlite3.0123abcd.tmp"
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(tmp)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert remove_leftover_temporaries(tmp_path) == []
        assert tmp.exists()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=30)
    # Killed: its lock died with it; the sweep now removes the file and its lock.
    removed = remove_leftover_temporaries(tmp_path)
    assert tmp in removed and not tmp.exists() and os.listdir(tmp_path) == []
