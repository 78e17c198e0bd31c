"""One contract for both ledger stores (issue 27): this computer's (SQLite, the history)
and the team's (PostgreSQL). Each answers the same questions the same way — what is known
as assigned, which request's outcome nobody knows yet, and which Idempotency-Key a request
gets — so the ledger can consult either, or both, and mean the same thing.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from licensegui.core.history import Attempt, HistoryStore
from licensegui.core.ledger import Ledger, RequestIdentity, spellings
from licensegui.core.validation import AssignRequest
from tests.helpers.postgres import ADMIN, Postgres

SERVER = "http://127.0.0.1:8080/api/v1"


class Store:
    """The contract's view of one backend."""

    def record(self, request: RequestIdentity, *, code: int | None, verified: bool,
               key: str, at: float, http_status: int | None = 200) -> None: ...

    def known(self, base_url: str, license_key: str) -> tuple[str, str] | None: ...

    def unknown(self, identity: RequestIdentity) -> str | None: ...

    def claim(self, identity: RequestIdentity, window_s: float,
              now: float) -> tuple[str, float | None]: ...


class SqliteStore(Store):
    def __init__(self, folder: Path) -> None:
        self.history = HistoryStore(folder / "history.sqlite3")

    def record(self, request: RequestIdentity, *, code: int | None, verified: bool,
               key: str, at: float, http_status: int | None = 200) -> None:
        self.history.add(Attempt(
            at=at, profile="p", base_url=request.base_url, license_key=request.license_key,
            owner_name=request.owner_name, email=request.email,
            http_status=http_status if code is not None else None, code=code, message=None,
            verified=verified, reason="verified" if code is not None else "unknown",
            detail="", idempotency_key=key, received_at=at if code is not None else None))

    def known(self, base_url: str, license_key: str) -> tuple[str, str] | None:
        found = Ledger(self.history).known_assignment(base_url, license_key)
        return (found.owner_name, found.email) if found else None

    def unknown(self, identity: RequestIdentity) -> str | None:
        found = Ledger(self.history).unknown_for(identity)
        return found.idempotency_key if found else None

    def claim(self, identity: RequestIdentity, window_s: float,
              now: float) -> tuple[str, float | None]:
        return Ledger(self.history, window_s=window_s, clock=lambda: now).claim(identity)

    def close(self) -> None:
        self.history.close_all()


class PostgresStore(Store):
    def __init__(self, server: Postgres) -> None:
        from licensegui.core.team import schema

        server.create_database()
        import psycopg

        with psycopg.connect(server.dsn(ADMIN), autocommit=True) as conn:
            schema.init(conn, [])
        self.server = server
        self.ledgers: list[object] = []
        self.team = self._ledger()
        self.local_id = 0

    def _ledger(self):  # type: ignore[no-untyped-def]
        from licensegui.core.runtime import team_ledger

        ledger = team_ledger(self.server.url(ADMIN), "s", password=self.server.passwords[ADMIN])
        self.ledgers.append(ledger)
        return ledger

    def record(self, request: RequestIdentity, *, code: int | None, verified: bool,
               key: str, at: float, http_status: int | None = 200) -> None:
        from licensegui.core.team.store import TeamRecord

        self.local_id += 1
        self.team.publish([("answered" if code is not None else "sent", TeamRecord(
            "installation", self.local_id, "s", "c", at, request.base_url,
            request.license_key, request.owner_name, request.email, key,
            http_status if code is not None else None, code, verified,
            "verified" if code is not None else "unknown", at if code is not None else None,
            None))])

    def known(self, base_url: str, license_key: str) -> tuple[str, str] | None:
        found = self.team.known_assignment(spellings(base_url), license_key)
        return (found.owner_name, found.email) if found else None

    def unknown(self, identity: RequestIdentity) -> str | None:
        found = self.team.unknown_for(spellings(identity.base_url), identity.license_key,
                                      identity.owner_name, identity.email)
        return found.idempotency_key if found else None

    def claim(self, identity: RequestIdentity, window_s: float,
              now: float) -> tuple[str, float | None]:
        ledger = self._ledger()  # its own connection, as another computer's
        return ledger.claim(identity.base_url, identity.license_key, identity.owner_name,  # type: ignore[attr-defined]
                            identity.email, window_s, now, "installation")

    def close(self) -> None:
        for ledger in self.ledgers:
            ledger.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def postgres() -> Iterator[Postgres]:
    if os.name == "nt":
        pytest.skip("the test server runs as another user")
    server = Postgres().start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    made: Store = (SqliteStore(tmp_path) if request.param == "sqlite"
                   else PostgresStore(request.getfixturevalue("postgres")))
    try:
        yield made
    finally:
        made.close()  # type: ignore[attr-defined]


