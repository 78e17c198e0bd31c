"""Full garbage collections held off while batches run, the thresholds restored after."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from licensegui.core import collections_held
from licensegui.core.batch.runner import BatchRunner
from licensegui.core.collections_held import full_collections_held
from licensegui.core.history import HistoryStore
from licensegui.core.trust import TrustStore
from licensegui.sandbox import SandboxServer
from tests.core.batch.test_runner import available_keys, make_journal, orders


def test_overlapping_runs_hold_full_collections_until_the_last_ends() -> None:
    before = gc.get_threshold()
    with full_collections_held():
        held = gc.get_threshold()
        assert held[:2] == before[:2] and held[2] >= 1 << 30  # young collections still run
        with full_collections_held():
            assert gc.get_threshold() == held
        assert gc.get_threshold() == held  # the other run goes on
    assert gc.get_threshold() == before


def test_the_thresholds_come_back_when_a_run_fails() -> None:
    before = gc.get_threshold()
    try:
        with full_collections_held():
            raise RuntimeError("a run that failed")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before


def test_a_batch_runs_with_full_collections_held(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore) -> None:
    history = HistoryStore(tmp_path / "history.sqlite3")
    journal = make_journal(tmp_path, orders(available_keys(sandbox, 3)), sandbox.base_url)
    seen: list[int] = []
    lock = threading.Lock()

    def on_row(row: object) -> None:  # a worker's callback, mid-run
        with lock:
            seen.append(gc.get_threshold()[2])

    before = gc.get_threshold()
    outcome = BatchRunner(journal, sandbox.state.api_key(), sandbox_trust, history,
                          on_row=on_row).run()
    assert outcome.counts["assigned"] == 3
    assert seen and all(t == collections_held._HELD for t in seen)
    assert gc.get_threshold() == before
    history.close_all()
    journal.close()
