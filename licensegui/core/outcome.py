"""What a signed response *means* for the person at the desk, apart from whether it is
authentic. Pure data: the GUI and CLI render the same words."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from licensegui.core.code_table import OTHER, meaning_of
from licensegui.core.codes import NOT_SIGNED_REASONS, Outcome, reason_words
from licensegui.core.envelope import EARLIEST_PLAUSIBLE_TS, Verdict, clean_untrusted
from licensegui.core.strict_decoding import same_json
from licensegui.core.text import When, translate

if TYPE_CHECKING:
    from licensegui.core.ledger import Earlier

#: What the outcome line shows of a server's message at most (the details pane has it all).
MESSAGE_SHOWN_MAX = 200
#: 9999-12-31: past this, platform time functions overflow (or raise) on some systems.
_LATEST_FORMATTABLE_TS = 253_402_300_799


@dataclass(frozen=True)
class Described:
    """The outcome line: the outcome (the one vocabulary, :class:`codes.Outcome`) and the
    words a person reads."""

    outcome: Outcome
    title: str
    hint: str


def describe(verdict: Verdict, http_status: int | None = None) -> Described:
    """The outcome line. An unverified answer never reads as a success, whatever it claims.

    With ``http_status`` (a live answer), a body that is no signed envelope at all is called
    a server error, not a forgery: "not authentic" is kept for answers that claim to be signed.
    """
    if http_status is not None and verdict.reason in NOT_SIGNED_REASONS:
        if http_status >= 400:
            what = translate("Outcome", "an error (HTTP {http_status})")
            title = translate("Outcome", "Server error (HTTP {http_status})")
        else:
            what = translate("Outcome", "something else (HTTP {http_status})")
            title = translate("Outcome", "No signed answer (HTTP {http_status})")
        what, title = (text.format(http_status=http_status) for text in (what, title))
        return Described(Outcome.SERVER_ERROR, title,
                       translate("Outcome",
                                 "The server answered with {what}, not a signed answer. Nothing "
                                 "was verified; try again later, or ask your vendor if it "
                                 "persists.").format(what=what))
    code = verdict.code
    # Even a signed message is server text: no markup, control or bidi characters on screen.
    message = clean_untrusted(verdict.message or "", MESSAGE_SHOWN_MAX)
    if not verdict.verified:
        claim = (translate("Outcome",
                           " It claims {code} “{message}”.").format(
                               code=clean_untrusted(code, 24), message=clean_untrusted(message, 80))
                 if code is not None else "")
        return Described(
            Outcome.NOT_AUTHENTIC,
            translate("Outcome", "Unknown — the answer is not authentic"),
            translate("Outcome",
                      "Do not rely on this answer: it could not be shown to come from your "
                      "vendor's server.{claim} Check again, or ask your "
                      "vendor.").format(claim=claim),
        )
    meaning = meaning_of(code)
    if meaning.outcome in (Outcome.ASSIGNED, Outcome.QUEUED):  # their words are the table's
        return Described(meaning.outcome, meaning.title or meaning.meaning,
                         meaning.hint or message)
    if meaning.outcome == Outcome.ACCESS_DENIED:
        return Described(Outcome.ACCESS_DENIED,
                       translate("Outcome", "Access denied ({code}): {message}").format(
                           code=code, message=message), meaning.hint or "")
    if meaning.outcome == Outcome.API_KEY_REFUSED:
        return Described(Outcome.API_KEY_REFUSED,
                       translate("Outcome",
                                 "API key problem ({code}): {message}").format(
                                     code=code, message=message),
                       meaning.hint or "")
    if meaning is not OTHER:
        return Described(Outcome.REFUSED,
                       translate("Outcome",
                                 "Refused ({code}): {meaning}").format(
                                     code=code, meaning=meaning.meaning),
                       message)
    return Described(Outcome.REFUSED,
                     translate("Outcome",
                               "Code {code}: {message}").format(code=code, message=message),
                     translate("Outcome", "Not an assignment result."))


def _by_colleague(outcome: str, earlier: Earlier, when: str, sent: bool) -> Described:
    """A colleague's assignment, from the team ledger: who, from which computer, when."""
    same = outcome == Outcome.ALREADY_ASSIGNED
    hint = translate("Outcome", "Already assigned to {owner} ({email}) on {when} by {staff} on "
                     "{computer} (team ledger).").format(
                         owner=clean_untrusted(earlier.owner_name, 80),
                         email=clean_untrusted(earlier.email, 80), when=when,
                         staff=clean_untrusted(earlier.staff, 80),
                         computer=clean_untrusted(earlier.computer, 80))
    if not sent:
        hint = translate("Outcome", "{sentence} Nothing was sent.").format(sentence=hint)
    title = (translate("Outcome", "Already assigned") if same
             else translate("Outcome", "Assigned to someone else"))
    return Described(Outcome.ALREADY_ASSIGNED if same else Outcome.ASSIGNED_ELSEWHERE, title,
                     hint)


