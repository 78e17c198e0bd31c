"""Every window, dialog and badge state rendered in the pseudo-locale (accented, bracketed,
~40 % longer): a visible string without the brackets skipped translation, and a label whose
text does not fit (clipped, or elided without a tooltip) would do the same to German."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from licensegui.core.secrets import SecretStore
from licensegui.core.session import AppSession
from licensegui.sandbox import SandboxServer
from licensegui.sandbox.signer import php_json
from licensegui.ui import i18n
from licensegui.ui.api_key_dialog import ApiKeyDialog
from licensegui.ui.main.window import MainWindow
from licensegui.ui.paste_dialog import PasteDialog
from licensegui.ui.settings_dialog import SettingsDialog
from tests.helpers.app import PROFILE, make_attempt
from tests.helpers.keyrings import LockedKeyring
from tests.helpers.qt import answer_boxes, fill, orders_file, wait_idle

OPEN, CLOSE = "⟦", "⟧"
UNKNOWN_KEY = "ffffffff-0000-4000-8000-000000000000"  # the sandbox has no such key: 801
#: What a window may show untranslated: data (keys, names, addresses, numbers, times) and the
#: names of things that are never translated (the product, languages named in themselves).
NAMES = ("licensegui", "Deutsch", "English", "Español", "Français",
         "Test User", "owner@example.com", "global", "HTTP", "JSON", "CSV", "SHA-256", PROFILE,
         # What the sandbox server says (server text is shown as sent, never translated).
         "License key assigned", "Invalid or already assigned license key", "Invalid API Key",
         # Key labels are the vendor API's names; the keyring's name is its own.
         "product", "MemoryKeyring (tests.helpers.keyrings)")


@pytest.fixture(autouse=True)
def pseudo(qapp: QApplication) -> Iterator[None]:
    translator = i18n.PseudoTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def without_data(text: str, data: tuple[str, ...]) -> str:
    """``text`` with data values, addresses, hex and fingerprints taken out."""
    text = re.sub(r"https?://\S+", " ", text)  # an address, with its path
    for value in sorted((*NAMES, *data), key=len, reverse=True):
        text = text.replace(value, " ")
    # A stable code shown as it is ("untrusted_key") is English too: its words count.
    text = text.replace("_", " ")
    # “…” quotes what someone else wrote (a server's claimed message, a profile's name).
    return re.sub(r"\S+@\S+|[0-9a-f]{4,}(?::[0-9a-f]{4})*…?|“[^”]*”", " ", text)


#: An English word the pseudo-locale would have accented: three or more plain letters, one of
#: them one it changes. Left over once data is gone, it skipped translation — also inside a
#: translated sentence that quotes it ("⟦Ré-šéñdš … {message}⟧" with an English message).
ENGLISH_WORD = re.compile(r"\b(?=[A-Za-z]*[AaCcEeIiNnOoUuYySs])[A-Za-z]{3,}\b")


def translated(text: str, data: tuple[str, ...] = ()) -> bool:
    rest = without_data(text, data)
    if ENGLISH_WORD.search(rest):
        return False
    # Our words carry the brackets; what has none must be data, numbers and punctuation.
    return OPEN in rest or not re.search(r"[^\W\d_]{2,}", rest)


def _visible_text(text: str) -> list[str]:
    """The lines as drawn: no mnemonic ampersands."""
    return [re.sub(r"&(.)", r"\1", line) for line in text.split("\n")]


def problems_in(root: QWidget, data: tuple[str, ...] = ()) -> list[str]:
    """Untranslated or clipped text in ``root`` and everything visible inside it."""
    found: list[str] = []

    def check(where: str, text: str) -> None:
        if text and text.strip() and not translated(text, data):
            found.append(f"untranslated {where}: {text!r}")

    widgets = [root, *root.findChildren(QWidget)]
    check(f"title of {type(root).__name__}", root.windowTitle())
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__} {w.objectName() or ''}".strip()
        check(f"tooltip of {name}", re.sub(r"<[^>]+>", "", w.toolTip()))
        check(f"accessible name of {name}", w.accessibleName())
        if isinstance(w, QLabel):
            check(name, w.text())
            found += _clipped_label(w)
        elif isinstance(w, QAbstractButton):
            check(name, w.text())
            if w.text() and w.width() < w.sizeHint().width():
                found.append(f"clipped {name}: {w.text()!r} ({w.width()} < {w.sizeHint().width()})")
        elif isinstance(w, QGroupBox):
            check(name, w.title())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            check(f"placeholder of {name}", w.placeholderText())
        elif isinstance(w, QAbstractSpinBox):
            check(f"suffix of {name}", getattr(w, "suffix", lambda: "")())
            check(f"special value of {name}", w.specialValueText())
        elif isinstance(w, QProgressBar) and w.isTextVisible():
            check(name, w.text())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                check(f"item {i} of {name}", w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                check(f"tab {i} of {name}", w.tabText(i))
                bar = w.tabBar()
                text = _visible_text(w.tabText(i))[0]
                if bar.tabRect(i).width() < bar.fontMetrics().horizontalAdvance(text):
                    found.append(f"clipped tab {text!r}")
        elif isinstance(w, QTableView) and w.model() is not None:
            found += _table_problems(w, data)
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            check("menu", menu_action.text())
            for action in menu_action.menu().actions():
                if not action.isSeparator():
                    check(f"menu item of {menu_action.text()}", action.text())
        check("status bar", root.statusBar().currentMessage())
    return found


def _clipped_label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or not label.isVisible() or label.toolTip():
        return []  # an elided label with its whole text in the tooltip is fine
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return [f"clipped wrapped label: {text[:60]!r} ({label.height()} < {needed})"]
        return []
    metrics = label.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for line in _visible_text(text))
    if widest > room.width():
        return [f"clipped label: {text[:60]!r} ({room.width()} < {widest})"]
    return []


def _table_problems(table: QTableView, data: tuple[str, ...]) -> list[str]:
    found = []
    model = table.model()
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if not translated(title, data):
            found.append(f"untranslated column header: {title!r}")
        last = column == model.columnCount() - 1  # stretched: it takes what is left
        if not last and header.sectionSize(column) < header.sectionSizeHint(column):
            found.append(f"clipped column header: {title!r}")
    # The columns of our words: verdict or status, and the message (ours when the server
    # sent none; the server's own is data, see SERVER_SAYS).
    words = [i for i, title in enumerate(getattr(model, "columns", ()))
             if title in ("Verdict", "Outcome", "Signature", "Status", "Message",
                          "Message or reason")]
    assert words, "a table without a verdict column"
    for row in range(min(model.rowCount(), 20)):
        for column in words:
            text = str(model.data(model.index(row, column, QModelIndex())) or "")
            if not translated(text, data):
                found.append(f"untranslated cell ({row}, {column}): {text!r}")
            tip = str(model.data(model.index(row, column, QModelIndex()),
                                 Qt.ItemDataRole.ToolTipRole) or "")
            for line in re.sub(r"<[^>]+>", "\n", tip).splitlines():
                if line.strip() and not translated(line, data):
                    found.append(f"untranslated tooltip of cell ({row}, {column}): {line!r}")
    return found


def assert_all_translated(root: QWidget, qtbot: QtBot, data: tuple[str, ...] = ()) -> None:
    qtbot.waitUntil(lambda: root.isVisible())
    QCoreApplication.processEvents()
    problems = problems_in(root, data)
    assert problems == [], "\n".join(problems)


# --- the main window, in every badge state ----------------------------------------------------

@pytest.fixture
def pseudo_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The shared window fixture, built after the pseudo translator went in (autouse)."""
    # The storage note and the key completer come after the first paint, with the rest of
    # _after_first_paint (its last synchronous step makes the outcome selectable).
    from PySide6.QtCore import Qt

    qtbot.waitUntil(lambda: bool(window.outcome.textInteractionFlags()
                                 & Qt.TextInteractionFlag.TextSelectableByMouse),
                    timeout=10_000)
    return window


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _data(sandbox: SandboxServer, *more: str) -> tuple[str, ...]:
    return (*sandbox.state.available_keys()[:3], sandbox.base_url, *more)


