"""run_attempt with the ledger, over real HTTP to the sandbox and a real history file:
what is sent, what is not, and what the history says came of it."""

from __future__ import annotations

import socket
import threading
from contextlib import closing
from pathlib import Path
from typing import Any

from licensegui.core.cancel import CancelToken
from licensegui.core.history import HistoryStore
from licensegui.core.http.client import ApiClient, ClientConfig
from licensegui.core.ledger import Ledger
from licensegui.core.outcome import describe_known
from licensegui.core.service import AssignTarget, run_attempt
from licensegui.core.settings import Settings
from licensegui.core.text import When
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest
from licensegui.sandbox import SandboxServer
from tests.helpers.servers import BlackHole
from tests.helpers.waiting import cancel_once


def _target(base_url: str, api_key: str, key: str, owner: str = "Ann Lee",
            email: str = "ann@example.com") -> AssignTarget:
    return AssignTarget(base_url=base_url, api_key=api_key,
                        request=AssignRequest(key, owner, email), profile="p")


def test_an_already_assigned_request_returns_its_stored_signed_answer_unsent(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    key = sandbox.state.available_keys()[0]
    target = _target(sandbox.base_url, sandbox.state.api_key(), key)
    with closing(ApiClient()) as client:
        first = run_attempt(client, target, sandbox_trust, replay_window_s=300, history=history)
        again = run_attempt(client, target, sandbox_trust, replay_window_s=300, history=history)
    assert (first.outcome, first.sent) == ("assigned", True)
    assert (again.outcome, again.sent, again.attempt_id) == ("already_assigned", False,
                                                            first.attempt_id)
    assert again.result is not None and again.result.assigned  # the seal, verified again
    assert again.result.http.body == first.result.http.body  # type: ignore[union-attr]
    assert sandbox.seen.requests == 1
    words = describe_known(again.outcome, again.earlier)
    assert words is not None and "by this computer" in words.hint
    assert isinstance(words.hint.args["when"], When)  # type: ignore[attr-defined]


def test_cancelled_means_never_sent_and_unknown_means_it_went_out(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore) -> None:
    history = HistoryStore(tmp_path / "h.sqlite3")
    hole = BlackHole()
    try:
        token = CancelToken()
        hole.skip_unless_seen()
        cancel_once(token, hole.wait_for_connect)  # cancelled while stuck in connect
        with closing(ApiClient()) as client:
            never = run_attempt(client, _target(hole.base_url, "k", "AAAA-1"), sandbox_trust,
                                replay_window_s=300, history=history, cancel=token)
    finally:
        hole.close()
    assert (never.outcome, history.get(never.attempt_id).reason) == (  # type: ignore[union-attr,arg-type]
        "cancelled", "cancelled")
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        refused_url = f"http://127.0.0.1:{free.getsockname()[1]}/api/v1"
    with closing(ApiClient(config=ClientConfig(max_attempts=1))) as client:
        refused = run_attempt(client, _target(refused_url, "k", "AAAA-2"), sandbox_trust,
                              replay_window_s=300, history=history)
    assert refused.outcome == "not_sent"
    assert history.get(refused.attempt_id).reason == "network_error"  # type: ignore[union-attr,arg-type]

    key = sandbox.state.available_keys()[0]
    sandbox.faults.late_next, sandbox.faults.late_by_s = 1, 5.0  # done, answered late
    token = CancelToken()
    threading.Thread(target=lambda: (sandbox.seen.wait_for(lambda seen: seen.assignments, 10),
                                     token.cancel())).start()
    with closing(ApiClient()) as client:
        out = run_attempt(client, _target(sandbox.base_url, sandbox.state.api_key(), key),
                          sandbox_trust, replay_window_s=300, history=history, cancel=token)
    assert out.outcome == "unknown"
    assert history.get(out.attempt_id).reason == "unknown"  # type: ignore[union-attr,arg-type]
    assert [u.history_id for u in Ledger(history).pending()] == [out.attempt_id]


def test_the_idempotency_window_setting_is_validated() -> None:
    assert Settings().idempotency_window_s == 86_400
    assert Settings.from_json({"idempotency_window_s": 3600}).idempotency_window_s == 3600
    for bad in (0, -5, 10**9, "day", True, 1.5):
        try:
            Settings.from_json({"idempotency_window_s": bad})
        except ValueError as exc:
            assert "idempotency_window_s" in str(exc)
        else:
            raise AssertionError(f"{bad!r} accepted")


def test_the_stored_answer_is_shown_as_it_was_received(
        tmp_path: Path, signer: Any, trust: TrustStore) -> None:
    """``stored_result``: an earlier answer this computer kept, verified again from its bytes,
    with the request's own address, status, key and times (the receipt a front shows)."""
    import json
    from dataclasses import replace

    from licensegui.core.ledger import Earlier
    from licensegui.core.service import stored_result
    from tests.helpers.app import make_attempt

    body = json.dumps(signer.envelope({"code": 800, "message": "License key assigned",
                                       "timestamp": 1_700_000_000})).encode()
    history = HistoryStore(tmp_path / "history.sqlite3")
    kept = history.add(make_attempt(at=1_700_000_000.5, received_at=1_700_000_001.25,
                                    elapsed_ms=750, http_status=200, idempotency_key="idem-1",
                                    base_url="https://v.example/api/v1", raw_body=body))
    request = AssignRequest.from_input("abcd-1", "Test User", "t@example.com")
    earlier = Earlier(at=1_700_000_001.25, owner_name="Test User", email="t@example.com",
                      history_id=kept, idempotency_key="idem-1", outcome="assigned")
    result = stored_result(history, earlier, request, trust)
    assert result is not None
    http = result.http
    assert (http.url, http.status, http.body, http.content_type, http.idempotency_key,
            http.attempts, http.sent_at, http.received_at, http.elapsed_s) == (
        "https://v.example/api/v1", 200, body, "application/json", "idem-1", 0,
        1_700_000_000.5, 1_700_000_001.25, 0.75)
    assert result.verdict.verified and result.verdict.code == 800
    assert result.request == request
    # An attempt with no answer kept, or none at all: nothing to show.
    empty = history.add(make_attempt(raw_body=b""))
    assert stored_result(history, replace(earlier, history_id=empty), request, trust) is None
    assert stored_result(history, replace(earlier, history_id=None), request, trust) is None
