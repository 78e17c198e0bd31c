from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licensegui.core.envelope import Freshness, Reason, verify_body
from licensegui.core.trust import TrustStore, load_public_key
from licensegui.sandbox.signer import Signer, php_json

B64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="


def body_of(envelope: dict[str, Any]) -> bytes:
    return php_json(envelope).encode()


def assign_envelope(signer: Signer, **extra: Any) -> dict[str, Any]:
    payload = {"code": 800, "message": "License key assigned", "timestamp": 1708999933, **extra}
    return signer.envelope(payload)


# --- the real responses from the vendor's documentation -----------------------------------

@pytest.mark.parametrize(
    ("name", "verified", "reason", "code"),
    [
        ("assign-800-assigned.json", True, Reason.VERIFIED, 800),
        ("assign-801-invalid-or-assigned.json", True, Reason.VERIFIED, 801),
        ("auth-100-invalid-api-key.json", True, Reason.VERIFIED, 100),
        ("activate-300-product-label.json", False, Reason.KEY_MISSING, 300),
        ("edited-after-signing.json", False, Reason.KEY_MISSING, 600),
        ("unsigned-private-key-not-set.json", False, Reason.UNSIGNED, 841),
    ],
)
def test_documentation_fixtures_with_global_key_only(
    fixtures_dir: Path, docs_trust: TrustStore, name: str, verified: bool, reason: str, code: int
) -> None:
    verdict = verify_body((fixtures_dir / "responses" / name).read_bytes(), docs_trust)
    assert (verdict.verified, verdict.reason, verdict.code) == (verified, reason, code)
    assert verdict.detail


def test_product_labelled_fixture_verifies_with_product_key(fixtures_dir: Path) -> None:
    pem = (fixtures_dir / "global-public.pem").read_text()
    trust = TrustStore()
    trust.add(load_public_key(pem, "product"))
    verdict = verify_body(
        (fixtures_dir / "responses" / "activate-300-product-label.json").read_bytes(), trust
    )
    assert verdict.verified and verdict.key_label == "product" and verdict.code == 300


def test_edited_fixture_fails_even_with_the_right_key(fixtures_dir: Path) -> None:
    pem = (fixtures_dir / "global-public.pem").read_text()
    trust = TrustStore()
    trust.add(load_public_key(pem, "product"))
    verdict = verify_body((fixtures_dir / "responses" / "edited-after-signing.json").read_bytes(),
                          trust)
    assert not verdict.verified
    assert verdict.reason == Reason.SIGNATURE_MISMATCH
    assert verdict.signature_valid is False


def test_values_come_from_the_signed_payload_and_fingerprint_is_reported(
    fixtures_dir: Path, docs_trust: TrustStore
) -> None:
    verdict = verify_body(
        (fixtures_dir / "responses" / "assign-800-assigned.json").read_bytes(), docs_trust
    )
    assert (verdict.code, verdict.message, verdict.timestamp) == (
        800, "License key assigned", 1708999933
    )
    assert verdict.key_fingerprint == docs_trust.keys["global"].fingerprint
    assert len(verdict.key_fingerprint or "") == 64


# --- the scheme, on responses signed here ---------------------------------------------------

def test_genuine_envelope_verifies(signer: Signer, trust: TrustStore) -> None:
    verdict = verify_body(body_of(assign_envelope(signer)), trust)
    assert verdict.verified, verdict.detail
    assert verdict.unsigned_copy_matches is True


def test_code_sent_as_string_is_accepted(signer: Signer, trust: TrustStore) -> None:
    envelope = signer.envelope({"code": "400", "message": "Bad", "timestamp": 1_700_000_000})
    verdict = verify_body(body_of(envelope), trust)
    assert verdict.verified and verdict.code == 400


def test_extra_keys_escaped_slashes_and_unicode_survive(signer: Signer, trust: TrustStore) -> None:
    envelope = assign_envelope(
        signer, url="https://vendor.example/a/b", owner="Zoë Ørsted ☃", nested={"k": [1, 2.5]}
    )
    body = body_of(envelope)
    assert b"\\/" in body  # PHP-style escaping on the wire
    verdict = verify_body(body, trust)
    assert verdict.verified
    assert verdict.payload is not None and verdict.payload.extra["owner"] == "Zoë Ørsted ☃"


def test_4096_bit_key_works() -> None:
    big = Signer.generate(4096)
    trust = TrustStore.from_pems({"global": big.public_pem()})
    verdict = verify_body(body_of(assign_envelope(big)), trust)
    assert verdict.verified and verdict.key_bits == 4096