def test_idle_window(qtbot: QtBot, pseudo_window: MainWindow, sandbox: SandboxServer) -> None:
    assert pseudo_window.badge.state == "idle"
    assert_all_translated(pseudo_window, qtbot, _data(sandbox))


@pytest.mark.parametrize("state", ["verified", "refused", "tampered", "api_key", "server_error",
                                   "unsigned", "failed", "keyring_locked", "cancelled", "busy"])
def test_every_badge_state(qtbot: QtBot, pseudo_window: MainWindow, sandbox: SandboxServer,
                           ctx: AppSession, state: str) -> None:
    win, keys = pseudo_window, sandbox.state.available_keys()
    if state == "refused":
        fill(win, keys[0], "first@example.com")
        win.submit()
        wait_idle(qtbot, win)
    faults = sandbox.faults
    faults.tamper = state == "tampered"
    faults.unsigned = state == "unsigned"
    faults.error_status = 500 if state == "server_error" else None
    faults.hang = state in ("busy", "cancelled")
    if state == "api_key":
        ctx.secrets.keep_for_session(ctx.settings.profiles[0].name, "wrong-api-key")
    if state == "keyring_locked":  # the worker fails before sending: its reason crosses over
        ctx.secrets = SecretStore(LockedKeyring())
    if state == "failed":  # nothing listens there: the connection is refused
        ctx.settings.profiles[0].base_url = f"http://127.0.0.1:{closed_port()}/api/v1"
    fill(win, keys[0])
    win.submit()
    if state == "refused":  # held back (assigned to first@…): sent anyway for the 801
        wait_idle(qtbot, win)
        win.send_anyway_button.click()
    if state in ("busy", "cancelled"):
        qtbot.waitUntil(lambda: win.badge.state == "busy")
        # The request is out and held by the server: every busy word is on screen now.
        assert sandbox.seen.wait_for(lambda seen: seen.requests == 1, 10)
        if state == "cancelled":
            win.cancel()
    if state != "busy":
        wait_idle(qtbot, win)
    expected = {"verified": "verified", "refused": "verified", "tampered": "unverified",
                "unsigned": "unverified", "api_key": "verified", "busy": "busy"}.get(state, "idle")
    assert win.badge.state == expected
    # A refusal's hint is the server's own message: data, shown as the server said it.
    assert_all_translated(win, qtbot, _data(sandbox, "first@example.com",
                                            "Invalid or already assigned license key"))
    if state == "busy":
        win.cancel()
        wait_idle(qtbot, win)