#: After a verified 801 when this computer knows nothing of the key.
NO_RECORD = translate("Outcome",
                      "This computer has no record of this key: it is invalid, or it was "
                      "assigned elsewhere (another computer, the vendor's portal).")


def no_record_hint(earlier: Earlier | None) -> str:
    """The hint after a verified 801 when this computer holds no verified assignment of the
    key: :data:`NO_RECORD`, unless one of its own attempts for the key has no known outcome
    (in flight, its answer lost, its process killed) — that one may hold it."""
    if earlier is None or earlier.outcome != Outcome.UNKNOWN:
        return NO_RECORD
    return translate("Outcome", "This computer holds no answer assigning this key, but its "
                     "attempt #{attempt} for {owner} ({email}) on {when} has no known outcome "
                     "and may hold it. Check that attempt (View → Unknown outcomes…, or "
                     "licensegui-cli history check).").format(
                         attempt=earlier.history_id, owner=clean_untrusted(earlier.owner_name, 80),
                         email=clean_untrusted(earlier.email, 80),
                         when=format_timestamp(earlier.at))


def describe_known(outcome: str, earlier: Earlier | None, sent: bool = False) -> Described | None:
    """The outcome line for what the ledger knows (``outcome`` a :class:`codes.Outcome`
    value): ``already_assigned``, ``assigned_elsewhere`` (who and when) or ``unknown``;
    None for any other outcome (:func:`describe` says it). ``sent``: an answer came (a
    verified 801 read with the ledger), else the ledger answered and nothing went out.
    The time is a :class:`When` argument, so a window shows it in the user's locale."""
    when = format_timestamp(earlier.at) if earlier is not None else ""
    if earlier is not None and earlier.source == "team" and outcome in (
            Outcome.ALREADY_ASSIGNED, Outcome.ASSIGNED_ELSEWHERE):
        return _by_colleague(outcome, earlier, when, sent)
    if outcome == Outcome.ALREADY_ASSIGNED:
        hint = (translate("Outcome", "The server says it is already assigned: to this owner, "
                          "on {when} by this computer.") if sent else
                translate("Outcome", "Already assigned to this owner on {when} by this "
                          "computer. Nothing was sent again; the stored signed answer is the "
                          "receipt."))
        return Described(Outcome.ALREADY_ASSIGNED, translate("Outcome", "Already assigned"),
                       hint.format(when=when))
    if outcome == Outcome.ASSIGNED_ELSEWHERE and earlier is not None:
        hint = translate("Outcome", "Already assigned to {owner} ({email}) on {when} by this "
                         "computer.").format(owner=clean_untrusted(earlier.owner_name, 80),
                                             email=clean_untrusted(earlier.email, 80), when=when)
        if not sent:
            hint = translate("Outcome", "{sentence} Nothing was sent.").format(sentence=hint)
        return Described(Outcome.ASSIGNED_ELSEWHERE,
                       translate("Outcome", "Assigned to someone else"), hint)
    if outcome == Outcome.UNKNOWN:
        return Described(Outcome.UNKNOWN, translate("Outcome", "Outcome unknown"),
                       translate("Outcome", "The request went out and no answer came back: "
                                 "the server may have assigned the key. Send the same request "
                                 "again to learn the outcome (it is sent with the same "
                                 "Idempotency-Key)."))
    return None


