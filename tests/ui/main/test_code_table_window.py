"""The window reads every Key Manager code as the code table says (issue 26): its headline's
outcome and tone after a real request to a sandbox signing that code."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from licensegui.core.code_table import ASSIGNED_CODES, TABLE, meaning_of
from licensegui.core.headline import POSITIVE_TONES, headline
from licensegui.sandbox import SandboxServer
from licensegui.ui.main.window import MainWindow
from tests.helpers.qt import fill, wait_idle


@pytest.mark.parametrize("code", sorted(TABLE))
def test_the_window_shows_each_code_as_the_table_says(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, code: int) -> None:
    fill(window, f"CODE-{code}-HTTP200")
    window.submit()
    wait_idle(qtbot, window)
    banner = window.headline
    assert banner.said is not None and banner.said.outcome == meaning_of(code).outcome
    assert banner.tone == headline(meaning_of(code).outcome).tone.value
    assert (banner.line.tone in POSITIVE_TONES) == (code in ASSIGNED_CODES)
    assert window.badge.state == "verified"  # the answer itself is genuine