@pytest.mark.parametrize("state", ["elsewhere", "already", "repeat", "unknown", "previous",
                                   "edited", "no record", "no record, one unknown"])
def test_every_headline_state(qtbot: QtBot, pseudo_window: MainWindow, sandbox: SandboxServer,
                              state: str) -> None:
    """Issue 19: the headline, for whom and when, the next step and its button, the seal as
    proof, the previous request's note and what an edited copy changed — all translated."""
    win, key = pseudo_window, sandbox.state.available_keys()[0]
    if state == "edited":
        envelope = sandbox.signer.envelope({"code": 800, "message": "License key assigned",
                                            "timestamp": 1_700_000_000})
        envelope["response"]["code"] = 900
        win.verify_saved(php_json(envelope).encode(), "edited.json")
        assert win.result.differences.isVisible()
    elif state.startswith("no record"):
        # A verified 801 for a key this computer has no answer for (the sentence the core
        # makes at run time, with an unknown attempt of its own when there is one).
        if state.endswith("unknown"):
            # Made now (after the window opened): not an earlier run's, which the window
            # would list in its Unknown outcomes dialog once its start-up look comes back.
            win.ctx.history.add(make_attempt(
                at=time.time(), profile=PROFILE, base_url=sandbox.base_url,
                license_key=UNKNOWN_KEY,
                http_status=None, code=None, message=None, verified=False, reason="unknown",
                raw_body=None))
        fill(win, UNKNOWN_KEY)
        win.submit()
        wait_idle(qtbot, win)
        assert win.result.outcome_hint.text()
    elif state == "unknown":
        sandbox.faults.hang = True
        fill(win, key)
        win.submit()
        qtbot.waitUntil(lambda: sandbox.seen.requests == 1, timeout=5_000)
        win.cancel()
        wait_idle(qtbot, win)
        assert win.headline.action.isVisible()
    else:
        fill(win, key)
        win.submit()
        wait_idle(qtbot, win)
        fill(win, key, "owner@example.com" if state in ("already", "repeat")
             else "first@example.com")
        if state == "previous":
            assert win.headline.is_previous
        else:
            win.submit()  # held back: this computer's record answers
            wait_idle(qtbot, win)
        if state == "repeat":
            win.send_anyway_button.click()
            wait_idle(qtbot, win)
    assert win.headline.isVisible()
    # "code": a field's name in the signed payload (the API's word, not ours).
    assert_all_translated(win, qtbot, _data(sandbox, "first@example.com", "edited.json",
                                            UNKNOWN_KEY, "code: "))


