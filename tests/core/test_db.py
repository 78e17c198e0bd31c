"""One way to open a durable SQLite file; errors told apart by SQLite's codes."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from licensegui.core.db import (
    DbProblem,
    GroupCommit,
    migrate,
    open_durable,
    problem_of,
    quick_check,
)
from licensegui.core.history_schema import SCHEMA_VERSION
from tests.helpers.waiting import wait_until


def test_a_durable_file_is_wal_with_full_sync(tmp_path: Path) -> None:
    conn = open_durable(tmp_path / "d.sqlite3", timeout_s=1.0, secure_delete=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert quick_check(conn) is None
    finally:
        conn.close()


def test_an_exclusive_file_held_elsewhere_is_in_use(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    holder = open_durable(path, timeout_s=0.1, exclusive=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            open_durable(path, timeout_s=0.1, exclusive=True)
        assert problem_of(caught.value) is DbProblem.IN_USE
    finally:
        holder.close()


@pytest.mark.parametrize("content", [b"not a database at all" * 300,
                                     b"SQLite format 3\x00" + b"\x07" * 4096])
def test_a_damaged_file_is_damage(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "d.sqlite3"
    path.write_bytes(content)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        conn = open_durable(path, timeout_s=0.1)
        try:
            migrate(conn, [])
        finally:
            conn.close()
    assert problem_of(caught.value) is DbProblem.DAMAGED


def test_other_errors_are_neither_damage_nor_in_use(tmp_path: Path) -> None:
    conn = open_durable(tmp_path / "d.sqlite3", timeout_s=0.1)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            conn.execute("SELECT * FROM no_such_table")
        assert problem_of(caught.value) is DbProblem.OTHER
        assert problem_of(sqlite3.ProgrammingError("closed")) is DbProblem.OTHER
        assert problem_of(sqlite3.DatabaseError("no code")) is DbProblem.DAMAGED
    finally:
        conn.close()


def test_migrations_run_once_each_in_order(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    ran: list[int] = []
    steps = [lambda c: ran.append(1), lambda c: ran.append(2)]
    conn = open_durable(path, timeout_s=0.1)
    migrate(conn, steps[:1])
    migrate(conn, steps)
    migrate(conn, steps)
    assert ran == [1, 2]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()


def test_close_all_never_closes_a_connection_another_thread_is_using(tmp_path: Path) -> None:
    """Closing a connection under another thread's running query crashes the interpreter
    (SIGSEGV, seen when a damaged history was set aside mid-batch): a busy one is closed by
    its own thread when it is done, and every thread gets a new one afterwards."""
    import sqlite3
    import threading

    from licensegui.core.db import PerThreadConnections, open_durable

    connections = PerThreadConnections(lambda: open_durable(tmp_path / "x.sqlite3", 1.0))
    inside, go_on = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def worker() -> None:
        with connections.use() as conn:
            seen["conn"] = conn
            inside.set()
            go_on.wait(10)
            seen["during"] = tuple(conn.execute("SELECT 1").fetchone())  # still open
        with connections.use() as again:
            seen["after"] = again is not conn

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    with connections.use() as mine:
        first_mine = mine
    connections.close_all()  # from this thread, while the worker is inside its transaction
    go_on.set()
    thread.join(10)
    assert seen["during"] == (1,)
    assert seen["after"] is True
    with pytest.raises(sqlite3.ProgrammingError):  # closed by its thread once it was done
        seen["conn"].execute("SELECT 1")  # type: ignore[union-attr]
    with pytest.raises(sqlite3.ProgrammingError):  # idle: closed at once
        first_mine.execute("SELECT 1")
    with connections.use() as fresh:
        assert fresh is not first_mine and tuple(fresh.execute("SELECT 1").fetchone()) == (1,)


def test_a_new_history_opened_by_eight_at_once_is_migrated_once(tmp_path: Path) -> None:
    """Eight processes starting on a fresh home (issue 27's race of eight CLI runs) each
    migrate the new file: under one write lock, each step once — not "duplicate column
    name: repeat" for the slower ones."""
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path; "
              "from licensegui.core.history import HistoryStore; "
              "HistoryStore(Path(sys.argv[1])).close_all()")
    path = tmp_path / "history.sqlite3"
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path)],
                              stderr=subprocess.PIPE, text=True) for _ in range(8)]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 8, errors
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT COUNT(*) FROM installation").fetchone()[0] == 1
    conn.close()