def test_signature_over_the_decoded_json_is_not_accepted(signer: Signer, trust: TrustStore) -> None:
    # The vendor SDKs' (wrong) idea: sign the JSON, not the base64 text.
    envelope = assign_envelope(signer)
    decoded = base64.b64decode(envelope["response_base64"]).decode()
    envelope["signature"] = signer.sign_text(decoded)
    verdict = verify_body(body_of(envelope), trust)
    assert not verdict.verified and verdict.reason == Reason.SIGNATURE_MISMATCH


def test_label_names_the_key_product_signed_but_labelled_global(
    signer: Signer, other_signer: Signer
) -> None:
    trust = TrustStore.from_pems(
        {"global": signer.public_pem(), "product": other_signer.public_pem()}
    )
    envelope = other_signer.envelope({"code": 800, "message": "x", "timestamp": 1_700_000_000},
                                     label="global")
    verdict = verify_body(body_of(envelope), trust)
    assert not verdict.verified and verdict.reason == Reason.SIGNATURE_MISMATCH
    relabelled = other_signer.envelope({"code": 800, "message": "x", "timestamp": 1_700_000_000},
                                       label="product")
    assert verify_body(body_of(relabelled), trust).verified


def test_missing_key_for_label_says_which(signer: Signer, trust: TrustStore) -> None:
    envelope = signer.envelope({"code": 800, "message": "x", "timestamp": 1_700_000_000},
                               label="product")
    verdict = verify_body(body_of(envelope), trust)
    assert verdict.reason == Reason.KEY_MISSING and "product" in verdict.detail
    assert verdict.signature_valid is None


def test_unsigned_copy_that_differs_is_red_and_signed_values_shown(
    signer: Signer, trust: TrustStore
) -> None:
    envelope = assign_envelope(signer)
    envelope["response"]["code"] = 801
    verdict = verify_body(body_of(envelope), trust)
    assert not verdict.verified and verdict.reason == Reason.UNSIGNED_COPY_DIFFERS
    assert verdict.code == 800  # the signed value, not the edited copy
    assert verdict.signature_valid is True


@pytest.mark.parametrize("swap", [800.0, True, "800"])
def test_unsigned_copy_type_changes_count_as_differences(
    signer: Signer, trust: TrustStore, swap: Any
) -> None:
    envelope = assign_envelope(signer)
    envelope["response"]["code"] = swap
    assert verify_body(body_of(envelope), trust).reason == Reason.UNSIGNED_COPY_DIFFERS


def _mutated(signer: Signer, mutate: Any) -> bytes:
    envelope = assign_envelope(signer)
    mutate(envelope)
    return json.dumps(envelope).encode()


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", Reason.EMPTY),
        (b"   \n", Reason.EMPTY),
        (b"<html>502 Bad Gateway</html>", Reason.NOT_JSON),
        (b"\xff\xfe\x00", Reason.NOT_JSON),
        (b"[1, 2]", Reason.MALFORMED_ENVELOPE),
        (b"null", Reason.MALFORMED_ENVELOPE),
        (b'{"response": {}}', Reason.MALFORMED_ENVELOPE),
        (b'{"a": NaN}', Reason.NOT_JSON),
        (b"[" * 100_000, Reason.NOT_JSON),
        (b'{"n": ' + b"9" * 5000 + b"}", Reason.NOT_JSON),
    ],
)
def test_malformed_bodies(trust: TrustStore, body: bytes, reason: str) -> None:
    verdict = verify_body(body, trust)
    assert not verdict.verified and verdict.reason == reason and verdict.detail


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda e: e.update(signature=123), Reason.MALFORMED_ENVELOPE),
        (lambda e: e.update(response_base64=None), Reason.MALFORMED_ENVELOPE),
        (lambda e: e.update(response="x"), Reason.MALFORMED_ENVELOPE),
        (lambda e: e.pop("private_key_used"), Reason.MALFORMED_ENVELOPE),
        (lambda e: e.pop("response"), Reason.MALFORMED_ENVELOPE),
        (lambda e: e.update(private_key_used="Global"), Reason.UNKNOWN_KEY_LABEL),
        (lambda e: e.update(private_key_used="\u202eevil"), Reason.UNKNOWN_KEY_LABEL),
        (lambda e: e.update(signature="Private key not set"), Reason.UNSIGNED),
        (lambda e: e.update(signature="not base64!!"), Reason.SIGNATURE_NOT_BASE64),
        (lambda e: e.update(signature=e["signature"] + "\n"), Reason.SIGNATURE_NOT_BASE64),
        (lambda e: e.update(signature=e["signature"][:-4]), Reason.SIGNATURE_LENGTH),
        (lambda e: e.update(signature=base64.b64encode(b"\0" * 128).decode()),
         Reason.SIGNATURE_LENGTH),
        (lambda e: e.update(signature=""), Reason.SIGNATURE_LENGTH),
        (lambda e: e.update(response_base64=e["response_base64"] + "\n"),
         Reason.SIGNATURE_MISMATCH),
        (lambda e: e.update(response_base64="é" + e["response_base64"]),
         Reason.PAYLOAD_NOT_BASE64),
    ],
)
def test_malformed_envelopes(signer: Signer, trust: TrustStore, mutate: Any, reason: str) -> None:
    verdict = verify_body(_mutated(signer, mutate), trust)
    assert not verdict.verified
    assert verdict.reason == reason, verdict.detail


