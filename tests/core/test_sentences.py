"""What a person reads: every reason's sentence carries the facts needed to act on it, and
the outcome words follow the signed values. (Mutation testing showed these unguarded.)"""

from __future__ import annotations

import base64
from typing import Any

import pytest

from licensegui.core.codes import Outcome as Kind
from licensegui.core.envelope import (
    Freshness,
    Reason,
    Verdict,
    clean_untrusted,
    quote_untrusted,
    verify_body,
)
from licensegui.core.outcome import describe, human_age, short_reason
from licensegui.core.trust import TrustStore
from licensegui.sandbox.signer import Signer, php_json

T = 1_700_000_000


def _body(signer: Signer, edit: Any = None, **payload: Any) -> bytes:
    envelope = signer.envelope({"code": 800, "message": "License key assigned",
                                "timestamp": T, **payload})
    if edit:
        edit(envelope)
    return php_json(envelope).encode()


def _check(body: bytes | str, trust: TrustStore, fresh: Freshness | None = None) -> Verdict:
    return verify_body(body, trust, fresh, clock=lambda: T)


def test_clean_and_quote_untrusted_exactly() -> None:
    assert clean_untrusted("a\x00b<c>&d\u202e") == "a?b‹c›＆d?"
    assert clean_untrusted("x" * 100, 10) == "x" * 9 + "…"
    assert clean_untrusted("x" * 60) == "x" * 60 and clean_untrusted("x" * 61) == "x" * 59 + "…"
    assert quote_untrusted("ab") == "“ab”"
    assert quote_untrusted("y" * 80) == "“" + "y" * 59 + "…”"
    assert quote_untrusted("y" * 80, 5) == "“yyyy…”"


@pytest.mark.parametrize(("offset", "words"), [
    (-3_600, ["3601 s behind", "±300 s", "genuine"]),
    (4_000, ["3999 s ahead of", "±300 s"]),
])
def test_stale_sentence_says_how_far_and_which_way(
        signer: Signer, trust: TrustStore, offset: int, words: list[str]) -> None:
    verdict = _check(_body(signer, timestamp=T + offset), trust, Freshness(T - 1, T + 1, 300))
    assert verdict.reason == Reason.STALE and verdict.freshness_checked
    for word in words:
        assert word in verdict.detail, verdict.detail


@pytest.mark.parametrize(("payload", "words"), [
    ({"timestamp": 5}, ["timestamp 5 ", "before 2000"]),
    ({"code": 12_345}, ["code 12345 "]),
    ({"message": "m" * 1_234}, ["1234 characters"]),
])
def test_implausible_sentence_names_the_value(
        signer: Signer, trust: TrustStore, payload: dict[str, Any], words: list[str]) -> None:
    verdict = _check(_body(signer, **payload), trust)
    assert verdict.reason == Reason.IMPLAUSIBLE
    for word in words:
        assert word in verdict.detail, verdict.detail


@pytest.mark.parametrize(("edit", "reason", "words"), [
    (lambda e: e.pop("signature") and e.pop("response"), Reason.MALFORMED_ENVELOPE,
     ["missing response, signature"]),
    (lambda e: e.update(response=1, signature=2), Reason.MALFORMED_ENVELOPE,
     ["wrong type: response, signature"]),
    (lambda e: e.update(signature="AAAA"), Reason.SIGNATURE_LENGTH,
     ["3 bytes", "global key (2048-bit)", "256-byte"]),
    (lambda e: e.update(signature="#bad"), Reason.SIGNATURE_NOT_BASE64,
     ["not base64", "“#bad”"]),
    (lambda e: e.update(private_key_used="other"), Reason.UNKNOWN_KEY_LABEL,
     ["“other”", "global or product"]),
    (lambda e: e.update(private_key_used="product"), Reason.KEY_MISSING,
     ["product key", "no product public key", "--product-key"]),
    (lambda e: e.update(signature=" Private key NOT set "), Reason.UNSIGNED,
     ["did not sign", "Private key not set"]),
    (lambda e: e.update(response_base64=base64.b64encode(b'{"code": 800}').decode()),
     Reason.SIGNATURE_MISMATCH, ["does not match", "trusted global key"]),
])
def test_reason_sentences(signer: Signer, trust: TrustStore, edit: Any, reason: str,
                          words: list[str]) -> None:
    verdict = _check(_body(signer, edit), trust)
    assert verdict.reason == reason, verdict.detail
    for word in words:
        assert word in verdict.detail, verdict.detail


@pytest.mark.parametrize(("payload", "words"), [
    ({"code": "x"}, ["no numeric code"]),
    ({"message": 5}, ["no message text"]),
    ({"timestamp": None}, ["no timestamp"]),
])
def test_signed_but_malformed_payload_sentences(
        signer: Signer, trust: TrustStore, payload: dict[str, Any], words: list[str]) -> None:
    verdict = _check(_body(signer, **payload), trust)
    assert verdict.reason == Reason.PAYLOAD_MALFORMED and verdict.signature_valid is True
    for word in words:
        assert word in verdict.detail


