"""The one vocabulary of stable codes (row states and statuses, reasons, outcomes, endings).

Every value is the exact string scripts already read in JSON, CSV, the journal and history:
a :class:`~enum.StrEnum` member *is* that string (``RowStatus.ASSIGNED == "assigned"``), so
files and output are unchanged while the code names each code once. What a reason comes to in
words, for a person, is in :data:`REASON_WORDS`, the one table of them.
"""

from __future__ import annotations

from enum import StrEnum

from licensegui.core.text import Text, translate


class RowState(StrEnum):
    """Where a batch row is in the journal's protocol (its ``state`` column)."""

    # Valid, not sent yet (its Idempotency-Key is already committed).
    PENDING = "pending"
    # Unusable as read; never sent.
    INVALID = "invalid"
    # Same license key as an earlier row; never sent.
    DUPLICATE = "duplicate"
    # Claimed: it may have reached the server; re-sent with the same key until answered.
    SENT = "sent"
    # Answered; never sent again.
    DONE = "done"
    # A blank row of the input (kept so the results sit row for row beside it); never sent.
    BLANK = "blank"


class RowStatus(StrEnum):
    """A batch row's final status, as the results file spells it (scripts match on these)."""

    ASSIGNED = "assigned"
    REFUSED = "refused"
    NOT_VERIFIED = "not_verified"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    # No answer (yet).
    NOT_SENT = "not_sent"
    # Not sent: this computer's history holds a verified 800 for the same owner (done).
    ALREADY_ASSIGNED = "already_assigned"
    # Not sent: this computer's history holds a verified 800 for another owner or email.
    ASSIGNED_ELSEWHERE = "assigned_elsewhere"
    # A blank row of the input, kept in its place; nothing to send.
    BLANK = "blank"


# The statuses every count names, even at zero (what scripts have always read), in the order
# counts and summaries list them.
STATUSES = tuple(s for s in RowStatus
                 if s not in (RowStatus.ALREADY_ASSIGNED, RowStatus.ASSIGNED_ELSEWHERE,
                              RowStatus.BLANK))
# With the ledger's two (already_assigned, assigned_elsewhere) and blank rows, named once a
# row has them.
ALL_STATUSES = tuple(RowStatus)


class Reason(StrEnum):
    """Stable reason codes (scripts match on these; the sentences may be reworded)."""

    # A verdict's: why an answer is, or is not, authentic.
    VERIFIED = "verified"
    EMPTY = "empty_body"
    NOT_JSON = "not_json"
    MALFORMED_ENVELOPE = "malformed_envelope"
    UNSIGNED = "unsigned"
    UNKNOWN_KEY_LABEL = "unknown_key_label"
    KEY_MISSING = "key_missing"
    SIGNATURE_NOT_BASE64 = "signature_not_base64"
    SIGNATURE_LENGTH = "signature_length"
    SIGNATURE_MISMATCH = "signature_mismatch"
    PAYLOAD_NOT_BASE64 = "payload_not_base64"
    PAYLOAD_MALFORMED = "payload_malformed"
    UNSIGNED_COPY_DIFFERS = "unsigned_copy_differs"
    STALE = "stale_or_replayed"
    REPLAYED = "replayed"
    IMPLAUSIBLE = "implausible_payload"
    INTERNAL = "internal_error"
    # An attempt without an answer.
    NETWORK_ERROR = "network_error"
    CANCELLED = "cancelled"
    # The server redirected to plain http: nothing was sent there.
    INSECURE_URL = "insecure_url"
    # The server's address or certificate is wrong (an untrusted certificate, a redirect
    # loop): a configuration problem, nothing was acted on; retrying later will not help.
    SERVER_SETUP = "server_setup"
    # An attempt that went out without an answer (no answer, cancelled in flight, killed):
    # the server may have acted. (``cancelled`` means provably never sent.)
    UNKNOWN = "unknown"
    # A batch row's.
    # An HTTP error page instead of a signed answer: the server may not have acted.
    SERVER_ERROR = "server_error"
    API_KEY_REFUSED = "api_key_refused"
    ACCESS_DENIED = "access_denied"
    # 807: queued by the server; the row stays sent and a resume asks again (same key).
    QUEUED = "queued"
    # A refused row whose key was probably assigned by its own earlier, unanswered send.
    MAYBE_ASSIGNED_EARLIER = "maybe_assigned_earlier"
    INVALID_ROW = "invalid_row"
    INVALID_LICENSE_KEY = "invalid_license_key"
    INVALID_OWNER_NAME = "invalid_owner_name"
    INVALID_EMAIL = "invalid_email"
    DUPLICATE = "duplicate"
    # A line of a receipts file that is not a receipt.
    NOT_A_RECEIPT = "not_a_receipt"


# Reasons meaning "this is no signed envelope at all", as opposed to one that fails its checks.
NOT_SIGNED_REASONS = frozenset({Reason.EMPTY, Reason.NOT_JSON, Reason.MALFORMED_ENVELOPE})
# Reasons of an attempt that got no answer at all.
NO_ANSWER_REASONS = frozenset({Reason.CANCELLED, Reason.NETWORK_ERROR, Reason.INSECURE_URL,
                               Reason.SERVER_SETUP})


