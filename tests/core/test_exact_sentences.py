# ruff: noqa: E501  # one sentence per line reads better than wrapped fragments
"""Every sentence the verifier and the outcome can say, pinned word for word: these are what a
reseller reads to decide what to do, so a change to one is a decision, not an accident. (And
mutation testing kills nothing that no test reads.)"""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import pytest

from licensegui.core.codes import Outcome as Kind
from licensegui.core.envelope import Freshness, Reason, TrustStore, Verdict, verify_body
from licensegui.core.outcome import describe, format_timestamp, human_age
from licensegui.sandbox.signer import Signer, php_json

T = 1_700_000_000


def _cases(s: Signer) -> dict[str, bytes]:
    def env(**payload: Any) -> dict[str, Any]:
        return s.envelope({"code": 800, "message": "License key assigned", "timestamp": T,
                           **payload})

    def body(e: dict[str, Any]) -> bytes:
        return php_json(e).encode()

    def edited(**fields: Any) -> bytes:
        e = env()
        e.update(fields)
        return body(e)

    def signed_raw(raw: str) -> bytes:
        return json.dumps({"response": {}, "response_base64": raw, "private_key_used": "global",
                           "signature": s.sign_text(raw)}).encode()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode()

    missing = env()
    del missing["signature"], missing["response"]
    copy_differs = env()
    copy_differs["response"]["message"] = "edited"
    return {
        "empty": b"  ",
        "not_utf8": b"\xff\xfe",
        "not_json": b"{nope",
        "duplicate": b'{"a": 1, "a": 2}',
        "not_object": b"[1]",
        "missing": body(missing),
        "wrong_types": edited(response=1, signature=2),
        "unsigned": edited(signature="Private key not set"),
        "unknown_label": edited(private_key_used="x" * 40),
        "key_missing": edited(private_key_used="product"),
        "sig_not_b64": edited(signature="#" * 50),
        "sig_length": edited(signature="AAAA"),
        "mismatch": edited(response_base64=b64(b'{"code": 800}')),
        "payload_not_ascii": edited(response_base64="é" + env()["response_base64"]),
        "payload_not_b64": signed_raw("!!!!"),
        "payload_not_json": signed_raw(b64(b"{x")),
        "payload_not_object": signed_raw(b64(b"[1]")),
        "payload_no_code": signed_raw(b64(b'{"message":"m","timestamp":1700000000}')),
        "payload_no_message": signed_raw(b64(b'{"code":800,"timestamp":1700000000}')),
        "payload_no_timestamp": signed_raw(b64(b'{"code":800,"message":"m"}')),
        "copy_differs": body(copy_differs),
        "implausible_time": body(env(timestamp=5)),
        "implausible_code": body(env(code=12345)),
        "implausible_message": body(env(message="m" * 1001)),
        "verified": body(env()),
    }


@pytest.mark.parametrize(("case", "reason", "detail"), [
    ('empty', 'empty_body', 'The response body is empty.'),
    ('not_utf8', 'not_json', 'The response is not UTF-8 text.'),
    ('not_json', 'not_json', 'The response is not valid JSON.'),
    ('duplicate', 'not_json', "The response is not valid JSON: duplicate member 'a'."),
    ('not_object', 'malformed_envelope', 'The response is JSON but not a signed envelope.'),
    ('missing', 'malformed_envelope', 'The response is not a signed envelope: missing response, signature.'),
    ('wrong_types', 'malformed_envelope', 'The signed envelope has fields of the wrong type: response, signature.'),
    ('unsigned', 'unsigned', 'The server did not sign this response (“Private key not set”): its signing key is not configured.'),
    ('unknown_label', 'unknown_key_label', 'The response names an unknown signing key “xxxxxxxxxxxxxxxxxxxxxxxxxxxxx…” (expected global or product).'),
    ('key_missing', 'key_missing', 'The response was signed with the product key, and no product public key is configured: import it in Settings (or pass --product-key).'),
    ('sig_not_b64', 'signature_not_base64', 'The signature is not base64 (server sent “#######################################…”).'),
    ('sig_length', 'signature_length', 'The signature is 3 bytes; the global key (2048-bit) makes 256-byte signatures.'),
    ('mismatch', 'signature_mismatch', 'The signature does not match: the response was altered after signing, or was not signed by the trusted global key.'),
    ('payload_not_ascii', 'payload_not_base64', 'The signed payload (response_base64) is not ASCII base64.'),
    ('payload_not_b64', 'payload_not_base64', 'The signed payload (response_base64) is not valid base64.'),
    ('payload_not_json', 'payload_malformed', 'The signed payload does not decode to JSON.'),
    ('payload_not_object', 'payload_malformed', 'The signed payload is not a JSON object.'),
    ('payload_no_code', 'payload_malformed', 'The signed payload has no numeric code.'),
    ('payload_no_message', 'payload_malformed', 'The signed payload has no message text.'),
    ('payload_no_timestamp', 'payload_malformed', 'The signed payload has no timestamp.'),
    ('copy_differs', 'unsigned_copy_differs', 'The readable copy of the response differs from what was signed: it was edited after signing. Only the signed values are shown.'),
    ('implausible_time', 'implausible_payload', "The signed timestamp 5 is not a plausible time (before 2000, or more than a day ahead of this computer's clock). Do not rely on this answer."),
    ('implausible_code', 'implausible_payload', 'The signed code 12345 is not a Key Manager code.'),
    ('implausible_message', 'implausible_payload', 'The signed message is 1001 characters long; Key Manager messages are one sentence. Do not rely on this answer.'),
    ('verified', 'verified', 'Signature verified with the global key.'),
])
def test_every_verdict_sentence(signer: Signer, trust: TrustStore, case: str, reason: str,
                                detail: str) -> None:
    verdict = verify_body(_cases(signer)[case], trust, clock=lambda: T)
    assert (verdict.reason, verdict.detail) == (reason, detail)


