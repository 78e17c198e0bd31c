from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from licensegui.ui.diagnostics import passed, report, run_checks
from licensegui.ui.main.window import MainWindow
from tests.helpers.app import wait_for_log
from tests.helpers.qt import when_modal_shown


def test_all_checks_pass_here(qtbot: QtBot, isolated_home: Path) -> None:
    checks = run_checks(MainWindow)
    assert [c.name for c in checks] == ["Qt platform", "Resources", "Translations", "Unicode",
                                        "Keyring", "TLS trust", "Signature verifier",
                                        "Team ledger driver", "Sandbox round trip"]
    assert passed(checks), report(checks)
    round_trip = checks[-1]
    assert "Signature verified" in round_trip.detail and "Assigned" in round_trip.detail
    assert not (isolated_home / "data").exists()  # the self-test leaves no history behind


def test_bundle_without_resources_fails(qtbot: QtBot, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # a frozen app's root
    checks = {c.name: c for c in run_checks(MainWindow)}
    assert not checks["Resources"].ok and "missing: style.qss" in checks["Resources"].detail
    text = report(list(checks.values()))
    assert "FAIL  Resources" in text and "RESULT: FAILED: Resources" in text
    assert not passed(list(checks.values()))


def test_missing_catalogs_fail_the_translations_check(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from licensegui.ui import i18n

    monkeypatch.setattr(i18n, "catalog_dir", lambda: tmp_path)  # a bundle without them
    checks = {c.name: c for c in run_checks(MainWindow)}
    translations = checks["Translations"]
    assert not translations.ok
    assert "licensegui_de.qm missing" in translations.detail
    assert "licensegui_fr.qm missing" in translations.detail


def test_self_test_in_german(tmp_path: Path) -> None:
    """The frozen build runs this too: in a German locale the catalogs load, the window and
    Qt's own buttons speak German, and the round trip still ends Assigned ("Zugewiesen")."""
    env = {**os.environ, "LICENSEGUI_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-m", "licensegui", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PASS  Translations: window language de_DE (“&File” → “&Datei”)" in result.stdout
    assert "outcome “Zugewiesen”" in result.stdout
    assert result.stdout.splitlines()[-1] == "RESULT: OK (9/9 passed)"


def test_self_test_command(tmp_path: Path) -> None:
    env = {**os.environ, "LICENSEGUI_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run([sys.executable, "-m", "licensegui", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "RESULT: OK (9/9 passed)"
    assert "the app keeps API keys for the session only" in result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_quits_cleanly_and_saves_state(tmp_path: Path) -> None:
    import json
    import signal

    env = {**os.environ, "LICENSEGUI_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "licensegui", "--demo"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = tmp_path / "logs" / "licensegui.log"
    wait_for_log(log, "started (demo)")
    assert log.exists() and "started (demo)" in log.read_text(), "the app never started"
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    saved = json.loads((tmp_path / "config" / "settings.json").read_text())
    assert saved["window_geometry"]  # shutdown ran: window state saved
    assert saved["profiles"] == []  # and the demo profile was not persisted


def test_help_diagnostics_shows_the_same_report(qtbot: QtBot, isolated_home: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from licensegui.core.session import AppSession
    from licensegui.ui.main.window import MainWindow

    ctx = AppSession.load()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    seen: dict[str, str] = {}

    def read_and_close(box: QMessageBox) -> None:
        from PySide6.QtWidgets import QTextEdit

        seen["text"], seen["details"] = box.text(), box.detailedText()
        # The report's long lines get room (the walk: squeezed into ~240 px).
        seen["width"] = str(min(e.minimumWidth() for e in box.findChildren(QTextEdit)))
        box.accept()

    # The checks run their own event loop first; the poll waits for the report dialog.
    poll = when_modal_shown(QMessageBox, read_and_close)  # type: ignore[arg-type]
    window.diagnostics()
    poll.stop()
    assert seen["text"] == "All checks passed. The details are in English, for support."
    assert int(seen["width"]) >= 640
    assert seen["details"].splitlines()[-1] == "RESULT: OK (9/9 passed)"
    ctx.close()