def test_duplicate_members_are_refused(signer: Signer, trust: TrustStore) -> None:
    genuine = assign_envelope(signer)
    text = php_json(genuine)
    forged = text[:-1] + ',"response_base64":"' + base64.b64encode(b'{"code":800}').decode() + '"}'
    verdict = verify_body(forged.encode(), trust)
    assert not verdict.verified and verdict.reason == Reason.NOT_JSON
    assert "duplicate" in verdict.detail


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"[1]", Reason.PAYLOAD_MALFORMED),
        (b"not json", Reason.PAYLOAD_MALFORMED),
        (b'{"message":"m","timestamp":1}', Reason.PAYLOAD_MALFORMED),
        (b'{"code":true,"message":"m","timestamp":1}', Reason.PAYLOAD_MALFORMED),
        (b'{"code":800,"timestamp":1}', Reason.PAYLOAD_MALFORMED),
        (b'{"code":800,"message":"m"}', Reason.PAYLOAD_MALFORMED),
        (b'{"code":800,"message":"m","timestamp":"soon"}', Reason.PAYLOAD_MALFORMED),
        (b"\xff\xfe", Reason.PAYLOAD_MALFORMED),
    ],
)
def test_signed_but_malformed_payload(
    signer: Signer, trust: TrustStore, payload: bytes, reason: str
) -> None:
    text = base64.b64encode(payload).decode()
    envelope = {"response": {}, "response_base64": text, "private_key_used": "global",
                "signature": signer.sign_text(text)}
    verdict = verify_body(json.dumps(envelope).encode(), trust)
    assert not verdict.verified and verdict.reason == reason
    assert verdict.signature_valid is True


def test_signed_text_that_is_not_base64(signer: Signer, trust: TrustStore) -> None:
    text = "eyJjb2RlIjo4MDB9!"
    envelope = {"response": {}, "response_base64": text, "private_key_used": "global",
                "signature": signer.sign_text(text)}
    verdict = verify_body(json.dumps(envelope).encode(), trust)
    assert verdict.reason == Reason.PAYLOAD_NOT_BASE64


def test_hostile_text_is_sanitised_in_the_reason(signer: Signer, trust: TrustStore) -> None:
    body = _mutated(signer, lambda e: e.update(signature="\x1b[31mPWNED\x07" + "A" * 500))
    verdict = verify_body(body, trust)
    assert "\x1b" not in verdict.detail and "\x07" not in verdict.detail
    assert len(verdict.detail) < 200


def test_utf8_bom_is_tolerated(signer: Signer, trust: TrustStore) -> None:
    assert verify_body(b"\xef\xbb\xbf" + body_of(assign_envelope(signer)), trust).verified


# --- freshness ----------------------------------------------------------------------------

def _at(signer: Signer, ts: int) -> bytes:
    return body_of(signer.envelope({"code": 800, "message": "ok", "timestamp": ts}))


T = 1_700_000_000  # a plausible signed time (2023)


def test_live_response_inside_window_verifies(signer: Signer, trust: TrustStore) -> None:
    verdict = verify_body(_at(signer, T), trust, Freshness(T - 1, T + 1, 300))
    assert verdict.verified and verdict.freshness_checked


@pytest.mark.parametrize("ts", [T - 1 - 300, T + 1 + 300])
def test_window_edges_are_inclusive(signer: Signer, trust: TrustStore, ts: int) -> None:
    # sent_at - window <= ts <= received_at + window, both ends included.
    verdict = verify_body(_at(signer, ts), trust, Freshness(T - 1, T + 1, 300))
    assert verdict.verified, verdict.detail


