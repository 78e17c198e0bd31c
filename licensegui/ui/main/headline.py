"""The headline of a result: the outcome in its tone's colours (icon + words), for whom and
when, and what to do next. The signature seal under it is its proof (``badge.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from licensegui.core.headline import Headline, NextAction, NextStep, Tone
from licensegui.ui.i18n import local_time, localize, translate
from licensegui.ui.outcome_icons import ICON_OF
from licensegui.ui.plain import PlainLabel
from licensegui.ui.tones import tone_colours

if TYPE_CHECKING:
    from licensegui.core.validation import AssignRequest

#: Stand-ins for the few headline symbols some desktop fonts lack (a box would say nothing).
_GLYPH_FALLBACK = {"⛔": "⊘", "✋": "⚑"}

#: The neutral fill of a result that belongs to the previous request (the form changed).
_PREVIOUS_FILL = {False: "#6b7078", True: "#4a4f57"}


@dataclass(frozen=True)
class Said:
    """What became of one request, for the headline (the controller says it, the window
    shows it): a :class:`codes.Outcome` value, the request it was for, when."""

    outcome: str
    request: AssignRequest | None
    at: float
    #: An answer came back from the server (else: nothing, or this computer's record).
    answered: bool = False
    #: A deliberate send again ("Send anyway").
    repeat: bool = False
    #: The signed code, when there is one (a next step can depend on it).
    code: int | None = None
    #: The request's Idempotency-Key ("" when none was made).
    idempotency_key: str = ""
    #: The verdict's reason (the next step of a not-authentic answer depends on it).
    reason: str = ""


def request_words(request: AssignRequest) -> str:
    """Key / owner / email, as the form holds them (data: not translated)."""
    return f"{request.license_key} / {request.owner_name} / {request.email}"


class HeadlineBanner(QFrame):
    """Icon + words in the tone's fill (white on it, AA contrast in light and dark), for
    whom and when under them; the next step and its button below. Screen readers get the
    whole of it as the frame's accessible name and description."""

    #: The next step's button was pressed: a :class:`NextAction` value.
    action_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headline")
        self.icon = PlainLabel()
        self.words = PlainLabel()
        self.words.setObjectName("headlineWords")
        self.words.setWordWrap(True)
        for label, scale in ((self.icon, 2.2), (self.words, 1.9)):
            font = label.font()  # in code, so the layout sizes the label for the big font
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        self.for_whom = PlainLabel()
        self.for_whom.setWordWrap(True)
        self.when = PlainLabel()
        self.previous = PlainLabel()
        self.previous.setWordWrap(True)
        self.previous.hide()
        text = QVBoxLayout()
        text.setSpacing(2)
        for widget in (self.words, self.for_whom, self.when, self.previous):
            text.addWidget(widget)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addWidget(self.icon)
        row.addLayout(text, 1)
        self.next_step = PlainLabel()
        self.next_step.setObjectName("nextStep")
        self.next_step.setWordWrap(True)
        self.action = QPushButton()
        self.action.clicked.connect(lambda: self.action_wanted.emit(self._action))
        self._action = NextAction.NONE
        self.line: Headline | None = None
        self.said: Said | None = None
        self._step: NextStep | None = None
        self._outcome_line = ""
        self._previous = False
        self.hide()

    # --- what it shows -----------------------------------------------------------------------
    @property
    def tone(self) -> str:
        """The shown tone's value ("" when nothing is shown)."""
        return self.line.tone.value if self.line is not None else ""

    def show_said(self, line: Headline, said: Said, step: NextStep, outcome_line: str) -> None:
        """Show ``line`` for ``said``; ``outcome_line`` (the answer's own words, e.g. who
        has the key) joins the accessible description."""
        self.line, self.said, self._step = line, said, step
        self._show_icon(line.icon)
        self.words.setText(localize(line.words))
        request = said.request
        self.for_whom.setText(translate("HeadlineBanner", "For: {request}").format(
            request=request_words(request)) if request is not None else translate(
            "HeadlineBanner", "For: a saved response (it does not name the request)"))
        self.when.setText((translate("HeadlineBanner", "Answered {time}") if said.answered
                           else translate("HeadlineBanner", "At {time}")).format(
            time=local_time(said.at)))
        self.previous.hide()
        self._previous = False
        words = localize(step.words)
        self.next_step.setText(translate("HeadlineBanner", "Next step: {words}").format(
            words=words) if words else "")
        self.next_step.setVisible(bool(words))
        self._action = step.action
        self.action.setText(action_words(step.action))
        self.action.setVisible(step.action is not NextAction.NONE)
        self._paint(line.tone)
        self.setAccessibleName(translate("HeadlineBanner", "Outcome: {words}").format(
            words=self.words.text()))
        self._outcome_line = outcome_line
        self._describe()
        self.show()

    def _show_icon(self, symbol: str) -> None:
        """The outcome's icon, drawn white for the tone's fill at the words' height; the
        glyph only when the icon cannot be loaded (a bundle missing its resources)."""
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QFontMetrics

        from licensegui.ui.resources import icon

        name = ICON_OF.get(symbol, "")
        side = QFontMetrics(self.words.font()).height()
        pixmap = icon(name).pixmap(QSize(side, side), self.devicePixelRatioF()) if name \
            else None
        self.icon.setProperty("symbol", name if pixmap is not None and not pixmap.isNull()
                              else symbol)
        if pixmap is not None and not pixmap.isNull():
            self.icon.setPixmap(pixmap)
        else:
            self.icon.setText(self._glyph(symbol))

    def _glyph(self, symbol: str) -> str:
        from PySide6.QtGui import QFontMetrics

        if QFontMetrics(self.icon.font()).inFontUcs4(ord(symbol[0])):
            return symbol
        return _GLYPH_FALLBACK.get(symbol, symbol)

    def clear(self) -> None:
        self.line = self.said = self._step = None
        self._previous = False
        self._action = NextAction.NONE
        self.next_step.clear()
        self.next_step.hide()
        self.action.hide()
        self.hide()

    def mark_previous(self, previous: bool) -> None:
        """The form no longer holds the request this result is for (or holds it again):
        greyed, and saying whose it is, rather than passing for the new request's."""
        if self.line is None or self.said is None or self.said.request is None:
            return
        if previous == self._previous:
            return
        self._previous = previous
        self.previous.setText(translate(
            "HeadlineBanner", "For the previous request: {request}. The form has changed "
            "since; press Assign to send the new one.").format(
                request=request_words(self.said.request)))
        self.previous.setVisible(previous)
        self._paint(None if previous else self.line.tone)
        self._describe()

    @property
    def is_previous(self) -> bool:
        return self.line is not None and self._previous

    def _paint(self, tone: Tone | None) -> None:
        from licensegui.ui.resources import is_dark

        # The window's palette: the banner's own turns dark with its fill.
        palette = (self.parentWidget() or self).palette()
        fill = (tone_colours(tone, palette).fill if tone is not None
                else _PREVIOUS_FILL[is_dark(palette)])
        self.setProperty("fill", fill)
        # A changed sheet is what restyles the frame (see badge.py).
        self.setStyleSheet(f"QFrame#headline {{ background: {fill}; border-radius: 10px; }}"
                           " QFrame#headline QLabel { color: white; }")

    def _describe(self) -> None:
        # Only the parts that are not already the name, once each (a screen reader reads
        # the description after the name).
        parts = [self._outcome_line, self.for_whom.text(),
                 self.when.text(),
                 self.previous.text() if self._previous else "",
                 self.next_step.text()]
        seen: list[str] = []
        for part in parts:
            if part and part not in seen and part != self.words.text():
                seen.append(part)
        self.setAccessibleDescription("\n".join(seen))


def action_words(action: NextAction) -> str:
    """The next step's button, in the user's language ("" for no action)."""
    return {
        NextAction.SETTINGS: translate("HeadlineBanner", "Open &Settings…"),
        NextAction.CHECK_NOW: translate("HeadlineBanner", "Chec&k now"),
        NextAction.SEND_AGAIN: translate("HeadlineBanner", "Send a&gain"),
    }.get(action, "")
