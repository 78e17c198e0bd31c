"""The client over real HTTP against the sandbox (and a real TLS server made here)."""

from __future__ import annotations

import collections
import os
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from licensegui.core.cancel import CancelToken
from licensegui.core.envelope import Reason, verify_body
from licensegui.core.errors import (
    CancelledError,
    InsecureUrlError,
    NetworkError,
    ResponseTooLargeError,
)
from licensegui.core.http.client import ApiClient, ClientConfig
from licensegui.core.service import AssignTarget, assign_and_verify
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest
from licensegui.sandbox import SandboxServer
from tests.helpers.tls import self_signed_certificate
from tests.helpers.waiting import cancel_once, wait_until, waiting_on

FAST = ClientConfig(connect_timeout_s=2, read_timeout_s=2, max_attempts=3,
                    backoff_base_s=0.05, backoff_max_s=0.1)


def request_for(key: str) -> AssignRequest:
    return AssignRequest(key, "Test User", "test@example.com")


@pytest.fixture
def client() -> Iterator[ApiClient]:
    c = ApiClient(config=FAST)
    yield c
    c.close()


def test_assigns_and_sends_key_both_ways(
    sandbox: SandboxServer, sandbox_trust: TrustStore, client: ApiClient
) -> None:
    key = sandbox.state.available_keys()[0]
    result = assign_and_verify(client, AssignTarget(sandbox.base_url, sandbox.state.api_key(),
                                                    request_for(key)),
                               sandbox_trust, replay_window_s=300)
    assert result.assigned
    assert result.http.status == 200 and result.http.attempts == 1
    assert sandbox.seen.bearer_matches_form == [True]
    assert sandbox.seen.idempotency_keys == [result.http.idempotency_key]
    assert sandbox.state.assignment(key) == ("Test User", "test@example.com")


def test_second_assignment_is_refused_801(
    sandbox: SandboxServer, sandbox_trust: TrustStore, client: ApiClient
) -> None:
    key = sandbox.state.available_keys()[0]
    api = sandbox.state.api_key()
    assign_and_verify(client, AssignTarget(sandbox.base_url, api, request_for(key)),
                      sandbox_trust, replay_window_s=300)
    again = assign_and_verify(client, AssignTarget(sandbox.base_url, api, request_for(key)),
                              sandbox_trust, replay_window_s=300)
    assert again.verdict.verified and again.verdict.code == 801 and not again.assigned
    assert sandbox.seen.idempotency_keys[0] != sandbox.seen.idempotency_keys[1]


def test_wrong_api_key_gets_signed_100_with_401(
    sandbox: SandboxServer, sandbox_trust: TrustStore, client: ApiClient
) -> None:
    result = assign_and_verify(client, AssignTarget(sandbox.base_url, "wrong-key",
                                                    request_for("abcd-1")),
                               sandbox_trust, replay_window_s=300)
    assert result.http.status == 401
    assert result.verdict.verified and result.verdict.code == 100


def test_read_timeout_retries_with_the_same_idempotency_key(
    sandbox: SandboxServer, client: ApiClient
) -> None:
    sandbox.faults.delay_s = 5  # longer than FAST's 2 s read timeout
    with pytest.raises(NetworkError, match="did not answer in time. Tried 3 times"):
        client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"))
    keys = sandbox.seen.idempotency_keys
    assert len(keys) == 3 and len(set(keys)) == 1


def test_dropped_connection_is_retried_and_assigns_once(
    sandbox: SandboxServer, sandbox_trust: TrustStore, client: ApiClient
) -> None:
    sandbox.faults.drop_next = 1
    key = sandbox.state.available_keys()[0]
    result = assign_and_verify(client, AssignTarget(sandbox.base_url, sandbox.state.api_key(),
                                                    request_for(key)),
                               sandbox_trust, replay_window_s=300)
    assert result.assigned and result.http.attempts == 2
    assert "failed" in result.http.notes[0]
    assert sandbox.seen.requests == 2


