"""One assignment at a time: submit, answer, failure, cancel, record, and sending again."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from licensegui.core.codes import Outcome, Reason
from licensegui.core.errors import MissingApiKey
from licensegui.core.secrets import KeyChange
from licensegui.ui.i18n import localize, translate
from licensegui.ui.main.details import Shown
from licensegui.ui.main.headline import Said
from licensegui.ui.main.unknown_outcomes import ledger_words
from licensegui.ui.plain import warn
from licensegui.ui.tasks import Task, Tasks

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from licensegui.core.cancel import CancelToken
    from licensegui.core.ledger import Unknown
    from licensegui.core.service import AttemptReport
    from licensegui.core.session import AppSession
    from licensegui.core.settings import Profile
    from licensegui.core.trust import TrustStore
    from licensegui.core.validation import AssignRequest
    from licensegui.ui.main.form import AssignForm

log = logging.getLogger(__name__)

#: How long after an answer the same form's Return is taken for a repeat of the press.
REPEAT_GUARD_S = 1.0


class AssignController(QObject):
    """The request lifecycle of the main window. It owns the busy state (one request at a
    time), the current task and the request's identity (the same Idempotency-Key when the
    same request is sent again); the window shows what the signals say."""

    # True when a request starts, False when it ended (answered, failed or cancelled).
    busy_changed = Signal(bool)
    # A status-bar line and how long it stays, in ms (0: until the next one).
    status = Signal(str, int)
    # The live answer, verified or not: shown in the badge, the outcome and the details.
    answered = Signal(object)
    # No answer: the badge's sentence, then the outcome's title and hint.
    no_answer = Signal(str, str, str)
    # After an attempt: why history lacks it ("" when it has it), and the status line.
    recorded = Signal(str, str)
    # History has a new attempt (its id).
    attempt_added = Signal(int)
    # The request ended; True when the key field should be selected for the next order.
    ended = Signal(bool)
    # No API key is stored: the window goes idle while the user is asked for one.
    key_wanted = Signal()
    # API key changes to make on a tracked task (the one typed when asked).
    key_changes = Signal(list)
    # No profile yet: Settings should open.
    settings_wanted = Signal()
    # What this computer's history knows decided or explains the outcome: (kind, title, hint)
    # — the window shows it with "Send anyway" (kind: a codes.Outcome value).
    ledger_said = Signal(str, str, str)
    # An unknown outcome was checked: (its history id, the codes.Outcome value of the answer).
    checked = Signal(int, str)
    # What became of the request, for the headline: a ``headline.Said`` (after the rest).
    said = Signal(object)

    def __init__(self, session: AppSession, tasks: Tasks, form: AssignForm,
                 profile: Callable[[], Profile | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.tasks, self.form, self.profile = session, tasks, form, profile
        self._dialog_parent = parent
        # The request in flight, if any.
        self.task: Task | None = None
        self._pending: tuple[Profile, AssignRequest, TrustStore] | None = None
        #: (profile, request, when) of the last answer: a second Return on the unchanged
        #: form a moment after it is no new request (issue 28).
        self._last_answer: tuple[str, AssignRequest, float] | None = None
        #: The last request the ledger answered without sending (for "Send anyway").
        self.held: tuple[Profile, AssignRequest, TrustStore] | None = None
        #: The last request sent (for "Check now" / "Send again" from its headline).
        self.last: tuple[Profile, AssignRequest, TrustStore] | None = None
        self._select_key_when_idle = False
        self._sending_again = False

    @property
    def busy(self) -> bool:
        return self.task is not None

    # --- sending -------------------------------------------------------------------------------
    def submit(self, *_args: object) -> None:
        """Assign with what the form holds (``clicked`` passes a flag: ignored)."""
        if self.busy:
            return
        if not self.form.is_valid():
            self.form.show_all_errors()
            return
        profile = self.profile()
        if profile is None:
            self.settings_wanted.emit()
            return
        trust = profile.trust_store()
        if not trust.labels():
            warn(
                self._dialog_parent, translate("MainWindow", "No public key"),
                translate("MainWindow",
                          "The profile “{name}” has no public key, so no answer could be "
                          "verified. Import the vendor's public key in Settings "
                          "first.").format(name=profile.name))
            return
        request = self.form.request()
        answered = self._last_answer
        if answered is not None and answered[:2] == (profile.name, request) \
                and time.monotonic() - answered[2] < REPEAT_GUARD_S:
            return  # the same press again (a double Return): its answer is on the screen
        self._send(profile, request, trust, None)

    def send_anyway(self) -> None:
        """The request the ledger held back, sent deliberately: its first Idempotency-Key
        while inside the window, and the history row marked as a repeat."""
        held = self.held
        if self.busy or held is None:
            return
        profile, request, trust = held
        self._send(profile, request, trust, None, send_again=True)

    def send_last_again(self) -> None:
        """The headline's Check now / Send again: the request it shows, not what the form
        holds now; the ledger gives it its first Idempotency-Key (it cannot assign twice)."""
        last = self.last
        if self.busy or last is None:
            return
        self._send(*last, None)

    @property
    def in_flight(self) -> AssignRequest | None:
        """The request out now (written "unknown" before it went out), if any."""
        return self._pending[1] if self._pending is not None else None

    def check(self, unknown: Unknown) -> bool:
        """Check now: send an attempt whose outcome is unknown again, with its own
        Idempotency-Key (the ledger finds it), so the answer resolves it. False when it
        cannot be sent now (busy, or its profile is gone)."""
        # Here, not at the top: the ledger (and the history under it) is not needed to
        # show the window, and importing them cost its first paint ~20 ms.
        from licensegui.core.ledger import RequestIdentity

        if self.busy:
            return False
        profile = next((p for p in self.session.settings.profiles if p.name == unknown.profile),
                       None) or next((p for p in self.session.settings.profiles
                                      if RequestIdentity.server(p.base_url)
                                      == RequestIdentity.server(unknown.base_url)),
                                     None)
        if profile is None:
            warn(self._dialog_parent, translate("MainWindow", "Check now"),
                 translate("MainWindow", "The profile “{name}” no longer exists, so the request "
                           "cannot be sent again from here.").format(name=unknown.profile))
            return False
        self._send(profile, unknown.request(), profile.trust_store(), None)
        return True

    def _send(self, profile: Profile, request: AssignRequest, trust: TrustStore,
              api_key: str | None, send_again: bool = False) -> None:
        self.held = None
        # Imported on first use, not at start-up: the window shows before requests' stack loads.
        from licensegui.core.service import AssignTarget, consult, run_attempt

        session, window = self.session, self.session.settings.replay_window_s

        def call(token: CancelToken) -> AttemptReport:
            # On this worker thread: a keyring can take seconds (a permission prompt), and
            # the history write must not wait for the GUI (nor be lost if it quits).
            key = api_key or session.secrets.get(profile.name)
            history = session.history_or_none()
            # Read from the shared file on every request (no copy in memory): another window
            # or the CLI may have sent this request since.
            ledger = session.ledger(profile)
            target = AssignTarget(base_url=profile.base_url, api_key=key or "",
                                  request=request, profile=profile.name)
            try:
                decided = None
                if not key:
                    # Asked only when something will be sent (issue 28): a request the
                    # history answers needs no API key.
                    answered, decided = consult(ledger, target, trust, history,
                                                send_again=send_again)
                    if answered is None:
                        raise MissingApiKey(profile.name)  # the GUI asks for it, then sends
                return run_attempt(session.client, target, trust, replay_window_s=window,
                                   history=history, cancel=token, ledger=ledger,
                                   send_again=send_again, decided=decided,
                                   history_unavailable=session.history_error)
            finally:
                if ledger is not None:
                    ledger.close()  # the team ledger's connection, if it has one

        task = Task(call)
        task.succeeded.connect(self._answered)
        task.failed.connect(lambda message: self._task_failed(task, message))
        task.cancelled.connect(lambda: self._after_cancel(task.result))
        task.finished.connect(lambda: self._ended(task))
        self.task = task
        self._pending = self.last = (profile, request, trust)
        # "Send anyway" is a repeat even where the ledger did not make it one (another
        # owner's key): its headline says "sent again".
        self._sending_again = send_again
        self.busy_changed.emit(True)
        self.tasks.start(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.status.emit(translate("MainWindow", "Cancelling…"), 0)
            self.task.cancel()

    # --- the task's end ---------------------------------------------------------------------
    def _ended(self, task: Task) -> None:
        if task is not self.task:
            return  # a request that gave way to the next (sent again with the key asked for)
        self.task = None
        if self._pending is not None and task.error is None:
            self._last_answer = (self._pending[0].name, self._pending[1], time.monotonic())
        self._pending = None
        self.busy_changed.emit(False)
        select, self._select_key_when_idle = self._select_key_when_idle, False
        self.ended.emit(select)

    def _task_failed(self, task: Task, message: object) -> None:
        if isinstance(task.error, MissingApiKey):
            self._ask_key_and_send(task)
        else:
            self._failed(message)

    def _ask_key_and_send(self, task: Task) -> None:
        """No API key stored anywhere yet: ask (idle meanwhile, as after any request), then
        send the same request with it."""
        pending = self._pending
        self.key_wanted.emit()
        self._ended(task)
        if pending is None:
            return
        profile, request, trust = pending
        if self.busy or self.profile() is not profile:
            return
        key = self._ask_api_key(profile)
        if key:
            self._send(profile, request, trust, key)

    def _ask_api_key(self, profile: Profile) -> str | None:
        """The key is not stored anywhere yet: ask (and keep it as the user chose)."""
        # Imported when first needed: not needed to show the window (start-up time).
        from licensegui.ui.api_key_dialog import ApiKeyDialog

        dialog = ApiKeyDialog(profile.name, self.session.secrets.status(), self._dialog_parent)
        if not dialog.exec():  # rejected
            return None
        # Saved on a worker (a keyring may prompt); this request uses the key directly.
        kind = "keyring" if dialog.remember.isChecked() else "session"
        self.key_changes.emit([KeyChange(kind, profile.name, dialog.value)])
        return dialog.value

    def _answered(self, attempted: AttemptReport) -> None:
        if attempted.resolves is not None:  # a Check now (or a re-send) of an unknown outcome
            self.checked.emit(attempted.resolves, attempted.outcome)
        words = ledger_words(attempted)
        if not attempted.sent and attempted.error is None:
            self._held_back(attempted, words)
            return
        if attempted.result is None:
            reason, sentence = attempted.error or (Reason.NETWORK_ERROR, "")
            if attempted.outcome == Outcome.CANCELLED and reason == Reason.CANCELLED:
                self._cancelled(attempted)
            elif reason == Reason.CANCELLED:  # cancelled after it went out
                self._unknown(attempted)
            else:
                self._failed(sentence, attempted)
            return
        result = attempted.result
        self.answered.emit(Shown(result.http.body, result.verdict, result.http,
                                 translate("MainWindow", "Live answer"), attempted.request))
        if words is not None:
            self.ledger_said.emit(attempted.outcome, *words)
        # The next order needs as few keystrokes as possible: the key field, selected.
        self._select_key_when_idle = result.assigned
        status = translate("MainWindow", "Answered in {ms} ms").format(
            ms=round(result.http.elapsed_s * 1000))
        if attempted.repeat:
            status = translate("MainWindow", "{status} · sent again: marked as a repeat in "
                               "history").format(status=status)
        self._after_record(attempted, status)
        self._say(attempted)

    def _say(self, attempted: AttemptReport | None, outcome: str = Outcome.UNKNOWN) -> None:
        """The headline's facts: from the report, else from the request that was pending."""
        if attempted is None:
            pending = self._pending
            self.said.emit(Said(outcome, pending[1] if pending else None, time.time()))
            return
        result = attempted.result
        verified = result is not None and result.verdict.verified
        self.said.emit(Said(attempted.outcome, attempted.request, time.time(),
                            answered=attempted.sent and result is not None,
                            repeat=attempted.repeat or self._sending_again,
                            code=result.verdict.code if result is not None and verified else None,
                            idempotency_key=attempted.idempotency_key,
                            reason=result.verdict.reason if result is not None else ""))

    def _held_back(self, attempted: AttemptReport,
                   words: tuple[str, str] | None) -> None:
        """The ledger answered and nothing went out: the stored signed answer (if any) as
        the receipt, the ledger's words, and "Send anyway" offered."""
        self.held = self._pending
        result = attempted.result
        title, hint = words or (translate("MainWindow", "Not sent"), "")
        if result is not None:
            # A receipt from history, re-verified as a saved response is: no HTTP exchange
            # happened now, so none is shown (its age is shown, not judged).
            self.answered.emit(Shown(result.http.body, result.verdict, None,
                                     translate("MainWindow", "Stored answer (receipt)"),
                                     attempted.request))
        else:  # nothing to verify: the badge says nothing went out
            team = attempted.earlier is not None and attempted.earlier.source == "team"
            self.no_answer.emit(translate("MainWindow", "Not sent: the team ledger answered.")
                                if team else translate("MainWindow", "Not sent: this "
                                                       "computer's history answered."),
                                title, hint)
        self.ledger_said.emit(attempted.outcome, title, hint)
        self._select_key_when_idle = attempted.outcome == Outcome.ALREADY_ASSIGNED
        problem = attempted.record_problem
        self.recorded.emit(localize(problem) if problem else "",
                           translate("MainWindow", "Not sent: this computer's history "
                                     "answered."))
        self._say(attempted)

    def _failed(self, message: object, attempted: AttemptReport | None = None) -> None:
        self.no_answer.emit(
            translate("MainWindow", "The request did not complete; see below."),
            translate("MainWindow", "Request failed"),
            translate("MainWindow",
                      "{message} Pressing Assign again re-sends the same request "
                      "(same Idempotency-Key): it cannot assign "
                      "twice.").format(message=localize(message)))
        self._after_record(attempted, translate("MainWindow", "Request failed"))
        self._say(attempted)

    def _cancelled(self, attempted: AttemptReport | None = None) -> None:
        self.no_answer.emit(
            translate("MainWindow", "The request was cancelled."),
            translate("MainWindow", "Cancelled"),
            translate("MainWindow", "The request was cancelled. If the server received it, the "
                      "key may be assigned: pressing Assign again asks the server for the same "
                      "request's answer, without assigning twice."))
        self._after_record(attempted, translate("MainWindow", "Cancelled"))
        self._say(attempted, Outcome.CANCELLED)

    def _after_cancel(self, attempted: AttemptReport | None) -> None:
        # Cancelled before it went out, or after: only the first is "cancelled".
        if attempted is not None and attempted.outcome == Outcome.UNKNOWN:
            self._unknown(attempted)
        else:
            self._cancelled(attempted)

    def _unknown(self, attempted: AttemptReport) -> None:
        self.no_answer.emit(
            translate("MainWindow", "The request was cancelled after it went out."),
            translate("MainWindow", "Outcome unknown"),
            translate("MainWindow", "The request went out and no answer came back: the server "
                      "may have assigned the key. Press Assign again to learn the outcome "
                      "(the same Idempotency-Key: it cannot assign twice)."))
        self._after_record(attempted, translate("MainWindow", "Outcome unknown"))
        self._say(attempted)

    def _after_record(self, attempted: AttemptReport | None, status: str) -> None:
        """Say whether history has the attempt; a missing record stays visible."""
        problem = localize(attempted.record_problem) if attempted and \
            attempted.record_problem else ""
        if attempted is not None and attempted.team_ledger == "offline":
            # Every time, where the result is read (issue 27): not only in a log.
            team = translate("MainWindow", "The team ledger cannot be reached ({problem}): "
                             "decided with this computer's knowledge only; it is shared once "
                             "the team ledger is back.").format(
                                 problem=localize(attempted.team_problem or ""))
            problem = f"{problem} · {team}" if problem else team
        notice = self.session.history_notice()
        self.recorded.emit(problem, status)
        if notice:
            warn(self._dialog_parent, translate("MainWindow", "History"), localize(notice))
        if attempted is not None and attempted.attempt_id is not None:
            self.attempt_added.emit(attempted.attempt_id)
