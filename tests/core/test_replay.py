"""A genuine answer captured for one request and served back for another is caught."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from licensegui.core.client import ApiClient, ClientConfig
from licensegui.core.envelope import Reason
from licensegui.core.history import HistoryStore
from licensegui.core.service import AssignResult, assign_and_verify, attempt_record, record
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest
from licensegui.sandbox import SandboxServer
from tests.helpers import FixedAnswerServer

FAST = ClientConfig(max_attempts=1)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore(tmp_path / "h.sqlite3")
    yield store
    store.close_all()


@pytest.fixture
def client() -> Iterator[ApiClient]:
    c = ApiClient(config=FAST)
    yield c
    c.close()


def assigned_and_recorded(client: ApiClient, sandbox: SandboxServer, trust: TrustStore,
                          history: HistoryStore, request: AssignRequest) -> AssignResult:
    """A genuine, verified assignment, recorded as the fronts record it."""
    result = assign_and_verify(client, sandbox.base_url, sandbox.state.api_key(), request,
                               trust, 300, history=history)
    assert result.verdict.verified and result.verdict.code == 800
    _, problem = record(history, attempt_record("P", sandbox.base_url, request, time.time(),
                                                result))
    assert problem is None
    return result


def replayed(client: ApiClient, body: bytes, trust: TrustStore, history: HistoryStore,
             request: AssignRequest) -> AssignResult:
    """A man in the middle serves ``body`` (a genuine answer he kept) for ``request``."""
    replayer = FixedAnswerServer(body)
    try:
        return assign_and_verify(client, replayer.base_url, "k", request, trust, 300,
                                 history=history)
    finally:
        replayer.stop()


def test_answer_replayed_for_another_request_is_not_verified(
        sandbox: SandboxServer, sandbox_trust: TrustStore, history: HistoryStore,
        client: ApiClient) -> None:
    key_a, key_b = sandbox.state.available_keys()[:2]
    first = assigned_and_recorded(client, sandbox, sandbox_trust, history,
                                  AssignRequest(key_a, "Ann", "ann@example.com"))
    first_id = history.query()[0].id
    second = replayed(client, first.http.body, sandbox_trust, history,
                      AssignRequest(key_b, "Bob", "bob@example.com"))
    assert second.verdict.signature_valid is True  # the signature itself is genuine
    assert not second.verdict.verified and second.verdict.reason == Reason.REPLAYED
    assert f"#{first_id}" in second.verdict.detail and key_a in second.verdict.detail
    assert not second.assigned
    assert sandbox.state.assignment(key_b) is None


def test_idempotent_retry_getting_the_stored_answer_is_not_a_replay(
        sandbox: SandboxServer, sandbox_trust: TrustStore, history: HistoryStore,
        client: ApiClient) -> None:
    request = AssignRequest(sandbox.state.available_keys()[0], "Ann", "ann@example.com")
    first = assigned_and_recorded(client, sandbox, sandbox_trust, history, request)
    again = assign_and_verify(client, sandbox.base_url, sandbox.state.api_key(), request,
                              sandbox_trust, 300, idempotency_key=first.http.idempotency_key,
                              first_sent_at=first.http.sent_at, history=history)
    assert again.http.body == first.http.body  # the server's stored answer, byte for byte
    assert again.verdict.verified and again.verdict.code == 800, again.verdict.detail


def test_same_request_with_a_new_idempotency_key_and_the_same_signature_is_a_replay(
        sandbox: SandboxServer, sandbox_trust: TrustStore, history: HistoryStore,
        client: ApiClient) -> None:
    request = AssignRequest(sandbox.state.available_keys()[0], "Ann", "ann@example.com")
    first = assigned_and_recorded(client, sandbox, sandbox_trust, history, request)
    second = replayed(client, first.http.body, sandbox_trust, history, request)
    assert second.verdict.reason == Reason.REPLAYED
