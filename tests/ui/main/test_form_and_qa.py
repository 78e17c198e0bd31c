"""Issue 19, items 4–6 and 8 in the main window: a suggestion's Return never sends, focus
starts in the first empty field, QA sees what was edited, paste takes the clipboard, one API
key sentence without a keyring, the seal's age ticks, the fingerprint is whole, Settings keeps
its width, dialogs start in Documents (real widgets offscreen, real sandbox)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from licensegui.core.envelope import Verdict
from licensegui.core.secrets import SecretStore
from licensegui.core.session import AppSession
from licensegui.core.settings import Profile, Settings
from licensegui.sandbox import SandboxServer
from licensegui.sandbox.signer import php_json
from licensegui.ui import file_dialogs
from licensegui.ui.main.badge import VerdictBadge
from licensegui.ui.main.window import MainWindow
from licensegui.ui.paste_dialog import PasteDialog
from licensegui.ui.settings_dialog import SettingsDialog
from tests.helpers.app import PROFILE
from tests.helpers.qt import fill, shown_window, wait_idle, when_modal_shown


def body(sandbox: SandboxServer, edit: dict[str, Any] | None = None) -> bytes:
    """A genuine signed answer of ``sandbox``; ``edit`` changes its readable copy only."""
    envelope = sandbox.signer.envelope({"code": 800, "message": "License key assigned",
                                        "timestamp": int(time.time())})
    envelope["response"].update(edit or {})
    return php_json(envelope).encode()


def paste_action(window: MainWindow) -> Any:
    return next(a for menu in window.menuBar().actions() for a in menu.menu().actions()
                if a.text() == "Verify &pasted response…")


# --- the form ------------------------------------------------------------------------------

def test_return_on_a_suggestion_fills_the_field_and_never_sends(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    keys = sandbox.state.available_keys()
    window.form.offer_keys(keys)
    fill(window, "", "previous.customer@example.com")  # the last order's owner and email
    key_edit = window.form.edit("license_key")
    window.activateWindow()
    key_edit.setFocus()
    qtbot.waitUntil(key_edit.hasFocus)
    qtbot.keyClicks(key_edit, keys[0][:6])
    popup = key_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert key_edit.text() == keys[0]
    assert not window.busy and sandbox.seen.requests == 0
    qtbot.keyClick(key_edit, Qt.Key.Key_Return)  # a second Return is a decision: it sends
    assert window.busy
    wait_idle(qtbot, window)


def test_focus_starts_in_the_first_empty_field(qtbot: QtBot, ctx: AppSession) -> None:
    window = shown_window(qtbot, ctx)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is not None)
    assert window.focusWidget() is window.form.edit("license_key")
    window.form.edit("license_key").setText("abcd-1234")
    window.form.focus_first_empty()
    assert window.focusWidget() is window.form.edit("owner_name")


# --- QA ------------------------------------------------------------------------------------

def test_an_edited_readable_copy_shows_what_differs_field_by_field(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    verdict = window.verify_saved(body(sandbox, {"code": 900}), "edited.json")
    assert verdict is not None and verdict.reason == "unsigned_copy_differs"
    assert window.headline.words.text() == "Not authentic"
    shown = window.result.differences
    assert shown.isVisible()
    assert "code: signed 800, readable copy says 900" in shown.text()
    assert "code: signed 800, readable copy says 900" in window.details.summary.toPlainText()
    assert "message" not in shown.text()  # only what differs


def test_paste_verifies_a_response_on_the_clipboard_without_a_box(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    QGuiApplication.clipboard().setText(body(sandbox).decode())
    boxes: list[PasteDialog] = []
    poll = when_modal_shown(PasteDialog, lambda d: (boxes.append(d), d.reject()),  # type: ignore[arg-type]
                            give_up_ms=3_000)
    paste_action(window).trigger()
    poll.stop()
    assert boxes == []
    assert window.details.shown is not None
    assert window.details.shown.source.startswith("Pasted response")
    assert window.badge.state == "verified" and window.headline.words.text() == "Assigned"


def test_the_paste_box_opens_for_other_text_and_return_submits_it(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer) -> None:
    QGuiApplication.clipboard().setText("not a response")
    genuine = body(sandbox).decode()
    stayed_open: list[bool] = []

    def answer(dialog: PasteDialog) -> None:
        dialog.text.setPlainText(genuine)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
        stayed_open.append(dialog.isVisible())
        if dialog.isVisible():
            dialog.reject()  # the old box: Return was a new line; never leave it up

    poll = when_modal_shown(PasteDialog, answer)  # type: ignore[arg-type]
    paste_action(window).trigger()
    poll.stop()
    assert stayed_open == [False]
    assert window.badge.state == "verified"


# --- wording without a keyring (item 6) --------------------------------------------------

def test_without_a_keyring_the_api_key_line_says_one_thing(
        qtbot: QtBot, sandbox: SandboxServer, isolated_home: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    ctx = AppSession.load(SecretStore())
    ctx.settings.profiles = [Profile(PROFILE, sandbox.base_url,
                                     {"global": sandbox.signer.public_pem()})]
    ctx.settings.last_profile = PROFILE
    win = shown_window(qtbot, ctx)
    qtbot.waitUntil(lambda: "not set" in win.storage_note.text(), timeout=2_000)
    note = win.storage_note.text()
    assert note.startswith("API key: not set yet — you will be asked for it at the first "
                           "assignment and it is kept for this session only (no keyring "
                           "available on this system).")
    for contradiction in ("Not set", "Not stored", "(you will be asked)"):
        assert contradiction not in note
    dialog = SettingsDialog(ctx.settings, ctx.secrets, win)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "not set" in dialog.api_status.text().lower())
    assert dialog.api_status.text() == "Not set yet — you will be asked for it at the " \
        "first assignment and it is kept for this session only (no keyring available on " \
        "this system)."
    win.close()
    ctx.close()


# --- small things (item 8) ------------------------------------------------------------------

def test_the_signatures_age_ticks_while_shown_and_stops_when_replaced(qtbot: QtBot) -> None:
    badge = VerdictBadge()
    qtbot.addWidget(badge)
    badge.show()
    signed = 1_700_000_000
    verdict = Verdict(True, "verified", "ok", key_label="global", key_fingerprint="ab" * 32,
                      key_bits=2048, payload=None)
    object.__setattr__(verdict, "payload", _Payload(signed))
    badge.clock = lambda: signed + 0.2
    badge.show_verdict(verdict, live=True)
    assert "(0 s ago)" in badge.time_line.text()
    badge.clock = lambda: signed + 49.2  # 49 s later, nothing else happens
    qtbot.waitUntil(lambda: "(49 s ago)" in badge.time_line.text(), timeout=5_000)
    name = badge.accessibleName()
    assert name == "Signature verified"  # the name stays: screen readers are not spammed
    badge.hide()
    assert not badge._age_timer.isActive()
    badge.show()
    assert badge._age_timer.isActive()
    badge.show_idle()  # replaced
    assert not badge._age_timer.isActive()


class _Payload:
    def __init__(self, timestamp: int) -> None:
        self.timestamp, self.code, self.message, self.raw = timestamp, 800, "m", {}


@pytest.mark.parametrize("width", [1000, 1600])
def test_the_key_fingerprint_is_never_cut(qtbot: QtBot, window: MainWindow,
                                          sandbox: SandboxServer, width: int) -> None:
    window.resize(width, 900)
    verdict = window.verify_saved(body(sandbox), "saved.json")
    assert verdict is not None and verdict.key_fingerprint
    line = window.badge.key_line
    qtbot.waitUntil(lambda: line.width() > 0)
    assert "…" not in line.text()
    assert verdict.key_fingerprint in line.text().replace(" ", "")
    # Every wrapped line fits: the label is as tall as its text needs at its width.
    assert line.height() >= line.heightForWidth(line.width())


def test_settings_keep_their_width_while_typing(qtbot: QtBot) -> None:
    settings = Settings()
    settings.profiles = [Profile("Vendor", "https://vendor.example/api/v1")]
    dialog = SettingsDialog(settings, SecretStore())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width = dialog.width()
    for text in ("h", "http://a-long-vendor-name.example.com/api/v1", "ftp://x"):
        dialog.base_url.clear()
        qtbot.keyClicks(dialog.base_url, text)
        assert dialog.url_error.isVisible()
        QApplication.processEvents()
        assert dialog.width() == width, text


def test_save_and_open_dialogs_start_in_documents_not_the_working_folder(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    started: list[str] = []

    def dialog(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        started.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    window.verify_saved(body(sandbox), "saved.json")
    window.details.save_body()
    window.verify.choose_file()
    settings = SettingsDialog(window.ctx.settings, window.ctx.secrets, window)
    qtbot.addWidget(settings)
    settings.choose_key_file("global")
    folder = file_dialogs.default_folder()
    assert len(started) == 3
    for start in started:
        path = Path(start)
        assert path.is_absolute() and tmp_path not in (path, *path.parents)
        assert folder in (path, path.parent)
