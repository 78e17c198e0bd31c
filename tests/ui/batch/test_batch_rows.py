"""Issue 19.1 in the batch window: the Status column is the outcome headline — symbol, words
and tone colour — and a refusal never wears a check mark or the success colour; the signature
is said apart; the column fits the longest status in every language."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from licensegui.core.batch.records import JournalRow
from licensegui.core.headline import Tone
from licensegui.sandbox import SandboxServer
from licensegui.ui import i18n
from licensegui.ui.batch import controller as controller_module
from licensegui.ui.batch import table_rows as table_rows_module
from licensegui.ui.batch.window import BatchWindow
from licensegui.ui.main.window import MainWindow
from licensegui.ui.outcome_icons import outcome_icon
from licensegui.ui.tones import tone_text_colour
from tests.helpers.qt import loaded, orders_file, statuses

UNKNOWN_KEY = "DEMO-UNKNOWN-0001"  # the sandbox does not have it: a genuine, signed 801


def _ran(qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path,
         n: int = 3) -> BatchWindow:
    """A batch of ``n`` good keys and one the server refuses, run to the end."""
    keys = sandbox.state.available_keys()[:n]
    batch = loaded(qtbot, window, orders_file(
        tmp_path, keys, extra=f"{n};{UNKNOWN_KEY};Nobody;n@example.com\r\n"))
    batch.start_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    assert statuses(batch) == ["assigned"] * n + ["refused"]
    return batch


def _cell(batch: BatchWindow, row: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
          ) -> object:
    return batch.model.data(batch.model.index(row, 1), role)


def test_a_refused_row_reads_refused_in_its_own_colour_without_a_check_mark(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    batch = _ran(qtbot, window, sandbox, tmp_path)
    palette = QGuiApplication.palette()
    refused, assigned = _cell(batch, 3), _cell(batch, 0)
    assert refused == "Refused (801)"
    # Its own symbol, drawn in its colour (the app's icon: a ⛔ glyph was an empty box with
    # Linux fonts) — a cross, never the "verified" tick or a check mark.
    colour = _cell(batch, 3, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor)
    assert colour == tone_text_colour(Tone.REFUSED, palette)
    assert colour != tone_text_colour(Tone.SUCCESS, palette)
    drawn = _cell(batch, 3, Qt.ItemDataRole.DecorationRole)
    assert drawn.cacheKey() == outcome_icon("✖", colour).cacheKey()
    assert drawn.cacheKey() != outcome_icon("✔", colour).cacheKey()
    assert assigned == "Assigned"
    assert _cell(batch, 0, Qt.ItemDataRole.DecorationRole).cacheKey() == outcome_icon(
        "✔", tone_text_colour(Tone.SUCCESS, palette)).cacheKey()
    assert _cell(batch, 0, Qt.ItemDataRole.ForegroundRole) == tone_text_colour(Tone.SUCCESS,
                                                                               palette)
    # The signature is the proof, said apart from the headline.
    assert "Signature verified" in str(_cell(batch, 3, Qt.ItemDataRole.ToolTipRole))
    assert _cell(batch, 3, Qt.ItemDataRole.AccessibleTextRole) == "Refused (801)"


def test_rows_this_computer_already_knows_read_as_such(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """A second batch of keys assigned by the first: answered from this computer's record
    (already assigned, or someone else's) — each with its headline, not a crash or a tick
    for the other owner's."""
    first = _ran(qtbot, window, sandbox, tmp_path)
    keys = [r.license_key for r in first.model.rows[:2]]
    path = tmp_path / "again.csv"
    path.write_text("Order;License Key;Name;E-mail\r\n"
                    f"1;{keys[0]};\"Zoë; 0\";z0@example.com\r\n"
                    f"2;{keys[1]};Somebody Else;else@example.com\r\n", encoding="utf-8")
    batch = loaded(qtbot, window, path)
    batch.start_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    texts = [_cell(batch, i) for i in range(2)]
    assert texts == ["Already assigned", "Assigned to someone else"], texts
    palette = QGuiApplication.palette()
    assert _cell(batch, 1, Qt.ItemDataRole.ForegroundRole) == tone_text_colour(Tone.TAKEN,
                                                                               palette)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[i18n.Installed]:
    before = QLocale()
    installed = i18n.install(qapp, "de")
    yield installed
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


def test_in_german_the_status_column_fits_its_longest_words(
        qtbot: QtBot, german: i18n.Installed, window: MainWindow, sandbox: SandboxServer,
        tmp_path: Path) -> None:
    batch = _ran(qtbot, window, sandbox, tmp_path)
    width = batch.table.horizontalHeader().sectionSize(1)
    metrics = batch.table.fontMetrics()
    shown = [str(_cell(batch, i)) for i in range(4)]
    assert shown[0].endswith("Zugewiesen") and shown[3].endswith("Abgelehnt (801)"), shown
    for text in [*shown, "API-Schlüssel abgelehnt (103)", "Jemand anderem zugewiesen"]:
        assert metrics.horizontalAdvance(text) + 8 <= width, (text, width)


def test_the_rows_of_a_file_and_of_a_journal_are_made_ready_off_the_gui_thread(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Counting and indexing 100,000 rows took the GUI thread 0.6 s (a frozen window): it is
    # done where the file or the journal was read; the GUI thread only swaps the model.
    made_on: list[bool] = []
    real = table_rows_module.table_rows

    def table_rows(rows: list[JournalRow]) -> table_rows_module.TableRows:
        made_on.append(threading.current_thread() is threading.main_thread())
        return real(rows)

    monkeypatch.setattr(table_rows_module, "table_rows", table_rows)
    monkeypatch.setattr(controller_module, "table_rows", table_rows)
    keys = sandbox.state.available_keys()[:3]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    assert statuses(batch) == ["not_sent"] * 3
    journal = batch.controller.journal_path(window.ctx.settings.profiles[0])
    assert made_on == [False]  # the file's preview
    batch.start()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=20_000)
    batch.controller.open_journal(journal)  # as an unfinished batch is offered at start-up
    qtbot.waitUntil(lambda: len(made_on) == 2 and batch.stage == "preview", timeout=10_000)
    assert made_on == [False, False]
    assert statuses(batch) == ["assigned"] * 3