def test_verified_verdict_reports_everything(signer: Signer, trust: TrustStore) -> None:
    verdict = _check(_body(signer), trust, Freshness(T, T, 300))
    key = trust.keys["global"]
    assert verdict.verified and verdict.reason == Reason.VERIFIED
    assert verdict.detail == "Signature verified with the global key."
    assert (verdict.key_label, verdict.key_fingerprint, verdict.key_bits) == (
        "global", key.fingerprint, 2048)
    assert verdict.signature_valid is True and verdict.unsigned_copy_matches is True
    assert verdict.freshness_checked is True and verdict.checked_at == T
    assert verdict.age_seconds(T + 5) == 5
    data = verdict.to_json()
    assert data["verified"] is True and data["code"] == 800 and data["timestamp"] == T
    assert data["message"] == "License key assigned" and data["key_bits"] == 2048
    assert data["payload"] == {"code": 800, "message": "License key assigned", "timestamp": T}


def test_unverified_verdict_keeps_what_was_claimed(signer: Signer, other_signer: Signer,
                                                   trust: TrustStore) -> None:
    verdict = _check(_body(other_signer, message="Claimed"), trust)
    assert verdict.reason == Reason.SIGNATURE_MISMATCH and verdict.signature_valid is False
    assert verdict.message == "Claimed" and verdict.unsigned_copy_matches is True
    assert verdict.key_bits == 2048 and verdict.freshness_checked is False
    assert verdict.to_json()["signature_valid"] is False


def _verified(signer: Signer, trust: TrustStore, code: int, message: str) -> Verdict:
    return _check(_body(signer, code=code, message=message), trust)


@pytest.mark.parametrize(("code", "kind", "title", "hint_has"), [
    (800, Kind.ASSIGNED, "Assigned", "now assigned"),
    (803, Kind.ASSIGNED, "Assigned (bulk)", "srv text"),
    (807, Kind.QUEUED, "Queued (807)", "queued"),
    (100, Kind.API_KEY_REFUSED, "API key problem (100): srv text", "does not know this API key"),
    (101, Kind.API_KEY_REFUSED, "API key problem (101): srv text", "inactive"),
    (102, Kind.API_KEY_REFUSED, "API key problem (102): srv text", "permission"),
    (103, Kind.API_KEY_REFUSED, "API key problem (103): srv text", "IP address"),
    (801, Kind.REFUSED, "Refused (801): invalid or already assigned", "srv text"),
    (802, Kind.REFUSED, "Refused (802): insufficient license keys", "srv text"),
    (805, Kind.REFUSED, "Refused (805): product not found", "srv text"),
    (806, Kind.REFUSED, "Refused (806): generator not found", "srv text"),
    # Issue 26: 150 is this computer's refusal, not the license key's (a batch stops).
    (150, Kind.ACCESS_DENIED, "Access denied (150): srv text", "blocked IP address"),
    (300, Kind.REFUSED, "Code 300: srv text", "Not an assignment result"),
])
def test_outcome_words_for_each_verified_code(
        signer: Signer, trust: TrustStore, code: int, kind: Kind, title: str,
        hint_has: str) -> None:
    outcome = describe(_verified(signer, trust, code, "srv text"))
    assert (outcome.outcome, outcome.title) == (kind, title)
    assert hint_has in outcome.hint


def test_unverified_outcome_quotes_the_claim_safely(other_signer: Signer,
                                                   trust: TrustStore) -> None:
    outcome = describe(_check(_body(other_signer, message="<b>Assigned</b>"), trust))
    assert outcome.outcome is Kind.NOT_AUTHENTIC
    assert outcome.title == "Unknown — the answer is not authentic"
    assert "It claims 800 “‹b›Assigned‹/b›”." in outcome.hint
    no_payload = describe(_check(b"not json", trust))
    assert "claims" not in no_payload.hint


def test_verified_message_is_cleaned_and_capped(signer: Signer, trust: TrustStore) -> None:
    outcome = describe(_verified(signer, trust, 801, "<i>" + "z" * 400))
    assert outcome.hint.startswith("‹i›") and len(outcome.hint) == 200
    assert outcome.hint.endswith("…")


@pytest.mark.parametrize(("reason", "label", "text"), [
    (Reason.KEY_MISSING, "product", "no product key configured"),
    (Reason.KEY_MISSING, None, "no signing key configured"),
    (Reason.STALE, None, "stale or replayed"),
    (Reason.REPLAYED, None, "a replayed earlier answer"),
    (Reason.UNSIGNED_COPY_DIFFERS, None, "edited after signing"),
    ("some_new_reason", None, "some new reason"),
])
def test_short_reasons(reason: str, label: str | None, text: str) -> None:
    assert short_reason(Verdict(False, reason, "", key_label=label)) == text


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "0 s ago"), (89, "89 s ago"), (90, "1 min ago"), (5_399, "89 min ago"),
    (5_400, "1 h ago"), (129_599, "35 h ago"), (129_600, "1 day ago"), (3 * 86_400, "3 days ago"),
    (-89, "in 89 s"),
    (-5_400, "in 1 h"),
])
def test_human_age(seconds: int, text: str) -> None:
    assert human_age(seconds) == text
