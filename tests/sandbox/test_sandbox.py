"""The sandbox's signer writes envelopes exactly as Key Manager does, and keeps its identity."""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from licensegui.core.envelope import verify_body
from licensegui.core.errors import KeyFileError
from licensegui.core.trust import TrustStore
from licensegui.sandbox.signer import Signer, php_json


def test_php_json_is_compact_ascii_with_escaped_slashes() -> None:
    assert php_json({"m": "a/b", "n": "Müller", "c": 800}) == (
        '{"m":"a\\/b","n":"M\\u00fcller","c":800}')


def test_envelope_verifies_and_carries_the_payload(signer: Signer) -> None:
    payload = {"code": 800, "message": "License key assigned", "timestamp": 1_700_000_000}
    env = signer.envelope(payload)
    assert env["response"] == payload
    assert json.loads(base64.b64decode(env["response_base64"])) == payload
    assert env["private_key_used"] == "global"
    trust = TrustStore.from_pems({"global": signer.public_pem()})
    verdict = verify_body(json.dumps(env), trust)
    assert verdict.verified
    assert verdict.code == 800


def test_envelope_of_another_key_does_not_verify(signer: Signer, other_signer: Signer) -> None:
    env = other_signer.envelope({"code": 800, "message": "x", "timestamp": 1})
    trust = TrustStore.from_pems({"global": signer.public_pem()})
    assert not verify_body(json.dumps(env), trust).verified


def test_load_or_create_keeps_the_identity_in_a_private_file(tmp_path: Path) -> None:
    path = tmp_path / "sandbox-key.pem"
    first = Signer.load_or_create(path, bits=1024)
    again = Signer.load_or_create(path)
    assert again.public_pem() == first.public_pem()
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_load_or_create_refuses_a_non_rsa_key(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    path = tmp_path / "ec.pem"
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    with pytest.raises(KeyFileError, match="it is no RSA private key") as raised:
        Signer.load_or_create(path)
    assert str(path) in str(raised.value)  # the sentence names the file


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and FIFOs")
@pytest.mark.parametrize("kind", ["fifo", "link to a key", "dangling link", "garbage", "huge"])
def test_load_or_create_never_blocks_follows_or_reads_without_end(
        tmp_path: Path, kind: str) -> None:
    """The attacker's pass: a FIFO in the key's place hung the demo's start (and the quit
    that waits for it); a link was read, or written through; a huge file was read whole."""
    path, elsewhere = tmp_path / "sandbox-private.pem", tmp_path / "elsewhere.pem"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "link to a key":
        Signer.load_or_create(elsewhere)
        path.symlink_to(elsewhere)
    elif kind == "dangling link":
        path.symlink_to(elsewhere)
    elif kind == "garbage":
        path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nnot base64\n")
    else:
        with open(path, "wb") as handle:
            handle.truncate(200 * 1024 * 1024)  # sparse: nothing of it read
    with pytest.raises(KeyFileError, match="cannot be used") as raised:
        Signer.load_or_create(path)
    assert str(path) in str(raised.value)
    if kind == "dangling link":
        assert not elsewhere.exists()  # nothing written through the link
