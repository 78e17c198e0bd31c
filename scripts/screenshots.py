"""Render the window in each state to PNG under docs/screenshots/ (offscreen, real sandbox).

    python3 run.py screenshots [--dark] [--language de|fr|es|pseudo]

With --language the names end in the language code (``2-verified-assigned-de.png``).

Every outcome the main window can show has its file (issue 19): 2 assigned, 11 already
assigned, 17 assigned again (a repeat), 12 assigned to someone else (held back, naming who has
it), 3 the same sent anyway (the server's 801), 14 refused (801, no record here), 6 API key
refused, 15 server error, 16 outcome unknown (Check now), 4 not authentic, 19 an edited copy
field by field, 18 a result marked as the previous request's.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LICENSEGUI_HOME"] = tempfile.mkdtemp(prefix="licensegui-shots-")

import keyring
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from licensegui.core.session import DEMO_PROFILE, AppSession
from licensegui.sandbox.signer import php_json
from licensegui.ui.i18n import localize
from licensegui.ui.main.window import MainWindow
from licensegui.ui.resources import stylesheet
from licensegui.ui.settings_dialog import SettingsDialog
from tests.helpers.keyrings import MemoryKeyring

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def wait(app: QApplication, cond: object, limit: float = 15) -> None:
    end = time.monotonic() + limit
    while not cond() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


SUFFIX = ""


def shot(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}{SUFFIX}.png"))
    print(f"wrote docs/screenshots/{name}{SUFFIX}.png")


def main() -> int:
    keyring.set_keyring(MemoryKeyring())  # a stand-in so the shots show "Stored in …"
    global SUFFIX
    app = QApplication(sys.argv[:1])
    if "--dark" in sys.argv:
        # What a user with the OS in dark mode sees (Qt follows the OS scheme by itself).
        # The offscreen platform has no OS theme, so apply a typical dark palette by hand.
        from PySide6.QtGui import QColor, QPalette

        app.setStyle("Fusion")
        dark = QPalette()
        for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                             (QPalette.ColorRole.WindowText, "#e6e6e6"),
                             (QPalette.ColorRole.Base, "#1e1e1e"),
                             (QPalette.ColorRole.AlternateBase, "#262626"),
                             (QPalette.ColorRole.Text, "#e6e6e6"),
                             (QPalette.ColorRole.Button, "#353535"),
                             (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                             (QPalette.ColorRole.Highlight, "#3d6fb6"),
                             (QPalette.ColorRole.HighlightedText, "#ffffff"),
                             (QPalette.ColorRole.PlaceholderText, "#8c8c8c"),
                             (QPalette.ColorRole.Mid, "#5a5a5a")):
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)
        SUFFIX = "-dark"
    if "--language" in sys.argv:
        from licensegui.ui import i18n

        language = sys.argv[sys.argv.index("--language") + 1]
        i18n.install(app, language)
        SUFFIX += f"-{language}"
    app.setStyleSheet(stylesheet(app.palette()))
    # The script presses Assign again at once on purpose (a person's double Return within a
    # moment of the answer is no new request, and the window would ignore it).
    from licensegui.ui.main import assign_controller

    assign_controller.REPEAT_GUARD_S = 0.0
    ctx = AppSession.load()
    ctx.start_demo(name=localize(DEMO_PROFILE))
    server = ctx.demo_server
    assert server is not None
    win = MainWindow(ctx)
    win.resize(860, 720)
    win.show()
    app.processEvents()
    shot(win, "1-idle-demo")

    def assign(key: str, email: str = "owner@example.com") -> None:
        for name, value in (("license_key", key), ("owner_name", "Test User"),
                            ("email", email)):
            win.form.edit(name).setText(value)
        win.submit()
        wait(app, lambda: not win.busy)

    key = ctx.demo_keys[0]
    assign(key)
    shot(win, "2-verified-assigned")
    # The same request again: this computer's ledger answers, nothing is sent.
    assign(key)
    shot(win, "11-already-assigned")
    # Sent anyway: the server's answer to a repeat is not a first "Assigned".
    win.send_anyway_button.click()
    wait(app, lambda: not win.busy)
    shot(win, "17-assigned-again")
    # Another owner for the same key: held back, naming who has it; sent anyway, the
    # server's genuine refusal, explained by the ledger.
    assign(key, "someone.else@example.com")
    shot(win, "12-assigned-elsewhere")
    win.send_anyway_button.click()
    wait(app, lambda: not win.busy)
    shot(win, "3-verified-refused-801")
    # A key this computer has no record of: the server's authentic refusal, and what to do.
    assign("ffffffff-0000-4000-8000-000000000000")
    shot(win, "14-refused-801-no-record")
    server.faults.tamper = True
    assign(ctx.demo_keys[1])
    win.details.tabs.setCurrentIndex(0)
    shot(win, "4-not-verified-tampered")
    server.faults.tamper = False
    # QA: a genuine answer whose readable copy was edited (800 signed, 900 shown).
    edited = server.signer.envelope({"code": 800, "message": "License key assigned",
                                     "timestamp": int(time.time())})
    edited["response"]["code"] = 900
    win.verify_saved(php_json(edited).encode(), "edited-response.json")
    shot(win, "19-edited-copy")
    server.faults.error_status = 500
    assign(ctx.demo_keys[1])
    shot(win, "15-server-error")
    server.faults.error_status = None
    server.faults.hang = True
    for name, value in (("license_key", ctx.demo_keys[2]), ("owner_name", "Test User"),
                        ("email", "owner@example.com")):
        win.form.edit(name).setText(value)
    win.submit()
    end = time.monotonic() + 1.2
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    shot(win, "5-busy")
    win.cancel()
    wait(app, lambda: not win.busy)
    shot(win, "16-outcome-unknown")  # it went out: Check now
    server.faults.hang = False
    # The cancelled request had gone out: its outcome is unknown, listed with Check now.
    ledger = ctx.ledger()
    assert ledger is not None
    unknowns = win.unknown_offer.show(ledger.pending())
    unknowns.resize(760, 260)
    app.processEvents()
    shot(unknowns, "13-unknown-outcomes")
    unknowns.close()
    batch = win.open_batch()
    batch.resize(980, 560)
    batch.load_practice_file()
    wait(app, lambda: batch.stage == "preview")
    batch.table.scrollToBottom()  # the file's problem rows are at its end
    app.processEvents()
    shot(batch, "9-batch-preview")
    batch.start()
    wait(app, lambda: batch.stage == "ended", limit=60)
    batch.table.clearSelection()
    batch.table.scrollToBottom()
    app.processEvents()
    shot(batch, "10-batch-finished")
    batch.close()
    ctx.secrets.keep_for_session(ctx.settings.profiles[0].name, "wrong-api-key")
    assign(ctx.demo_keys[2])
    shot(win, "6-api-key-problem-100")
    ctx.secrets.keep_for_session(ctx.settings.profiles[0].name, server.state.api_key())
    assign(server.state.available_keys()[0])
    win.form.edit("owner_name").setText("Next Customer")  # the result is the previous one's
    app.processEvents()
    shot(win, "18-previous-request")
    win.open_history()
    assert win.history_window is not None
    win.history_window.resize(1040, 360)
    # The 801 re-verified: Outcome "Refused" beside Signature "Verified", and the result
    # panel History shows (issue 19).
    refused = next((i for i, a in enumerate(win.history_window.model.rows) if a.code == 801), 0)
    win.history_window.table.selectRow(refused)
    win.history_window.reverify_button.click()
    app.processEvents()
    shot(win.history_window, "7-history")
    dialog = SettingsDialog(ctx.settings, ctx.secrets, win)
    dialog.show()
    # The keyring answers off the GUI thread; the layout settles around its sentence.
    wait(app, lambda: False, limit=0.5)
    shot(dialog, "8-settings")
    dialog.close()
    win.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
