"""Parse a Key Manager response envelope and decide, truthfully, whether it is authentic.

The scheme (see the project's keymanager-api reference, measured on real responses):
``signature`` is base64 of an RSASSA-PKCS1-v1_5 / SHA-256 signature over the ASCII bytes of
the ``response_base64`` *string exactly as sent*, with the key named by ``private_key_used``.
The code, message and timestamp a user sees come from the decoded ``response_base64``
(the signed payload), never from the unsigned ``response`` copy beside it.

:func:`verify_body` never raises: every way a body can be wrong is a :class:`Verdict` with
``verified=False``, a stable ``reason`` code and a sentence for a person.
"""

from __future__ import annotations

import binascii
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from licensegui.core.codes import Reason
from licensegui.core.strict_decoding import as_int, b64decode_strict, same_json, strict_json
from licensegui.core.text import translate
from licensegui.core.trust import KEY_LABELS, TrustedKey, TrustStore

DEFAULT_REPLAY_WINDOW_S = 300
#: No Key Manager answer predates 2000-01-01; an earlier signed time is a forgery or a bug.
EARLIEST_PLAUSIBLE_TS = 946_684_800
#: A signed time this far ahead of the local clock cannot be a real answer, live or saved.
FUTURE_SLACK_S = 86_400
#: Key Manager codes are three digits; messages are one short sentence.
MAX_PLAUSIBLE_CODE = 9_999
MAX_PLAUSIBLE_MESSAGE = 1_000
#: What a server with no signing key configured puts in ``signature``.
UNSIGNED_MARKER = "private key not set"


@dataclass(frozen=True)
class SignedPayload:
    """The decoded ``response_base64``: what the server signed."""

    code: int
    message: str
    timestamp: int
    extra: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Verdict:
    """The answer to "is this response authentic, and what does it say?"."""

    verified: bool
    reason: str
    detail: str
    key_label: str | None = None
    key_fingerprint: str | None = None
    key_bits: int | None = None
    #: True/False once the RSA check ran; None when it could not run (e.g. no key).
    signature_valid: bool | None = None
    #: Decoded signed payload. Present even when not verified, so QA can see what was
    #: *claimed*; a front must label it unverified unless ``verified`` is True.
    payload: SignedPayload | None = None
    unsigned_copy_matches: bool | None = None
    unsigned_copy: Any = None
    checked_at: float = 0.0
    freshness_checked: bool = False
    #: The envelope's ``signature`` text as received (to recognise a replayed answer).
    signature: str | None = None

    @property
    def code(self) -> int | None:
        return self.payload.code if self.payload else None

    @property
    def message(self) -> str | None:
        return self.payload.message if self.payload else None

    @property
    def timestamp(self) -> int | None:
        return self.payload.timestamp if self.payload else None

    def age_seconds(self, now: float | None = None) -> float | None:
        if self.timestamp is None:
            return None
        return (time.time() if now is None else now) - self.timestamp

    def to_json(self) -> dict[str, Any]:
        """A plain dict for ``--json`` output and the history database."""
        return {
            "verified": self.verified,
            "reason": self.reason,
            "detail": self.detail,
            "code": self.code,
            "message": self.message,
            "timestamp": self.timestamp,
            "key_label": self.key_label,
            "key_fingerprint": self.key_fingerprint,
            "key_bits": self.key_bits,
            "signature_valid": self.signature_valid,
            "unsigned_copy_matches": self.unsigned_copy_matches,
            "freshness_checked": self.freshness_checked,
            "payload": self.payload.raw if self.payload else None,
        }


@dataclass(frozen=True)
class Freshness:
    """For live calls: when the request was sent and the answer received (Unix seconds)."""

    sent_at: float
    received_at: float
    window_s: float = DEFAULT_REPLAY_WINDOW_S


class _Reject(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\u061c\ufeff]")
# Markup characters become look-alikes: server text must never be read as rich text or an
# entity, whatever widget or log ends up showing it.
_MARKUP = str.maketrans({"<": "‹", ">": "›", "&": "＆"})


def clean_untrusted(value: object, limit: int = 60) -> str:
    """Server- or file-supplied text made safe to show: control, bidi and markup characters
    replaced, length capped (with an ellipsis)."""
    text = _CONTROL.sub("?", str(value)).translate(_MARKUP)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def quote_untrusted(value: object, limit: int = 60) -> str:
    """:func:`clean_untrusted`, in quotation marks, for a sentence."""
    return f"“{clean_untrusted(value, limit)}”"


