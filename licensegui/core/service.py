"""One assignment, end to end: send, verify the answer (freshness, replay), record it.

Both fronts (GUI worker, CLI) call this, so they cannot disagree about what is verified or
what the history keeps.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
import time
import uuid
from dataclasses import dataclass, field

from licensegui.core.cancel import CancelToken
from licensegui.core.code_table import is_assigned, is_taken, meaning_of
from licensegui.core.codes import NOT_SIGNED_REASONS, Outcome, Reason
from licensegui.core.envelope import Freshness, Verdict, quote_untrusted, verify_body
from licensegui.core.errors import (
    CancelledError,
    InsecureUrlError,
    NetworkError,
    ServerSetupError,
)
from licensegui.core.history import Attempt, HistoryError, HistoryStore
from licensegui.core.http.client import ApiClient, HttpResult
from licensegui.core.ledger import Decision, Earlier, Ledger, RequestIdentity
from licensegui.core.outcome import format_timestamp
from licensegui.core.text import message_of, translate
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AssignTarget:
    """One assignment and where it goes: the server, the API key, the request, and the
    profile that names the server (for the history record)."""

    base_url: str
    api_key: str = field(repr=False)  # a secret: kept out of logs and tracebacks
    request: AssignRequest
    profile: str = ""


@dataclass(frozen=True)
class Resend:
    """What makes a send a resend of the same request: the server answers from its
    idempotency store, and freshness runs from the first send (None: not sent before)."""

    idempotency_key: str
    first_sent_at: float | None = None


@dataclass(frozen=True)
class AssignResult:
    request: AssignRequest
    http: HttpResult
    verdict: Verdict

    @property
    def assigned(self) -> bool:
        """True only for an authentic 800: the one answer that means "done"."""
        return self.verdict.verified and is_assigned(self.verdict.code)


#: How far apart (seconds) two genuine answers with the same signed timestamp can be: the
#: server's clock ticks in whole seconds. See :func:`check_replay`.
SAME_SECOND_S = 1.0
#: Allowance for how the time an old row's answer arrived is estimated (start + elapsed).
_RECEIVED_SLACK_S = 0.05


def check_replay(verdict: Verdict, idempotency_key: str, history: HistoryStore,
                 sent_at: float) -> Verdict:
    """A verified live answer whose exact signature history already holds for another request
    is a replay when it cannot have been signed for this one.

    The signed payload names neither the key nor the request (code, message, timestamp), so
    two genuine answers signed in the same second are byte-identical: a batch gets them all
    the time. They can be told apart from a replay by time alone, whatever the server's
    clock says: an answer signed for this request was signed after it was sent, so if the
    earlier identical answer had already arrived more than a second before this request was
    sent, the same timestamp cannot be this request's. Within that second a replay is
    indistinguishable from a genuine answer (freshness still bounds it). The same request
    retried with the same Idempotency-Key, answered from the server's store, is not a replay."""
    if not verdict.verified or not verdict.signature:
        return verdict
    first = history.earliest_with_signature(verdict.signature, idempotency_key,
                                            sent_at - SAME_SECOND_S, _RECEIVED_SLACK_S)
    if first is None:
        return verdict
    return dataclasses.replace(
        verdict, verified=False, reason=Reason.REPLAYED,
        detail=translate("Service",
                         "Replayed: this exact signed answer was already received for attempt "
                         "#{attempt} at {when} (license key {license_key}). The signature is "
                         "genuine, but the answer is not for this request. Do not rely on "
                         "it.").format(attempt=first.id, when=format_timestamp(first.at),
                                       license_key=quote_untrusted(first.license_key, 40)),
    )


