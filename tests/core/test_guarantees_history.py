"""Guarantees of the history, the ledger and the demo's folder that a mutation once broke
without any test noticing (issue 20). Real SQLite files, real processes."""

from __future__ import annotations

import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from licensegui.core.demo import demo_home
from licensegui.core.history import HistoryStore
from licensegui.core.ledger import DEFAULT_WINDOW_S, Ledger, RequestIdentity
from licensegui.core.session import AppSession
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest
from licensegui.sandbox import SandboxServer
from tests.helpers.app import make_attempt
from tests.helpers.logfail import LogFailHandler
from tests.helpers.sqlite import without_default_secure_delete

BASE = "https://vendor.example/api/v1"
DAY = 86_400.0


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_inside_the_window_a_request_keeps_its_first_key_and_first_send_time(
        tmp_path: Path) -> None:
    """The server remembers an Idempotency-Key for a day: inside that, a request sent again
    goes with its first key (answered from the server's store, freshness from the first
    send); outside it, with a new key and no earlier first send."""
    history = HistoryStore(tmp_path / "h.sqlite3")
    clock = Clock(1_800_000_000.0)
    ledger = Ledger(history, window_s=DEFAULT_WINDOW_S, clock=clock)
    identity = RequestIdentity.of(BASE, AssignRequest("KEY-0001", "Ann", "ann@example.com"))
    try:
        assert DEFAULT_WINDOW_S == DAY
        first = ledger.decide(identity)
        assert first.first_sent_at is None  # the first send
        clock.now += DAY - 60  # a minute before the server forgets
        again = ledger.decide(identity)
        assert (again.idempotency_key, again.first_sent_at) == (first.idempotency_key,
                                                                1_800_000_000.0)
        assert not ledger.outside_window(again.first_sent_at)
        clock.now += 120  # a minute after
        assert ledger.outside_window(1_800_000_000.0)
        later = ledger.decide(identity)
        assert later.idempotency_key != first.idempotency_key
        assert later.first_sent_at is None
    finally:
        history.close_all()


def test_an_erased_owner_is_nowhere_in_the_files_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """secure_delete: the bytes an erased owner's rows held are overwritten, in free space
    inside pages and in freed pages alike, not only unlinked from the b-tree; also where
    SQLite does not do that by default."""
    without_default_secure_delete(monkeypatch)
    path = tmp_path / "h.sqlite3"
    history = HistoryStore(path)
    name = "Zyxwvut Qwertyuiop, Head of Procurement and Licensing at Example Holdings"
    email = "zyxwvut.qwertyuiop@example.com"
    for i in range(40):  # several pages of them
        history.add(make_attempt(owner_name=name, email=email, license_key=f"k-{i}",
                                 raw_body=b"x" * 300))
    history.add(make_attempt(owner_name="Bob", email="bob@example.com", license_key="b"))
    assert history.erase_owner(email) == 40
    history.prune(0, now=1e12)  # frees whole pages too
    history.close_all()
    for file in tmp_path.iterdir():
        raw = file.read_bytes()
        assert b"Zyxwvut" not in raw and b"zyxwvut" not in raw, file.name


