"""Crafted bodies in the real window: nothing a server or a file says is read as markup, absurd
values are reasons (never crashes), the badge is red where it must be, every live attempt is
recorded."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from licensegui.core.session import AppSession
from licensegui.core.settings import Profile
from licensegui.sandbox.signer import Signer, php_json
from licensegui.ui.history_window import HistoryWindow
from licensegui.ui.main.window import MainWindow
from tests.helpers.qt import shown_window
from tests.helpers.servers import FixedAnswerServer

PROFILE = "Hostile"
MARKUP = "<b><font color=green size=7>Assigned</font></b>"
BIDI = "\u202eAssigned\u202c \u2066x\u2069"
NOW = time.time


def _body(envelope: dict[str, Any]) -> bytes:
    return php_json(envelope).encode()


def _signed(signer: Signer, **payload: Any) -> bytes:
    base = {"code": 800, "message": "License key assigned", "timestamp": int(NOW())}
    return _body(signer.envelope({**base, **payload}))


# name → (body builder, badge state expected). ``trusted`` signs with the profile's key.
Case = Callable[[Signer, Signer], bytes]
CORPUS: dict[str, tuple[Case, str]] = {
    "markup message, other key": (lambda t, o: _signed(o, message=MARKUP), "unverified"),
    "markup message, trusted key, 801": (
        lambda t, o: _signed(t, code=801, message=MARKUP), "verified"),
    "markup key label": (
        lambda t, o: _body({**t.envelope({"code": 800, "message": "x",
                                          "timestamp": int(NOW())}),
                            "private_key_used": "<b>x</b>"}), "unverified"),
    "markup signature": (
        lambda t, o: _body({**t.envelope({"code": 800, "message": "x",
                                          "timestamp": int(NOW())}),
                            "signature": "<h1>&lt;b&gt;big</h1>"}), "unverified"),
    "bidi override message, trusted": (
        lambda t, o: _signed(t, code=801, message=BIDI), "verified"),
    "bidi override, other key": (lambda t, o: _signed(o, message=BIDI), "unverified"),
    "NUL bytes in message": (lambda t, o: _signed(o, message="a\x00b\x00<i>c"), "unverified"),
    "NUL bytes in body": (lambda t, o: b'{"response": "\x00<b>x</b>\x00"}', "unverified"),
    "big message, trusted": (lambda t, o: _signed(t, message="<b>" + "A" * 300_000),
                             "unverified"),
    "timestamp 10**17, trusted": (lambda t, o: _signed(t, timestamp=10**17), "unverified"),
    "timestamp -1e18 as text, trusted": (
        lambda t, o: _signed(t, timestamp="-999999999999999999"), "unverified"),
    "timestamp 10**17, other key": (lambda t, o: _signed(o, timestamp=10**17), "unverified"),
    "huge code, trusted": (lambda t, o: _signed(t, code="999999999999999999"), "unverified"),
    "deep JSON": (lambda t, o: b"[" * 50_000 + b"]" * 50_000, "unverified"),
    "deep signed payload": (
        lambda t, o: _signed(t, extra=json.loads("[" * 500 + "]" * 500)), "unverified"),
    "nested signed payload, trusted": (
        lambda t, o: _signed(t, extra=json.loads("[" * 30 + "]" * 30)), "verified"),
    "HTML error page": (lambda t, o: b"<html><h1 style='color:green'>Assigned</h1></html>",
                        "unverified"),
}


@pytest.fixture
def trusted(signer: Signer) -> Signer:
    return signer


@pytest.fixture
def ctx(signer: Signer) -> Iterator[AppSession]:
    context = AppSession.load()
    context.settings.profiles = [
        Profile(PROFILE, "http://127.0.0.1:9/api/v1", {"global": signer.public_pem()})]
    context.settings.last_profile = PROFILE
    context.secrets.set(PROFILE, "api-key-for-hostile-tests")
    yield context
    context.close()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppSession) -> MainWindow:
    win = shown_window(qtbot, ctx)
    return win


def assert_nothing_interpreted(root: Any) -> None:
    """Every label under ``root`` is plain text, and none shows control or bidi characters."""
    labels = root.findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(),
                                                               label.text()[:80])
        text = label.text()
        assert not any(ch in text for ch in "\x00\u202e\u202c\u2066\u2069"), text[:80]
        assert len(text) < 2_000, "a label grew with server text"


@pytest.mark.parametrize("name", list(CORPUS))
def test_saved_hostile_body(qtbot: QtBot, window: MainWindow, trusted: Signer,
                            other_signer: Signer, name: str) -> None:
    build, expected = CORPUS[name]
    verdict = window.verify_saved(build(trusted, other_signer), "crafted.json")
    assert verdict is not None
    assert window.badge.state == expected
    if expected == "unverified":
        assert window.outcome.property("kind") == "not_authentic"
        assert "Assigned" not in window.outcome.text()
    assert_nothing_interpreted(window)


@pytest.mark.parametrize("name", ["markup message, other key", "timestamp 10**17, trusted",
                                  "timestamp -1e18 as text, trusted", "NUL bytes in body",
                                  "bidi override message, trusted", "HTML error page",
                                  "markup key label"])
def test_live_hostile_body_is_recorded_and_not_painted(
        qtbot: QtBot, window: MainWindow, ctx: AppSession, trusted: Signer,
        other_signer: Signer, name: str) -> None:
    build, expected = CORPUS[name]
    not_signed = name in ("NUL bytes in body", "HTML error page")
    server = FixedAnswerServer(build(trusted, other_signer))
    try:
        profile = ctx.settings.profiles[0]
        profile.base_url = server.base_url
        for field, value in (("license_key", "abcd-1234"), ("owner_name", "Eve"),
                             ("email", "eve@example.com")):
            window.form.edit(field).setText(value)
        window.submit()
        qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
    finally:
        server.stop()
    assert server.requests == 1
    if not_signed:  # live, not even claiming a signature: a server error, not a forgery
        assert window.badge.state == "idle"
        assert window.badge.title.text() == "No signed answer"
        assert window.outcome.text() == "No signed answer (HTTP 200)"
    else:
        assert window.badge.state == expected
    assert_nothing_interpreted(window)
    rows = ctx.history.query()
    assert len(rows) == 1 and rows[0].license_key == "abcd-1234"
    assert rows[0].verified is (expected == "verified")

    window.open_history()
    history = window.history_window
    assert isinstance(history, HistoryWindow)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    model = history.model
    for column in range(model.columnCount()):
        index = model.index(0, column)
        shown = str(model.data(index, Qt.ItemDataRole.DisplayRole))
        assert "<" not in shown and "\u202e" not in shown, shown
        tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole))
        assert tip.startswith("<qt>") and "<" not in tip[4:-5].replace("<br>", ""), tip
    assert_nothing_interpreted(history)


def test_message_boxes_are_plain(qtbot: QtBot, window: MainWindow, tmp_path: Any) -> None:
    """A message box that quotes a file name or an error does not render markup either."""
    seen: list[QMessageBox] = []

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            box.accept()
        else:
            QApplication.processEvents()

    from PySide6.QtCore import QTimer

    poll = QTimer(interval=20)
    poll.timeout.connect(grab)
    poll.start()
    try:
        window.verify_file(str(tmp_path / "<b>missing</b>.json"))
    finally:
        poll.stop()
    assert len(seen) == 1
    assert seen[0].textFormat() == Qt.TextFormat.PlainText
    assert "<b>missing</b>" in seen[0].text()