def test_retry_after_a_timeout_is_answered_from_the_idempotency_store(
    sandbox: SandboxServer, sandbox_trust: TrustStore
) -> None:
    # First attempt: the server assigns but answers too late; the retry must not get 801.
    key = sandbox.state.available_keys()[0]
    sandbox.faults.late_next, sandbox.faults.late_by_s = 1, 3.0
    slow_first = ApiClient(config=ClientConfig(read_timeout_s=1, max_attempts=3,
                                               backoff_base_s=0.1, backoff_max_s=0.1))
    try:
        result = assign_and_verify(slow_first,
                                   AssignTarget(sandbox.base_url, sandbox.state.api_key(),
                                                request_for(key)),
                                   sandbox_trust, replay_window_s=300)
    except NetworkError:
        pytest.fail("the retries should have been answered")
    finally:
        slow_first.close()
    assert result.verdict.verified and result.verdict.code == 800
    assert result.http.attempts == 2
    assert len(sandbox.seen.idempotency_keys) == 2
    assert len(set(sandbox.seen.idempotency_keys)) == 1
    assert sandbox.state.assignment(key) == ("Test User", "test@example.com")


def test_429_with_retry_after_is_honoured(
    sandbox: SandboxServer, sandbox_trust: TrustStore, client: ApiClient
) -> None:
    sandbox.faults.throttle_next = 2
    sandbox.faults.retry_after = "1"
    key = sandbox.state.available_keys()[0]
    started = time.monotonic()
    result = assign_and_verify(client, AssignTarget(sandbox.base_url, sandbox.state.api_key(),
                                                    request_for(key)),
                               sandbox_trust, replay_window_s=300)
    waited = time.monotonic() - started
    assert result.assigned and result.http.attempts == 3
    assert [n.endswith("waited 1.0 s (Retry-After).") for n in result.http.notes] == [True, True]
    assert waited >= 2.0  # a lower bound: the client cannot have skipped the waits
    assert len(set(sandbox.seen.idempotency_keys)) == 1


def test_429_asking_for_too_long_a_wait_is_reported_not_waited(
    sandbox: SandboxServer, client: ApiClient
) -> None:
    sandbox.faults.throttle_next = 5
    sandbox.faults.retry_after = "3600"
    with pytest.raises(NetworkError, match="asks to wait 3600 s"):
        client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"))
    assert sandbox.seen.requests == 1


def test_429_exhausting_attempts(sandbox: SandboxServer, client: ApiClient) -> None:
    sandbox.faults.throttle_next = 10
    sandbox.faults.retry_after = None
    with pytest.raises(NetworkError, match="rate limited .HTTP 429.. Tried 3 times"):
        client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"))


@pytest.mark.parametrize("undeclared", [False, True], ids=["content-length", "streamed"])
def test_oversized_body_is_cut_off(
    sandbox: SandboxServer, client: ApiClient, undeclared: bool
) -> None:
    sandbox.faults.oversize_bytes = 3 * 1024 * 1024
    sandbox.faults.oversize_undeclared = undeclared
    with pytest.raises(ResponseTooLargeError, match="larger than 1024 KiB"):
        client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"))


def test_server_error_body_is_returned_and_not_verified(
    sandbox: SandboxServer, sandbox_trust: TrustStore, client: ApiClient
) -> None:
    sandbox.faults.error_status = 500
    result = assign_and_verify(client, AssignTarget(sandbox.base_url, sandbox.state.api_key(),
                                                    request_for("abcd-1")),
                               sandbox_trust, replay_window_s=300)
    assert result.http.status == 500
    assert not result.verdict.verified and result.verdict.reason == Reason.NOT_JSON


def test_tampering_mode_is_caught(
    sandbox: SandboxServer, sandbox_trust: TrustStore, client: ApiClient
) -> None:
    sandbox.faults.tamper = True
    result = assign_and_verify(client,
                               AssignTarget(sandbox.base_url, sandbox.state.api_key(),
                                            request_for(sandbox.state.available_keys()[0])),
                               sandbox_trust, replay_window_s=300)
    assert not result.verdict.verified
    assert result.verdict.reason == Reason.SIGNATURE_MISMATCH


