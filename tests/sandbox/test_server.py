from __future__ import annotations

import json
from pathlib import Path

import requests

from licensegui.core.envelope import verify_body
from licensegui.core.trust import TrustStore
from licensegui.sandbox import SandboxServer


def post(
    sandbox: SandboxServer, key: str, idem: str | None = None, **form: str
) -> requests.Response:
    data = {"api_key": sandbox.state.api_key(), "license_key": key, "owner_name": "A",
            "email": "a@example.com", **form}
    headers = {"Idempotency-Key": idem} if idem else {}
    return requests.post(sandbox.base_url + "/assign-license-key", data=data, headers=headers,
                         timeout=5)


def test_answers_are_signed_php_style(sandbox: SandboxServer, sandbox_trust: TrustStore) -> None:
    resp = post(sandbox, sandbox.state.available_keys()[0])
    assert resp.status_code == 200
    assert b'"response_base64":"' in resp.content  # compact, as PHP writes it
    verdict = verify_body(resp.content, sandbox_trust)
    assert verdict.verified and verdict.code == 800


def test_idempotency_same_key_same_payload(sandbox: SandboxServer) -> None:
    keys = sandbox.state.available_keys()
    first = post(sandbox, keys[0], idem="k1")
    again = post(sandbox, keys[0], idem="k1")
    assert first.content == again.content
    assert sandbox.state.available_keys() == keys[1:]
    other = post(sandbox, keys[1], idem="k1")
    assert other.status_code == 422
    assert json.loads(other.content)["response"]["code"] == 400
    assert sandbox.state.available_keys() == keys[1:]


def test_without_idempotency_key_second_call_is_801(sandbox: SandboxServer) -> None:
    key = sandbox.state.available_keys()[0]
    post(sandbox, key)
    assert json.loads(post(sandbox, key).content)["response"]["code"] == 801


def test_wrong_api_key_is_signed_100_with_401(
    sandbox: SandboxServer, sandbox_trust: TrustStore
) -> None:
    resp = post(sandbox, sandbox.state.available_keys()[0], api_key="nope")
    assert resp.status_code == 401
    verdict = verify_body(resp.content, sandbox_trust)
    assert verdict.verified and verdict.code == 100
    assert len(sandbox.state.available_keys()) == 5


def test_state_and_key_survive_a_restart(tmp_path: Path) -> None:
    first = SandboxServer(tmp_path / "s").start()
    key = first.state.available_keys()[0]
    post(first, key)
    pem, api_key = first.signer.public_pem(), first.state.api_key()
    first.stop()
    second = SandboxServer(tmp_path / "s").start()
    try:
        assert second.signer.public_pem() == pem and second.state.api_key() == api_key
        assert key not in second.state.available_keys()
        assert second.info()["public_key_path"].endswith("sandbox-public.pem")
    finally:
        second.stop()


def test_unknown_endpoint_404(sandbox: SandboxServer) -> None:
    resp = requests.post(sandbox.base_url + "/nope", timeout=5)
    assert resp.status_code == 404


def test_a_request_cut_off_mid_body_is_not_acted_on(sandbox: SandboxServer) -> None:
    """A cancelled client can leave half a form behind; a real server never runs it (acting
    on it would assign the key to a truncated owner)."""
    import socket
    from urllib.parse import urlencode, urlsplit

    key = sandbox.state.available_keys()[0]
    body = urlencode({"api_key": sandbox.state.api_key(), "license_key": key,
                      "owner_name": "Whole Name", "email": "whole@example.com"}).encode()
    url = urlsplit(sandbox.base_url)
    with socket.create_connection((url.hostname, url.port)) as sock:
        sock.sendall(f"POST {url.path}/assign-license-key HTTP/1.1\r\nHost: x\r\n"
                     f"Content-Type: application/x-www-form-urlencoded\r\n"
                     f"Content-Length: {len(body)}\r\n\r\n".encode() + body[:-12])
        sock.shutdown(socket.SHUT_WR)
        assert sock.recv(1024) == b""  # closed without an answer
    assert sandbox.seen.wait_for(lambda seen: seen.handled == 1, 10)  # the handler gave up
    assert sandbox.state.assignment(key) is None
    assert sandbox.seen.assignments == []
