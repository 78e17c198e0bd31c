"""A history damaged for real, six ways, then the real ``licensegui-cli``: ``assign`` still
sends, prints the answer that came back and records it; ``history pending``/``export``/
``erase`` read it: never a traceback; a damaged file is set aside and said once."""

from __future__ import annotations

import json
import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from licensegui.core.history import HistoryStore
from licensegui.sandbox import SandboxServer
from tests.helpers.app import make_attempt
from tests.helpers.cli import assign, cli

Damage = Callable[[Path], None]


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def _zero_page(page: int) -> Damage:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        size = _page_size(path)
        data[(page - 1) * size:page * size] = bytes(size)
        path.write_bytes(bytes(data))
    return damage


def _random_bytes(count: int, seed: int, page: int) -> Damage:
    """Random bytes over the start of a page, where SQLite keeps the page's own structure
    (bytes inside a stored answer are data, not damage a reader can see)."""
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        at = (page - 1) * _page_size(path)
        data[at:at + count] = random.Random(seed).randbytes(count)
        path.write_bytes(bytes(data))
    return damage


def _truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 3)


def _garble_column(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE attempts SET owner_name = CAST(X'FFFE28' AS TEXT),"
                 " message = CAST(X'C328' AS TEXT)")
    conn.commit()
    conn.close()


def _not_a_database(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


DAMAGE: dict[str, Damage] = {
    "page 2 zeroed": _zero_page(2),
    "30 random bytes on page 3": _random_bytes(30, 7, 3),
    "30 random bytes on page 9": _random_bytes(30, 11, 9),
    "truncated": _truncate,
    "a garbled column": _garble_column,
    "not a database at all": _not_a_database,
}


@pytest.fixture
def history_file(isolated_home: Path) -> Path:
    """A history of 300 attempts (several pages), some for the key the tests assign."""
    path = isolated_home / "data" / "history.sqlite3"
    store = HistoryStore(path)
    for i in range(300):
        # Every tenth went out with no known outcome: `history pending` reads those.
        unknown = {"reason": "unknown", "code": None, "http_status": None} if i % 10 == 0 else {}
        store.add(make_attempt(license_key=f"KEY-{i % 40:04d}", owner_name=f"Owner {i}",
                               email=f"o{i}@example.com", raw_body=b"{}" * 50,
                               idempotency_key=f"k-{i}", **unknown))
    store.close_all()
    for side in ("-wal", "-shm"):
        assert not path.with_name(path.name + side).exists()
    return path


def _damage(history_file: Path, name: str) -> None:
    DAMAGE[name](history_file)


@pytest.mark.parametrize("name", list(DAMAGE))
def test_assign_prints_the_answer_over_a_damaged_history(
        sandbox: SandboxServer, env_key: dict[str, str], history_file: Path,
        name: str) -> None:
    _damage(history_file, name)
    key = sandbox.state.available_keys()[0]
    result = assign(sandbox, sandbox.base_url, key, env_key)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, (result.stdout, result.stderr)
    data = json.loads(result.stdout)
    assert data["verified"] is True and data["code"] == 800  # the answer that came back
    assert sandbox.state.assignment(key) == ("Test User", "test@example.com")
    # The history holds this attempt: nothing was lost to the damage.
    conn = sqlite3.connect(history_file)
    conn.text_factory = bytes  # the garbled names are not UTF-8: read them as they are
    recorded = conn.execute("SELECT license_key FROM attempts WHERE code = 800 AND verified = 1"
                            " AND owner_name = 'Test User'").fetchall()
    conn.close()
    assert recorded == [(key.encode(),)]
    # The damaged file set aside once (its -wal/-shm, when it had them, go beside it).
    kept = sorted(p for p in history_file.parent.glob("history.sqlite3.damaged-*")
                  if not p.name.endswith(("-wal", "-shm")))
    if name != "a garbled column":  # text that is not UTF-8 is read around, not set aside
        assert result.stderr.count("has been set aside") == 1, result.stderr
        assert len(kept) == 1, kept
    else:
        assert kept == []


@pytest.mark.parametrize("name", list(DAMAGE))
def test_history_pending_export_and_erase_read_a_damaged_history_without_a_traceback(
        history_file: Path, name: str) -> None:
    _damage(history_file, name)
    pending = cli("history", "pending", "--json")
    assert "Traceback" not in pending.stderr, pending.stderr
    assert pending.returncode == 0, pending.stderr
    assert isinstance(json.loads(pending.stdout), list)
    exported = cli("history", "export", "--out", str(history_file.parent.parent / "h.csv"))
    assert "Traceback" not in exported.stderr, exported.stderr
    assert exported.returncode in (0, 1), exported.stderr  # exit 1: some rows unreadable
    erased = cli("history", "erase", "--email", "o5@example.com")
    assert "Traceback" not in erased.stderr, erased.stderr
    assert "Erased" in erased.stdout
    # Every copy kept is cleaned, or named (exit 1): the set-aside damaged file too.
    holding = [p for p in history_file.parent.iterdir()
               if b"o5@example.com" in p.read_bytes().lower()]
    if erased.returncode == 0:
        assert holding == [], holding
    else:
        assert erased.returncode == 1, erased.stderr
        assert holding and all(str(p) in erased.stderr for p in holding
                               if not p.name.endswith("-wal")), (holding, erased.stderr)
        assert "delete it to erase them" in erased.stderr