def assign_and_verify(
    client: ApiClient,
    target: AssignTarget,
    trust: TrustStore,
    *,
    replay_window_s: float,
    cancel: CancelToken | None = None,
    resend: Resend | None = None,
    history: HistoryStore | None = None,
) -> AssignResult:
    """Raises NetworkError/CancelledError/InsecureUrlError; verification itself never raises.

    ``resend`` sends an earlier request again (see :class:`Resend`). With ``history``, a
    replayed answer is caught (a history that cannot be read leaves the verdict as it is)."""
    first_sent_at = resend.first_sent_at if resend else None
    http = client.assign(target.base_url, target.api_key, target.request, cancel=cancel,
                         idempotency_key=resend.idempotency_key if resend else None)
    sent_at = min(http.sent_at, first_sent_at) if first_sent_at else http.sent_at
    verdict = verify_body(http.body, trust, Freshness(sent_at, http.received_at, replay_window_s))
    if history is not None:
        try:
            verdict = check_replay(verdict, http.idempotency_key, history, sent_at)
        except (HistoryError, OSError, ValueError, sqlite3.Error) as exc:
            verdict = dataclasses.replace(
                verdict, detail=f"{verdict.detail} (Replay check skipped: history unreadable: "
                                f"{exc}.)")
    return AssignResult(target.request, http, verdict)


def attempt_record(profile: str, base_url: str, request: AssignRequest, started_at: float,
                   result: AssignResult | None = None,
                   error: tuple[str, str] | None = None,
                   idempotency_key: str | None = None,
                   batch: str | None = None, resolves: int | None = None,
                   repeat: bool = False) -> Attempt:
    """The history row for one attempt: its answer, or ``error`` = (reason, sentence)."""
    v = result.verdict if result else None
    http = result.http if result else None
    reason, detail = (v.reason, v.detail) if v else (error or (Reason.UNKNOWN, ""))
    return Attempt(
        at=started_at, profile=profile, base_url=base_url,
        license_key=request.license_key, owner_name=request.owner_name, email=request.email,
        http_status=http.status if http else None,
        code=v.code if v else None, message=v.message if v else None,
        verified=bool(v and v.verified), reason=reason, detail=detail,
        elapsed_ms=round(http.elapsed_s * 1000) if http else None,
        idempotency_key=http.idempotency_key if http else idempotency_key,
        raw_body=http.body if http else None,
        signature=v.signature if v else None,
        received_at=http.received_at if http else None,
        batch=batch, resolves=resolves, repeat=repeat,
    )


def record(history: HistoryStore | None, attempt: Attempt) -> tuple[int | None, str | None]:
    """Write one attempt: (its id, None), or (None, a sentence saying it was not recorded)."""
    if history is None:
        return None, None
    try:
        return history.add(attempt), None
    except (HistoryError, OSError, sqlite3.Error) as exc:
        return None, not_recorded(exc)


def not_recorded(exc: object) -> str:
    return translate("Service", "Not recorded in history: {exc}").format(exc=exc)


_NOT_RECORDED = "Not recorded in history: {exc}"


@dataclass(frozen=True)
class AttemptReport:
    """What became of one attempt (answer or error), and whether history has it."""

    request: AssignRequest
    #: The answer; for ``already_assigned`` the stored signed answer, verified again.
    result: AssignResult | None
    #: (reason, sentence) when there is no answer: ``network_error``, ``cancelled`` or
    #: ``insecure_url`` (the server redirected to plain http: nothing was sent there).
    #: Whether it went out is ``outcome``: ``unknown`` (it did), ``cancelled`` (never sent).
    error: tuple[str, str] | None
    idempotency_key: str
    attempt_id: int | None
    #: A sentence when the attempt could not be recorded (shown with the result).
    record_problem: str | None
    #: A :class:`codes.Outcome` value.
    outcome: str = Outcome.UNKNOWN
    #: What the ledger knew (who and when), where that decided or explains the outcome.
    earlier: Earlier | None = None
    #: False when the ledger answered and nothing went out.
    sent: bool = True
    #: A deliberate "send anyway" of an already-assigned request.
    repeat: bool = False
    #: The history id of the unknown outcome this answer resolves.
    resolves: int | None = None
    #: A sentence to show beside the outcome (a re-send after the idempotency window).
    note: str | None = None
    #: The team ledger: "consulted", "offline" (``team_problem`` says why) or
    #: "not_configured" (issue 27).
    team_ledger: str = "not_configured"
    team_problem: str | None = None