def _table(path: Path) -> sqlite3.Connection:
    conn = open_durable(path, timeout_s=5.0)
    conn.execute("CREATE TABLE IF NOT EXISTS t (v INTEGER UNIQUE)")
    return conn


def _queued_together(group: GroupCommit, write: Callable[[int], None],
                     values: tuple[int, ...]) -> None:
    """``write(v)`` for each value on a thread of its own, all queued behind a commit in
    progress (``group``'s lock held), then let go together."""
    with group.lock:
        threads = [threading.Thread(target=write, args=(v,)) for v in values]
        for t in threads:
            t.start()
        wait_until(lambda: len(group._queue) == len(values), 30, "the writes queued")
    for t in threads:
        t.join()


def test_writes_queued_meanwhile_share_one_commit_and_each_is_durable_on_return(
        tmp_path: Path) -> None:
    conn = _table(tmp_path / "g.sqlite3")
    group = GroupCommit(threading.Lock())
    transactions: list[int] = []

    @contextlib.contextmanager
    def transaction() -> Iterator[sqlite3.Connection]:
        transactions.append(1)
        with conn:
            yield conn

    returned: dict[int, int] = {}

    def write(v: int) -> None:
        group.run(transaction, lambda c: c.execute("INSERT INTO t VALUES (?)", (v,)))
        # Durable on return: another connection to the file sees it.
        other = sqlite3.connect(tmp_path / "g.sqlite3")
        returned[v] = other.execute("SELECT COUNT(*) FROM t WHERE v = ?", (v,)).fetchone()[0]
        other.close()

    _queued_together(group, write, (1, 2, 3))
    assert transactions == [1]  # one transaction, one commit, for the three
    assert returned == {1: 1, 2: 1, 3: 1}
    conn.close()


@pytest.mark.parametrize("alone", [True, False])
def test_a_failing_write_in_a_group_fails_alone_or_fails_the_group(
        tmp_path: Path, alone: bool) -> None:
    conn = _table(tmp_path / "g.sqlite3")
    with conn:
        conn.execute("INSERT INTO t VALUES (7)")  # the write of 7 breaks UNIQUE
    group = GroupCommit(threading.Lock(), retry_alone=alone)
    errors: dict[int, BaseException | None] = {}

    def write(v: int) -> None:
        try:
            group.run(lambda: conn, lambda c: c.execute("INSERT INTO t VALUES (?)", (v,)))
            errors[v] = None
        except sqlite3.Error as exc:
            errors[v] = exc

    _queued_together(group, write, (6, 7, 8))
    kept = sorted(r[0] for r in conn.execute("SELECT v FROM t"))
    if alone:  # each write as without grouping: only the one that breaks UNIQUE fails
        assert errors[6] is None and errors[8] is None
        assert isinstance(errors[7], sqlite3.IntegrityError)
        assert kept == [6, 7, 8]
    else:  # the group is rolled back and every member told
        assert all(isinstance(errors[v], sqlite3.IntegrityError) for v in (6, 7, 8))
        assert kept == [7]
    conn.close()


def test_a_lone_write_that_fails_raises_its_own_error(tmp_path: Path) -> None:
    conn = _table(tmp_path / "g.sqlite3")
    with conn:
        conn.execute("INSERT INTO t VALUES (1)")
    group = GroupCommit(threading.Lock(), retry_alone=True)
    with pytest.raises(sqlite3.IntegrityError):
        group.run(lambda: conn, lambda c: c.execute("INSERT INTO t VALUES (1)"))
    assert group.run(lambda: conn, lambda c: c.execute("INSERT INTO t VALUES (2)").rowcount) == 1
    conn.close()