def ask(key: str = "KEY-1", owner: str = "Ann", email: str = "ann@example.com",
        base_url: str = SERVER) -> RequestIdentity:
    return RequestIdentity.of(base_url, AssignRequest(key, owner, email))


def test_nothing_known_of_a_new_key(store: Store) -> None:
    assert store.known(SERVER, "KEY-1") is None
    assert store.unknown(ask()) is None


def test_the_newest_verified_assignment_is_known_however_the_server_is_spelled(
        store: Store) -> None:
    store.record(ask(owner="Old", email="old@example.com"), code=800, verified=True,
                 key="k1", at=100.0)
    store.record(ask(), code=800, verified=True, key="k2", at=200.0)
    store.record(ask(owner="Fake", email="f@example.com"), code=800, verified=False,
                 key="k3", at=300.0)  # not verified: never known
    store.record(ask(owner="Refused", email="r@example.com"), code=801, verified=True,
                 key="k4", at=400.0)  # refused: not an assignment
    for spelled in (SERVER, "http://localhost:8080/api/v1", "http://[::1]:8080/api/v1/"):
        assert store.known(spelled, "KEY-1") == ("Ann", "ann@example.com"), spelled
    assert store.known("http://127.0.0.1:9090/api/v1", "KEY-1") is None  # another server
    assert store.known(SERVER, "KEY-2") is None


def test_an_unknown_outcome_until_an_answer_for_its_key(store: Store) -> None:
    store.record(ask(), code=None, verified=False, key="lost", at=100.0)
    assert store.unknown(ask()) == "lost"
    assert store.unknown(ask(email="ANN@example.com")) == "lost"  # the same mailbox
    assert store.unknown(ask(owner="Bob")) is None  # another request
    # A 422 answers a re-send with another form, not the request: still unknown.
    store.record(ask(), code=400, verified=True, key="lost", at=150.0, http_status=422)
    assert store.unknown(ask()) == "lost"
    store.record(ask(), code=800, verified=True, key="lost", at=200.0)
    assert store.unknown(ask()) is None


def test_a_queued_answer_is_still_unknown(store: Store) -> None:
    store.record(ask(), code=807, verified=True, key="queued", at=100.0)
    assert store.unknown(ask()) == "queued"
    assert store.known(SERVER, "KEY-1") is None


def test_one_key_per_request_inside_the_window(store: Store) -> None:
    now = time.time()
    key, first = store.claim(ask(), 3600, now)
    assert first is None and uuid.UUID(key)
    assert store.claim(ask(), 3600, now + 10) == (key, pytest.approx(now))
    assert store.claim(ask(owner="Bob"), 3600, now + 10)[0] != key  # another request
    later, first = store.claim(ask(), 3600, now + 7200)  # outside it: a new request
    assert later != key and first is None


def test_claims_at_the_same_moment_agree(store: Store) -> None:
    now = time.time()
    keys: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def claim() -> None:
        start.wait()
        got = store.claim(ask(key="RACE-1"), 3600, now)[0]
        with lock:
            keys.append(got)

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(keys) == 8 and len(set(keys)) == 1