def test_stale_timestamp_on_a_live_call(
    sandbox: SandboxServer, sandbox_trust: TrustStore, client: ApiClient
) -> None:
    sandbox.faults.timestamp_offset_s = -3600
    result = assign_and_verify(client,
                               AssignTarget(sandbox.base_url, sandbox.state.api_key(),
                                            request_for(sandbox.state.available_keys()[0])),
                               sandbox_trust, replay_window_s=300)
    assert result.verdict.reason == Reason.STALE and result.verdict.signature_valid


def test_cancel_interrupts_a_hung_request(sandbox: SandboxServer) -> None:
    sandbox.faults.hang = True
    client = ApiClient(config=ClientConfig(read_timeout_s=60, max_attempts=1))
    token = CancelToken()
    outcome: dict[str, Any] = {}

    def call() -> None:
        try:
            client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"),
                          cancel=token)
        except Exception as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=call)
    worker.start()
    sandbox.seen.wait_for(lambda seen: seen.requests >= 1, 5)
    assert sandbox.seen.requests == 1, "the request never reached the server"
    token.cancel()
    worker.join(timeout=10)  # generous bound: without cancel this would wait 60 s
    assert not worker.is_alive()
    assert isinstance(outcome.get("error"), CancelledError)
    client.close()


def test_cancel_during_backoff(sandbox: SandboxServer) -> None:
    client = ApiClient(config=ClientConfig(max_attempts=5, backoff_base_s=30, backoff_max_s=30))
    sandbox.faults.throttle_next = 5
    sandbox.faults.retry_after = "30"
    token = CancelToken()
    # Cancelled once the client sleeps in its backoff (30 s) after the first 429.
    cancel_once(token, lambda: wait_until(lambda: waiting_on(token), 10, "the backoff"))
    started = time.monotonic()
    with pytest.raises(CancelledError):
        client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"),
                      cancel=token)
    # A bound, not a benchmark: the wait it interrupts is 30 s.
    assert time.monotonic() - started < 10
    assert sandbox.seen.requests == 1
    client.close()


def test_cancel_reaches_a_reused_keep_alive_connection(sandbox: SandboxServer) -> None:
    client = ApiClient(config=ClientConfig(read_timeout_s=60, max_attempts=1))
    first = client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"))
    assert first.status == 200
    sandbox.faults.hang = True  # the second request rides the first one's open connection
    token = CancelToken()
    errors: list[Exception] = []

    def call() -> None:
        try:
            client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-2"),
                          cancel=token)
        except Exception as exc:
            errors.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    sandbox.seen.wait_for(lambda seen: seen.requests >= 2, 5)
    assert sandbox.seen.requests == 2
    token.cancel()
    worker.join(timeout=10)  # without the cancel reaching that socket: 60 s
    assert not worker.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], CancelledError)
    client.close()


def test_sent_at_is_the_first_attempts_send_time(
        sandbox: SandboxServer) -> None:
    client = ApiClient(config=ClientConfig(max_attempts=3, backoff_base_s=0.6,
                                           backoff_max_s=0.6))
    sandbox.faults.drop_next = 1
    before = time.time()
    result = client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"))
    assert result.attempts == 2
    # The retry waited ≥ 0.3 s (jittered half of 0.6): the first send is before that wait.
    assert before <= result.sent_at < before + 0.3 <= result.received_at
    client.close()


@pytest.mark.parametrize(
    "url",
    ["http://example.com/api/v1", "http://10.0.0.5/api/v1", "ftp://127.0.0.1/x", "file:///etc"],
)
def test_plain_http_is_refused_off_loopback(client: ApiClient, url: str) -> None:
    with pytest.raises(InsecureUrlError):
        client.assign(url, "k", request_for("abcd-1"))


# --- TLS: a real HTTPS server on 127.0.0.1 with a certificate made here ---------------------