class Outcome(StrEnum):
    """What became of one request, for scripts and the window (``AttemptReport.outcome``)."""

    ASSIGNED = "assigned"
    # A verified 800 for the same owner and email is already on record: not sent again.
    ALREADY_ASSIGNED = "already_assigned"
    # A verified 800 for another owner or email is on record (or a verified 801 says so).
    ASSIGNED_ELSEWHERE = "assigned_elsewhere"
    REFUSED = "refused"
    API_KEY_REFUSED = "api_key_refused"
    # 150: the server denies this computer (a blocked IP address or identifier).
    ACCESS_DENIED = "access_denied"
    # 807: the server queued the request; neither assigned nor refused yet (ask again).
    QUEUED = "queued"
    SERVER_ERROR = "server_error"
    NOT_AUTHENTIC = "not_authentic"
    # It went out and no answer came back: the server may have acted.
    UNKNOWN = "unknown"
    # Cancelled, provably before it was sent.
    CANCELLED = "cancelled"
    # Provably never reached the server (connection refused, an insecure redirect).
    NOT_SENT = "not_sent"


class Ending(StrEnum):
    """Why a batch run returned."""

    FINISHED = "finished"  # every row has its final status
    STOPPED = "stopped"  # the user stopped it (resumable)
    NETWORK = "network"  # too many network failures in a row (resumable)
    API_KEY = "api_key_refused"  # the server refused the API key (fix it, then resume)
    INSECURE = "insecure_url"  # the server redirected to plain http: nothing sent there
    JOURNAL = "journal_error"  # the journal could not be written: stopped at once
    # The server's address or certificate is wrong: fix the profile, then resume.
    SERVER_SETUP = "server_setup"
    ACCESS_DENIED = "access_denied"  # 150: the server denies this computer (ask the vendor)


# What each reason comes to in words, for a person (stored rows keep their English sentence,
# read by scripts too; on screen the words are said again from the code). A verdict reason's
# words are a few, for a badge title ("{label}" is the signing key's label); the others are
# a sentence. Each keeps the translation context it has always had, so the catalogs match.
REASON_WORDS: dict[Reason, Text] = {
    Reason.VERIFIED: translate("Outcome", "signature verified"),
    Reason.EMPTY: translate("Outcome", "empty answer"),
    Reason.NOT_JSON: translate("Outcome", "not a signed response"),
    Reason.MALFORMED_ENVELOPE: translate("Outcome", "not a signed response"),
    Reason.UNSIGNED: translate("Outcome", "the server did not sign it"),
    Reason.UNKNOWN_KEY_LABEL: translate("Outcome", "unknown signing key"),
    Reason.KEY_MISSING: translate("Outcome", "no {label} key configured"),
    Reason.SIGNATURE_NOT_BASE64: translate("Outcome", "signature is garbled"),
    Reason.SIGNATURE_LENGTH: translate("Outcome", "signature has the wrong size"),
    Reason.SIGNATURE_MISMATCH: translate("Outcome", "signature does not match"),
    Reason.PAYLOAD_NOT_BASE64: translate("Outcome", "signed text is garbled"),
    Reason.PAYLOAD_MALFORMED: translate("Outcome", "signed payload is malformed"),
    Reason.UNSIGNED_COPY_DIFFERS: translate("Outcome", "edited after signing"),
    Reason.STALE: translate("Outcome", "stale or replayed"),
    Reason.INTERNAL: translate("Outcome", "could not be checked"),
    Reason.IMPLAUSIBLE: translate("Outcome", "implausible signed values"),
    Reason.REPLAYED: translate("Outcome", "a replayed earlier answer"),
    Reason.CANCELLED: translate("HistoryWindow", "Cancelled before an answer."),
    Reason.NETWORK_ERROR: translate("HistoryWindow", "No answer: the request failed."),
    Reason.UNKNOWN: translate("HistoryWindow",
                              "Outcome unknown: the request went out and no answer came back."),
    Reason.INSECURE_URL: translate("HistoryWindow", "Not sent: the address is not secure."),
    Reason.SERVER_SETUP: translate("HistoryWindow",
                                   "Not sent: check the server's address and certificate."),
    Reason.INVALID_LICENSE_KEY: translate("BatchWindow", "The license key is not valid."),
    Reason.INVALID_OWNER_NAME: translate("BatchWindow", "The owner name is not valid."),
    Reason.INVALID_EMAIL: translate("BatchWindow", "The email address is not valid."),
    Reason.INVALID_ROW: translate("BatchWindow",
                                  "This row does not have the header's number of values."),
    Reason.DUPLICATE: translate("BatchWindow",
                                "Same license key as an earlier row; only that row is sent."),
}


def reason_words(reason: str, key_label: str | None = None) -> str:
    """The words for a stable reason code; an unknown code as itself, spaced out."""
    words = REASON_WORDS.get(reason)  # type: ignore[call-overload]  # any str may be a code
    if words is None:
        return reason.replace("_", " ")
    return words.format(label=key_label or "signing")
