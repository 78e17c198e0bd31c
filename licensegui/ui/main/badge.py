"""The verified-signature badge: icon + words (never colour alone), readable by screen readers."""

from __future__ import annotations

import time

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from licensegui.core.envelope import Verdict
from licensegui.core.outcome import format_timestamp, human_age, short_reason
from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import PlainLabel
from licensegui.ui.resources import error_red, icon

ICON_SIZE = QSize(48, 48)

# Per-state sheets, set on the widget itself: a *changed* sheet is what makes Qt restyle
# (cheaper than style().unpolish/polish, whose first call builds ~70 ms of enums).
_BADGE_SHEETS = {
    "verified": "QFrame#badge { background: #177a3c; border-radius: 10px; }"
                " QLabel { color: white; }",
    "unverified": "QFrame#badge { background: #b3261e; border-radius: 10px; }"
                  " QLabel { color: white; }",
    "idle": "QFrame#badge { border: 2px dashed palette(mid); border-radius: 10px; }",
}
_BADGE_SHEETS["busy"] = _BADGE_SHEETS["idle"]
_OUTCOME_BASE = "QLabel { font-size: 14pt; font-weight: 600; %s }"


def outcome_sheet(kind: str, palette: QPalette) -> str:
    """The outcome line's style for a ``core.outcome.Kind`` value: red only for "not
    authentic", in a red that reads on light and dark backgrounds alike."""
    return _OUTCOME_BASE % (f"color: {error_red(palette)};" if kind == "unverified" else "")


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
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.title.setFont(font)
        self.key_line = PlainLabel()
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
        self.setProperty("state", state)
        self._icon.setPixmap(icon(icon_name).pixmap(ICON_SIZE, self.devicePixelRatioF()))
        self.title.setText(title)
        for label, value in ((self.detail, detail), (self.key_line, key_line),
                             (self.time_line, time_line)):
            label.setText(value)
            label.setVisible(bool(value))
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(v for v in (detail, key_line, time_line) if v))
        self.setStyleSheet(_BADGE_SHEETS[state])

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

    def show_verdict(self, verdict: Verdict, live: bool, now: float | None = None) -> None:
        now = time.time() if now is None else now
        when = ""
        if verdict.timestamp is not None:
            stamp, age = localize(format_timestamp(verdict.timestamp)), localize(
                human_age(now - verdict.timestamp))
            when = (translate("VerdictBadge", "Signed {time} ({age})") if verdict.verified else
                    translate("VerdictBadge", "Claimed timestamp {time} ({age})")).format(
                time=stamp, age=age)
            if not live and verdict.verified:
                when += translate("VerdictBadge", " · saved response: age not checked")
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
    head = fingerprint[:24]
    return ":".join(head[i : i + 4] for i in range(0, len(head), 4)) + "…"