class _Redirector(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    target = ""
    status = 307

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(self.status)
        self.send_header("Location", self.target)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def https_redirector(tmp_path: Path) -> Iterator[tuple[ThreadingHTTPServer, Path]]:
    cert, key = self_signed_certificate(tmp_path, ca=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Redirector)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server, cert
    server.shutdown()
    server.server_close()


def test_tls_verification_is_on(https_redirector: tuple[ThreadingHTTPServer, Path]) -> None:
    server, _ = https_redirector
    client = ApiClient(config=FAST)
    port = server.server_address[1]
    with pytest.raises(NetworkError, match=f"certificate of 127.0.0.1:{port} could not be"):
        client.assign(f"https://127.0.0.1:{port}/api/v1", "k", request_for("abcd-1"))
    client.close()


def test_redirect_from_https_to_http_is_refused(
    https_redirector: tuple[ThreadingHTTPServer, Path], sandbox: SandboxServer
) -> None:
    server, cert = https_redirector
    _Redirector.target = sandbox.base_url + "/assign-license-key"
    # Trust the test's CA, exactly as a reseller would trust a company proxy's CA.
    client = ApiClient(config=ClientConfig(ca_bundle=str(cert), max_attempts=1))
    with pytest.raises(InsecureUrlError, match="non-https"):
        client.assign(f"https://127.0.0.1:{server.server_address[1]}/api/v1", "k",
                      request_for("abcd-1"))
    assert sandbox.seen.requests == 0  # the API key never went over plain http
    client.close()


def test_redirect_to_another_host_is_not_followed(
    https_redirector: tuple[ThreadingHTTPServer, Path],
) -> None:
    server, cert = https_redirector
    _Redirector.target = "https://elsewhere.invalid/api/v1/assign-license-key"
    client = ApiClient(config=ClientConfig(ca_bundle=str(cert), max_attempts=1))
    with pytest.raises(NetworkError, match="not re-sent elsewhere"):
        client.assign(f"https://127.0.0.1:{server.server_address[1]}/api/v1", "k",
                      request_for("abcd-1"))
    client.close()


def test_a_live_answer_saved_and_reverified_later_still_verifies(
    sandbox: SandboxServer, sandbox_trust: TrustStore, client: ApiClient
) -> None:
    http = client.assign(sandbox.base_url, sandbox.state.api_key(),
                         request_for(sandbox.state.available_keys()[0]))
    later = verify_body(http.body, sandbox_trust, clock=lambda: http.received_at + 86_400)
    assert later.verified and not later.freshness_checked


def test_trickling_server_ends_at_the_deadline_and_is_retried(
        sandbox: SandboxServer) -> None:
    sandbox.faults.trickle_s = 0.3  # far inside the read timeout, never finishing in time
    client = ApiClient(config=ClientConfig(read_timeout_s=60, deadline_s=1.5, max_attempts=2,
                                           backoff_base_s=0.05, backoff_max_s=0.05))
    started = time.monotonic()
    with pytest.raises(NetworkError, match="too slow") as caught:
        client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"))
    took = time.monotonic() - started
    assert "no complete answer within 1.5 s. Tried 2 times" in str(caught.value)
    assert sandbox.seen.requests == 2
    # A bound, not a benchmark: without the deadline this takes minutes (one byte per 0.3 s).
    assert took < 20
    assert len(set(sandbox.seen.idempotency_keys)) == 1  # the retry is the same request
    client.close()


def test_cancel_still_works_while_trickling(sandbox: SandboxServer) -> None:
    sandbox.faults.trickle_s = 0.3
    client = ApiClient(config=ClientConfig(deadline_s=60, max_attempts=1))
    token = CancelToken()
    # Cancelled once the request is at the server, its answer trickling back.
    cancel_once(token, lambda: sandbox.seen.wait_for(lambda seen: seen.requests >= 1))
    started = time.monotonic()
    with pytest.raises(CancelledError):
        client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"),
                      cancel=token)
    assert time.monotonic() - started < 10  # the deadline is 60 s
    client.close()


