"""History that an auditor can rely on: durable commits, damage set aside (never deleted),
replays recognised, personal data erasable."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from licensegui.core.history import ERASED, HistoryError, HistoryStore
from tests.helpers.app import make_attempt
from tests.helpers.logfail import LogFailHandler
from tests.helpers.sqlite import without_default_secure_delete

_attempt = make_attempt


def test_wal_and_full_synchronous(tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    history.add(_attempt())
    with history._conn() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    history.close_all()


@pytest.mark.parametrize("damage", [
    lambda p: p.write_bytes(os.urandom(8192)),
    lambda p: p.write_bytes(b"SQLite format 3\x00" + os.urandom(4096)),
])
def test_damaged_database_is_moved_aside_and_a_new_one_records(
        tmp_path: Path, damage: object, expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.history", r"history database damaged")
    path = tmp_path / "history.sqlite3"
    damage(path)  # type: ignore[operator]
    original = path.read_bytes()
    history = HistoryStore(path)
    assert history.recovered_from is not None
    assert history.recovered_from.read_bytes() == original  # kept, byte for byte
    assert str(history.recovered_from) in (history.recovery_notice() or "")
    new_id = history.add(_attempt())
    assert [a.id for a in history.query()] == [new_id]
    history.close_all()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_damage_found_while_running_is_set_aside_and_the_attempt_kept(tmp_path: Path,
        expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.history", r"history database damaged")
    path = tmp_path / "history.sqlite3"
    history = HistoryStore(path)
    history.add(_attempt(license_key="before"))
    history.close_all()
    path.write_bytes(os.urandom(16384))  # damaged behind the open store's back
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    attempt_id = history.add(_attempt(license_key="after"))
    assert history.recovered_from is not None
    assert [a.license_key for a in history.query()] == ["after"]
    assert history.get(attempt_id) is not None
    history.close_all()


def test_unwritable_history_raises_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(HistoryError, match="cannot be created"):
        HistoryStore(blocker / "sub" / "history.sqlite3")


_WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from licensegui.core.history import Attempt, HistoryStore
    store = HistoryStore(Path(sys.argv[1]))
    with store._conn() as conn:  # the connection the attempts are written through
        print(conn.execute("PRAGMA journal_mode").fetchone()[0],
              conn.execute("PRAGMA synchronous").fetchone()[0], flush=True)
    body = b'{"signature": "x"}' * 200
    i = 0
    while True:
        i += 1
        n = store.add(Attempt(at=time.time(), profile="P", base_url="https://v.example",
                              license_key=f"key-{i}", owner_name="Ö Owner", email="o@example.com",
                              http_status=200, code=800, message="m", verified=True,
                              reason="verified", detail="d", raw_body=body))
        print(n, flush=True)
""")


@pytest.mark.parametrize("kill_after", [20, 60])
def test_sigkill_mid_write_loses_no_returned_attempt(tmp_path: Path, kill_after: int) -> None:
    path = tmp_path / "history.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    # A SIGKILL cannot tell synchronous=FULL from OFF (the OS keeps what was written); the
    # writer's own connection must say FULL (a power cut is what FULL survives).
    assert proc.stdout.readline().split() == ["wal", "2"]
    first = proc.stdout.readline()  # the store is open and writing
    assert first.strip().isdigit()
    # Killed as soon as ``kill_after`` more attempts have returned: the writer is then in
    # the middle of the next one (a time guessed in advance found it anywhere, or done).
    seen = [proc.stdout.readline() for _ in range(kill_after)]
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    returned = {int(x) for x in [first, *seen, *rest.split()] if x.strip().isdigit()}
    assert len(returned) > 5
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0] for r in conn.execute("SELECT id FROM attempts")}
    assert returned <= stored, sorted(returned - stored)[:5]
    conn.close()