@pytest.mark.parametrize(("ts", "fresh", "detail"), [
    (T + 400, Freshness(T, T, 300),
     "Stale or replayed: the signed timestamp is 400 s ahead of this computer's clock "
     "(allowed: ±300 s). The signature itself is genuine; check the clock, or suspect a "
     "replayed answer."),
    (T, Freshness(T - 0.5, T - 0.5, 0),  # half a second ahead still reads "ahead of"
     "Stale or replayed: the signed timestamp is 0 s ahead of this computer's clock "
     "(allowed: ±0 s). The signature itself is genuine; check the clock, or suspect a "
     "replayed answer."),
])
def test_stale_sentence(signer: Signer, trust: TrustStore, ts: int, fresh: Freshness,
                        detail: str) -> None:
    body = php_json(signer.envelope({"code": 800, "message": "m", "timestamp": ts})).encode()
    assert verify_body(body, trust, fresh, clock=lambda: T).detail == detail


def test_a_verifier_that_breaks_says_so_and_is_red(signer: Signer) -> None:
    class Broken(TrustStore):
        def get(self, label: str) -> Any:
            raise RuntimeError("boom")

    body = _cases(signer)["verified"]
    verdict = verify_body(body, Broken(), clock=lambda: T)
    assert (verdict.verified, verdict.reason, verdict.detail) == (
        False, Reason.INTERNAL, "The response could not be checked (RuntimeError).")
    assert verdict.key_label == "global" and verdict.payload is not None


def test_verdict_keeps_the_readable_copy_and_reports_age(signer: Signer,
                                                         trust: TrustStore) -> None:
    envelope = signer.envelope({"code": 800, "message": "m", "timestamp": T})
    verdict = verify_body(php_json(envelope).encode(), trust, clock=lambda: T)
    assert verdict.unsigned_copy == envelope["response"]
    assert abs(verdict.age_seconds() - (time.time() - T)) < 60  # against the real clock
    assert verdict.signature == envelope["signature"]


def test_to_json_is_the_documented_contract(signer: Signer, trust: TrustStore) -> None:
    verdict = verify_body(_cases(signer)["verified"], trust, clock=lambda: T)
    assert set(verdict.to_json()) == {
        "verified", "reason", "detail", "code", "message", "timestamp", "key_label",
        "key_fingerprint", "key_bits", "signature_valid", "unsigned_copy_matches",
        "freshness_checked", "payload"}
    data = verdict.to_json()
    assert (data["reason"], data["detail"], data["key_label"]) == (
        "verified", "Signature verified with the global key.", "global")
    assert data["key_fingerprint"] == trust.keys["global"].fingerprint
    assert data["unsigned_copy_matches"] is True and data["freshness_checked"] is False
    empty = Verdict(False, "not_json", "x").to_json()
    assert empty["payload"] is None and empty["code"] is None