def short_reason(verdict: Verdict) -> str:
    """A few words for the badge title; the full sentence is ``verdict.detail``."""
    return short_reason_for(verdict.reason, verdict.key_label)


def short_reason_for(reason: str, key_label: str | None) -> str:
    """The same few words from a stable reason code alone (a recorded attempt)."""
    return reason_words(reason, key_label)


def format_timestamp(timestamp: float) -> str:
    """Local ``YYYY-MM-DD HH:MM:SS`` for a plausible Unix time (a :class:`When`, shown in the
    user's locale on screen); anything else as the number with a note, never handed to
    platform time functions that can fail on it."""
    if EARLIEST_PLAUSIBLE_TS <= timestamp <= _LATEST_FORMATTABLE_TS:
        try:
            return When(time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(timestamp)),
                        timestamp)
        except (OverflowError, OSError, ValueError):
            pass
    return translate("Outcome", "{timestamp} (not a plausible time)").format(
        timestamp=clean_untrusted(timestamp, 24))


def human_age(seconds: float) -> str:
    """'12 s ago', '3 min ago', '5 h ago', '2 days ago', or 'in 40 s' for the future."""
    future = seconds < 0
    s = abs(int(seconds))
    if s < 90:
        return (translate("Outcome", "in {n} s") if future else
                translate("Outcome", "{n} s ago")).format(n=s)
    if s < 90 * 60:
        return (translate("Outcome", "in {n} min") if future else
                translate("Outcome", "{n} min ago")).format(n=s // 60)
    if s < 36 * 3600:
        return (translate("Outcome", "in {n} h") if future else
                translate("Outcome", "{n} h ago")).format(n=s // 3600)
    days = s // 86400
    return (translate("Outcome", "in %n day(s)", None, days) if future else
            translate("Outcome", "%n day(s) ago", None, days))


#: At most this many differing fields are listed (a wholly rewritten copy is summed up).
DIFFERENCES_SHOWN_MAX = 20
_MISSING = object()


def copy_differences(verdict: Verdict) -> list[tuple[str, str, str]]:
    """Field by field, where the readable copy (``response``) differs from what was signed
    (``response_base64``): ``(field, signed value, readable value)``, values as compact
    JSON with untrusted characters cleaned ("—" for a field one side lacks). Empty when they
    match or either side is missing (QA sees *what* was edited, not only that it was)."""
    if verdict.payload is None or verdict.unsigned_copy_matches is not False:
        return []
    found: list[tuple[str, str, str]] = []
    _compare("", verdict.payload.raw, verdict.unsigned_copy, found)
    return found[:DIFFERENCES_SHOWN_MAX]


def _compare(path: str, signed: object, readable: object,
             found: list[tuple[str, str, str]]) -> None:
    if len(found) > DIFFERENCES_SHOWN_MAX:
        return
    if isinstance(signed, dict) and isinstance(readable, dict):
        for name in [*signed, *(k for k in readable if k not in signed)]:
            _compare(f"{path}.{name}" if path else str(name), signed.get(name, _MISSING),
                     readable.get(name, _MISSING), found)
        return
    # The verifier's own equality (1, 1.0, true and "1" differ), so every field it
    # counted as different is listed.
    if same_json(signed, readable):
        return
    found.append((clean_untrusted(path or "response", 80), _shown(signed), _shown(readable)))


def _shown(value: object) -> str:
    if value is _MISSING:
        return "—"
    return clean_untrusted(json.dumps(value, ensure_ascii=False, sort_keys=True), 80)


def looks_like_response(text: str) -> bool:
    """Whether pasted text is a response body to verify (a JSON object with the envelope's
    ``signature`` or ``response_base64``), so Paste can verify it at once instead of asking
    for it in a box. Whether it is *authentic* is the verifier's to say."""
    stripped = text.strip()
    if not stripped.startswith("{"):
        return False
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict) and bool({"signature", "response_base64"} & value.keys())
