"""What a signed response *means* for the person at the desk, apart from whether it is
authentic. Pure data: the GUI and CLI render the same words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from licensegui.core.envelope import Verdict


class Kind(Enum):
    ASSIGNED = "assigned"
    REFUSED = "refused"
    API_KEY = "api_key"
    OTHER = "other"
    UNVERIFIED = "unverified"


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


def describe(verdict: Verdict) -> Outcome:
    """The outcome line. An unverified answer never reads as a success, whatever it claims."""
    code, message = verdict.code, verdict.message or ""
    if not verdict.verified:
        claim = f" It claims {code} “{message[:80]}”." if code is not None else ""
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