def test_result_reports_what_came_back(sandbox: SandboxServer, client: ApiClient) -> None:
    before = time.monotonic()
    result = client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"))
    took = time.monotonic() - before
    assert result.url == sandbox.base_url + "/assign-license-key"
    assert result.content_type == "application/json"
    assert 0 < result.elapsed_s <= took
    assert result.attempts == 1 and result.sent_at <= result.received_at


def test_cancel_also_ends_the_abandoned_request(sandbox: SandboxServer) -> None:
    """Cancel returns at once by abandoning the request; the socket it was using is shut down
    too, so the abandoned thread ends instead of waiting out the read timeout."""
    client = ApiClient(config=ClientConfig(read_timeout_s=60, deadline_s=60, max_attempts=1))
    client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"))
    sandbox.faults.hang = True  # the next request rides the kept-alive connection
    token = CancelToken()
    before = set(threading.enumerate())
    # Cancelled once the second request hangs at the server.
    canceller = cancel_once(
        token, lambda: sandbox.seen.wait_for(lambda seen: seen.requests >= 2))
    with pytest.raises(CancelledError):
        client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-2"),
                      cancel=token)
    started = [t for t in set(threading.enumerate()) - before if t is not canceller]

    def abandoned() -> list[threading.Thread]:
        return [t for t in started if t.is_alive() and "sandbox" not in t.name.lower()]

    for thread in abandoned():  # a bound: without the shutdown, 60 s
        thread.join(10)
    assert abandoned() == []
    client.close()


def test_a_body_read_in_many_chunks_comes_back_byte_for_byte() -> None:
    from tests.helpers.servers import FixedAnswerServer

    body = bytes(range(256)) * 1_000  # 256 KB: several 64 KiB reads
    server = FixedAnswerServer(body)
    client = ApiClient(config=FAST)
    try:
        result = client.assign(server.base_url, "k", request_for("abcd-1"))
    finally:
        server.stop()
        client.close()
    assert result.body == body


def test_no_client_exists_before_the_os_trust_store_is_in_place() -> None:
    """Start-up no longer injects truststore (it cost the first paint): the first client does,
    before it makes a session. In a fresh interpreter: before it, ssl is the stock one."""
    code = ("import ssl, truststore\n"
            "from licensegui.core.http.client import ApiClient\n"
            "before = ssl.SSLContext is truststore.SSLContext\n"
            "ApiClient()\n"
            "print(before, ssl.SSLContext is truststore.SSLContext)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.split() == ["False", "True"]


class _WatchedEnviron(collections.UserDict):  # type: ignore[type-arg]
    """os.environ as it was, noting every write (a batch's workers share the environment)."""

    def __init__(self, data: dict[str, str]) -> None:
        super().__init__(data)
        self.writes: list[str] = []

    def __setitem__(self, key: str, value: str) -> None:
        if hasattr(self, "writes"):
            self.writes.append(f"set {key}")
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.writes.append(f"delete {key}")
        super().__delitem__(key)


def test_a_loopback_server_is_reached_past_the_environments_proxies_without_touching_it(
        sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> None:
    # Proxies that lead nowhere: a request sent through one would fail to connect.
    dead = "http://127.0.0.1:9"
    environ = _WatchedEnviron({**os.environ, "HTTP_PROXY": dead, "HTTPS_PROXY": dead,
                               "ALL_PROXY": dead, "http_proxy": dead, "all_proxy": dead})
    environ.pop("NO_PROXY", None)
    environ.pop("no_proxy", None)
    monkeypatch.setattr(os, "environ", environ)
    client = ApiClient(config=ClientConfig(max_attempts=1))
    try:
        result = client.assign(sandbox.base_url, sandbox.state.api_key(), request_for("abcd-1"))
    finally:
        client.close()
    assert result.status == 200 and sandbox.seen.requests == 1
    # Nothing written, so nothing for another thread to trip over (it set and deleted
    # no_proxy around every request, and batch workers died of the KeyError).
    assert environ.writes == []
