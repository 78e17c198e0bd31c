"""A genuine answer captured for one request and served back for another is caught."""

from __future__ import annotations

import time
from pathlib import Path

from licensegui.core.client import ApiClient, ClientConfig
from licensegui.core.envelope import Reason
from licensegui.core.history import HistoryStore
from licensegui.core.service import assign_and_verify, attempt_record, record
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest
from licensegui.sandbox import SandboxServer
from tests.helpers import FixedAnswerServer

FAST = ClientConfig(max_attempts=1)


def test_answer_replayed_for_another_request_is_not_verified(
        sandbox: SandboxServer, sandbox_trust: TrustStore, tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    client = ApiClient(config=FAST)
    key_a, key_b = sandbox.state.available_keys()[:2]
    first = assign_and_verify(client, sandbox.base_url, sandbox.state.api_key(),
                              AssignRequest(key_a, "Ann", "ann@example.com"), sandbox_trust, 300,
                              history=history)
    assert first.verdict.verified and first.verdict.code == 800
    first_id, problem = record(history, attempt_record("P", sandbox.base_url,
                                                       first.request, time.time(), first))
    assert problem is None

    # A man in the middle keeps that genuine 800 and serves it for the next assignment.
    replayer = FixedAnswerServer(first.http.body)
    try:
        second = assign_and_verify(client, replayer.base_url, sandbox.state.api_key(),
                                   AssignRequest(key_b, "Bob", "bob@example.com"),
                                   sandbox_trust, 300, history=history)
    finally:
        replayer.stop()
    assert second.verdict.signature_valid is True  # the signature itself is genuine
    assert not second.verdict.verified and second.verdict.reason == Reason.REPLAYED
    assert f"#{first_id}" in second.verdict.detail and key_a in second.verdict.detail
    assert not second.assigned
    assert sandbox.state.assignment(key_b) is None
    client.close()
    history.close_all()


def test_idempotent_retry_getting_the_stored_answer_is_not_a_replay(
        sandbox: SandboxServer, sandbox_trust: TrustStore, tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    client = ApiClient(config=FAST)
    request = AssignRequest(sandbox.state.available_keys()[0], "Ann", "ann@example.com")
    first = assign_and_verify(client, sandbox.base_url, sandbox.state.api_key(), request,
                              sandbox_trust, 300, history=history)
    record(history, attempt_record("P", sandbox.base_url, request, time.time(), first))
    again = assign_and_verify(client, sandbox.base_url, sandbox.state.api_key(), request,
                              sandbox_trust, 300, idempotency_key=first.http.idempotency_key,
                              first_sent_at=first.http.sent_at, history=history)
    assert again.http.body == first.http.body  # the server's stored answer, byte for byte
    assert again.verdict.verified and again.verdict.code == 800, again.verdict.detail
    client.close()
    history.close_all()


def test_same_request_with_a_new_idempotency_key_and_the_same_signature_is_a_replay(
        sandbox: SandboxServer, sandbox_trust: TrustStore, tmp_path: Path) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    client = ApiClient(config=FAST)
    request = AssignRequest(sandbox.state.available_keys()[0], "Ann", "ann@example.com")
    first = assign_and_verify(client, sandbox.base_url, sandbox.state.api_key(), request,
                              sandbox_trust, 300, history=history)
    record(history, attempt_record("P", sandbox.base_url, request, time.time(), first))
    replayer = FixedAnswerServer(first.http.body)
    try:
        second = assign_and_verify(client, replayer.base_url, "k", request, sandbox_trust, 300,
                                   history=history)
    finally:
        replayer.stop()
    assert second.verdict.reason == Reason.REPLAYED
    client.close()
    history.close_all()