def test_unverified_outcome_sentence_in_full(other_signer: Signer, trust: TrustStore) -> None:
    body = php_json(other_signer.envelope(
        {"code": 800, "message": "y" * 100, "timestamp": T})).encode()
    outcome = describe(verify_body(body, trust, clock=lambda: T))
    assert outcome.hint == (
        "Do not rely on this answer: it could not be shown to come from your vendor's server. "
        f"It claims 800 “{'y' * 79}…”. Check again, or ask your vendor.")


@pytest.mark.parametrize(("status", "title", "hint"), [
    (500, "Server error (HTTP 500)",
     "The server answered with an error (HTTP 500), not a signed answer. Nothing was "
     "verified; try again later, or ask your vendor if it persists."),
    (200, "No signed answer (HTTP 200)",
     "The server answered with something else (HTTP 200), not a signed answer. Nothing was "
     "verified; try again later, or ask your vendor if it persists."),
    (400, "Server error (HTTP 400)",
     "The server answered with an error (HTTP 400), not a signed answer. Nothing was "
     "verified; try again later, or ask your vendor if it persists."),
])
def test_server_error_words(trust: TrustStore, status: int, title: str, hint: str) -> None:
    outcome = describe(verify_body(b"<html>oops</html>", trust), status)
    assert (outcome.outcome, outcome.title, outcome.hint) == (Kind.SERVER_ERROR, title, hint)
    saved = describe(verify_body(b"<html>oops</html>", trust))  # no status: a saved file
    assert saved.outcome is Kind.NOT_AUTHENTIC


def test_queued_and_assigned_hints(signer: Signer, trust: TrustStore) -> None:
    def hint(code: int) -> str:
        body = php_json(signer.envelope({"code": code, "message": "m", "timestamp": T}))
        return describe(verify_body(body.encode(), trust, clock=lambda: T)).hint

    assert hint(807) == "The server queued the request; check later."
    assert hint(800) == "The license key is now assigned to this owner."


def test_timestamps_format_in_local_time_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert format_timestamp(T) == "2023-11-14 22:13:20"
        assert format_timestamp(946_684_800) == "2000-01-01 00:00:00"
        assert format_timestamp(253_402_300_799) == "9999-12-31 23:59:59"
        assert format_timestamp(10**40) == "1" + "0" * 22 + "… (not a plausible time)"
        assert format_timestamp(946_684_799) == "946684799 (not a plausible time)"
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(("seconds", "text"), [
    (7_200, "2 h ago"), (172_800, "2 days ago"), (3_600 * 20, "20 h ago"),
    # Each unit's edges, both ways in time.
    (0, "0 s ago"), (89, "89 s ago"), (90, "1 min ago"), (-89, "in 89 s"), (-90, "in 1 min"),
    (5_399, "89 min ago"), (-5_399, "in 89 min"), (5_400, "1 h ago"), (-5_400, "in 1 h"),
    (129_599, "35 h ago"), (-129_599, "in 35 h"), (129_600, "1 day ago"),
    (-129_600, "in 1 day"), (-172_800, "in 2 days"), (89.9, "89 s ago"),
])
def test_human_age_units(seconds: int, text: str) -> None:
    assert human_age(seconds) == text


# --- boundaries, each on both sides ------------------------------------------------------------

def test_nesting_limit_is_exactly_32_levels() -> None:
    from licensegui.core.strict_decoding import MAX_JSON_DEPTH, _nested_too_deep

    assert MAX_JSON_DEPTH == 32
    assert not _nested_too_deep(json.loads("[" * 32 + "]" * 32))
    assert _nested_too_deep(json.loads("[" * 33 + "]" * 33))
    assert not _nested_too_deep({"a": [[1]], "b": {}}, limit=3)
    assert _nested_too_deep({"a": [[1]]}, limit=2)
    assert not _nested_too_deep("flat") and not _nested_too_deep(5, limit=0)


def test_plausibility_edges_are_inclusive(signer: Signer, trust: TrustStore) -> None:
    def check(**payload: Any) -> Verdict:
        base = {"code": 800, "message": "m", "timestamp": T}
        body = php_json(signer.envelope({**base, **payload})).encode()
        return verify_body(body, trust, clock=lambda: T)

    assert check(timestamp=946_684_800).verified  # 2000-01-01 00:00:00 UTC itself
    assert check(code=0).verified and check(code=9_999).verified
    assert check(code=-1).reason == Reason.IMPLAUSIBLE


def test_a_text_body_is_checked_like_bytes(signer: Signer, trust: TrustStore) -> None:
    text = php_json(signer.envelope({"code": 800, "message": "m", "timestamp": T}))
    assert verify_body(text, trust, clock=lambda: T).verified


