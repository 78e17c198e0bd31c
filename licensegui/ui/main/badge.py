"""The verified-signature badge: icon + words (never colour alone), readable by screen readers."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from licensegui.core.envelope import Verdict
from licensegui.core.outcome import format_timestamp, human_age, short_reason
from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import PlainLabel
from licensegui.ui.resources import error_red, icon

# The seal is the proof under the headline, not the headline: smaller than it.
ICON_SIZE = QSize(32, 32)
#: How often a shown signature's age ("12 s ago") is said again.
AGE_TICK_MS = 1000

# Per-state sheets, set on the widget itself: a *changed* sheet is what makes Qt restyle
# (cheaper than style().unpolish/polish, whose first call builds ~70 ms of enums).
_BADGE_SHEETS = {
    "verified": "QFrame#badge { background: #177a3c; border-radius: 10px; }"
                " QLabel { color: white; }",
    "unverified": "QFrame#badge { background: #b3261e; border-radius: 10px; }"
                  " QLabel { color: white; }",
    "idle": "QFrame#badge { border: 2px dashed palette(mid); border-radius: 10px; }",
    # A verified signature under an outcome that is no success (a refusal, a server's "no"):
    # the proof that the answer is authentic, without the success green or a check mark.
    "proof": "QFrame#badge { border: 2px solid palette(mid); border-radius: 10px; }",
}
_BADGE_SHEETS["busy"] = _BADGE_SHEETS["idle"]
_OUTCOME_BASE = "QLabel { font-size: 14pt; font-weight: 600; %s }"


def outcome_sheet(kind: str, palette: QPalette) -> str:
    """The outcome line's style for a ``codes.Outcome`` value: red only for "not
    authentic", in a red that reads on light and dark backgrounds alike."""
    return _OUTCOME_BASE % (f"color: {error_red(palette)};" if kind == "not_authentic" else "")


