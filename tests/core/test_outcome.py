"""What an answer means for the person at the desk: never "Assigned" unless verified."""

from __future__ import annotations

import pytest

from licensegui.core.codes import Outcome as Kind
from licensegui.core.envelope import Freshness, Reason, verify_body
from licensegui.core.http.client import HttpResult
from licensegui.core.outcome import describe, format_timestamp, human_age
from licensegui.core.service import AssignResult
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest
from licensegui.sandbox.signer import Signer, php_json

T = 1_700_000_000


def _verdict(signer: Signer, trust: TrustStore, edit_copy: bool = False,
             stale: bool = False, code: int = 800) -> object:
    envelope = signer.envelope({"code": code, "message": "License key assigned",
                                "timestamp": T})
    if edit_copy:
        envelope["response"]["message"] = "edited"
    fresh = Freshness(T + 10_000, T + 10_000) if stale else Freshness(T, T)
    return verify_body(php_json(envelope).encode(), trust, fresh, clock=lambda: T)


@pytest.mark.parametrize(("edit_copy", "stale", "reason"), [
    (True, False, Reason.UNSIGNED_COPY_DIFFERS), (False, True, Reason.STALE)])
def test_genuinely_signed_but_unverified_800_is_never_assigned(
        signer: Signer, trust: TrustStore, edit_copy: bool, stale: bool, reason: str) -> None:
    verdict = _verdict(signer, trust, edit_copy=edit_copy, stale=stale)
    assert verdict.code == 800 and verdict.signature_valid and verdict.reason == reason
    outcome = describe(verdict)
    assert outcome.outcome is Kind.NOT_AUTHENTIC and "Assigned" not in outcome.title
    http = HttpResult("u", 200, b"", "", "k", 1, T, T, 0.1)
    result = AssignResult(AssignRequest("abcd-1", "A", "a@example.com"), http, verdict)
    assert result.assigned is False


def test_verified_800_is_assigned(signer: Signer, trust: TrustStore) -> None:
    verdict = _verdict(signer, trust)
    assert describe(verdict).outcome is Kind.ASSIGNED
    http = HttpResult("u", 200, b"", "", "k", 1, T, T, 0.1)
    assert AssignResult(AssignRequest("abcd-1", "A", "a@example.com"), http, verdict).assigned


def test_verified_801_is_refused_not_assigned(signer: Signer, trust: TrustStore) -> None:
    verdict = _verdict(signer, trust, code=801)
    assert describe(verdict).outcome is Kind.REFUSED
    http = HttpResult("u", 200, b"", "", "k", 1, T, T, 0.1)
    assert not AssignResult(AssignRequest("abcd-1", "A", "a@example.com"), http,
                            verdict).assigned


@pytest.mark.parametrize("ts", [10**17, -(10**18), 0, 253_402_300_800, float("inf")])
def test_absurd_timestamps_are_shown_as_numbers(ts: float) -> None:
    assert "not a plausible time" in format_timestamp(ts)


def test_plausible_timestamp_is_a_date() -> None:
    assert format_timestamp(T)[:4] == "2023"
    assert human_age(90) == "1 min ago" and human_age(-30) == "in 30 s"


# --- issue 19: the next step, repeats, what an edited copy changed, a pasted body ----------

@pytest.mark.parametrize(("outcome", "code", "action", "words"), [
    ("refused", 801, "", "vendor's portal"),
    ("refused", 802, "", "ask your vendor for more"),
    ("refused", 805, "", "with your vendor"),
    ("assigned_elsewhere", 801, "", "another license key"),
    ("api_key_refused", 100, "settings", "API key in Settings"),
    ("server_error", None, "send_again", "Idempotency-Key"),
    ("unknown", None, "check_now", "Check now"),
    ("cancelled", None, "send_again", "Nothing was sent"),
    ("not_sent", None, "settings", "server address"),
    ("not_authentic", None, "settings", "Do not rely on this answer"),
    ("no such outcome", None, "check_now", "Check now"),
])
def test_every_non_success_says_what_to_do_next(outcome: str, code: int | None, action: str,
                                                words: str) -> None:
    from licensegui.core.headline import next_step

    step = next_step(outcome, code)
    assert step.action == action and words in step.words


@pytest.mark.parametrize("outcome", ["assigned", "already_assigned"])
def test_a_success_needs_no_next_step(outcome: str) -> None:
    from licensegui.core.headline import NextAction, next_step

    assert next_step(outcome, 800) == next_step(outcome) and not next_step(outcome).words
    assert next_step(outcome).action is NextAction.NONE


def test_a_repeat_never_reads_as_a_first_assignment() -> None:
    from licensegui.core.headline import Tone, headline, repeated

    again = repeated(headline("assigned"))
    assert again.words == "Still assigned, confirmed by the server" and again.tone is Tone.SETTLED
    assert repeated(headline("refused")).words == "Refused (sent again)"
    assert repeated(headline("refused")).tone is Tone.REFUSED


def test_an_edited_copy_is_shown_field_by_field(signer: Signer, trust: TrustStore) -> None:
    from licensegui.core.outcome import copy_differences

    envelope = signer.envelope({"code": 800, "message": "License key assigned",
                                "timestamp": T, "extra": {"n": 1}})
    envelope["response"].update(code=900, added="<b>x</b>")
    envelope["response"]["extra"] = {"n": 1.0}
    del envelope["response"]["message"]
    verdict = verify_body(php_json(envelope).encode(), trust, clock=lambda: T)
    assert verdict.reason == Reason.UNSIGNED_COPY_DIFFERS
    diffs = copy_differences(verdict)
    assert diffs[:3] == [("code", "800", "900"), ("message", '"License key assigned"', "—"),
                         ("extra.n", "1", "1.0")]  # 1 and 1.0 differ, as the verifier says
    field, signed, readable = diffs[3]
    assert (field, signed) == ("added", "—")
    assert "<" not in readable and "b" in readable  # server text: no markup on screen
    assert len(diffs) == 4
    genuine = verify_body(php_json(signer.envelope({"code": 800, "message": "m",
                                                    "timestamp": T})).encode(), trust,
                          clock=lambda: T)
    assert copy_differences(genuine) == []


@pytest.mark.parametrize(("text", "expected"), [
    ('{"response": {}, "response_base64": "e30=", "signature": "x"}', True),
    ('  {"signature": "x"}\n', True),
    ('{"response": {"code": 800}}', False),
    ("not a response", False),
    ("[1, 2]", False),
    ("{broken", False),
    ("", False),
])
def test_a_pasted_response_body_is_recognised(text: str, expected: bool) -> None:
    from licensegui.core.outcome import looks_like_response

    assert looks_like_response(text) is expected


@pytest.mark.parametrize("reason", ["unsigned_copy_differs", "replayed", "stale_or_replayed"])
def test_an_answer_changed_after_signing_is_not_sent_to_the_public_key(reason: str) -> None:
    """Issue 28, item 8: an answer edited after signing (its signature sound) was told to
    check the profile's public key — the wrong advice. A signature that does not match still
    is (the key, or the vendor's signing key, may have changed)."""
    from licensegui.core.headline import NextAction, next_step

    step = next_step("not_authentic", 800, reason)
    assert "changed after the server signed it" in str(step.words)
    assert "public key" not in str(step.words) and step.action is NextAction.SEND_AGAIN
    assert "public key" in str(next_step("not_authentic", None, "signature_mismatch").words)
