"""One assignment, end to end: send, verify the answer (freshness, replay), record it.

Both fronts (GUI worker, CLI) call this, so they cannot disagree about what is verified or
what the history keeps.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from dataclasses import dataclass, field

from licensegui.core.cancel import CancelToken
from licensegui.core.codes import Reason
from licensegui.core.envelope import Freshness, Verdict, quote_untrusted, verify_body
from licensegui.core.errors import CancelledError, InsecureUrlError, NetworkError
from licensegui.core.history import Attempt, HistoryError, HistoryStore
from licensegui.core.http.client import ApiClient, HttpResult
from licensegui.core.outcome import format_timestamp
from licensegui.core.text import message_of, translate
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest


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
        return self.verdict.verified and self.verdict.code == 800


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
        except (HistoryError, OSError, ValueError) as exc:
            verdict = dataclasses.replace(
                verdict, detail=f"{verdict.detail} (Replay check skipped: history unreadable: "
                                f"{exc}.)")
    return AssignResult(target.request, http, verdict)


def attempt_record(profile: str, base_url: str, request: AssignRequest, started_at: float,
                   result: AssignResult | None = None,
                   error: tuple[str, str] | None = None,
                   idempotency_key: str | None = None,
                   batch: str | None = None) -> Attempt:
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
        batch=batch,
    )


def record(history: HistoryStore | None, attempt: Attempt) -> tuple[int | None, str | None]:
    """Write one attempt: (its id, None), or (None, a sentence saying it was not recorded)."""
    if history is None:
        return None, None
    try:
        return history.add(attempt), None
    except (HistoryError, OSError) as exc:
        return None, translate("Service", "Not recorded in history: {exc}").format(exc=exc)


@dataclass(frozen=True)
class AttemptReport:
    """What became of one attempt (answer or error), and whether history has it."""

    request: AssignRequest
    result: AssignResult | None
    #: (reason, sentence) when there is no answer: ``network_error``, ``cancelled`` or
    #: ``insecure_url`` (the server redirected to plain http: nothing was sent there).
    error: tuple[str, str] | None
    idempotency_key: str
    attempt_id: int | None
    #: A sentence when the attempt could not be recorded (shown with the result).
    record_problem: str | None


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
) -> AttemptReport:
    """Send, verify and record one assignment; never raises for network trouble or Cancel.

    The attempt is recorded here, on the caller's thread, before this returns: a front that
    quits right after (a window being closed, a signal) does not depend on an event loop
    delivering anything to keep the record. Without ``resend`` the request is new (a new
    Idempotency-Key, recorded even when nothing came back). ``history_unavailable`` is why
    history could not be opened (when ``history`` is None because it was wanted but failed):
    the result says so."""
    started = time.time()
    resend = resend or Resend(str(uuid.uuid4()))
    idempotency_key, request = resend.idempotency_key, target.request
    result: AssignResult | None = None
    error: tuple[str, str] | None = None
    try:
        result = assign_and_verify(client, target, trust, replay_window_s=replay_window_s,
                                   cancel=cancel, resend=resend, history=history)
    except CancelledError:
        error = (Reason.CANCELLED, translate("Service", "Cancelled by the user."))
    except InsecureUrlError as exc:
        error = (Reason.INSECURE_URL, message_of(exc))
    except NetworkError as exc:
        error = (Reason.NETWORK_ERROR, message_of(exc))
    attempt_id, problem = record(history, attempt_record(
        target.profile, target.base_url, request, started, result, error, idempotency_key, batch))
    if history is None and history_unavailable:
        problem = translate("Service",
                            "Not recorded in history: "
                            "{history_unavailable}").format(history_unavailable=history_unavailable)
    return AttemptReport(request, result, error, idempotency_key, attempt_id, problem)
