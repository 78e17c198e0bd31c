"""Colours for the headline tones of ``core/headline.py``: one family per tone, in a light and
a dark variant, each a text colour that reads on the window's own background (≥ 4.5:1 contrast
on white / on #1e1e1e) and a background for a filled banner with white text on it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from licensegui.core.headline import Tone
from licensegui.ui.resources import is_dark


@dataclass(frozen=True)
class ToneColours:
    #: Text on the window's background.
    text: str
    #: A banner's fill, with white text on it.
    fill: str


# (light, dark). The success green is the only green; the refusal family is orange-brown,
# never green, so "Refused" cannot be read as the seal's "verified".
_COLOURS: dict[Tone, tuple[ToneColours, ToneColours]] = {
    Tone.SUCCESS: (ToneColours("#146c34", "#177a3c"), ToneColours("#6fdc8c", "#177a3c")),
    Tone.SETTLED: (ToneColours("#0b5cad", "#0b5cad"), ToneColours("#8ab8ff", "#1f5fa8")),
    Tone.TAKEN: (ToneColours("#8a4b00", "#a15c00"), ToneColours("#ffb86b", "#9a5500")),
    Tone.REFUSED: (ToneColours("#a33b00", "#b24100"), ToneColours("#ff9e6b", "#a33b00")),
    Tone.ACTION: (ToneColours("#6b2fa3", "#6b2fa3"), ToneColours("#d0a8ff", "#6b2fa3")),
    Tone.TROUBLE: (ToneColours("#7a5a00", "#86660a"), ToneColours("#ffd75e", "#7a5a00")),
    Tone.UNKNOWN: (ToneColours("#4a4f57", "#5b616b"), ToneColours("#c4c9d0", "#4a4f57")),
    Tone.FORGED: (ToneColours("#b3261e", "#b3261e"), ToneColours("#ff8a80", "#b3261e")),
}


def tone_colours(tone: str, palette: QPalette) -> ToneColours:
    """The colours of a :class:`Tone` value for this palette (an unknown value: UNKNOWN's)."""
    light, dark = _COLOURS.get(tone, _COLOURS[Tone.UNKNOWN])  # type: ignore[call-overload]
    return dark if is_dark(palette) else light


def tone_text_colour(tone: str, palette: QPalette) -> QColor:
    """The text colour as a QColor (for item models' ForegroundRole)."""
    return QColor(tone_colours(tone, palette).text)