def test_erase_owner_removes_name_and_email_everywhere(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Where SQLite leaves freed bytes by default (python.org's builds), as the store must not.
    without_default_secure_delete(monkeypatch)
    history = HistoryStore(tmp_path / "h.sqlite3")
    # A long name: its erased record is much shorter, so the old bytes are not simply
    # overwritten in place by the new record (only secure_delete clears them).
    history.add(_attempt(owner_name="Ann Smith" + ", Head of Procurement" * 20,
                         email="Ann@Example.com"))
    history.add(_attempt(owner_name="Ann S.", email="ann@example.com", license_key="k2"))
    history.add(_attempt(owner_name="Bob", email="bob@example.com", license_key="k3"))
    assert history.erase_owner("ann@example.com") == 2
    rows = {a.license_key: a for a in history.query()}
    assert (rows["abcd-1"].owner_name, rows["abcd-1"].email) == (ERASED, ERASED)
    assert (rows["k2"].owner_name, rows["k2"].email) == (ERASED, ERASED)
    assert rows["k3"].email == "bob@example.com"
    assert history.query(text="Ann") == []
    # Not in the files, even while the store is still open (no freed page, no old WAL frame).
    for name in ("h.sqlite3", "h.sqlite3-wal"):
        file = tmp_path / name
        assert not file.exists() or b"Ann Smith" not in file.read_bytes(), name
    history.close_all()


def test_prune_keeps_recent_attempts(tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    now = 1_800_000_000.0
    history.add(_attempt(at=now - 40 * 86_400, license_key="old"))
    history.add(_attempt(at=now - 10 * 86_400, license_key="new"))
    assert history.prune(30, now=now) == 1
    assert [a.license_key for a in history.query()] == ["new"]
    history.close_all()


def test_version_1_database_gains_signatures(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL,
        profile TEXT NOT NULL, base_url TEXT NOT NULL, license_key TEXT NOT NULL,
        owner_name TEXT NOT NULL, email TEXT NOT NULL, http_status INTEGER, code INTEGER,
        message TEXT, verified INTEGER NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL,
        elapsed_ms INTEGER, idempotency_key TEXT, raw_body BLOB);
    """)
    conn.execute("INSERT INTO attempts (at, profile, base_url, license_key, owner_name, email,"
                 " verified, reason, detail, raw_body) VALUES (1, 'P', 'u', 'k', 'o', 'e', 1,"
                 " 'verified', 'd', ?)", (b'{"signature": "SIG=="}',))
    conn.commit()
    conn.close()
    history = HistoryStore(path)
    assert [a.license_key for a in history.with_signature("SIG==")] == ["k"]
    history.close_all()


_WORKERS = textwrap.dedent("""
    import sys, threading, time
    from pathlib import Path
    from licensegui.core.history import Attempt, HistoryStore
    store = HistoryStore(Path(sys.argv[1]))
    out = threading.Lock()
    def say(text):
        with out:
            print(text, flush=True)
    def attempt(i, answered):
        return Attempt(at=1.0, profile="P", base_url="https://v.example",
                       license_key=f"key-{i}", owner_name="O", email="o@example.com",
                       http_status=200 if answered else None, code=800 if answered else None,
                       message="m" if answered else None, verified=answered,
                       reason="verified" if answered else "unknown", detail="d",
                       idempotency_key=f"idem-{i}", raw_body=b"x" * 300 if answered else None)
    def work(w):
        for n in range(10**6):
            i = f"{w}-{n}"
            pending = store.add(attempt(i, False))
            say(f"a {pending}")
            say(f"c {store.complete(pending, attempt(i, True))}")
    say("go")
    for w in range(4):
        threading.Thread(target=work, args=(w,), daemon=True).start()
    threading.Event().wait()
""")


def test_sigkill_among_four_writers_sharing_commits_loses_no_returned_write(
        tmp_path: Path) -> None:
    # The batch's workers commit their attempts together (core/db.py GroupCommit): each
    # write that returned is durable however the group it rode in was cut short.
    path = tmp_path / "history.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", _WORKERS, str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "go"
    lines = [proc.stdout.readline() for _ in range(400)]
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    said = [line.split() for line in [*lines, *rest.splitlines()] if line.strip()]
    added = {int(n) for kind, n in said if kind == "a"}
    completed = {int(n) for kind, n in said if kind == "c"}
    assert len(completed) > 50
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = dict(conn.execute("SELECT id, reason FROM attempts").fetchall())
    assert added <= set(stored), sorted(added - set(stored))[:5]
    assert all(stored[n] == "verified" for n in completed), \
        [n for n in completed if stored[n] != "verified"][:5]
    conn.close()
