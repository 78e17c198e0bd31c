"""The headline of a result: what became of a request, in a few words, with a tone and an icon.

One vocabulary for the window, the batch rows, History and the CLI (issue 19): the outcome is
what a reseller reads first; the signature seal under it is its proof. Each outcome has a tone
of its own, so a refusal never shares a success's colour or its check mark, whatever the
seal says. Pure data: the fronts map a :class:`Tone` to their colours (``ui/tones.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from licensegui.core.code_table import API_KEY_STEP, meaning_of
from licensegui.core.codes import Outcome, Reason, RowStatus
from licensegui.core.text import Text, translate


class Tone(StrEnum):
    """A colour family. Values are stable (tests and stylesheets name them)."""

    # A new assignment: the one tone that reads as success.
    SUCCESS = "success"
    # Already assigned to this owner before: settled, nothing new happened.
    SETTLED = "settled"
    # The key belongs to someone else.
    TAKEN = "taken"
    # The server said no.
    REFUSED = "refused"
    # The user has to fix something on their side (the API key).
    ACTION = "action"
    # The server failed; nothing to conclude.
    TROUBLE = "trouble"
    # No answer: the outcome is not known (or the request never went out).
    UNKNOWN = "unknown"
    # The answer cannot be shown to come from the vendor: a warning, not a result.
    FORGED = "forged"


# The tones that may carry a check mark (the key is this owner's).
POSITIVE_TONES = frozenset({Tone.SUCCESS, Tone.SETTLED})


@dataclass(frozen=True)
class Headline:
    outcome: Outcome
    tone: Tone
    # A symbol every desktop font has; a check mark only for :data:`POSITIVE_TONES`.
    icon: str
    # The headline's words (a :class:`Text`: the English sentence, translated on screen).
    words: Text


_HEADLINES: dict[Outcome, tuple[Tone, str, Text]] = {
    Outcome.ASSIGNED: (Tone.SUCCESS, "✔", translate("Headline", "Assigned")),
    Outcome.ALREADY_ASSIGNED: (Tone.SETTLED, "✔", translate("Headline", "Already assigned")),
    Outcome.ASSIGNED_ELSEWHERE: (Tone.TAKEN, "✋",
                                 translate("Headline", "Assigned to someone else")),
    Outcome.REFUSED: (Tone.REFUSED, "✖", translate("Headline", "Refused")),
    Outcome.API_KEY_REFUSED: (Tone.ACTION, "⚙", translate("Headline", "API key refused")),
    Outcome.ACCESS_DENIED: (Tone.ACTION, "⚙", translate("Headline", "Access denied")),
    # Not yet decided: neither a success nor a refusal.
    Outcome.QUEUED: (Tone.UNKNOWN, "…", translate("Headline", "Queued")),
    Outcome.SERVER_ERROR: (Tone.TROUBLE, "⚠", translate("Headline", "Server error")),
    Outcome.UNKNOWN: (Tone.UNKNOWN, "?", translate("Headline", "Outcome unknown")),
    Outcome.CANCELLED: (Tone.UNKNOWN, "–", translate("Headline", "Cancelled")),
    Outcome.NOT_SENT: (Tone.UNKNOWN, "–", translate("Headline", "Not sent")),
    Outcome.NOT_AUTHENTIC: (Tone.FORGED, "⛔", translate("Headline", "Not authentic")),
}



def headline(outcome: str) -> Headline:
    """The headline of a :class:`codes.Outcome` value; an unknown value reads as unknown."""
    try:
        known = Outcome(outcome)
    except ValueError:
        known = Outcome.UNKNOWN
    tone, icon, words = _HEADLINES[known]
    return Headline(known, tone, icon, words)


def outcome_of_answer(verified: bool, code: int | None, reason: str,
                      http_status: int | None) -> Outcome:
    """What a recorded answer (a History row) comes to. A verified 801 reads as a refusal
    here: whose key it is, is the ledger's to say (``core/ledger.py``), not a row's."""
    if reason == Reason.UNKNOWN:
        return Outcome.UNKNOWN
    if reason == Reason.CANCELLED:
        return Outcome.CANCELLED
    if reason in (Reason.NETWORK_ERROR, Reason.INSECURE_URL, Reason.SERVER_SETUP):
        # A recorded attempt without an answer may have reached the server.
        return Outcome.UNKNOWN if reason == Reason.NETWORK_ERROR else Outcome.NOT_SENT
    if not verified:
        if reason == Reason.SERVER_ERROR or (
                code is None and http_status is not None and http_status >= 400):
            return Outcome.SERVER_ERROR
        return Outcome.NOT_AUTHENTIC
    return meaning_of(code).outcome


def outcome_of_row(status: str | None, reason: str | None, code: int | None) -> Outcome | None:
    """What a batch row's final status comes to; None for a row that is no request
    (invalid, duplicate, blank) or has not been sent yet."""
    if status == RowStatus.ASSIGNED:
        return Outcome.ASSIGNED
    if status == RowStatus.ALREADY_ASSIGNED:
        return Outcome.ALREADY_ASSIGNED
    if status == RowStatus.ASSIGNED_ELSEWHERE:
        return Outcome.ASSIGNED_ELSEWHERE
    if status == RowStatus.REFUSED:  # a refusal, or the API key's or this computer's
        meaning = meaning_of(code)
        return meaning.outcome if meaning.ends_batch else Outcome.REFUSED
    if status == RowStatus.NOT_VERIFIED:
        return Outcome.NOT_AUTHENTIC
    if status in (RowStatus.NOT_SENT, None):
        # A row left without an answer keeps why (the runner's note_failure reason).
        return _UNANSWERED.get(reason or "")
    return None


# Why a sent row has no final answer, as the runner notes it.
_UNANSWERED: dict[str, Outcome] = {
    Reason.SERVER_ERROR: Outcome.SERVER_ERROR,
    Reason.API_KEY_REFUSED: Outcome.API_KEY_REFUSED,
    Reason.ACCESS_DENIED: Outcome.ACCESS_DENIED,
    Reason.QUEUED: Outcome.QUEUED,
    Reason.NETWORK_ERROR: Outcome.UNKNOWN,
    Reason.UNKNOWN: Outcome.UNKNOWN,
    Reason.INSECURE_URL: Outcome.NOT_SENT,
    Reason.SERVER_SETUP: Outcome.NOT_SENT,
}


def repeated(line: Headline) -> Headline:
    """The headline of a deliberate repeat ("Send anyway" / "Send again"): a repeat that the
    server answers "assigned" created nothing new, so it must not read like a first
    "Assigned" (nor like a second assignment: the server answered the same request again)
    — settled, "Still assigned, confirmed by the server"; any other outcome keeps its tone
    and is tagged."""
    if line.outcome == Outcome.ASSIGNED:
        return Headline(line.outcome, Tone.SETTLED, line.icon,
                        translate("Headline", "Still assigned, confirmed by the server"))
    return Headline(line.outcome, line.tone, line.icon,
                    translate("Headline", "{words} (sent again)").format(words=line.words))


class NextAction(StrEnum):
    """What a front offers beside the next step (a button, a menu entry); values stable."""

    NONE = ""
    # Settings: the API key, the public key or the server address.
    SETTINGS = "settings"
    # Check now: ask the server for the answer of a request whose outcome is unknown.
    CHECK_NOW = "check_now"
    # Send the same request again (same Idempotency-Key: it cannot assign twice).
    SEND_AGAIN = "send_again"


@dataclass(frozen=True)
class NextStep:
    #: The sentence a person reads ("" when nothing is left to do).
    words: Text
    action: NextAction = NextAction.NONE


_STEPS: dict[Outcome, NextStep] = {
    Outcome.ASSIGNED_ELSEWHERE: NextStep(translate(
        "Headline", "Use another license key for this customer, or ask your vendor to move "
        "this one.")),
    Outcome.REFUSED: NextStep(translate(
        "Headline", "Check the license key and the order with your vendor or in the vendor's "
        "portal.")),
    Outcome.API_KEY_REFUSED: NextStep(API_KEY_STEP, NextAction.SETTINGS),
    Outcome.ACCESS_DENIED: NextStep(translate(
        "Headline", "The server denies this computer access (a blocked IP address or "
        "identifier): ask your vendor, then send again.")),
    Outcome.QUEUED: NextStep(translate(
        "Headline", "The server queued the request: it is neither assigned nor refused yet. "
        "Check now later asks for its answer (the same Idempotency-Key: it cannot assign "
        "twice)."), NextAction.CHECK_NOW),
    Outcome.SERVER_ERROR: NextStep(translate(
        "Headline", "Try again later with the same details: the same request is sent again "
        "and cannot assign twice. If it persists, tell your vendor what was sent: the license "
        "key, the time and the Idempotency-Key."),
        NextAction.SEND_AGAIN),
    Outcome.UNKNOWN: NextStep(translate(
        "Headline", "Check now: ask the server for this request's answer (the same "
        "Idempotency-Key: it cannot assign twice)."), NextAction.CHECK_NOW),
    Outcome.CANCELLED: NextStep(translate(
        "Headline", "Nothing was sent. Send it again when you are ready."),
        NextAction.SEND_AGAIN),
    Outcome.NOT_SENT: NextStep(translate(
        "Headline", "Nothing reached the server: check the connection and the server address "
        "in Settings, then send again."), NextAction.SETTINGS),
    Outcome.NOT_AUTHENTIC: NextStep(translate(
        "Headline", "Do not rely on this answer. Check the profile's public key in Settings, "
        "or ask your vendor whether their signing key changed."), NextAction.SETTINGS),
}


#: Not authentic for a reason the public key has no part in: the signature is sound, the
#: answer around it is not (edited after signing, replayed, stale). Checking the key would be
#: the wrong advice (issue 28).
_KEY_IS_FINE = frozenset({Reason.UNSIGNED_COPY_DIFFERS, Reason.REPLAYED, Reason.STALE})
_CHANGED_ON_ITS_WAY = NextStep(translate(
    "Headline", "Do not rely on this answer: it was changed after the server signed it, or "
    "is an old one played back. Send the same request again to get the server's own answer "
    "(the same Idempotency-Key: it cannot assign twice)."), NextAction.SEND_AGAIN)


def next_step(outcome: str, code: int | None = None, reason: str | None = None) -> NextStep:
    """What to do after an outcome (``code``: the signed code, when there is one; ``reason``:
    the verdict's, when it was not authentic). A success needs nothing ("" words); every
    other outcome says what to do and offers an action."""
    try:
        known = Outcome(outcome)
    except ValueError:
        known = Outcome.UNKNOWN
    if known in (Outcome.ASSIGNED, Outcome.ALREADY_ASSIGNED):
        return NextStep(Text(""))
    if known == Outcome.NOT_AUTHENTIC and reason in _KEY_IS_FINE:
        return _CHANGED_ON_ITS_WAY
    own = meaning_of(code).step
    if known == Outcome.REFUSED and own is not None:
        return NextStep(own)
    return _STEPS[known]