@pytest.mark.parametrize("ts", [T - 1 - 301, T + 1 + 301, T - 100_000])
def test_live_response_outside_window_is_stale(signer: Signer, trust: TrustStore, ts: int) -> None:
    verdict = verify_body(_at(signer, ts), trust, Freshness(T - 1, T + 1, 300))
    assert not verdict.verified and verdict.reason == Reason.STALE
    assert verdict.signature_valid is True


def test_window_runs_from_the_first_send_not_from_the_answer(
        signer: Signer, trust: TrustStore) -> None:
    # A slow, retried call: first sent at T, answered 1,000 s later with the first attempt's
    # stored answer (timestamp T). Lower bound from the receive time would fail it.
    verdict = verify_body(_at(signer, T - 250), trust, Freshness(T, T + 1_000, 300))
    assert verdict.verified, verdict.detail
    late = verify_body(_at(signer, T - 350), trust, Freshness(T, T + 1_000, 300))
    assert late.reason == Reason.STALE


def test_configured_window_is_used(signer: Signer, trust: TrustStore) -> None:
    assert verify_body(_at(signer, T - 500), trust, Freshness(T, T, 600)).verified
    assert verify_body(_at(signer, T - 50), trust, Freshness(T, T, 30)).reason == Reason.STALE


def test_saved_response_is_not_failed_for_age(signer: Signer, trust: TrustStore) -> None:
    verdict = verify_body(_at(signer, 1_000_000_000), trust, clock=lambda: 2_000_000_000.0)
    assert verdict.verified and not verdict.freshness_checked
    assert verdict.age_seconds(2_000_000_000.0) == 1_000_000_000.0


@pytest.mark.parametrize("ts", [0, 1, 946_684_799, -999_999_999_999_999_999, 10**17,
                                "-999999999999999999"])
@pytest.mark.parametrize("live", [False, True])
def test_implausible_signed_timestamp_is_not_green(
        signer: Signer, trust: TrustStore, ts: object, live: bool) -> None:
    now = 2_000_000_000.0
    fresh = Freshness(now, now, 10**19) if live else None  # a window that would admit anything
    body = body_of(signer.envelope({"code": 800, "message": "ok", "timestamp": ts}))
    verdict = verify_body(body, trust, fresh, clock=lambda: now)
    assert not verdict.verified and verdict.reason == Reason.IMPLAUSIBLE
    assert verdict.signature_valid is True


def test_timestamp_more_than_a_day_ahead_is_implausible(
        signer: Signer, trust: TrustStore) -> None:
    now = 2_000_000_000.0
    ok = verify_body(_at(signer, int(now) + 86_400), trust, clock=lambda: now)
    assert ok.verified
    ahead = verify_body(_at(signer, int(now) + 86_401), trust, clock=lambda: now)
    assert ahead.reason == Reason.IMPLAUSIBLE


@pytest.mark.parametrize(("code", "message"), [
    (10_000, "ok"), (-1, "ok"), ("999999999999999999", "ok"), (800, "x" * 1_001),
])
def test_absurd_code_or_message_is_not_green(
        signer: Signer, trust: TrustStore, code: object, message: str) -> None:
    body = body_of(signer.envelope({"code": code, "message": message, "timestamp": T}))
    verdict = verify_body(body, trust, clock=lambda: T)
    assert not verdict.verified and verdict.reason == Reason.IMPLAUSIBLE
    at_limit = body_of(signer.envelope({"code": 9_999, "message": "x" * 1_000, "timestamp": T}))
    assert verify_body(at_limit, trust, clock=lambda: T).verified


# --- properties ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def genuine(signer: Signer) -> dict[str, Any]:
    return assign_envelope(signer, owner="Test User", url="https://x/y")


_PROPERTY = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@_PROPERTY
@given(data=st.data())
def test_any_change_to_the_signed_text_fails(
    genuine: dict[str, Any], trust: TrustStore, data: st.DataObject
) -> None:
    text: str = genuine["response_base64"]
    op = data.draw(st.sampled_from(["replace", "insert", "delete", "swap"]))
    i = data.draw(st.integers(0, len(text) - 1))
    if op == "replace":
        ch = data.draw(st.characters(codec="utf-8").filter(lambda c: c != text[i]))
        mutated = text[:i] + ch + text[i + 1 :]
    elif op == "insert":
        ch = data.draw(st.sampled_from([*B64_ALPHABET, "\n", " ", "\r", "\\", "é"]))
        mutated = text[:i] + ch + text[i:]
    elif op == "delete":
        mutated = text[:i] + text[i + 1 :]
    else:
        j = data.draw(st.integers(0, len(text) - 1).filter(lambda j: text[j] != text[i]))
        chars = list(text)
        chars[i], chars[j] = chars[j], chars[i]
        mutated = "".join(chars)
    envelope = {**genuine, "response_base64": mutated}
    verdict = verify_body(json.dumps(envelope).encode(), trust)
    assert not verdict.verified