class VerdictBadge(QFrame):
    """States: idle, busy, verified, unverified (the ``state`` property drives the style)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badge")
        self._icon = PlainLabel()
        self._icon.setFixedSize(ICON_SIZE)
        self.title = PlainLabel()
        self.title.setObjectName("badgeTitle")
        self.title.setWordWrap(True)
        # Set in code, not the stylesheet, so the layout sizes the label for the big font.
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.key_line = PlainLabel()
        # The whole fingerprint, in groups that wrap: never cut, whatever the width.
        self.key_line.setWordWrap(True)
        self.time_line = PlainLabel()
        self.detail = PlainLabel()
        self.detail.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(2)
        for widget in (self.title, self.detail, self.key_line, self.time_line):
            text.addWidget(widget)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        icon_column = QVBoxLayout()  # icon at the top, however tall the text grows
        icon_column.addWidget(self._icon)
        icon_column.addStretch(1)
        row.addLayout(icon_column)
        row.addLayout(text, 1)
        #: The clock the age is told by (a test moves it).
        self.clock: Callable[[], float] = time.time
        self._shown: tuple[Verdict, bool] | None = None
        self._positive = True
        self._age_timer = QTimer(self, interval=AGE_TICK_MS)
        self._age_timer.timeout.connect(self._tick_age)
        self.show_idle()

    def enable_interaction(self) -> None:
        """Keyboard focus (screen readers) and selectable text. Applied after the first paint:
        the first use of PySide6's ``Qt`` namespace costs ~30 ms (enum creation)."""
        from PySide6.QtCore import Qt

        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for label in (self.title, self.key_line, self.time_line, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _set(self, state: str, icon_name: str, title: str, detail: str = "",
             key_line: str = "", time_line: str = "") -> None:
        if state not in ("verified", "unverified"):
            self._shown = None
            self._age_timer.stop()
        look = state
        if state == "verified" and not self._positive:
            look, icon_name = "proof", "sealed"
        self.setProperty("state", state)
        self._icon.setPixmap(icon(icon_name).pixmap(ICON_SIZE, self.devicePixelRatioF()))
        self.title.setText(title)
        for label, value in ((self.detail, detail), (self.key_line, key_line),
                             (self.time_line, time_line)):
            label.setText(value)
            label.setVisible(bool(value))
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(v for v in (detail, key_line, time_line) if v))
        self.setStyleSheet(_BADGE_SHEETS[look])

    @property
    def state(self) -> str:
        return str(self.property("state"))

    def show_idle(self) -> None:
        self._set("idle", "pending", translate("VerdictBadge", "No response yet"),
                  translate("VerdictBadge",
                            "Assign a key, or verify a saved response (File → Verify saved "
                            "response)."))

    def show_no_answer(self, why: str, title: str | None = None) -> None:
        """The request failed, was cancelled, or the server sent no signed answer at all (an
        error page): nothing to verify, and nothing that claims to be authentic."""
        self._set("idle", "pending", title or translate("VerdictBadge", "No answer to verify"), why)

    def show_busy(self) -> None:
        # No running time here: the badge's accessible name changes only with its state (the
        # elapsed time is shown beside the progress bar).
        self._set("busy", "pending", translate("VerdictBadge", "Waiting for the server…"),
                  translate("VerdictBadge", "Press Esc or Cancel to stop."))

    def set_positive(self, positive: bool) -> None:
        """Whether the outcome the seal proves is a success (the green seal with its check
        mark) or not (a refusal: the seal reads as plain proof, never in success colours)."""
        if positive == self._positive:
            return
        self._positive = positive
        if self._shown is not None:
            self.show_verdict(*self._shown)

    def show_verdict(self, verdict: Verdict, live: bool, now: float | None = None,
                     positive: bool | None = None) -> None:
        if positive is not None:
            self._positive = positive
        self._shown = (verdict, live)
        self._set_verdict(verdict, live, self.clock() if now is None else now)
        # The age keeps counting while it is shown ("0 s ago" must not stay for a minute).
        if verdict.timestamp is not None and self.isVisible():
            self._age_timer.start()
        else:
            self._age_timer.stop()

    def _tick_age(self) -> None:
        if self._shown is None or not self.isVisible():
            self._age_timer.stop()
            return
        verdict, live = self._shown
        self.time_line.setText(self._when(verdict, live, self.clock()))

    def showEvent(self, event: QShowEvent) -> None:  # Qt API
        super().showEvent(event)
        if self._shown is not None and self._shown[0].timestamp is not None:
            self._tick_age()
            self._age_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # Qt API
        super().hideEvent(event)
        self._age_timer.stop()

    @staticmethod
    def _when(verdict: Verdict, live: bool, now: float) -> str:
        if verdict.timestamp is None:
            return ""
        stamp, age = localize(format_timestamp(verdict.timestamp)), localize(
            human_age(now - verdict.timestamp))
        when = (translate("VerdictBadge", "Signed {time} ({age})") if verdict.verified else
                translate("VerdictBadge", "Claimed timestamp {time} ({age})")).format(
            time=stamp, age=age)
        if not live and verdict.verified:
            when += translate("VerdictBadge", " · saved response: age not checked")
        return when

    def _set_verdict(self, verdict: Verdict, live: bool, now: float) -> None:
        when = self._when(verdict, live, now)
        if verdict.verified:
            key = (translate("VerdictBadge",
                             "Key: {key_label} · {key_bits}-bit · SHA-256 "
                             "{group}").format(key_label=verdict.key_label,
                                               key_bits=verdict.key_bits,
                                               group=_group(verdict.key_fingerprint or '')))
            self._set("verified", "verified", translate("VerdictBadge", "Signature verified"), "",
                      key, when)
        else:
            key = ""
            if verdict.key_label and verdict.key_fingerprint:
                # key_label is one of KEY_LABELS once a key was picked: not server text.
                key = (translate("VerdictBadge",
                                 "Checked against: {key_label} key "
                                 "{group}").format(key_label=verdict.key_label,
                                                   group=_group(verdict.key_fingerprint)))
            title = translate("VerdictBadge", "NOT verified — {short_reason}").format(
                short_reason=localize(short_reason(verdict)))
            self._set("unverified", "unverified", title, localize(verdict.detail), key, when)


def _group(fingerprint: str) -> str:
    """The whole fingerprint in groups of four, spaced so the line wraps between groups
    rather than being cut (issue 19: it was cut even at 1600 px)."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))