def decode_payload(response_base64: str) -> SignedPayload:
    """Decode the signed text into a payload; raises :class:`_Reject` when it is not one."""
    try:
        raw_bytes = b64decode_strict(response_base64)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise _Reject(
            Reason.PAYLOAD_NOT_BASE64,
                      translate("Verifier",
                                "The signed payload (response_base64) is not valid base64.")
        ) from exc
    try:
        decoded = strict_json(raw_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _Reject(
            Reason.PAYLOAD_MALFORMED,
                      translate("Verifier", "The signed payload does not decode to JSON.")
        ) from exc
    if not isinstance(decoded, dict):
        raise _Reject(Reason.PAYLOAD_MALFORMED,
                      translate("Verifier", "The signed payload is not a JSON object."))
    code = as_int(decoded.get("code"))
    if code is None:
        raise _Reject(Reason.PAYLOAD_MALFORMED,
                      translate("Verifier", "The signed payload has no numeric code."))
    message = decoded.get("message")
    if not isinstance(message, str):
        raise _Reject(Reason.PAYLOAD_MALFORMED,
                      translate("Verifier", "The signed payload has no message text."))
    timestamp = as_int(decoded.get("timestamp"))
    if timestamp is None:
        raise _Reject(Reason.PAYLOAD_MALFORMED,
                      translate("Verifier", "The signed payload has no timestamp."))
    extra = {k: v for k, v in decoded.items() if k not in ("code", "message", "timestamp")}
    return SignedPayload(code, message, timestamp, extra, decoded)


@dataclass
class _Envelope:
    response_base64: str
    signature: str
    key_label: str
    unsigned_copy: Any


def _parse_envelope(body: bytes | str) -> _Envelope:
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _Reject(Reason.NOT_JSON,
                          translate("Verifier", "The response is not UTF-8 text.")) from exc
    else:
        text = body
    if not text.strip():
        raise _Reject(Reason.EMPTY, translate("Verifier", "The response body is empty."))
    try:
        data = strict_json(text)
    except (ValueError, RecursionError) as exc:
        hint = f": {exc}" if "duplicate member" in str(exc) else ""
        raise _Reject(Reason.NOT_JSON,
                      translate("Verifier",
                                "The response is not valid JSON{hint}.").format(hint=hint)) from exc
    if not isinstance(data, dict):
        raise _Reject(Reason.MALFORMED_ENVELOPE,
                      translate("Verifier", "The response is JSON but not a signed envelope."))
    missing = [k for k in ("response", "response_base64", "private_key_used", "signature")
               if k not in data]
    if missing:
        raise _Reject(
            Reason.MALFORMED_ENVELOPE,
            translate("Verifier",
                      "The response is not a signed envelope: missing "
                      "{fields}.").format(fields=', '.join(missing)),
        )
    wrong = [k for k in ("response_base64", "private_key_used", "signature")
             if not isinstance(data[k], str)]
    if not isinstance(data["response"], dict):
        wrong.insert(0, "response")
    if wrong:
        raise _Reject(
            Reason.MALFORMED_ENVELOPE,
            translate("Verifier",
                      "The signed envelope has fields of the wrong type: "
                      "{fields}.").format(fields=', '.join(wrong)),
        )
    return _Envelope(
        data["response_base64"], data["signature"], data["private_key_used"], data["response"]
    )


def _check_signed(env: _Envelope) -> None:
    # Checked before the key is picked: "the server never signed this" is the truer reason
    # than "you have no key for it".
    if env.signature.strip().lower() == UNSIGNED_MARKER:
        raise _Reject(
            Reason.UNSIGNED,
            translate("Verifier",
                      "The server did not sign this response (“Private key not set”): its signing "
                      "key is not configured."),
        )


def _check_signature(env: _Envelope, key: TrustedKey) -> None:
    sig_text = env.signature
    try:
        signature = b64decode_strict(sig_text)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise _Reject(
            Reason.SIGNATURE_NOT_BASE64,
            translate("Verifier",
                      "The signature is not base64 (server sent "
                      "{sig_text}).").format(sig_text=quote_untrusted(sig_text, 40)),
        ) from exc
    expected = (key.bits + 7) // 8
    if len(signature) != expected:
        raise _Reject(
            Reason.SIGNATURE_LENGTH,
            translate("Verifier",
                      "The signature is {length} bytes; the {label} key ({bits}-bit) makes "
                      "{expected}-byte signatures.").format(
                          length=len(signature), label=key.label, bits=key.bits, expected=expected),
        )
    try:
        signed_bytes = env.response_base64.encode("ascii")
    except UnicodeEncodeError as exc:
        raise _Reject(
            Reason.PAYLOAD_NOT_BASE64,
                      translate("Verifier",
                                "The signed payload (response_base64) is not ASCII base64.")
        ) from exc
    # Imported here, not with the module: the settings import it, the first paint needs none.
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    try:
        key.public_key.verify(signature, signed_bytes, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as exc:
        raise _Reject(
            Reason.SIGNATURE_MISMATCH,
            translate("Verifier",
                      "The signature does not match: the response was altered after signing, or "
                      "was not signed by the trusted {label} key.").format(label=key.label),
        ) from exc


def _pick_key(env: _Envelope, trust: TrustStore) -> TrustedKey:
    label = env.key_label
    if label not in KEY_LABELS:
        raise _Reject(
            Reason.UNKNOWN_KEY_LABEL,
            translate("Verifier",
                      "The response names an unknown signing key {label} (expected "
                      "{labels}).").format(label=quote_untrusted(label, 30),
                                         labels=' or '.join(KEY_LABELS)),
        )
    key = trust.get(label)
    if key is None:
        raise _Reject(
            Reason.KEY_MISSING,
            translate("Verifier",
                      "The response was signed with the {label} key, and no {label} public key is "
                      "configured: import it in Settings (or pass "
                      "--{label}-key).").format(label=label),
        )
    return key


def _check_plausible(payload: SignedPayload, now: float) -> None:
    # Checked after the signature: a genuine key can still sign nonsense (a broken server, a
    # leaked key), and nonsense must not turn green or reach platform time functions.
    if not EARLIEST_PLAUSIBLE_TS <= payload.timestamp <= now + FUTURE_SLACK_S:
        raise _Reject(
            Reason.IMPLAUSIBLE,
            translate("Verifier",
                      "The signed timestamp {timestamp} is not a plausible time (before 2000, or "
                      "more than a day ahead of this computer's clock). Do not rely on this "
                      "answer.").format(timestamp=payload.timestamp),
        )
    if not 0 <= payload.code <= MAX_PLAUSIBLE_CODE:
        raise _Reject(
            Reason.IMPLAUSIBLE,
            translate("Verifier",
                      "The signed code {code} is not a Key Manager "
                      "code.").format(code=clean_untrusted(payload.code, 24)),
        )
    if len(payload.message) > MAX_PLAUSIBLE_MESSAGE:
        raise _Reject(
            Reason.IMPLAUSIBLE,
            translate("Verifier",
                      "The signed message is {length} characters long; Key Manager messages are "
                      "one sentence. Do not rely on this "
                      "answer.").format(length=len(payload.message)),
        )


def _check_fresh(payload: SignedPayload, fresh: Freshness) -> None:
    lo = fresh.sent_at - fresh.window_s
    hi = fresh.received_at + fresh.window_s
    if not lo <= payload.timestamp <= hi:
        skew = payload.timestamp - fresh.received_at
        sentence = translate(
            "Verifier", "Stale or replayed: the signed timestamp is {seconds} s behind this "
            "computer's clock (allowed: ±{window} s). The signature itself is genuine; check "
            "the clock, or suspect a replayed answer.") if skew < 0 else translate(
            "Verifier", "Stale or replayed: the signed timestamp is {seconds} s ahead of this "
            "computer's clock (allowed: ±{window} s). The signature itself is genuine; check "
            "the clock, or suspect a replayed answer.")
        raise _Reject(Reason.STALE, sentence.format(seconds=abs(int(skew)),
                                                    window=int(fresh.window_s)))


def verify_body(
    body: bytes | str,
    trust: TrustStore,
    freshness: Freshness | None = None,
    clock: Callable[[], float] = time.time,
) -> Verdict:
    """Verify a raw response body. Never raises.

    ``freshness`` is for live calls only: a saved response being re-checked is not failed
    for its age (its timestamp is still reported).
    """
    checked_at = clock()
    state: dict[str, Any] = {"checked_at": checked_at}
    try:
        env = _parse_envelope(body)
        state["key_label"] = env.key_label
        state["unsigned_copy"] = env.unsigned_copy
        state["signature"] = env.signature
        # Decode what the server claims first (best effort), so that a red verdict can still
        # show QA what it said; nothing decoded here counts until the signature checks out.
        payload_error: _Reject | None = None
        try:
            state["payload"] = decode_payload(env.response_base64)
            state["unsigned_copy_matches"] = same_json(state["payload"].raw, env.unsigned_copy)
        except _Reject as rej:
            payload_error = rej
        _check_signed(env)
        key = _pick_key(env, trust)
        state["key_fingerprint"] = key.fingerprint
        state["key_bits"] = key.bits
        _check_signature(env, key)
        state["signature_valid"] = True
        if payload_error is not None:
            raise payload_error
        payload: SignedPayload = state["payload"]
        if not state["unsigned_copy_matches"]:
            raise _Reject(
                Reason.UNSIGNED_COPY_DIFFERS,
                translate("Verifier",
                          "The readable copy of the response differs from what was signed: it was "
                          "edited after signing. Only the signed values are shown."),
            )
        _check_plausible(payload, checked_at)
        if freshness is not None:
            state["freshness_checked"] = True
            _check_fresh(payload, freshness)
    except _Reject as rej:
        if rej.reason == Reason.SIGNATURE_MISMATCH:
            state["signature_valid"] = False
        return Verdict(False, rej.reason, rej.detail, **state)
    except Exception as exc:  # a verifier must never crash its caller
        return Verdict(
            False, Reason.INTERNAL,
                       translate("Verifier",
                                 "The response could not be checked "
                                 "({kind}).").format(kind=type(exc).__name__),
            **state,
        )
    return Verdict(
        True,
        Reason.VERIFIED,
        translate("Verifier",
                  "Signature verified with the {label} key.").format(label=state['key_label']),
        **state,
    )