def test_saved_response_and_its_details(qtbot: QtBot, pseudo_window: MainWindow,
                                        fixtures_dir: Path) -> None:
    verdict = pseudo_window.verify_file(
        str(fixtures_dir / "responses" / "assign-800-assigned.json"))
    assert verdict is not None  # signed by a key this profile does not trust: red, and said so
    assert_all_translated(pseudo_window, qtbot, ("assign-800-assigned.json",))
    for line in pseudo_window.details.summary.toPlainText().splitlines():
        assert translated(line, ("assign-800-assigned.json",)), line


def test_a_verified_answers_summary_is_translated(qtbot: QtBot, pseudo_window: MainWindow,
                                                 sandbox: SandboxServer) -> None:
    """The Summary tab of a green answer: every line in the user's language ("Verified: yes
    (verified)" kept the reason's code in English)."""
    key = sandbox.state.available_keys()[0]
    fill(pseudo_window, key)
    pseudo_window.submit()
    wait_idle(qtbot, pseudo_window)
    assert pseudo_window.badge.state == "verified"
    data = (key, *_data(sandbox))
    for line in pseudo_window.details.summary.toPlainText().splitlines():
        assert translated(line, data), line


def test_a_question_box_is_translated(qtbot: QtBot, pseudo_window: MainWindow,
                                      sandbox: SandboxServer) -> None:
    """Message boxes: title, text and the button words (ours and Qt's standard ones)."""
    sandbox.faults.hang = True
    fill(pseudo_window, sandbox.state.available_keys()[0])
    pseudo_window.submit()
    qtbot.waitUntil(lambda: sandbox.seen.requests == 1, timeout=5_000)
    boxes: list[tuple[str, str, list[str]]] = []

    def look(box: QMessageBox) -> None:
        boxes.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        box.reject()

    poll, _seen = answer_boxes(look)
    pseudo_window.close()  # a request is out: "Quit anyway?" (rejected: keep waiting)
    qtbot.waitUntil(lambda: boxes != [], timeout=5_000)
    poll.stop()
    pseudo_window.cancel()
    wait_idle(qtbot, pseudo_window)
    title, text, buttons = boxes[0]
    data = _data(sandbox)
    assert translated(title) and translated(text, data) and all(map(translated, buttons))


# --- dialogs and the other windows ------------------------------------------------------------

@pytest.mark.parametrize("first_run", [False, True])
def test_settings_dialog(qtbot: QtBot, ctx: AppSession, sandbox: SandboxServer,
                         first_run: bool) -> None:
    dialog = SettingsDialog(ctx.settings, ctx.secrets, None, first_run=first_run,
                            erase=ctx.erase_owner)
    qtbot.addWidget(dialog)
    dialog.show()
    from licensegui.ui.i18n import translate

    checking = translate("SettingsDialog", "Checking the keyring…")
    qtbot.waitUntil(lambda: dialog.api_status.text() != checking,  # answered off the GUI thread
                    timeout=10_000)
    assert_all_translated(dialog, qtbot, _data(sandbox, *(p.name for p in ctx.settings.profiles)))


