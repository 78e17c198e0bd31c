"""A genuine answer captured for one request and served back for another is caught."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from licensegui.core.envelope import Reason
from licensegui.core.history import HistoryStore
from licensegui.core.http.client import ApiClient, ClientConfig
from licensegui.core.service import (
    SAME_SECOND_S,
    AssignResult,
    AssignTarget,
    Resend,
    assign_and_verify,
    attempt_record,
    check_replay,
    record,
)
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest
from licensegui.sandbox import SandboxServer
from tests.helpers.app import age_history
from tests.helpers.servers import FixedAnswerServer

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
    result = assign_and_verify(client, AssignTarget(sandbox.base_url, sandbox.state.api_key(),
                                                    request),
                               trust, replay_window_s=300, history=history)
    assert result.verdict.verified and result.verdict.code == 800
    _, problem = record(history, attempt_record("P", sandbox.base_url, request, time.time(),
                                                result))
    assert problem is None
    return result


def replayed(client: ApiClient, first: AssignResult, trust: TrustStore, history: HistoryStore,
             request: AssignRequest) -> AssignResult:
    """A man in the middle serves ``first``'s body (a genuine answer he kept) for ``request``,
    more than a second after it arrived (within that second, two genuine answers can be
    byte-identical: see the same-second tests below)."""
    age_history(history.path, SAME_SECOND_S + 1)  # as if that second had passed
    replayer = FixedAnswerServer(first.http.body)
    try:
        return assign_and_verify(client, AssignTarget(replayer.base_url, "k", request),
                                 trust, replay_window_s=300, history=history)
    finally:
        replayer.stop()


def test_answer_replayed_for_another_request_is_not_verified(
        sandbox: SandboxServer, sandbox_trust: TrustStore, history: HistoryStore,
        client: ApiClient) -> None:
    key_a, key_b = sandbox.state.available_keys()[:2]
    first = assigned_and_recorded(client, sandbox, sandbox_trust, history,
                                  AssignRequest(key_a, "Ann", "ann@example.com"))
    first_id = history.query()[0].id
    second = replayed(client, first, sandbox_trust, history,
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
    again = assign_and_verify(client, AssignTarget(sandbox.base_url, sandbox.state.api_key(),
                                                   request),
                              sandbox_trust, replay_window_s=300,
                              resend=Resend(first.http.idempotency_key, first.http.sent_at),
                              history=history)
    assert again.http.body == first.http.body  # the server's stored answer, byte for byte
    assert again.verdict.verified and again.verdict.code == 800, again.verdict.detail


def test_a_resend_under_its_own_key_long_after_the_first_answer_is_not_a_replay(
        sandbox: SandboxServer, sandbox_trust: TrustStore, history: HistoryStore,
        client: ApiClient) -> None:
    """The same request sent again under its own Idempotency-Key, with no first-send time
    to measure from (a row recorded before it was kept), a minute after the first answer:
    the server's stored answer, byte for byte, is this request's own. Only the request's
    key tells it from a replay: checking with any other key calls it replayed."""
    from licensegui.core.history import Attempt

    request = AssignRequest(sandbox.state.available_keys()[0], "Ann", "ann@example.com")
    target = AssignTarget(sandbox.base_url, sandbox.state.api_key(), request)
    first = assign_and_verify(client, target, sandbox_trust, replay_window_s=300)
    assert first.verdict.verified and first.verdict.signature
    idem = first.http.idempotency_key
    history.add(Attempt(at=first.http.sent_at - 60, profile="P", base_url=sandbox.base_url,
                        license_key=request.license_key, owner_name="Ann",
                        email="ann@example.com", http_status=200, code=800, message="ok",
                        verified=True, reason="verified", detail="", elapsed_ms=20,
                        idempotency_key=idem, signature=first.verdict.signature,
                        received_at=first.http.received_at - 60))
    again = assign_and_verify(client, target, sandbox_trust, replay_window_s=300,
                              resend=Resend(idem), history=history)
    assert again.http.idempotency_key == idem and again.http.body == first.http.body
    assert again.verdict.verified and again.verdict.code == 800, again.verdict.detail


def test_same_request_with_a_new_idempotency_key_and_the_same_signature_is_a_replay(
        sandbox: SandboxServer, sandbox_trust: TrustStore, history: HistoryStore,
        client: ApiClient) -> None:
    request = AssignRequest(sandbox.state.available_keys()[0], "Ann", "ann@example.com")
    first = assigned_and_recorded(client, sandbox, sandbox_trust, history, request)
    second = replayed(client, first, sandbox_trust, history, request)
    assert second.verdict.reason == Reason.REPLAYED


def test_genuine_answers_signed_in_the_same_second_are_both_verified(
        sandbox: SandboxServer, sandbox_trust: TrustStore, history: HistoryStore,
        client: ApiClient) -> None:
    """A batch gets many byte-identical genuine answers (same code, message and second)."""
    keys = sandbox.state.available_keys()[:4]
    bodies, verdicts = [], []
    for i, key in enumerate(keys):
        result = assign_and_verify(client, AssignTarget(sandbox.base_url, sandbox.state.api_key(),
                                                        AssignRequest(key, f"Owner {i}",
                                                                      f"o{i}@example.com")),
                                   sandbox_trust, replay_window_s=300, history=history)
        record(history, attempt_record("P", sandbox.base_url, result.request,
                                       result.http.sent_at, result))
        bodies.append(result.http.body)
        verdicts.append(result.verdict)
    assert len(set(bodies)) < len(bodies), "expected identical answers within one second"
    assert all(v.verified and v.code == 800 for v in verdicts), [v.reason for v in verdicts]
    assert all(sandbox.state.assignment(k) for k in keys)


def _seen_answer(history: HistoryStore, received_at: float, signature: str) -> None:
    from licensegui.core.history import Attempt

    history.add(Attempt(at=received_at - 0.2, profile="P", base_url="http://127.0.0.1:1",
                        license_key="EARLIER-KEY", owner_name="A", email="a@example.com",
                        http_status=200, code=800, message="ok", verified=True, reason="ok",
                        detail="", elapsed_ms=200, idempotency_key="first-key",
                        signature=signature, received_at=received_at))


def test_replay_boundary_is_one_second_after_the_earlier_answer_arrived(
        history: HistoryStore) -> None:
    from licensegui.core.envelope import Verdict

    _seen_answer(history, 1_000.0, "SIG")
    genuine = Verdict(True, Reason.VERIFIED, "ok", signature="SIG")
    at_edge = check_replay(genuine, "other-key", history, sent_at=1_000.0 + SAME_SECOND_S)
    assert at_edge.verified
    after = check_replay(genuine, "other-key", history, sent_at=1_000.0 + SAME_SECOND_S + 0.01)
    assert not after.verified and after.reason == Reason.REPLAYED and "EARLIER-KEY" in after.detail
    same_request = check_replay(genuine, "first-key", history, sent_at=5_000.0)
    assert same_request.verified


def test_replay_check_estimates_arrival_for_rows_recorded_before_it_was_kept(
        history: HistoryStore) -> None:
    from licensegui.core.envelope import Verdict
    from licensegui.core.history import Attempt

    history.add(Attempt(at=1_000.0, profile="P", base_url="http://127.0.0.1:1",
                        license_key="OLD-KEY", owner_name="A", email="a@example.com",
                        http_status=200, code=800, message="ok", verified=True, reason="ok",
                        detail="", elapsed_ms=500, idempotency_key="old", signature="S2"))
    genuine = Verdict(True, Reason.VERIFIED, "ok", signature="S2")
    # Arrived about 1,000.5: a request sent at 1,001.5 may still get the same answer ...
    assert check_replay(genuine, "new", history, sent_at=1_001.5).verified
    # ... one sent at 1,001.6 may not.
    assert not check_replay(genuine, "new", history, sent_at=1_001.6).verified
