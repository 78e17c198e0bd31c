"""The result under the form: the headline first (the outcome, for whom, when, the next step),
then the answer's own words, then the signature seal as its proof; the QA details below.

An outcome that is no success never carries the success colour or a check mark here: the
headline's tone says what happened, and the seal under a refusal reads as plain proof."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from licensegui.core.codes import Outcome as Codes
from licensegui.core.codes import Reason
from licensegui.core.headline import (
    POSITIVE_TONES,
    headline,
    next_step,
    outcome_of_answer,
    repeated,
)
from licensegui.core.outcome import copy_differences, describe
from licensegui.ui.i18n import localize, translate
from licensegui.ui.main.badge import VerdictBadge, outcome_sheet
from licensegui.ui.main.form import FIELDS
from licensegui.ui.main.headline import HeadlineBanner, Said, request_words
from licensegui.ui.plain import PlainLabel
from licensegui.ui.tones import tone_colours

if TYPE_CHECKING:
    from licensegui.core.envelope import Verdict
    from licensegui.core.validation import AssignRequest
    from licensegui.ui.main.details import DetailsPane, Shown
    from licensegui.ui.main.form import AssignForm


def differences_text(verdict: Verdict) -> str:
    """Field by field, what was edited after signing ("" when nothing was)."""
    rows = copy_differences(verdict)
    if not rows:
        return ""
    lines = [translate("ResultView", "Edited after signing (the signed value counts):")]
    lines += [translate("ResultView", "{field}: signed {signed}, readable copy says "
                        "{readable}").format(field=field, signed=signed, readable=readable)
              for field, signed, readable in rows]
    return "\n".join(lines)


class ResultView(QWidget):
    """Headline, outcome line and hint, "Send anyway", the history note, the seal."""

    def __init__(self, details: DetailsPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.banner = HeadlineBanner()
        self.outcome = PlainLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome_hint = PlainLabel()
        self.outcome_hint.setWordWrap(True)
        self.differences = PlainLabel()
        self.differences.setObjectName("differences")
        self.differences.setWordWrap(True)
        self.differences.hide()
        # Shown when this computer's history held a request back (already assigned).
        self.send_anyway_button = QPushButton(translate("MainWindow", "Send a&nyway"))
        self.send_anyway_button.hide()
        self.record_note = PlainLabel()
        self.record_note.setObjectName("fieldError")
        self.record_note.setWordWrap(True)
        self.record_note.hide()
        self.badge = VerdictBadge()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.outcome)
        layout.addWidget(self.outcome_hint)
        layout.addWidget(self.differences)
        step = QHBoxLayout()  # the next step, and the button that takes it
        step.addWidget(self.banner.next_step, 1)
        step.addWidget(self.banner.action)
        layout.addLayout(step)
        anyway = QHBoxLayout()  # under the words it acts on
        anyway.addWidget(self.send_anyway_button)
        anyway.addStretch(1)
        layout.addLayout(anyway)
        layout.addWidget(self.record_note)
        layout.addWidget(self.badge)

    # --- clearing ----------------------------------------------------------------------------
    def clear(self) -> None:
        self.banner.clear()
        self.outcome.clear()
        self.outcome.show()
        self.outcome_hint.clear()
        self.differences.clear()
        self.differences.hide()

    # --- the answer's own words ------------------------------------------------------------
    def show_outcome(self, outcome: str, title: str, hint: str) -> None:
        """``outcome``: a :class:`codes.Outcome` value (the style follows it)."""
        self.outcome.show()
        self.outcome.setProperty("kind", outcome)
        self.outcome.setText(title)
        self.outcome.setAccessibleName(translate("MainWindow",
                                                 "Outcome: {title}").format(title=title))
        self.outcome_hint.setText(hint)
        self.outcome.setStyleSheet(outcome_sheet(outcome, self.palette()))

    def show_result(self, result: Shown, live: bool) -> None:
        """An answer (live, stored, or captured elsewhere): seal, words, differences and a
        headline read from the answer alone (a live answer's is replaced by the
        controller's, which knows what this computer knows)."""
        verdict, http = result.verdict, result.http
        out = describe(verdict, http.status if http else None)
        outcome = outcome_of_answer(verdict.verified, verdict.code, verdict.reason,
                                    http.status if http else None)
        positive = headline(outcome).tone in POSITIVE_TONES
        if out.outcome is Codes.SERVER_ERROR:  # an error page is no forgery: say what it is
            self.badge.show_no_answer(localize(out.hint),
                                      translate("MainWindow", "No signed answer"))
        else:
            self.badge.show_verdict(verdict, live=live, positive=positive)
        self.show_outcome(out.outcome, localize(out.title), localize(out.hint))
        edited = differences_text(verdict) if verdict.reason == Reason.UNSIGNED_COPY_DIFFERS \
            else ""
        self.differences.setText(edited)
        self.differences.setVisible(bool(edited))
        self.details.show_result(result, edited)
        self.show_said(Said(outcome, result.request, result.at or time.time(),
                            answered=http is not None or result.at is not None,
                            code=verdict.code if verdict.verified else None))

    def show_no_answer(self, why: str, title: str, hint: str) -> None:
        self.badge.show_no_answer(why)
        self.show_outcome(Codes.UNKNOWN, title, hint)

    def show_ledger(self, kind: str, title: str, hint: str, held: bool) -> None:
        """What this computer's history knows (the ledger's words; ``title`` "" keeps the
        answer's own), with "Send anyway" when it held the request back."""
        if title:
            self.show_outcome(kind, title, hint)
        else:
            self.outcome_hint.setText(hint)
        self.send_anyway_button.setVisible(held)

    # --- the headline ----------------------------------------------------------------------
    def show_said(self, said: Said) -> None:
        line = headline(said.outcome)
        if said.repeat:
            line = repeated(line)
            if said.outcome == Codes.ASSIGNED and said.answered:
                # Not "now assigned": the server confirmed what it had done before.
                self.show_outcome(Codes.ALREADY_ASSIGNED, translate(
                    "MainWindow", "Still assigned to this owner"), translate(
                    "MainWindow", "Sent again on purpose: the server confirmed the assignment "
                    "it had made; nothing new was assigned."))
        step = next_step(line.outcome, said.code, said.reason)
        self.banner.show_said(line, said, step, self.outcome.text())
        self.badge.set_positive(line.tone in POSITIVE_TONES)
        # The answer's own line in its headline's family: a refusal is never in success
        # colours, nor black under a green seal.
        self._colour_outcome(previous=False)
        # Said once: an outcome line that only repeats the headline's words stays hidden.
        self.outcome.setVisible(self.outcome.text().casefold() != localize(line.words).casefold())
        if self.details.shown is None:  # no answer to show: say what happened instead
            self.details.show_summary(self._summary(said, line.words, step.words))

    def _colour_outcome(self, previous: bool) -> None:
        """The answer's own line in its headline's family; grey once it is the previous
        request's (nothing of it may pass for the new request's result)."""
        line = self.banner.line
        colour = ("palette(mid)" if previous or line is None
                  else tone_colours(line.tone, self.palette()).text)
        self.outcome.setStyleSheet(
            f"QLabel {{ font-size: 13pt; font-weight: 600; color: {colour}; }}")

    def _summary(self, said: Said, words: str, step: str) -> list[str]:
        lines = [translate("DetailsPane", "Outcome: {words}").format(words=localize(words)),
                 self.outcome.text(), self.outcome_hint.text()]
        if said.request is not None:
            lines.append(translate("DetailsPane", "Request: {request}").format(
                request=request_words(said.request)))
        if said.idempotency_key and not said.answered and said.outcome in (
                Codes.ALREADY_ASSIGNED, Codes.ASSIGNED_ELSEWHERE):
            # Nothing went out: the key is the earlier request's, whose answer this is.
            lines.append(translate("DetailsPane", "Idempotency-Key of the earlier request "
                                   "(this one was not sent): {idempotency_key}").format(
                idempotency_key=said.idempotency_key))
        elif said.idempotency_key:
            lines.append(translate("DetailsPane", "Idempotency-Key: {idempotency_key}").format(
                idempotency_key=said.idempotency_key))
        if step:
            lines.append(translate("HeadlineBanner", "Next step: {words}").format(
                words=localize(step)))
        return [line for line in lines if line]

    def follow(self, form: AssignForm) -> None:
        """Watch ``form``'s fields: a result for another request is marked as such. Wired
        to the fields' own (C++) signals: a Python ``emit()`` per keystroke would cost a
        reference to ``True`` each time (PySide6 6.12 drops one per emit call)."""
        for name in FIELDS:
            form.edit(name).textChanged.connect(lambda _text: self.form_changed(form.current()))

    def form_changed(self, current: AssignRequest | None) -> None:
        """The form was edited: a shown result for another request (``current`` None: the
        form holds no valid request) is marked as the previous request's, and as current
        again when the form holds that request once more."""
        said = self.banner.said
        if said is None or said.request is None:
            return
        previous = current != said.request
        if previous != self.banner.is_previous:
            self.banner.mark_previous(previous)
            self._colour_outcome(previous)
