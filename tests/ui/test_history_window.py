"""The History window of issue 19: Outcome apart from Signature (an 801 is "Refused", never a
success colour), accent-insensitive search, an export that says what it writes and how many,
the locale's list separator, and re-verify answering in History itself."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from licensegui.core.headline import Tone
from licensegui.core.history import HistoryStore
from licensegui.core.session import AppSession
from licensegui.sandbox import SandboxServer
from licensegui.ui.history_window import COLUMNS, SHOWN_MAX, HistoryWindow
from licensegui.ui.main.window import MainWindow
from licensegui.ui.outcome_icons import outcome_icon
from licensegui.ui.tones import tone_text_colour
from tests.helpers.app import make_attempt
from tests.helpers.qt import answer_boxes, click_button, fill, wait_idle, when_modal_shown


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore(tmp_path / "history.sqlite3")
    store.add(make_attempt(license_key="k-800", owner_name="Jürgen Müller", code=800))
    store.add(make_attempt(license_key="k-801", owner_name="Ana", code=801,
                           message="Invalid or already assigned"))
    store.add(make_attempt(license_key="k-100", owner_name="Bo", code=100, message="API key"))
    store.add(make_attempt(license_key="k-bad", owner_name="Cy", verified=False,
                           reason="signature_mismatch", code=None))
    store.add(make_attempt(license_key="k-801b", owner_name="Dee", code=801))
    yield store
    store.close_all()


@pytest.fixture
def window(qtbot: QtBot, history: HistoryStore) -> HistoryWindow:
    win = HistoryWindow(history)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _row_of(win: HistoryWindow, key: str) -> int:
    return next(i for i, a in enumerate(win.model.rows) if a.license_key == key)


def test_an_801_reads_refused_with_its_signature_verified_beside_it(
        window: HistoryWindow) -> None:
    model = window.model
    assert COLUMNS[:2] == ("Outcome", "Signature")
    row = _row_of(window, "k-801")
    assert model.data(model.index(row, 0)) == "Refused"
    assert model.data(model.index(row, 1)) == "Verified"
    success = tone_text_colour(Tone.SUCCESS, QGuiApplication.palette())
    refused = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
    assert refused is not None and refused != success

    def drawn(at: int) -> int:
        return model.data(model.index(at, 0), Qt.ItemDataRole.DecorationRole).cacheKey()

    # Each outcome's own symbol, drawn by the app in its colour: no check mark on a refusal.
    assert drawn(row) == outcome_icon("✖", refused).cacheKey()
    assigned = _row_of(window, "k-800")
    assert model.data(model.index(assigned, 0)) == "Assigned"
    assert drawn(assigned) == outcome_icon("✔", success).cacheKey()
    assert model.data(model.index(assigned, 0), Qt.ItemDataRole.ForegroundRole) == success
    assert model.data(model.index(_row_of(window, "k-100"), 0)) == "API key refused"
    forged = _row_of(window, "k-bad")
    assert model.data(model.index(forged, 0)) == "Not authentic"
    forged_colour = model.data(model.index(forged, 0), Qt.ItemDataRole.ForegroundRole)
    assert drawn(forged) == outcome_icon("⛔", forged_colour).cacheKey()
    assert model.data(model.index(forged, 1)).startswith("NOT verified: ")


@pytest.mark.parametrize("typed", ["muller", "MULLER", "Muller"])
def test_search_ignores_accents_and_case(window: HistoryWindow, typed: str) -> None:
    window.search.setText(typed)
    assert [a.owner_name for a in window.model.rows] == ["Jürgen Müller"]


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_the_export_button_says_what_it_writes(window: HistoryWindow) -> None:
    assert _plain(window.export_button.text()) == "Export all 5 rows…"
    window.filter.setCurrentText("Refused (801)")
    assert _plain(window.export_button.text()) == "Export 2 filtered rows…"
    window.filter.setCurrentText("All attempts")
    window.search.setText("k-8")
    assert _plain(window.export_button.text()) == "Export 3 filtered rows…"


def _save_as(path: Path) -> object:
    def handle(dialog: QFileDialog) -> None:  # type: ignore[override]
        # Typed into the name field, as a user would (the dialog proposes its own name).
        dialog.setDirectory(str(path.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(path.name)
        dialog.accept()
    return when_modal_shown(QFileDialog, handle)  # type: ignore[arg-type]


@pytest.mark.parametrize(("choice", "rows"), [("Export 4 filtered rows", 4),
                                               ("Export all 5 rows", 5)])
def test_with_a_filter_on_the_export_asks_and_the_result_repeats_the_count(
        qtbot: QtBot, window: HistoryWindow, tmp_path: Path, choice: str, rows: int) -> None:
    window.filter.setCurrentText("Verified")
    assert window.model.rowCount() == 4
    out = tmp_path / "history.csv"
    seen_texts: list[str] = []

    def choose(box: QMessageBox) -> None:
        if box.icon() == QMessageBox.Icon.Question:
            seen_texts.append(box.text())
            click_button(choice)(box)
        else:
            seen_texts.append(box.text())
            box.accept()

    boxes, _seen = answer_boxes(choose)
    dialog = _save_as(out)
    try:
        window.choose_export_file()
    finally:
        boxes.stop()
        dialog.stop()  # type: ignore[attr-defined]
    assert "4 of 5 rows match" in seen_texts[0]
    assert seen_texts[-1] == f"Exported {rows} rows to {out}."
    lines = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(lines) == rows + 1


def test_without_a_filter_nothing_is_asked(qtbot: QtBot, window: HistoryWindow,
                                           tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    boxes, seen = answer_boxes(lambda box: box.accept())
    dialog = _save_as(out)
    try:
        window.choose_export_file()
    finally:
        boxes.stop()
        dialog.stop()  # type: ignore[attr-defined]
    assert seen == [f"Exported 5 rows to {out}."]
    assert out.read_bytes().startswith(b"PK")  # a workbook, by its suffix


@pytest.fixture
def german_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_the_csv_uses_the_locales_list_separator(window: HistoryWindow, tmp_path: Path,
                                                 german_locale: None) -> None:
    out = tmp_path / "de.csv"
    assert window.export_to(str(out))
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("id;at;profile;")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert all(len(r) == len(rows[0]) for r in rows) and len(rows) == 6


def test_reverify_answers_in_the_history_window(qtbot: QtBot, ctx: AppSession,
                                                sandbox: SandboxServer) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    fill(main, sandbox.state.available_keys()[0])
    main.submit()
    wait_idle(qtbot, main)
    main.open_history()
    history = main.history_window
    assert history is not None and history.isVisible()
    assert not history.result.isVisible()
    history.table.selectRow(0)
    history.reverify_button.click()
    assert history.result.isVisible()
    text = history.result.text()
    assert "re-verified" in text and "Assigned" in text and "signature verified" in text
    # In the outcome's colour, where the user is looking.
    assert tone_text_colour(Tone.SUCCESS, history.palette()).name() in \
        history.result.styleSheet()


def test_past_the_rows_shown_the_button_still_says_how_many(
        window: HistoryWindow, history: HistoryStore) -> None:
    with history.transaction(write=True) as conn:
        conn.executemany(
            "INSERT INTO attempts (at, profile, base_url, license_key, owner_name, email,"
            " verified, reason, detail, code) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(1.0, "Vendor", "https://v.example", f"bulk-{i}", "O", "o@example.com", 1,
              "verified", "ok", 800) for i in range(SHOWN_MAX)])
    window.refresh()
    assert window.model.rowCount() == SHOWN_MAX
    assert _plain(window.export_button.text()) == f"Export all {SHOWN_MAX + 5} rows…"
    window.search.setText("bulk-")
    assert _plain(window.export_button.text()) == "Export filtered rows…"


def test_the_filter_offers_unknown_outcomes_and_queued_answers(
        qtbot: QtBot, history: HistoryStore, window: HistoryWindow) -> None:
    """Issue 28, item 8: no filter showed the attempts with no known outcome, nor queued."""
    history.add(make_attempt(license_key="k-lost", owner_name="Ed", code=None,
                             http_status=None, verified=False, reason="unknown"))
    history.add(make_attempt(license_key="k-807", owner_name="Flo", code=807,
                             message="Request queued"))
    for label, keys in (("Outcome unknown", ["k-lost"]), ("Queued (807)", ["k-807"])):
        window.filter.setCurrentIndex(window.filter.findData(label))
        qtbot.waitUntil(lambda k=keys: [a.license_key for a in window.model.rows] == k)
    window.search.setText("ed")
    window.filter.setCurrentIndex(window.filter.findData("Outcome unknown"))
    qtbot.waitUntil(lambda: [a.license_key for a in window.model.rows] == ["k-lost"])


def test_the_message_column_takes_the_room_the_others_leave(
        qtbot: QtBot, tmp_path: Path) -> None:
    """The walk: widening the window gave the room to the last column (the HTTP status) while
    the message stayed cut off."""
    from licensegui.core.history import HistoryStore
    from licensegui.ui.history_window import MESSAGE_COLUMN, HistoryWindow
    from tests.helpers.app import make_attempt

    store = HistoryStore(tmp_path / "h.sqlite3")
    store.add(make_attempt(message=None, verified=False, reason="network_error", code=None,
                           detail="No answer: the request failed. " * 6, raw_body=None))
    window = HistoryWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 500)
    window.show()
    qtbot.waitExposed(window)
    header = window.table.horizontalHeader()
    last = header.count() - 1
    qtbot.waitUntil(lambda: header.sectionSize(MESSAGE_COLUMN) > 400)  # the spare room…
    natural = max(header.sectionSizeHint(last), header.minimumSectionSize(),
                  header.defaultSectionSize())
    assert header.sectionSize(last) <= natural  # …not given to the HTTP status
    store.close_all()
