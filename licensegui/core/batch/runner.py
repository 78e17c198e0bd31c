"""Running a batch: a small pool of workers sends the journal's rows, verifies every answer
exactly as a single assignment is verified, and commits each step to the journal.

Both fronts drive this: ``licensegui-cli batch`` in its own thread, the batch window through a
worker thread. Nothing here knows about Qt; progress is reported through plain callbacks,
called from worker threads (a front hands them on to its own thread).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from licensegui.core.batch.journal import Answer, Journal, JournalError, JournalRow
from licensegui.core.cancel import CancelToken
from licensegui.core.code_table import is_assigned, is_taken, meaning_of
from licensegui.core.codes import NOT_SIGNED_REASONS, Ending, Outcome, Reason, RowStatus
from licensegui.core.collections_held import full_collections_held
from licensegui.core.history import HistoryStore
from licensegui.core.http.client import ApiClient, ClientConfig
from licensegui.core.http.retry import RateGate
from licensegui.core.ledger import DEFAULT_WINDOW_S, Ledger
from licensegui.core.outcome import format_timestamp
from licensegui.core.service import AssignTarget, AttemptReport, Resend, consult, run_attempt
from licensegui.core.text import message_of, translate
from licensegui.core.trust import TrustStore
from licensegui.core.turns import give_way

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY, MAX_CONCURRENCY = 2, 8


@dataclass(frozen=True)
class BatchConfig:
    concurrency: int = DEFAULT_CONCURRENCY
    #: This many rows in a row without an answer stop the batch (resumable) instead of
    #: marching through every remaining row failing.
    max_consecutive_failures: int = 5
    #: How many more times a row that got no answer is tried before the run ends.
    retry_passes: int = 1
    replay_window_s: float = 300.0
    #: Send rows the history already knows as assigned (see core/ledger.py), as repeats.
    send_again: bool = False
    idempotency_window_s: float = DEFAULT_WINDOW_S
    client: ClientConfig = field(default_factory=lambda: ClientConfig(
        max_attempts=4, retry_after_max_s=600.0))

    def __post_init__(self) -> None:
        if not 1 <= self.concurrency <= MAX_CONCURRENCY:
            raise ValueError(f"concurrency must be 1 to {MAX_CONCURRENCY}")


@dataclass(frozen=True)
class BatchOutcome:
    ending: Ending
    #: A sentence for the user (why it stopped, or what it did).
    sentence: str
    counts: dict[str, int]
    sent: int


MAYBE_ASSIGNED_EARLIER_SENTENCE = translate(
    "Batch", "Probably assigned by the interrupted run; check. This row was sent before without "
    "an answer reaching us, and the server no longer recognises that request, so its “invalid "
    "or already assigned” is most likely about that earlier send.")


def classify(attempted: AttemptReport, before: JournalRow) -> Answer | tuple[str, str]:
    """A row's answer as the journal keeps it, or (reason, sentence) when there is none to
    keep (the row will be sent again with the same Idempotency-Key)."""
    result = attempted.result
    known = _known(attempted)
    if known is not None:
        return known
    if result is None:
        return attempted.error or (Reason.NETWORK_ERROR, translate("Batch", "No answer."))
    verdict, http = result.verdict, result.http
    if not verdict.verified and verdict.reason in NOT_SIGNED_REASONS and http.status >= 500:
        # An error page is not an answer about the key: the server may not have acted.
        return (Reason.SERVER_ERROR,
                translate("Batch",
                          "The server answered HTTP {status} without a signed "
                          "answer.").format(status=http.status))
    meaning = meaning_of(verdict.code) if verdict.verified else None
    if meaning is not None and meaning.outcome == Outcome.ACCESS_DENIED:
        return (Reason.ACCESS_DENIED,
                translate("Batch", "The server denied this computer access (code "
                          "{code}).").format(code=verdict.code))
    if http.status == 401 or (meaning is not None and meaning.ends_batch):
        # The code is authoritative; an unsigned 401 is the API key's too (nothing else
        # answers 401 here), and no row after it would get through.
        return (Reason.API_KEY_REFUSED,
                translate("Batch", "The server refused the API key (code {code}).").format(
                    code=verdict.code if verdict.verified else http.status))
    if meaning is not None and meaning.outcome == Outcome.QUEUED:
        return (Reason.QUEUED,
                translate("Batch", "Queued by the server (code {code}): not decided yet. "
                          "Run the batch again later to ask for its answer (the same "
                          "Idempotency-Key).").format(code=verdict.code))

    def answer(status: str, reason: str, detail: str) -> Answer:
        return Answer(status, reason, detail, http_status=http.status, code=verdict.code,
                      message=verdict.message, verified=verdict.verified,
                      signed_at=verdict.timestamp, raw_body=http.body)

    if not verdict.verified:
        return answer(RowStatus.NOT_VERIFIED, verdict.reason, verdict.detail)
    if is_assigned(verdict.code):
        return answer(RowStatus.ASSIGNED, verdict.reason, translate("Batch", "Assigned."))
    # Only a request the server may have acted on counts: not one answered 429/503, nor one
    # that never reached it (issue 20, item 9).
    sent_before = before.sends > 0 or http.may_have_acted > 1
    if is_taken(verdict.code) and sent_before:
        return answer(RowStatus.REFUSED, Reason.MAYBE_ASSIGNED_EARLIER,
                      MAYBE_ASSIGNED_EARLIER_SENTENCE)
    return answer(RowStatus.REFUSED, verdict.reason,
                  translate("Batch", "Refused: code {code}.").format(code=verdict.code))


def _known(attempted: AttemptReport, own_key: str | None = None) -> Answer | None:
    """A row the ledger answers (not sent), or whose verified 801 the ledger explains.
    ``own_key``: the row's Idempotency-Key; a verified 800 sent with it is the row's own
    answer (a run killed after the history recorded it, before the journal did)."""
    earlier = attempted.earlier
    if attempted.outcome not in (Outcome.ALREADY_ASSIGNED, Outcome.ASSIGNED_ELSEWHERE) \
            or earlier is None:
        return None
    result = attempted.result
    verdict, http = (result.verdict, result.http) if result else (None, None)
    if own_key and earlier.idempotency_key == own_key and verdict is not None and http \
            and verdict.verified and is_assigned(verdict.code):
        return Answer(RowStatus.ASSIGNED, verdict.reason, translate("Batch", "Assigned."),
                      http_status=http.status, code=verdict.code, message=verdict.message,
                      verified=True, signed_at=verdict.timestamp, raw_body=http.body)
    if attempted.outcome == Outcome.ALREADY_ASSIGNED:
        status = RowStatus.ALREADY_ASSIGNED
        detail = translate("Batch", "Already assigned to this owner on {when} by this computer"
                           " (history #{id}).")
    else:
        status = RowStatus.ASSIGNED_ELSEWHERE
        detail = translate("Batch", "Already assigned to {owner} ({email}) on {when} by this "
                           "computer (history #{id}).")
    detail = detail.format(when=format_timestamp(earlier.at), id=earlier.history_id,
                           owner=earlier.owner_name, email=earlier.email)
    return Answer(status, attempted.outcome, detail,
                  http_status=http.status if http else None,
                  code=verdict.code if verdict else None,
                  message=verdict.message if verdict else None,
                  verified=bool(verdict and verdict.verified),
                  signed_at=verdict.timestamp if verdict else None,
                  raw_body=http.body if http else None)


class BatchRunner:
    """Sends what the journal still needs to send. :meth:`run` blocks until the batch
    finishes or stops; :meth:`pause`, :meth:`resume` and :meth:`stop` may be called from any
    thread meanwhile. ``on_row`` is called (from a worker thread) with each row as it changes;
    ``on_state`` with a short sentence when the run pauses, waits or stops."""

    def __init__(
        self,
        journal: Journal,
        api_key: str,
        trust: TrustStore,
        history: HistoryStore | None,
        config: BatchConfig | None = None,
        on_row: Callable[[JournalRow], None] | None = None,
        on_state: Callable[[str], None] | None = None,
        history_unavailable: str | None = None,
        ledger: Ledger | None = None,
    ) -> None:
        self.journal = journal
        self.config = config or BatchConfig()
        self._api_key = api_key
        self._trust = trust
        self._history = history
        self._history_unavailable = history_unavailable
        # Rows the history already answers are not sent (already_assigned counts as done).
        self._ledger = ledger or (Ledger(history, self.config.idempotency_window_s)
                                  if history is not None else None)
        if self._ledger is not None and self._ledger.team is not None:
            self._ledger.team.deferred = True  # rows published in groups, and at the end
        self._on_row = on_row or (lambda row: None)
        self._on_state = on_state or (lambda text: None)
        self.gate = RateGate()
        self._lock = threading.Lock()
        self._queue: deque[int] = deque()
        self._tries: dict[int, int] = {}
        self._running = threading.Event()  # set = not paused
        self._running.set()
        self._stop = threading.Event()
        self._cancel_tokens: set[CancelToken] = set()
        self._consecutive_failures = 0
        self._queued = 0  # rows answered 807 in this run (left to a later run)
        self._ending: tuple[Ending, str] | None = None
        self._sent = 0
        # Rows a worker is on now (a request out, or its answer being recorded): what a pause
        # waits for before it has settled.
        self._in_flight = 0
        #: Why records are missing from history, once (shown by the fronts).
        self.record_problem: str | None = None

    # --- control, from any thread -----------------------------------------------------------
    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def in_flight(self) -> int:
        """How many rows are being sent or recorded now: a pause has settled at 0."""
        with self._lock:
            return self._in_flight

    def pause(self) -> None:
        """Send nothing new; requests already out are answered and recorded."""
        self._running.clear()
        self._on_state(translate("Batch", "Paused."))

    def resume(self) -> None:
        self._running.set()
        self._on_state(translate("Batch", "Running."))

    def stop(self, cancel_in_flight: bool = False) -> None:
        """End the run (resumable). With ``cancel_in_flight`` requests already out are
        abandoned too (at quit): they stay in the journal as sent and are re-sent with the
        same Idempotency-Key on resume, so nothing is assigned twice."""
        self._end(Ending.STOPPED, translate("Batch", "Stopped; the batch can be resumed."))
        if cancel_in_flight:
            with self._lock:
                tokens = list(self._cancel_tokens)
            for token in tokens:
                token.cancel()

    def _end(self, ending: Ending, sentence: str) -> None:
        with self._lock:
            if self._ending is None:
                self._ending = (ending, sentence)
        self._stop.set()
        self._running.set()  # wake paused workers so they see the stop

    # --- the run ----------------------------------------------------------------------------
    def run(self) -> BatchOutcome:
        journal = self.journal
        self._queue.extend(journal.to_send())
        if self._queue and self._ledger is not None and self._ledger.team is not None:
            # The team ledger asked about every row at once, not twice a row.
            self._ledger.team.prefetch(journal.meta.base_url,
                                       [journal.row(n).license_key for n in self._queue])
        if self._queue:
            workers = [threading.Thread(target=self._work, name=f"licensegui-batch-{i}",
                                        daemon=True)
                       for i in range(min(self.config.concurrency, len(self._queue)))]
            with full_collections_held():  # none freezes the window mid-run
                for w in workers:
                    w.start()
                for w in workers:
                    w.join()
        if self._ledger is not None:
            if self._ledger.team is not None:
                self._ledger.team.publish()  # the rows of the last group
            self._ledger.close()  # the team ledger's connection (reopened if run again)
        counts = journal.counts()
        if self._ending is None and not journal.to_send():
            if not journal.finished:
                try:
                    journal.mark_finished()
                except JournalError as exc:
                    self._end(Ending.JOURNAL, message_of(exc))
            if self._ending is None:
                self._ending = (Ending.FINISHED, translate("Batch", "Finished."))
        if self._ending is None and self._queued:  # rows the server has not decided yet
            self._ending = (Ending.NETWORK,
                            translate("Batch", "The server queued {count} row(s) (code 807): "
                                      "not decided yet. Run the batch again later to ask for "
                                      "their answers.").format(count=self._queued))
        if self._ending is None:  # rows left that got no answer after every retry pass
            self._ending = (Ending.NETWORK,
                            translate("Batch",
                                      "Some rows got no answer; the batch can be resumed."))
        ending, sentence = self._ending
        self._on_state(sentence)
        return BatchOutcome(ending, sentence, counts, self._sent)

    def _wait_to_go(self) -> bool:
        """Block while paused or rate-limited; False when the run is ending."""
        while True:
            self._running.wait()
            if self._stop.is_set():
                return False
            left = self.gate.remaining()
            if left <= 0:
                return True
            self._on_state(translate("Batch",
                                     "The server asked to slow down: waiting {left:.0f} "
                                     "s.").format(left=left))
            if self._stop.wait(min(left, 0.5)):
                return False

    def _work(self) -> None:
        client = ApiClient(config=self.config.client, gate=self.gate)
        token = CancelToken()
        with self._lock:
            self._cancel_tokens.add(token)
        try:
            while self._wait_to_go():
                give_way()  # a window starved of the GIL runs before the next row
                with self._lock:  # taken and counted at once: a pause never sees a gap
                    if not self._running.is_set():
                        # Paused since this worker was let go: after pause() returns, no
                        # row starts, so in_flight only falls (to 0 once the pause settles).
                        continue
                    n = self._queue.popleft() if self._queue else None
                    if n is None:
                        return
                    self._in_flight += 1
                try:
                    if not self._send(client, n, token):
                        return
                finally:
                    with self._lock:
                        self._in_flight -= 1
        finally:
            with self._lock:
                self._cancel_tokens.discard(token)
            client.close()

    def _send(self, client: ApiClient, n: int, token: CancelToken) -> bool:
        team = self._ledger.team if self._ledger is not None else None
        if team is not None and getattr(team, "require", False) and team.state == "offline":
            # --require-team-ledger: the ledger went away mid-batch (a publish found it
            # gone): nothing more is sent until it is back.
            self._end(Ending.NETWORK, translate(
                "Batch", "The team ledger is required and cannot be reached: nothing more "
                "was sent. Run the batch again once it is back."))
            return False
        journal = self.journal
        row = journal.row(n)
        target = AssignTarget(base_url=journal.meta.base_url, api_key=self._api_key,
                              request=row.request(), profile=journal.meta.profile)
        answered, decided = consult(self._ledger, target, self._trust, self._history,
                                    send_again=self.config.send_again)
        if answered is not None:  # the history answers it: nothing is sent
            known = _known(answered, row.idempotency_key)
            if known is not None:
                try:
                    self._on_row(journal.answer(n, known))
                except JournalError as exc:
                    self._end(Ending.JOURNAL, message_of(exc))
                    return False
                return True
        try:
            before = journal.claim(n)
        except JournalError as exc:
            self._end(Ending.JOURNAL, message_of(exc))
            return False
        assert before.idempotency_key is not None  # every pending row got one at import
        with self._lock:
            self._sent += 1
        attempted = run_attempt(
            client, AssignTarget(base_url=journal.meta.base_url, api_key=self._api_key,
                                 request=before.request(), profile=journal.meta.profile),
            self._trust, replay_window_s=self.config.replay_window_s, history=self._history,
            resend=Resend(before.idempotency_key, before.first_sent_at), cancel=token,
            history_unavailable=self._history_unavailable,
            batch=journal.meta.batch_id, send_again=self.config.send_again,
            ledger=self._ledger, decided=decided)  # the ledger is asked once per row
        if attempted.record_problem and self.record_problem is None:
            self.record_problem = attempted.record_problem
        outcome = classify(attempted, before)
        try:
            if isinstance(outcome, Answer):
                row = journal.answer(n, outcome)
            else:
                row = journal.note_failure(n, *outcome)
        except JournalError as exc:
            self._end(Ending.JOURNAL, message_of(exc))
            return False
        self._on_row(row)
        if isinstance(outcome, Answer):
            with self._lock:
                self._consecutive_failures = 0
            return True
        return self._after_failure(n, *outcome)

    def _after_failure(self, n: int, reason: str, sentence: str) -> bool:
        if reason == Reason.CANCELLED:
            return False
        if reason == Reason.API_KEY_REFUSED:
            self._end(Ending.API_KEY,
                      translate("Batch",
                                "The server refused the API key; nothing more was sent. Fix the "
                                "key, then resume the batch."))
            return False
        if reason == Reason.ACCESS_DENIED:
            self._end(Ending.ACCESS_DENIED,
                      translate("Batch",
                                "The server denied this computer access (a blocked IP address "
                                "or identifier); nothing more was sent. Ask your vendor, then "
                                "resume the batch."))
            return False
        if reason == Reason.QUEUED:
            # An answer, not a failure: the row stays sent (a resume asks again with its key),
            # and asking again at once would only hear "queued" again.
            with self._lock:
                self._consecutive_failures = 0
                self._queued += 1
            return True
        if reason == Reason.INSECURE_URL:
            self._end(Ending.INSECURE, sentence)
            return False
        if reason == Reason.SERVER_SETUP:  # every row would meet it: say what to check
            self._end(Ending.SERVER_SETUP, sentence)
            return False
        with self._lock:
            self._consecutive_failures += 1
            failures = self._consecutive_failures
            tries = self._tries[n] = self._tries.get(n, 0) + 1
            if tries <= self.config.retry_passes:
                self._queue.append(n)  # once more at the end, same Idempotency-Key
        if failures >= self.config.max_consecutive_failures:
            self._end(Ending.NETWORK,
                      translate("Batch",
                                "Stopped after {failures} rows in a row got no answer (last: "
                                "{sentence}) The batch can be resumed.").format(
                                    failures=failures, sentence=sentence))
            return False
        return True


def throughput(done: int, elapsed_s: float, remaining: int) -> tuple[float, float | None]:
    """(rows per second, seconds left) for a progress line; None while too early to say."""
    if done <= 0 or elapsed_s <= 0:
        return 0.0, None
    rate = done / elapsed_s
    return rate, remaining / rate if rate > 0 else None