def test_outcome_words_without_a_payload_and_for_other_codes(
        signer: Signer, trust: TrustStore) -> None:
    no_payload = describe(verify_body(b"[]", trust))
    assert no_payload.hint == ("Do not rely on this answer: it could not be shown to come from "
                               "your vendor's server. Check again, or ask your vendor.")
    body = php_json(signer.envelope({"code": 300, "message": "Activated", "timestamp": T}))
    other = describe(verify_body(body.encode(), trust, clock=lambda: T))
    assert (other.title, other.hint) == ("Code 300: Activated", "Not an assignment result.")


def test_the_no_record_hint_names_the_attempt_that_may_hold_the_key(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """After a verified 801: "no record" unless one of this computer's own attempts has no
    known outcome, which is then named (untrusted names cleaned and cut at 80 characters)."""
    from licensegui.core.ledger import Earlier
    from licensegui.core.outcome import NO_RECORD, no_record_hint

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        unknown = Earlier(at=T, owner_name="Ann\u202eLee " + "x" * 100, email="ann@example.com",
                          history_id=42, idempotency_key="k", outcome=Kind.UNKNOWN)
        assert no_record_hint(None) == NO_RECORD
        for other in (Kind.ALREADY_ASSIGNED, Kind.ASSIGNED_ELSEWHERE):
            assert no_record_hint(Earlier(T, "Ann", "a@x.org", 1, "k", other)) == NO_RECORD
        owner = "Ann?Lee " + "x" * 71 + "…"
        assert no_record_hint(unknown) == (
            "This computer holds no answer assigning this key, but its attempt #42 for "
            f"{owner} (ann@example.com) on 2023-11-14 22:13:20 has no known outcome and may "
            "hold it. Check that attempt (View → Unknown outcomes…, or licensegui-cli history "
            "check).")
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize("sent", [False, True])
def test_what_the_ledger_knows_is_said_exactly(monkeypatch: pytest.MonkeyPatch,
                                               sent: bool) -> None:
    """describe_known, every branch: this computer's own record, a colleague's from the team
    ledger (who, from which computer), an unknown outcome; names cleaned and cut at 80."""
    from licensegui.core.ledger import Earlier
    from licensegui.core.outcome import describe_known

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        long = "Bea\u202e" + "y" * 90
        mine = Earlier(T, long, "bea@example.com", 7, "k", Kind.ASSIGNED_ELSEWHERE)
        team = Earlier(T, "Cy", "cy@example.com", None, "k", Kind.ASSIGNED_ELSEWHERE,
                       staff="dora\u202e", computer="desk-" + "z" * 90, source="team")
        cut = "Bea?" + "y" * 75 + "…"
        when = "2023-11-14 22:13:20"
        nothing = "" if sent else " Nothing was sent."

        def said(outcome: str, earlier: Earlier | None) -> tuple[str, str, str] | None:
            found = describe_known(outcome, earlier, sent=sent)
            return None if found is None else (found.outcome, found.title, found.hint)

        assert said(Kind.ALREADY_ASSIGNED, mine) == (
            Kind.ALREADY_ASSIGNED, "Already assigned",
            f"The server says it is already assigned: to this owner, on {when} by this "
            "computer." if sent else f"Already assigned to this owner on {when} by this "
            "computer. Nothing was sent again; the stored signed answer is the receipt.")
        assert said(Kind.ASSIGNED_ELSEWHERE, mine) == (
            Kind.ASSIGNED_ELSEWHERE, "Assigned to someone else",
            f"Already assigned to {cut} (bea@example.com) on {when} by this computer."
            + nothing)
        desk = "desk-" + "z" * 74 + "…"
        for outcome, title in ((Kind.ALREADY_ASSIGNED, "Already assigned"),
                               (Kind.ASSIGNED_ELSEWHERE, "Assigned to someone else")):
            assert said(outcome, team) == (
                outcome, title, f"Already assigned to Cy (cy@example.com) on {when} by dora? "
                f"on {desk} (team ledger)." + nothing)
        assert said(Kind.ASSIGNED_ELSEWHERE, None) is None
        assert said(Kind.UNKNOWN, None) == (
            Kind.UNKNOWN, "Outcome unknown",
            "The request went out and no answer came back: the server may have assigned the "
            "key. Send the same request again to learn the outcome (it is sent with the same "
            "Idempotency-Key).")
        assert said(Kind.ASSIGNED, mine) is None
    finally:
        monkeypatch.undo()
        time.tzset()
