"""A half-done batch journal damaged for real (bytes, truncation, a dropped table, every
column garbled, garbled meta, a missing Idempotency-Key), then resumed by the real
``licensegui-cli batch``: never a traceback, never exit 0 with rows unassigned — and the
damaged journal is refused before anything is sent, with a sentence and the command that
exports what it still holds."""

from __future__ import annotations

import csv
import json
import os
import random
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from licensegui.sandbox import SandboxServer
from tests.helpers.cli import cli
from tests.helpers.servers import DroppingProxy

ROWS = 14


@dataclass
class HalfDone:
    sandbox: SandboxServer
    proxy: DroppingProxy
    orders: Path
    journal: bytes
    env: dict[str, str]
    #: A row in each state: (pending, sent, done) row numbers.
    pending: int
    sent: int
    done: int

    def args(self, journal: Path, *extra: str) -> list[str]:
        return ["batch", str(self.orders), "--base-url", self.proxy.base_url, "--global-key",
                str(self.sandbox.public_key_path), "--journal", str(journal),
                "--concurrency", "1", "--timeout", "2", *extra]


@pytest.fixture(scope="module")
def half_done(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HalfDone]:
    """A batch stopped by a network failure: four rows answered, five sent with no answer
    (the line went down after the server acted), the rest pending — made by the real CLI."""
    base = tmp_path_factory.mktemp("half-done")
    sandbox = SandboxServer(base / "sandbox").start()
    sandbox.state.ensure_available(ROWS)
    keys = sandbox.state.available_keys()[:ROWS]
    lines = ["Order;License Key;Owner Name;E-mail"]
    lines += [f"{i};{k};Ówner {i};o{i}@example.com" for i, k in enumerate(keys)]
    lines += [f"{ROWS};not a key;Invalid;bad@example.com", f"{ROWS + 1};{keys[0]};Dup;d@x.org"]
    orders = base / "orders.csv"
    orders.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    proxy = DroppingProxy(sandbox.base_url, drop=lambda n: n > 4)
    journal = base / "j.sqlite3"
    env = {"LICENSEGUI_API_KEY": sandbox.state.api_key(), "LICENSEGUI_HOME": str(base / "h")}
    made = HalfDone(sandbox, proxy, orders, b"", env, 0, 0, 0)
    try:
        first = cli(*made.args(journal, "--no-history", "--json"), env=env, timeout=120)
        assert first.returncode == 3, first.stderr
        conn = sqlite3.connect(journal)
        states = dict(conn.execute("SELECT state, MIN(n) FROM rows GROUP BY state").fetchall())
        conn.close()
        assert {"pending", "sent", "done", "invalid", "duplicate"} <= set(states), states
        made.pending, made.sent, made.done = states["pending"], states["sent"], states["done"]
        made.journal = journal.read_bytes()
        proxy.drop = lambda n: False  # the line is back: a sound journal would now finish
        yield made
    finally:
        proxy.stop()
        sandbox.stop()


Damage = Callable[[Path, HalfDone], None]


def _sql(statement: str, *args: object) -> Damage:
    def damage(path: Path, made: HalfDone) -> None:
        values = [getattr(made, a) if isinstance(a, str) and a in ("pending", "sent", "done")
                  else a for a in args]
        conn = sqlite3.connect(path)
        conn.execute(statement, values)
        conn.commit()
        conn.close()
    return damage


#: The rows table's columns some case garbles (the journal's own schema is checked against it).
GARBLED: set[str] = set()


def _garble(column: str, row: str, value: object) -> Damage:
    GARBLED.add(column)
    return _sql(f"UPDATE rows SET {column} = ? WHERE n = ?", value, row)


NOT_UTF8 = b"\xff\xfe\xc3("  # SQLite stores these bytes as TEXT when cast so


def _garble_text(column: str, row: str) -> Damage:
    GARBLED.add(column)
    return _sql(f"UPDATE rows SET {column} = CAST(? AS TEXT) WHERE n = ?", NOT_UTF8, row)


def _replace_bytes(old: bytes, new: bytes) -> Damage:
    """Flip bytes where a row's text is stored, as a bad sector or a bit flip would."""
    def damage(path: Path, _made: HalfDone) -> None:
        data = path.read_bytes()
        assert old in data
        path.write_bytes(data.replace(old, new))
    return damage


def _flip_random(count: int, seed: int) -> Damage:
    def damage(path: Path, _made: HalfDone) -> None:
        data = bytearray(path.read_bytes())
        rng = random.Random(seed)
        for _ in range(count):
            at = rng.randrange(100, len(data))  # past the header: it is checked on its own
            data[at] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
    return damage


