"""The self-test's sample is a genuine signed answer: it verifies, and any change breaks it."""

from __future__ import annotations

from licensegui.core.envelope import verify_body
from licensegui.core.sample import SAMPLE_PUBLIC_KEY_PEM, SAMPLE_RESPONSE
from licensegui.core.trust import TrustStore


def test_sample_verifies_with_its_key() -> None:
    verdict = verify_body(SAMPLE_RESPONSE, TrustStore.from_pems({"global": SAMPLE_PUBLIC_KEY_PEM}))
    assert verdict.verified
    assert verdict.code == 800


def test_sample_edited_does_not_verify() -> None:
    edited = SAMPLE_RESPONSE.replace(b'"signature":"Q5', b'"signature":"Q6')
    assert edited != SAMPLE_RESPONSE
    trust = TrustStore.from_pems({"global": SAMPLE_PUBLIC_KEY_PEM})
    assert not verify_body(edited, trust).verified