def outcome_of(result: AssignResult | None, error: tuple[str, str] | None,
               identity: RequestIdentity, known: Earlier | None,
               went_out: bool = True) -> str:
    """The :class:`codes.Outcome` of an answer (or of its absence: ``unknown`` when the
    request may have reached the server). A verified 801 reads with what this computer
    knows: ``known`` is its record of a verified 800 for the key."""
    if result is None:
        if went_out:
            return Outcome.UNKNOWN
        cancelled = error is not None and error[0] == Reason.CANCELLED
        return Outcome.CANCELLED if cancelled else Outcome.NOT_SENT
    verdict, status = result.verdict, result.http.status
    if not verdict.verified:
        if verdict.reason in NOT_SIGNED_REASONS and status >= 400:
            return Outcome.SERVER_ERROR
        return Outcome.NOT_AUTHENTIC
    meaning = meaning_of(verdict.code)
    if meaning.taken and known is not None:
        same = identity.same_owner(known.owner_name, known.email)
        return Outcome.ALREADY_ASSIGNED if same else Outcome.ASSIGNED_ELSEWHERE
    return meaning.outcome


def stored_result(history: HistoryStore, earlier: Earlier, request: AssignRequest,
                  trust: TrustStore) -> AssignResult | None:
    """The stored signed answer of ``earlier``, verified again from its raw body (without
    freshness: it is a receipt, not a live answer), so a front can show its seal."""
    attempt = history.get(earlier.history_id) if earlier.history_id is not None else None
    if attempt is None or not attempt.raw_body:
        return None
    http = HttpResult(url=attempt.base_url, status=attempt.http_status or 200,
                      body=attempt.raw_body, content_type="application/json",
                      idempotency_key=attempt.idempotency_key or "", attempts=0,
                      sent_at=attempt.at, received_at=attempt.received_at or attempt.at,
                      elapsed_s=(attempt.elapsed_ms or 0) / 1000)
    return AssignResult(request, http, verify_body(attempt.raw_body, trust))


def _ledger_for(history: HistoryStore | None, ledger: Ledger | None) -> Ledger | None:
    if ledger is not None:
        return ledger
    return Ledger(history) if history is not None else None