def _truncate(size: int | None) -> Damage:
    def damage(path: Path, _made: HalfDone) -> None:
        length = path.stat().st_size
        os.truncate(path, size if size is not None else length // 2)
    return damage


def _zero_page(page: int) -> Damage:
    def damage(path: Path, _made: HalfDone) -> None:
        data = bytearray(path.read_bytes())
        size = int.from_bytes(data[16:18], "big")
        data[(page - 1) * size:page * size] = bytes(size)
        path.write_bytes(bytes(data))
    return damage


# Each is refused: exit 2, "damaged", nothing sent, the file left as it is.
REFUSED: dict[str, Damage] = {
    "bytes of a pending row's text flipped": _replace_bytes("Ówner 11".encode(),
                                                            b"\xff\xfewner 11"),
    "bytes of an answered row's text flipped": _replace_bytes('"Ówner 2"'.encode(),
                                                              b'"\xc3\x28wner 2"'),
    "truncated to half": _truncate(None),
    "truncated to its first page": _truncate(4096),
    "a page zeroed": _zero_page(2),
    "the rows table dropped": _sql("DROP TABLE rows"),
    "the meta table dropped": _sql("DROP TABLE meta"),
    # Every column of a row, garbled (the row that uses it: pending, sent or answered).
    "line": _garble("line", "pending", "twelve"),
    "fields not JSON": _garble("fields", "pending", "not json ["),
    "fields not UTF-8": _garble_text("fields", "done"),
    "license_key": _garble_text("license_key", "pending"),
    "owner_name": _garble_text("owner_name", "sent"),
    "email": _garble_text("email", "done"),
    "email one byte 0xFF": _sql("UPDATE rows SET email = CAST(X'FF' AS TEXT) WHERE n = ?",
                                "pending"),
    "state unknown": _garble("state", "pending", "frozen"),
    "status unknown": _garble("status", "done", "asigned"),
    "reason": _garble_text("reason", "sent"),
    "detail": _garble_text("detail", "done"),
    "idempotency_key of a pending row missing": _garble("idempotency_key", "pending", None),
    "idempotency_key of a sent row missing": _garble("idempotency_key", "sent", None),
    "idempotency_key not UTF-8": _garble_text("idempotency_key", "sent"),
    "first_sent_at": _garble("first_sent_at", "sent", "yesterday"),
    "sends": _garble("sends", "sent", "many"),
    "http_status": _garble("http_status", "done", "OK"),
    "code": _garble("code", "done", "eight hundred"),
    "message": _garble_text("message", "done"),
    "verified": _garble("verified", "done", "yes"),
    "signed_at": _garble("signed_at", "done", "noon"),
    "raw_body": _garble("raw_body", "done", "a text, not the answer's bytes"),
    "answered_at": _garble("answered_at", "done", "later"),
    "detail_words not text": _garble("detail_words", "done", b"\x00words"),  # a BLOB
    "detail_words not UTF-8": _garble_text("detail_words", "done"),
    # Garbled metadata.
    "meta header": _sql("UPDATE meta SET value = 'not json' WHERE name = 'header'"),
    "meta created_at": _sql("UPDATE meta SET value = 'soon' WHERE name = 'created_at'"),
    "meta batch_id": _sql("UPDATE meta SET value = CAST(? AS TEXT) WHERE name = 'batch_id'",
                          NOT_UTF8),
    "meta profile missing": _sql("DELETE FROM meta WHERE name = 'profile'"),
    "meta base_url": _sql("UPDATE meta SET value = 42 WHERE name = 'base_url'"),
    "meta input_sha256": _sql("UPDATE meta SET value = 'zz' WHERE name = 'input_sha256'"),
}
#: Damage that may land anywhere (it may leave the journal usable): only the promise holds.
ANYWHERE: dict[str, Damage] = {
    f"20 random bits flipped (seed {seed})": _flip_random(20, seed) for seed in (1, 2, 3)
}


def _resume(half_done: HalfDone, tmp_path: Path, damage: Damage) -> tuple[
        Path, bytes, object, int]:
    journal = tmp_path / "j.sqlite3"
    journal.write_bytes(half_done.journal)
    damage(journal, half_done)
    damaged = journal.read_bytes()
    before = half_done.sandbox.seen.requests
    result = cli(*half_done.args(journal, "--out", str(tmp_path / "r.csv"), "--json"),
                 env=half_done.env | {"LICENSEGUI_HOME": str(tmp_path / "home")}, timeout=120)
    return journal, damaged, result, before


def _assert_the_promise(result: object, tmp_path: Path) -> None:
    """No traceback; exit 0 only with every valid row assigned."""
    assert "Traceback" not in result.stderr, result.stderr  # type: ignore[attr-defined]
    assert result.returncode in (0, 1, 2, 3), result.stderr  # type: ignore[attr-defined]
    if result.returncode == 0:  # type: ignore[attr-defined]
        with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as handle:
            statuses = [r["status"] for r in csv.DictReader(handle, delimiter=";")]
        assert statuses and all(s == "assigned" for s in statuses)


def test_every_column_of_the_rows_table_is_garbled_by_some_case(half_done: HalfDone,
                                                               tmp_path: Path) -> None:
    """The cases above cover the journal as this version writes it: a column added later
    without a case here fails this test."""
    journal = tmp_path / "j.sqlite3"
    journal.write_bytes(half_done.journal)
    conn = sqlite3.connect(journal)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(rows)")}
    conn.close()
    assert len(columns) > 10
    assert columns - {"n"} <= GARBLED, sorted(columns - GARBLED)  # n: how a row is addressed


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_damaged_journal_is_refused_before_anything_is_sent(
        half_done: HalfDone, tmp_path: Path, name: str) -> None:
    journal, damaged, result, before = _resume(half_done, tmp_path, REFUSED[name])
    _assert_the_promise(result, tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert half_done.sandbox.seen.requests == before, "a request went out"
    assert "is damaged" in result.stderr and "nothing was sent" in result.stderr, result.stderr
    assert journal.read_bytes() == damaged  # left as it is
    assert not (tmp_path / "r.csv").exists()


@pytest.mark.parametrize("name", list(ANYWHERE))
def test_damage_anywhere_never_crashes_nor_claims_success(
        half_done: HalfDone, tmp_path: Path, name: str) -> None:
    """Either refused before anything is sent (exit 2), or used: then every row went out
    under one Idempotency-Key (the one the journal kept), and every row this run sent and
    the journal calls assigned belongs to the owner it sent. (Not found: a flip that leaves
    valid text in the input cells a row carries into the results, which then disagree with
    what was sent; nor a flipped code of an answered row. The journal keeps no checksum
    per row.)"""
    seen_before = len(half_done.sandbox.seen.assignments)
    journal, damaged, result, before = _resume(half_done, tmp_path, ANYWHERE[name])
    _assert_the_promise(result, tmp_path)
    if result.returncode == 2:
        assert half_done.sandbox.seen.requests == before, "refused, yet a request went out"
        assert "is damaged" in result.stderr and "nothing was sent" in result.stderr, \
            result.stderr
        assert journal.read_bytes() == damaged
        return
    assert result.returncode in (0, 1, 3), result.stderr
    sent: dict[str, set[str]] = {}
    for license_key, idem, _ in half_done.sandbox.seen.assignments[seen_before:]:
        sent.setdefault(license_key, set()).add(idem)
    assert all(len(ids) == 1 for ids in sent.values()), sent  # never sent as a new request
    conn = sqlite3.connect(journal)
    answered = conn.execute("SELECT license_key, owner_name, email FROM rows"
                            " WHERE status = 'assigned'").fetchall()
    conn.close()
    for license_key, owner, email in answered:  # what this run sent and calls assigned
        if license_key in sent:
            assert half_done.sandbox.state.assignment(license_key) == (owner, email)


def test_the_refusal_offers_an_export_of_the_readable_rows(
        half_done: HalfDone, tmp_path: Path) -> None:
    journal, _damaged, result, _before = _resume(
        half_done, tmp_path, REFUSED["state unknown"])
    assert result.returncode == 2
    command = f"licensegui-cli journal export {journal} --out ROWS.csv"
    assert command in result.stderr, result.stderr
    rows_csv = tmp_path / "rows.csv"
    exported = cli("journal", "export", str(journal), "--out", str(rows_csv))
    assert exported.returncode == 1, exported.stderr  # one row could not be read
    assert "Traceback" not in exported.stderr
    assert "15 readable row(s)" in exported.stdout and "1 could not be read" in exported.stdout
    with open(rows_csv, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    states = {r["state"] for r in rows}
    assert {"done", "sent", "pending", "invalid", "duplicate"} <= states
    # What a person reconciling by hand needs: what was sent, under which key, answered how.
    done = next(r for r in rows if r["state"] == "done")
    assert done["status"] == "assigned" and done["code"] == "800" and done["idempotency_key"]
    assert os.stat(rows_csv).st_mode & 0o777 == 0o600


def test_a_sound_copy_of_the_same_journal_resumes_and_finishes(
        half_done: HalfDone, tmp_path: Path) -> None:
    """The control: undamaged, the same journal resumes (so the refusals above are the
    damage's doing). It runs last: it assigns the rest of the batch."""
    _journal, _damaged, result, _before = _resume(half_done, tmp_path, lambda p, m: None)
    assert result.returncode == 1, result.stderr  # the invalid and duplicate rows
    data = json.loads(result.stdout)
    assert data["assigned"] == ROWS and data["not_sent"] == 0