def test_api_key_and_paste_dialogs(qtbot: QtBot, ctx: AppSession) -> None:
    for dialog in (ApiKeyDialog("Vendor", ctx.secrets.status()), PasteDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        example = '{"response": …, "response_base64": "…", "signature": "…"}'  # a format
        assert_all_translated(dialog, qtbot, ("Vendor", ctx.secrets.status().backend, example))
        dialog.close()


def test_history_window(qtbot: QtBot, pseudo_window: MainWindow, sandbox: SandboxServer) -> None:
    keys = sandbox.state.available_keys()
    for key, email in ((keys[0], "owner@example.com"), (keys[0], "other@example.com")):
        fill(pseudo_window, key, email)
        pseudo_window.submit()
        wait_idle(qtbot, pseudo_window)
        if pseudo_window.send_anyway_button.isVisible():  # held back: sent for its 801
            pseudo_window.send_anyway_button.click()
            wait_idle(qtbot, pseudo_window)
    pseudo_window.ctx.settings.profiles[0].base_url = f"http://127.0.0.1:{closed_port()}/api/v1"
    fill(pseudo_window, keys[1])  # and one that got no answer at all
    pseudo_window.submit()
    wait_idle(qtbot, pseudo_window)
    pseudo_window.open_history()
    history = pseudo_window.history_window
    assert history is not None and history.model.rowCount() == 3
    history.table.selectRow(1)
    history.reverify_button.click()  # its result, in History (issue 19)
    assert history.result.isVisible()
    assert_all_translated(history, qtbot, _data(sandbox, "other@example.com", "Demo"))


def test_user_guide_window_and_its_entry_points(qtbot: QtBot, pseudo_window: MainWindow,
                                                ctx: AppSession) -> None:
    from licensegui.ui.main.menus import open_guide
    from licensegui.ui.user_guide import UserGuideWindow

    help_menu = pseudo_window.menuBar().actions()[-1].menu()
    assert translated(help_menu.actions()[0].text(), ())  # Help → User guide
    open_guide(pseudo_window)
    guide = pseudo_window.findChild(UserGuideWindow)
    assert guide is not None
    # The guide's text is English Markdown (data here); its window is ours.
    assert_all_translated(guide, qtbot, (guide.browser.toPlainText(),))
    guide.close()
    dialog = SettingsDialog(ctx.settings, ctx.secrets, first_run=True)
    qtbot.addWidget(dialog)
    assert translated(dialog.guide_button.text(), ())


def test_batch_window_preview_and_finished(qtbot: QtBot, pseudo_window: MainWindow,
                                          sandbox: SandboxServer, tmp_path: Path) -> None:
    keys = sandbox.state.available_keys()[:3]
    # One key this computer assigned already: its row is answered from the ledger, with a
    # sentence the core made (kept in the journal with how it was made).
    fill(pseudo_window, keys[0], "z0@example.com")
    pseudo_window.form.edit("owner_name").setText("Zoë; 0")
    pseudo_window.submit()
    wait_idle(qtbot, pseudo_window)
    path = orders_file(tmp_path, keys, extra="9;not a key;Test User;owner@example.com\r\n")
    batch = pseudo_window.open_batch()
    qtbot.addWidget(batch)
    assert_all_translated(batch, qtbot, _data(sandbox))  # before a file is chosen
    batch.load_file(path)
    qtbot.waitUntil(lambda: batch.stage == "preview")
    data = (*_data(sandbox), "orders.csv", "not a key", "Order", "License Key", "Name",
            "E-mail", "Zoë", *(f"z{i}@example.com" for i in range(3)))
    assert_all_translated(batch, qtbot, data)
    batch.start()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    assert_all_translated(batch, qtbot, data)
    # Closed and shown again: the rows are read back from the journal.
    batch.close()
    batch = pseudo_window.open_batch()
    qtbot.waitUntil(lambda: batch.model.rowCount() == 4)
    assert_all_translated(batch, qtbot, data)


# --- the test itself can fail ------------------------------------------------------------------

def test_the_check_finds_an_untranslated_and_a_clipped_label(qtbot: QtBot) -> None:
    root = QDialog()
    qtbot.addWidget(root)
    root.setWindowTitle(i18n.translate("Test", "Title"))
    plain = QLabel("Not translated", root)
    plain.move(0, 0)
    clipped = QLabel(i18n.translate("Test", "A label much longer than its room"), root)
    clipped.setGeometry(0, 30, 40, 20)
    root.resize(300, 80)
    root.show()
    qtbot.waitExposed(root)
    problems = problems_in(root)
    assert any("untranslated QLabel" in p and "Not translated" in p for p in problems)
    assert any(p.startswith("clipped label") for p in problems)


def test_pseudo_text_keeps_placeholders_and_patterns() -> None:
    text = i18n.pseudo("%n row(s) of {name} in {value:.1f} s (*.csv);;All files (*)")
    assert "{name}" in text and "{value:.1f}" in text and "%n" in text and "(*.csv)" in text
    assert text.startswith(OPEN) and text.endswith(CLOSE) and "röw" in text
    assert len(text) >= 1.4 * len("%n row(s) of {name} in {value:.1f} s (*.csv);;All files (*)")