def run_attempt(
    client: ApiClient,
    target: AssignTarget,
    trust: TrustStore,
    *,
    replay_window_s: float,
    history: HistoryStore | None,
    resend: Resend | None = None,
    cancel: CancelToken | None = None,
    history_unavailable: str | None = None,
    batch: str | None = None,
    send_again: bool = False,
    ledger: Ledger | None = None,
    decided: Decision | None = None,
) -> AttemptReport:
    """Consult the ledger, send, verify and record one assignment; never raises for network
    trouble, Cancel or a history that fails (the answer is never lost for its record).

    Before sending, the ledger (``ledger``, or one made from ``history``) may answer instead:
    ``already_assigned`` (the stored signed answer, ``sent=False``) or ``assigned_elsewhere``
    (no result). ``send_again`` sends anyway, with the request's first key while inside the
    window. An earlier attempt of this request with no known outcome is sent again with its
    key, and the answer resolves it. A ``resend`` (a batch journal's key) is kept unless the
    ledger knows an unknown outcome's key for the request.

    The attempt is written before the request goes out (outcome ``unknown``) and completed
    here, on the caller's thread, before this returns: a process killed meanwhile leaves an
    unknown outcome to check, not nothing. ``history_unavailable`` is why history could not
    be opened (when ``history`` is None because it was wanted but failed). ``decided``: the
    ledger's decision already made for this request (:func:`consult`, without a claim): it is
    not asked again."""
    request = target.request
    identity = RequestIdentity.of(target.base_url, request)
    problems: list[str] = []
    ledger = _ledger_for(history, ledger)
    decision: Decision | None = decided
    if ledger is not None and decision is None:
        try:
            decision = ledger.decide(identity, send_again=send_again, claim=resend is None)
        except (HistoryError, OSError, sqlite3.Error) as exc:
            log.warning("ledger not consulted: %s", exc)
            problems.append(translate("Service", "History could not be consulted before "
                                      "sending: {exc}").format(exc=exc))
    if decision is not None and not decision.sends:
        return _answered_by_ledger(history, decision, request, trust, problems)
    if decision is not None and decision.idempotency_key \
            and (resend is None or decision.resolves is not None):
        resend = Resend(decision.idempotency_key, decision.first_sent_at)
    first_form = _first_form(decision, request)
    if first_form is not None:
        # An unknown outcome's key is re-sent with its own form, byte for byte: the server
        # answers 422 to a key reused with any other (an email in another case is the same
        # mailbox to the ledger, another form to the server).
        request = first_form
        target = dataclasses.replace(target, request=request)
    resend = resend or Resend(str(uuid.uuid4()))
    resolves = decision.resolves if decision else None
    repeat = decision.repeat if decision else False
    idempotency_key = resend.idempotency_key
    started = time.time()

    def row(result: AssignResult | None, error: tuple[str, str] | None) -> Attempt:
        return attempt_record(target.profile, target.base_url, request, started, result, error,
                              idempotency_key, batch, resolves, repeat)

    if cancel is not None and cancel.cancelled:
        error = (Reason.CANCELLED, translate("Service", "Cancelled by the user."))
        attempt_id, problem = record(history, row(None, error))
        return AttemptReport(request, None, error, idempotency_key, attempt_id,
                             _first(problems, problem, history, history_unavailable),
                             Outcome.CANCELLED, None, False, repeat, resolves)
    # Written before it goes out: if this process dies now, the history says "unknown".
    pending_id, problem = record(history, row(None, (Reason.UNKNOWN, translate(
        "Service", "Sent; no answer has been recorded."))))
    if problem:
        problems.append(problem)
    result, error, went_out = _send(client, target, trust, replay_window_s, cancel, resend,
                                    history)
    # The report keeps why nothing came back (network_error, cancelled); the history says
    # what that means: a request that went out has an unknown outcome.
    attempt = row(result, (Reason.UNKNOWN, error[1]) if error and went_out else error)
    attempt_id = None
    if history is not None:
        try:
            attempt_id = (history.complete(pending_id, attempt) if pending_id is not None
                          else history.add(attempt))
        except (HistoryError, OSError, sqlite3.Error) as exc:
            problems.append(not_recorded(exc))
    known = taken_by = None
    if ledger is not None and result is not None and result.verdict.verified \
            and is_taken(result.verdict.code):
        try:
            known = ledger.known_assignment(target.base_url, request.license_key) or \
                ledger.known_assignment(target.base_url, request.license_key, any_case=True)
            maybe = None if known is not None else ledger.unknown_for_key(
                target.base_url, request.license_key)
        except (HistoryError, OSError, sqlite3.Error) as exc:
            log.warning("ledger not consulted after an 801: %s", exc)
            maybe = None
        if maybe is not None:  # an attempt of ours with no known outcome may hold the key
            taken_by = Earlier(maybe.at, maybe.owner_name, maybe.email, maybe.history_id,
                               maybe.idempotency_key, Outcome.UNKNOWN)
    outcome = outcome_of(result, error, identity, known, went_out)
    earlier = known if known is not None else (
        taken_by if taken_by is not None else decision.earlier if decision else None)
    note = None
    if first_form is not None:
        note = translate("Service", "Sent again exactly as first written ({email}), with the "
                         "first request's Idempotency-Key, so that the server answers that "
                         "request.").format(email=quote_untrusted(first_form.email, 80))
    if decision is not None and decision.resolves is not None and ledger is not None \
            and ledger.outside_window(decision.first_sent_at):
        note = translate("Service", "The first send was on {when}, longer ago than the server "
                         "is expected to remember it: this re-send may be answered 801 for "
                         "that very assignment.").format(
                             when=format_timestamp(decision.first_sent_at or 0))
    team_state, team_problem = _published(ledger, decision)
    return AttemptReport(request, result, error, idempotency_key, attempt_id,
                         _first(problems, None, history, history_unavailable),
                         outcome, earlier, True, repeat, resolves, note, team_state,
                         team_problem)


def _published(ledger: Ledger | None, decision: Decision | None) -> tuple[str, str | None]:
    """Publish this computer's outbox to the team ledger (the attempt just recorded first),
    and say what the team ledger was for this attempt: its state and, offline, why."""
    team = ledger.team if ledger is not None else None
    if team is None:
        return "not_configured", None
    team.publish_due()
    state = decision.team if decision is not None else team.state
    return state, team.problem if state == "offline" else None


