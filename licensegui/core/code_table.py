"""What every Key Manager code means: the one table (issue 26).

A verified answer's signed ``code`` is looked up here and nowhere else: the single assignment's
outcome (``core/service.py``), the headline and History's outcome column
(``core/headline.py``), a batch row's status and whether the batch stops
(``core/batch/runner.py``), the outcome line's words (``core/outcome.py``), the ledger's
"this computer assigned it" (``core/ledger.py``) and the CLI's exit codes are all derived
from :data:`TABLE`. The code is authoritative, not the HTTP status: the same signed answer
means the same with HTTP 200 or 401.

Adding a code is one line in :data:`TABLE`; a code not in it reads as :data:`OTHER` (a
refusal: "not an assignment result"), and a batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass

from licensegui.core.codes import Outcome
from licensegui.core.text import Text, translate


@dataclass(frozen=True)
class CodeMeaning:
    """What one code means for the person at the desk and for a batch."""

    # What a verified answer with this code comes to.
    outcome: Outcome
    # The API table's meaning, in a few words ("invalid or already assigned").
    meaning: Text
    # Nothing more will get through (the API key or this computer is refused): a batch stops
    # after the first such answer, and nothing more is sent.
    ends_batch: bool = False
    # The key is invalid or assigned already: this computer's ledger may know to whom.
    taken: bool = False
    # The outcome line's title, when the code has one of its own.
    title: Text | None = None
    # The outcome line's advice, when the code has advice of its own.
    hint: Text | None = None
    # The headline's next step, when the code has one of its own (else its outcome's).
    step: Text | None = None
    # The HTTP status the documented server sends it with (what the sandbox answers).
    http_status: int = 200


_CHECK_WITH_VENDOR = translate(
    "Headline", "Check the license key with your vendor or in the vendor's portal: it is "
    "invalid, or it was assigned elsewhere.")
#: The headline's next step after any API-key refusal (100–103).
API_KEY_STEP = translate(
    "Headline", "The server refused the API key, not the license key: check the API key in "
    "Settings (copy it again from the vendor's portal), or ask your vendor.")


def _api_key(meaning: Text, hint: Text) -> CodeMeaning:
    """An API-key refusal (100–103): HTTP 401, and no row after it would get through."""
    return CodeMeaning(Outcome.API_KEY_REFUSED, meaning, ends_batch=True, hint=hint,
                       http_status=401)


TABLE: dict[int, CodeMeaning] = {
    100: _api_key(translate("Outcome", "invalid API key"), translate(
        "Outcome", "The server does not know this API key. Check it in Settings → API key "
        "(copy it again from the vendor's portal).")),
    101: _api_key(translate("Outcome", "inactive API key"), translate(
        "Outcome", "This API key is inactive. Ask your vendor to re-activate it.")),
    102: _api_key(translate("Outcome", "API key lacks permission"), translate(
        "Outcome", "This API key may not assign license keys. Ask your vendor to grant that "
        "permission.")),
    103: _api_key(translate("Outcome", "API key not allowed from this IP address"), translate(
        "Outcome", "This API key cannot be used from your IP address. Ask your vendor to "
        "allow it.")),
    150: CodeMeaning(Outcome.ACCESS_DENIED, translate("Outcome", "access denied"),
                     ends_batch=True, http_status=403, hint=translate(
                         "Outcome", "The server denies this computer access (a blocked IP "
                         "address or identifier). Ask your vendor.")),
    800: CodeMeaning(Outcome.ASSIGNED, translate("Outcome", "license key assigned"),
                     title=translate("Outcome", "Assigned"), hint=translate(
                         "Outcome", "The license key is now assigned to this owner.")),
    801: CodeMeaning(Outcome.REFUSED, translate("Outcome", "invalid or already assigned"),
                     taken=True, step=_CHECK_WITH_VENDOR),
    802: CodeMeaning(Outcome.REFUSED, translate("Outcome", "insufficient license keys"),
                     step=translate("Headline", "The vendor's server has no license keys left "
                                    "for this: ask your vendor for more.")),
    803: CodeMeaning(Outcome.ASSIGNED, translate("Outcome", "license keys assigned (bulk)"),
                     title=translate("Outcome", "Assigned (bulk)")),
    805: CodeMeaning(Outcome.REFUSED, translate("Outcome", "product not found")),
    806: CodeMeaning(Outcome.REFUSED, translate("Outcome", "generator not found")),
    807: CodeMeaning(Outcome.QUEUED, translate("Outcome", "request queued"),
                     title=translate("Outcome", "Queued (807)"), hint=translate(
                         "Outcome", "The server queued the request; check later.")),
}
#: Any other code (verify, activate, details codes, or one the API adds later).
OTHER = CodeMeaning(Outcome.REFUSED, translate("Outcome", "Not an assignment result."))

#: The codes that mean "assigned" (the ledger's "this computer assigned it" reads these).
ASSIGNED_CODES = frozenset(c for c, m in TABLE.items() if m.outcome == Outcome.ASSIGNED)
#: The codes that mean "not decided yet": kept like an unknown outcome, asked again later.
QUEUED_CODES = frozenset(c for c, m in TABLE.items() if m.outcome == Outcome.QUEUED)
#: The HTTP status of "Idempotency-Key reused with another request": an answer about our
#: re-send, never about the request first sent with that key (whose outcome stays unknown).
KEY_REUSED_STATUS = 422


def meaning_of(code: int | None) -> CodeMeaning:
    """The meaning of a signed code (``None``, no code: :data:`OTHER`)."""
    if code is None:
        return OTHER
    return TABLE.get(code, OTHER)


def is_assigned(code: int | None) -> bool:
    return code in ASSIGNED_CODES


def is_taken(code: int | None) -> bool:
    """Invalid or already assigned (801): whose it is, is the ledger's to say."""
    return meaning_of(code).taken


__all__ = ["API_KEY_STEP", "ASSIGNED_CODES", "KEY_REUSED_STATUS", "OTHER", "QUEUED_CODES",
           "TABLE", "CodeMeaning", "is_assigned", "is_taken", "meaning_of"]
