"""The badge's colour follows its state (colour is never the only signal, but it must be right)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from licensegui.core.envelope import Verdict
from licensegui.ui.main.badge import VerdictBadge

GREEN, RED = "#177a3c", "#b3261e"


def top_middle_colour(badge: VerdictBadge) -> str:
    image = badge.grab().toImage()
    return image.pixelColor(image.width() // 2, 4).name()


def test_colour_and_words_follow_each_state_change(qtbot: QtBot) -> None:
    badge = VerdictBadge()
    qtbot.addWidget(badge)
    badge.resize(600, 120)
    badge.show()
    idle = top_middle_colour(badge)
    assert idle not in (GREEN, RED)
    good = Verdict(True, "verified", "ok", key_label="global", key_fingerprint="ab" * 32,
                   key_bits=2048)
    bad = Verdict(False, "signature_mismatch", "The signature does not match.")
    badge.show_verdict(good, live=True)
    assert top_middle_colour(badge) == GREEN and badge.title.text() == "Signature verified"
    badge.show_verdict(bad, live=True)
    assert top_middle_colour(badge) == RED
    assert badge.title.text() == "NOT verified — signature does not match"
    assert badge.accessibleDescription().startswith("The signature does not match.")
    badge.show_verdict(good, live=True)
    assert top_middle_colour(badge) == GREEN
    badge.show_idle()
    assert top_middle_colour(badge) == idle


def test_interaction_enabled_after_first_paint(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    badge = VerdictBadge()
    qtbot.addWidget(badge)
    badge.enable_interaction()
    assert badge.focusPolicy() == Qt.FocusPolicy.TabFocus
    assert badge.title.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_reds_read_on_light_and_dark_backgrounds(qapp: object) -> None:
    from PySide6.QtGui import QColor, QPalette

    from licensegui.ui.main.badge import outcome_sheet
    from licensegui.ui.resources import ERROR_RED, stylesheet

    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    assert ERROR_RED[False] in outcome_sheet("not_authentic", light)
    assert ERROR_RED[True] in outcome_sheet("not_authentic", dark)
    assert "color" not in outcome_sheet("assigned", dark)  # only "not authentic" is red
    assert f"QLabel#fieldError {{ color: {ERROR_RED[True]}; }}" in stylesheet(dark)
    assert "@error" not in stylesheet(light)