def _first_form(decision: Decision | None, request: AssignRequest) -> AssignRequest | None:
    """The earlier request's own form when this send resolves an unknown outcome written
    differently (the ledger matches emails without case), else None."""
    earlier = decision.earlier if decision is not None and decision.sends \
        and decision.earlier is not None and decision.earlier.outcome == Outcome.UNKNOWN \
        else None
    if earlier is None or (earlier.owner_name, earlier.email) == (request.owner_name,
                                                                   request.email):
        return None
    return AssignRequest(request.license_key, earlier.owner_name, earlier.email)


def _send(client: ApiClient, target: AssignTarget, trust: TrustStore, replay_window_s: float,
          cancel: CancelToken | None, resend: Resend, history: HistoryStore | None,
          ) -> tuple[AssignResult | None, tuple[str, str] | None, bool]:
    """(the answer, or why there is none, and whether the request may have reached the
    server: False only when no request ever reached a socket)."""
    try:
        return assign_and_verify(client, target, trust, replay_window_s=replay_window_s,
                                 cancel=cancel, resend=resend, history=history), None, True
    except CancelledError as exc:
        if not exc.may_have_been_sent:
            return None, (Reason.CANCELLED, translate("Service", "Cancelled by the user.")), \
                False
        return None, (Reason.CANCELLED, translate(
            "Service", "Cancelled while the request was out: the server may have acted on "
            "it. Send it again to learn the outcome (the same request is answered the "
            "same).")), True
    except InsecureUrlError as exc:
        return None, (Reason.INSECURE_URL, message_of(exc)), False
    except ServerSetupError as exc:
        # Refused at the handshake, or answered with redirects only: nothing was acted on.
        return None, (Reason.SERVER_SETUP, message_of(exc)), False
    except NetworkError as exc:
        return None, (Reason.NETWORK_ERROR, message_of(exc)), exc.may_have_been_sent


def consult(ledger: Ledger | None, target: AssignTarget, trust: TrustStore,
            history: HistoryStore | None, *, send_again: bool = False,
            ) -> tuple[AttemptReport | None, Decision | None]:
    """(the ledger's answer for a request that is not to be sent — ``already_assigned`` with
    its stored answer, ``assigned_elsewhere`` — or None: send it; the decision, for
    ``run_attempt(decided=…)``, so a batch row asks the ledger once). Both None when the
    history cannot be read: that never stops a send, and run_attempt says it."""
    if ledger is None:
        return None, None
    try:
        # No key is looked up: a batch sends with its journal's, the window asks again.
        decision = ledger.decide(RequestIdentity.of(target.base_url, target.request),
                                 send_again=send_again, claim=False, keyed=False)
    except (HistoryError, OSError, sqlite3.Error):
        return None, None
    if decision.sends:
        return None, decision
    return _answered_by_ledger(history, decision, target.request, trust, []), decision


def _answered_by_ledger(history: HistoryStore | None, decision: Decision,
                        request: AssignRequest, trust: TrustStore,
                        problems: list[str]) -> AttemptReport:
    earlier = decision.earlier
    assert earlier is not None  # a decision not to send always says why
    result = None
    if decision.kind == Outcome.ALREADY_ASSIGNED and history is not None:
        try:
            result = stored_result(history, earlier, request, trust)
        except (HistoryError, OSError, sqlite3.Error) as exc:
            problems.append(not_recorded(exc))
    return AttemptReport(request, result, None, decision.idempotency_key, earlier.history_id,
                         problems[0] if problems else None, decision.kind, earlier, False,
                         team_ledger=decision.team)


def _first(problems: list[str], problem: str | None, history: HistoryStore | None,
           history_unavailable: str | None) -> str | None:
    if history is None and history_unavailable:
        return translate("Service", "Not recorded in history: "
                         "{history_unavailable}").format(history_unavailable=history_unavailable)
    found = [p for p in (problem, *problems) if p]
    # That the answer is missing from history matters most, so it is said first; a look-up
    # that failed before sending only explains it.
    found.sort(key=lambda p: getattr(p, "source", "") != _NOT_RECORDED)
    return found[0] if found else None