_RUNNING_DEMO = textwrap.dedent("""
    import sys, tempfile, time
    tempfile.tempdir = sys.argv[1]
    from licensegui.core.session import AppSession
    demo = AppSession.prepare_demo()
    print(demo.folder, demo.persistent, flush=True)
    sys.stdin.readline()  # until the test is done
    demo.server.stop()
    demo.cleanup()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX test of a running copy")
def test_a_second_demo_leaves_a_running_copys_folder_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two copies of the app in one home, both with --demo: the first runs the home's demo;
    the second gets a temporary one of its own (two servers on one record of keys would be
    two truths) and touches nothing of the first's."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    running = subprocess.Popen([sys.executable, "-c", _RUNNING_DEMO, str(tmp)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert running.stdout is not None and running.stdin is not None
        where, persistent = running.stdout.readline().split()
        theirs = Path(where)
        assert persistent == "True" and theirs == demo_home()
        held = {p.name: p.stat().st_mtime_ns for p in theirs.rglob("*") if p.is_file()}
        assert "sandbox-private.pem" in held, "the running demo has its files"
        monkeypatch.setattr(tempfile, "tempdir", str(tmp))
        demo = AppSession.prepare_demo()  # the second --demo starting
        try:
            assert not demo.persistent and demo.folder.parent == tmp
            assert {p.name: p.stat().st_mtime_ns
                    for p in theirs.rglob("*") if p.is_file()} == held
        finally:
            demo.server.stop()
            demo.cleanup()
        assert not demo.folder.exists()  # the temporary demo's key went with it
        running.communicate("done\n", timeout=60)  # closes the pipes too
        assert running.returncode == 0
    finally:
        if running.poll() is None:
            running.kill()
            running.communicate(timeout=10)


def test_a_stored_bodys_signature_is_read_only_from_an_object() -> None:
    from licensegui.core.history import signature_of

    assert signature_of(b'{"signature": "SIG=="}') == "SIG=="
    assert signature_of(b'["signature", "SIG=="]') is None  # JSON, but no object
    assert signature_of(b'{"signature": 5}') is None
    assert signature_of(b"{not json") is None
    assert signature_of(b"") is None and signature_of(None) is None


def test_prune_removes_what_is_older_than_the_retention_to_the_second(tmp_path: Path) -> None:
    """Attempts and the ledger's remembered keys older than ``keep_days`` go; newer stay.
    Without ``now`` it is the clock's now."""
    import time

    history = HistoryStore(tmp_path / "h.sqlite3")
    now = time.time()
    try:
        history.add(make_attempt(at=now - DAY - 30, license_key="old"))
        history.add(make_attempt(at=now - DAY + 3600, license_key="new"))
        clock = Clock(now - DAY - 30)
        ledger = Ledger(history, window_s=10 * DAY, clock=clock)
        identity = RequestIdentity.of(BASE, AssignRequest("KEY-0001", "Ann", "ann@example.com"))
        key = ledger.decide(identity).idempotency_key
        clock.now = now
        assert ledger.remembered(identity) == (key, now - DAY - 30)
        assert history.prune(1) == 1  # the clock's now
        assert [a.license_key for a in history.query()] == ["new"]
        assert ledger.remembered(identity) is None
        history.add(make_attempt(at=1_000_000.0 - DAY - 0.5, license_key="edge"))
        assert history.prune(1, now=1_000_000.0) == 1  # half a second past the retention
    finally:
        history.close_all()


def test_an_answer_the_history_cannot_record_is_kept_and_said(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore,
        expected_logs: LogFailHandler) -> None:
    """Another process holds the history's write lock past the busy timeout: the answer is
    still returned, with the sentence saying it is not in the history."""
    expected_logs.allow("licensegui.core.service", r"ledger not consulted: database is locked")
    import sqlite3

    from licensegui.core.http.client import ApiClient
    from licensegui.core.service import AssignTarget, run_attempt

    path = tmp_path / "h.sqlite3"
    history = HistoryStore(path, busy_timeout_s=0.2)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # as another licensegui writing a long transaction
    client = ApiClient()
    try:
        key = sandbox.state.available_keys()[0]
        report = run_attempt(client, AssignTarget(
            base_url=sandbox.base_url, api_key=sandbox.state.api_key(),
            request=AssignRequest(key, "Ann", "ann@example.com")), sandbox_trust,
            replay_window_s=300, history=history)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        client.close()
        history.close_all()
    assert report.result is not None and report.result.assigned  # the answer is kept
    assert report.record_problem is not None
    assert report.record_problem.startswith("Not recorded in history: ")
    assert "locked" in report.record_problem  # and why
    assert getattr(report.record_problem, "context", None) == "Service"


def test_a_damaged_historys_wal_moves_aside_with_it(tmp_path: Path,
        expected_logs: LogFailHandler) -> None:
    """A history left by a killed process (its last commits only in its -wal) whose first
    page was then damaged: set aside, the -wal goes with it, byte for byte."""
    expected_logs.allow("licensegui.core.history", r"history database damaged")
    import shutil
    import sqlite3

    live, crashed = tmp_path / "live", tmp_path / "crashed"
    live.mkdir()
    crashed.mkdir()
    store = HistoryStore(live / "history.sqlite3")
    for i in range(20):
        store.add(make_attempt(license_key=f"k{i}"))
    store.close_all()
    writer = sqlite3.connect(live / "history.sqlite3")
    writer.execute("PRAGMA wal_autocheckpoint=0")  # the last commit stays in the -wal
    writer.execute("UPDATE attempts SET detail = 'the last commit' WHERE license_key = 'k3'")
    writer.commit()
    for suffix in ("", "-wal"):  # what a power cut leaves
        shutil.copy(live / f"history.sqlite3{suffix}", crashed / f"history.sqlite3{suffix}")
    writer.close()
    path = crashed / "history.sqlite3"
    wal = (crashed / "history.sqlite3-wal").read_bytes()
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(3996)  # the schema page, past its header
    path.write_bytes(bytes(data))
    history = HistoryStore(path)
    try:
        backup = history.recovered_from
        assert backup is not None
        assert backup.with_name(backup.name + "-wal").read_bytes() == wal
        if sys.platform != "win32":  # the set-aside copies are as private as the file
            for side in (backup, backup.with_name(backup.name + "-wal")):
                assert stat.S_IMODE(side.stat().st_mode) == 0o600, side
    finally:
        history.close_all()
