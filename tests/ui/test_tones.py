"""Every headline tone reads: its text colour on the window's background and white on its
fill reach WCAG AA (4.5:1), in light and dark palettes; the success green is no other tone's."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from licensegui.core.headline import Tone
from licensegui.ui.tones import tone_colours


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _palette(window: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    return palette


@pytest.mark.parametrize("background", ["#ffffff", "#1e1e1e"])
@pytest.mark.parametrize("tone", list(Tone))
def test_every_tone_reads_on_light_and_dark(qapp, tone, background):
    colours = tone_colours(tone, _palette(background))
    assert _contrast(colours.text, background) >= 4.5, (tone, background, colours.text)
    assert _contrast("#ffffff", colours.fill) >= 4.5, (tone, background, colours.fill)


@pytest.mark.parametrize("background", ["#ffffff", "#1e1e1e"])
def test_no_tone_shares_the_success_colour(qapp, background):
    palette = _palette(background)
    success = tone_colours(Tone.SUCCESS, palette)
    for tone in Tone:
        if tone is not Tone.SUCCESS:
            other = tone_colours(tone, palette)
            assert other.text != success.text and other.fill != success.fill, tone
