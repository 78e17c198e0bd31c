"""The window in a real language (German, from the compiled catalog), and what must not
follow it: CSV exports, the batch journal's results and the stable reason codes stay English and
ISO 8601, so scripts keep working."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from licensegui.core.session import AppSession
from licensegui.core.text import translate as core_translate
from licensegui.sandbox import SandboxServer
from licensegui.ui import i18n
from licensegui.ui.main.window import MainWindow
from tests.helpers.qt import fill, loaded, orders_file, shown_window, wait_idle


@pytest.fixture
def german(qapp: QApplication) -> Iterator[i18n.Installed]:
    before = QLocale()
    installed = i18n.install(qapp, "de")
    yield installed
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


def test_german_catalogs_load(german: i18n.Installed) -> None:
    assert german.language == "de"
    assert german.catalogs == ["licensegui_de", "qtbase_de"] and german.missing == []
    assert QLocale().name() == "de_DE"


def test_the_window_speaks_german_and_the_files_stay_english(
        qtbot: QtBot, german: i18n.Installed, ctx: AppSession, sandbox: SandboxServer,
        tmp_path: Path) -> None:
    win = shown_window(qtbot, ctx)
    key = sandbox.state.available_keys()[0]
    fill(win, key)
    win.submit()
    wait_idle(qtbot, win)
    assert win.badge.title.text() == "Signatur verifiziert"
    assert win.outcome.text() == "Zugewiesen"
    # The locale's date (four-digit year, seconds), the age in German.
    assert re.search(r"Signiert \d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d \(vor \d+ s\)",
                     win.badge.time_line.text()), win.badge.time_line.text()
    assert win.menuBar().actions()[0].text() == "&Datei"

    win.open_history()
    history = win.history_window
    assert history is not None
    # Issue 19: the outcome ("Ergebnis") apart from its proof ("Signatur").
    assert history.model.headerData(0, Qt.Orientation.Horizontal) == "Ergebnis"
    assert history.model.data(history.model.index(0, 0)) == "Zugewiesen"
    assert history.model.headerData(1, Qt.Orientation.Horizontal) == "Signatur"
    assert history.model.data(history.model.index(0, 1)) == "Verifiziert"
    path = tmp_path / "history.csv"
    assert history.export_to(str(path))
    # German Excel splits on ";" (the comma is its decimal separator).
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["id", "at", "profile"]  # English headers, as scripts expect
    # ISO 8601 with its offset, not 29.11.2026
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", rows[1][1])
    assert rows[1][9:12] == ["License key assigned", "yes", "verified"]
    assert "Zugewiesen" not in path.read_text(encoding="utf-8-sig")


def test_core_sentences_are_english_where_scripts_read_them(german: i18n.Installed) -> None:
    """A core sentence is the English text itself; only the window translates it."""
    text = core_translate("Outcome", "Refused ({code}): {meaning}").format(
        code=801, meaning=core_translate("Outcome", "invalid or already assigned"))
    assert text == "Refused (801): invalid or already assigned"
    assert str(text) == "Refused (801): invalid or already assigned"
    assert i18n.localize(text) == "Abgelehnt (801): ungültig oder bereits zugewiesen"


def test_batch_results_keep_english_for_scripts_and_say_the_outcome_in_german(
        qtbot: QtBot, german: i18n.Installed, ctx: AppSession, sandbox: SandboxServer,
        tmp_path: Path) -> None:
    """Issue 28, item 4: stable column names and codes for scripts, plus the ``outcome``
    column a person reads, in the window's language."""
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    keys = sandbox.state.available_keys()[:2]
    batch = loaded(qtbot, win, orders_file(tmp_path, keys, extra="9;bad key;X;x@example.com\r\n"))
    qtbot.addWidget(batch)
    assert "durch Semikolons getrennt" in batch.file_label.text()
    batch.start()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    assert batch.model.data(batch.model.index(0, 1)) == "Zugewiesen"  # the headline (19.1)
    results = tmp_path / "results.csv"
    assert batch.export_results(results)
    rows = list(csv.DictReader(results.read_text(encoding="utf-8-sig").splitlines(),
                               delimiter=";"))
    assert [r["status"] for r in rows] == ["assigned", "assigned", "invalid"]
    assert rows[2]["reason"] == "invalid_license_key"
    assert [r["outcome"] for r in rows] == ["Zugewiesen", "Zugewiesen", "Ungültig"]  # as shown
    assert not any("Zugewiesen" in value for r in rows for key, value in r.items()
                   if key != "outcome")


def _launch_log(home: Path, *args: str, lang: str = "C.UTF-8") -> str:
    env = {**os.environ, "LICENSEGUI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "LANG": lang, "LC_ALL": lang, "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-m", "licensegui", "--startup-probe", *args],
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and "shown" in result.stdout, result.stderr
    return (home / "logs" / "licensegui.log").read_text(encoding="utf-8")


def test_the_language_follows_the_os_then_settings_then_the_command_line(tmp_path: Path) -> None:
    assert "language es (licensegui_es, qtbase_es)" in _launch_log(tmp_path / "a",
                                                                   lang="es_ES.UTF-8")
    home = tmp_path / "b"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text('{"schema": 1, "language": "de"}')
    assert "language de (licensegui_de, qtbase_de)" in _launch_log(home, lang="es_ES.UTF-8")
    assert "language fr (licensegui_fr, qtbase_fr)" in _launch_log(home, "--language", "fr")
    assert "language en (source text)" in _launch_log(home, "--language", "en")


def test_settings_offers_the_languages_each_named_in_itself(qtbot: QtBot,
                                                          ctx: AppSession) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from licensegui.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx.settings, ctx.secrets, None)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["As the system", "Deutsch", "English", "Español", "Français"]
    dialog.language.setCurrentIndex(names.index("Español"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result_settings.language == "es"


def test_a_list_inside_a_sentence_is_translated_item_by_item(german: i18n.Installed,
                                                             tmp_path: Path) -> None:
    """A file with no usable header: the sentence names the missing columns, each in German;
    the English original (for the CLI) is unchanged."""
    from licensegui.core.batch.input import BatchInputError, read_batch_file

    path = tmp_path / "nothing.csv"
    path.write_text("Order;Colour\r\n1;red\r\n", encoding="utf-8")
    with pytest.raises(BatchInputError) as caught:
        read_batch_file(path)
    english = str(caught.value)
    assert "no column for the license key, owner name, email" in english
    shown = i18n.localize(caught.value)
    assert "keine Spalte für Lizenzschlüssel, Name des Inhabers, E-Mail" in shown, shown


def test_the_demos_recorded_profile_reads_in_the_language_shown_now(
        german: i18n.Installed) -> None:
    """The walk: History's Profil column said "Demo (local sandbox)" in the German window for
    attempts made while the app was in English."""
    from licensegui.ui.history_model import profile_name

    assert profile_name("Demo (local sandbox)") == "Demo (lokale Sandbox)"
    assert profile_name("Acme GmbH") == "Acme GmbH"  # a user's own name stays as it is