@_PROPERTY
@given(data=st.data())
def test_any_change_to_the_signature_fails(
    genuine: dict[str, Any], trust: TrustStore, data: st.DataObject
) -> None:
    sig = bytearray(base64.b64decode(genuine["signature"]))
    i = data.draw(st.integers(0, len(sig) - 1))
    sig[i] ^= data.draw(st.integers(1, 255))
    envelope = {**genuine, "signature": base64.b64encode(bytes(sig)).decode()}
    assert not verify_body(json.dumps(envelope).encode(), trust).verified


@_PROPERTY
@given(payload=st.dictionaries(
    st.text(min_size=1, max_size=10).filter(lambda k: k not in ("code", "message", "timestamp")),
    st.recursive(
        st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                    max_size=3),
        max_leaves=8,
    ),
    max_size=4,
))
def test_any_genuine_payload_verifies(
    signer: Signer, trust: TrustStore, payload: dict[str, Any]
) -> None:
    envelope = signer.envelope({"code": 800, "message": "m", "timestamp": 1_700_000_005, **payload})
    verdict = verify_body(body_of(envelope), trust)
    assert verdict.verified, verdict.detail
    assert verdict.payload is not None and verdict.payload.extra == payload


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=2000) | st.text(max_size=2000))
def test_arbitrary_input_never_raises(body: bytes | str) -> None:
    trust = TrustStore()
    verdict = verify_body(body, trust)
    assert verdict.verified is False and verdict.reason and verdict.detail


# --- guarantees that hand-made mutations showed unguarded ----------------------------------

def test_message_and_timestamp_come_from_the_signed_payload(
        signer: Signer, trust: TrustStore) -> None:
    envelope = assign_envelope(signer)
    envelope["response"]["message"] = "Edited message"
    envelope["response"]["timestamp"] = 1_800_000_000
    verdict = verify_body(body_of(envelope), trust)
    assert verdict.reason == Reason.UNSIGNED_COPY_DIFFERS
    assert (verdict.code, verdict.message, verdict.timestamp) == (
        800, "License key assigned", 1708999933)


@pytest.mark.parametrize("edit", [
    lambda r: r.update(extra="added"),                       # a key the signed payload lacks
    lambda r: r.update(items=[1, 3]),                        # a list of another content
    lambda r: r.update(items=[1, 2, 3]),                     # a longer list
    lambda r: r.update(items={"a": 1}),                      # a list turned into an object
    lambda r: r.pop("items"),                                # a key removed
])
def test_any_difference_in_the_readable_copy_is_caught(
        signer: Signer, trust: TrustStore, edit: Any) -> None:
    envelope = assign_envelope(signer, items=[1, 2])
    assert verify_body(body_of(envelope), trust).verified
    edit(envelope["response"])
    verdict = verify_body(body_of(envelope), trust)
    assert verdict.reason == Reason.UNSIGNED_COPY_DIFFERS
    assert verdict.unsigned_copy_matches is False


def test_deeply_nested_signed_payload_is_malformed_not_a_crash(
        signer: Signer, trust: TrustStore) -> None:
    envelope = assign_envelope(signer, extra=json.loads("[" * 400 + "]" * 400))
    verdict = verify_body(body_of(envelope), trust)
    assert verdict.reason in (Reason.PAYLOAD_MALFORMED, Reason.NOT_JSON)
    assert not verdict.verified


@pytest.mark.parametrize("hostile", ["<b>x</b>", "a&lt;b", "\u202eevil", "x\u2066y\u2069",
                                     "nul\x00", "line\u2028sep"])
def test_quoted_server_text_carries_no_markup_control_or_bidi(hostile: str) -> None:
    from licensegui.core.envelope import clean_untrusted, quote_untrusted

    for shown in (quote_untrusted(hostile), clean_untrusted(hostile)):
        assert not set(shown) & set("<>&\x00\u202e\u2066\u2069\u2028"), shown


def test_markup_label_is_quoted_without_markup(signer: Signer, trust: TrustStore) -> None:
    body = _mutated(signer, lambda e: e.update(private_key_used="<b>x</b>"))
    verdict = verify_body(body, trust)
    assert verdict.reason == Reason.UNKNOWN_KEY_LABEL and "<" not in verdict.detail
