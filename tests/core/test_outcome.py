"""What an answer means for the person at the desk: never "Assigned" unless verified."""

from __future__ import annotations

import pytest

from licensegui.core.codes import OutcomeKind as Kind
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
    assert outcome.kind is Kind.UNVERIFIED and "Assigned" not in outcome.title
    http = HttpResult("u", 200, b"", "", "k", 1, T, T, 0.1)
    result = AssignResult(AssignRequest("abcd-1", "A", "a@example.com"), http, verdict)
    assert result.assigned is False


def test_verified_800_is_assigned(signer: Signer, trust: TrustStore) -> None:
    verdict = _verdict(signer, trust)
    assert describe(verdict).kind is Kind.ASSIGNED
    http = HttpResult("u", 200, b"", "", "k", 1, T, T, 0.1)
    assert AssignResult(AssignRequest("abcd-1", "A", "a@example.com"), http, verdict).assigned


def test_verified_801_is_refused_not_assigned(signer: Signer, trust: TrustStore) -> None:
    verdict = _verdict(signer, trust, code=801)
    assert describe(verdict).kind is Kind.REFUSED
    http = HttpResult("u", 200, b"", "", "k", 1, T, T, 0.1)
    assert not AssignResult(AssignRequest("abcd-1", "A", "a@example.com"), http,
                            verdict).assigned


@pytest.mark.parametrize("ts", [10**17, -(10**18), 0, 253_402_300_800, float("inf")])
def test_absurd_timestamps_are_shown_as_numbers(ts: float) -> None:
    assert "not a plausible time" in format_timestamp(ts)


def test_plausible_timestamp_is_a_date() -> None:
    assert format_timestamp(T)[:4] == "2023"
    assert human_age(90) == "1 min ago" and human_age(-30) == "in 30 s"
