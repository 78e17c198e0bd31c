"""What a signed response *means* for the person at the desk, apart from whether it is
authentic. Pure data: the GUI and CLI render the same words."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum

from licensegui.core.envelope import EARLIEST_PLAUSIBLE_TS, Verdict, clean_untrusted

#: What the outcome line shows of a server's message at most (the details pane has it all).
MESSAGE_SHOWN_MAX = 200
#: 9999-12-31: past this, platform time functions overflow (or raise) on some systems.
_LATEST_FORMATTABLE_TS = 253_402_300_799


class Kind(Enum):
    ASSIGNED = "assigned"
    REFUSED = "refused"
    API_KEY = "api_key"
    OTHER = "other"
    UNVERIFIED = "unverified"
    #: A live answer that does not even claim to be signed (an HTTP error page).
    SERVER_ERROR = "server_error"


@dataclass(frozen=True)
class Outcome:
    kind: Kind
    title: str
    hint: str


_API_KEY_HINTS = {
    100: "The server does not know this API key. Check it in Settings → API key "
         "(copy it again from the vendor's portal).",
    101: "This API key is inactive. Ask your vendor to re-activate it.",
    102: "This API key may not assign license keys. Ask your vendor to grant that permission.",
    103: "This API key cannot be used from your IP address. Ask your vendor to allow it.",
}

_REFUSALS = {
    801: "invalid or already assigned",
    802: "insufficient license keys",
    805: "product not found",
    806: "generator not found",
    150: "access denied",
}


#: Reasons meaning "this is no signed envelope at all", as opposed to one that fails its checks.
NOT_SIGNED_REASONS = frozenset({"empty_body", "not_json", "malformed_envelope"})


def describe(verdict: Verdict, http_status: int | None = None) -> Outcome:
    """The outcome line. An unverified answer never reads as a success, whatever it claims.

    With ``http_status`` (a live answer), a body that is no signed envelope at all is called
    a server error, not a forgery: "not authentic" is kept for answers that claim to be signed.
    """
    if http_status is not None and verdict.reason in NOT_SIGNED_REASONS:
        what = (f"an error (HTTP {http_status})" if http_status >= 400
                else f"something else (HTTP {http_status})")
        title = (f"Server error (HTTP {http_status})" if http_status >= 400
                 else f"No signed answer (HTTP {http_status})")
        return Outcome(Kind.SERVER_ERROR, title,
                       f"The server answered with {what}, not a signed answer. Nothing was "
                       "verified; try again later, or ask your vendor if it persists.")
    code = verdict.code
    # Even a signed message is server text: no markup, control or bidi characters on screen.
    message = clean_untrusted(verdict.message or "", MESSAGE_SHOWN_MAX)
    if not verdict.verified:
        claim = (f" It claims {clean_untrusted(code, 24)} “{clean_untrusted(message, 80)}”."
                 if code is not None else "")
        return Outcome(
            Kind.UNVERIFIED,
            "Unknown — the answer is not authentic",
            "Do not rely on this answer: it could not be shown to come from your vendor's "
            f"server.{claim} Check again, or ask your vendor.",
        )
    if code == 800:
        return Outcome(Kind.ASSIGNED, "Assigned", "The license key is now assigned to this owner.")
    if code == 803:
        return Outcome(Kind.ASSIGNED, "Assigned (bulk)", message)
    if code == 807:
        return Outcome(Kind.OTHER, "Queued (807)", "The server queued the request; check later.")
    if code in _API_KEY_HINTS:
        return Outcome(Kind.API_KEY, f"API key problem ({code}): {message}", _API_KEY_HINTS[code])
    if code in _REFUSALS:
        return Outcome(Kind.REFUSED, f"Refused ({code}): {_REFUSALS[code]}", message)
    return Outcome(Kind.OTHER, f"Code {code}: {message}", "Not an assignment result.")


_SHORT_REASONS = {
    "empty_body": "empty answer",
    "not_json": "not a signed response",
    "malformed_envelope": "not a signed response",
    "unsigned": "the server did not sign it",
    "unknown_key_label": "unknown signing key",
    "key_missing": "no {label} key configured",
    "signature_not_base64": "signature is garbled",
    "signature_length": "signature has the wrong size",
    "signature_mismatch": "signature does not match",
    "payload_not_base64": "signed text is garbled",
    "payload_malformed": "signed payload is malformed",
    "unsigned_copy_differs": "edited after signing",
    "stale_or_replayed": "stale or replayed",
    "internal_error": "could not be checked",
    "implausible_payload": "implausible signed values",
    "replayed": "a replayed earlier answer",
}


def short_reason(verdict: Verdict) -> str:
    """A few words for the badge title; the full sentence is ``verdict.detail``."""
    text = _SHORT_REASONS.get(verdict.reason, verdict.reason.replace("_", " "))
    return text.format(label=verdict.key_label or "signing")


def format_timestamp(timestamp: float) -> str:
    """Local ``YYYY-MM-DD HH:MM:SS`` for a plausible Unix time; anything else as the number
    with a note, never handed to platform time functions that can fail on it."""
    if EARLIEST_PLAUSIBLE_TS <= timestamp <= _LATEST_FORMATTABLE_TS:
        try:
            return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(timestamp))
        except (OverflowError, OSError, ValueError):
            pass
    return f"{clean_untrusted(timestamp, 24)} (not a plausible time)"


def human_age(seconds: float) -> str:
    """'12 s ago', '3 min ago', '5 h ago', '2 days ago', or 'in 40 s' for the future."""
    future = seconds < 0
    s = abs(int(seconds))
    if s < 90:
        text = f"{s} s"
    elif s < 90 * 60:
        text = f"{s // 60} min"
    elif s < 36 * 3600:
        text = f"{s // 3600} h"
    else:
        text = f"{s // 86400} days"
    return f"in {text}" if future else f"{text} ago"
